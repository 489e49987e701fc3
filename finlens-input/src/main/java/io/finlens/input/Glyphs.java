package io.finlens.input;

import io.finlens.text.Regex;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of one PDF glyph as a reader would copy it: a ligature or another presentation form ({@code ﬁ}, {@code ﬂ},
 * {@code ﬀ}, full-width letters) folded by NFKC, and a glyph the font maps to no text (NUL, a private-use code or none)
 * read from its glyph name ({@code fi}, {@code f_f_l}, {@code uni0066}) where the font has one.
 */
final class Glyphs {
    private static final Map<String, String> LIGATURE_NAMES = Map.of(
            "fi", "fi", "fl", "fl", "ff", "ff", "ffi", "ffi", "ffl", "ffl", "ft", "ft", "st", "st");

    private Glyphs() {
    }

    static String text(TextPosition tp) {
        String u = tp.getUnicode();
        if (usable(u)) return fold(u);
        String named = fromName(tp);
        return named != null ? named : u == null ? "" : Regex.replaceAll(u, "[\\x00-\\x1F]", "");
    }

    /** NFKC where it only undoes presentation: Latin ligatures (U+FB00–FB06) and the Alphabetic Presentation Forms. */
    static String fold(String u) {
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') return Normalizer.normalize(u, Normalizer.Form.NFKC);
        }
        return u;
    }

    private static boolean usable(String u) {
        if (u == null || u.isEmpty()) return false;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            // NUL and other control codes: PDFBox's stand-in for a glyph the font maps to no text
            if (c < 0x20 || c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF' && !bullet(c)) return false;
        }
        return true;
    }

    /** Symbol-font bullets (U+F0B7) are kept as they are: they are no letters. */
    private static boolean bullet(char c) {
        return c == '\uF0B7' || c == '\uF0A7' || c == '\uF06E' || c == '\uF0D8';
    }

    /** The glyph name's text: a ligature name, {@code f_f_i}, {@code uniXXXX}, or a single-letter name. */
    static String fromName(TextPosition tp) {
        PDFont font = tp.getFont();
        int[] codes = tp.getCharacterCodes();
        if (!(font instanceof PDSimpleFont sf) || sf.getEncoding() == null || codes == null || codes.length == 0) return null;
        StringBuilder b = new StringBuilder();
        for (int code : codes) {
            String name = sf.getEncoding().getName(code);
            String t = nameText(name);
            if (t == null) return null;
            b.append(t);
        }
        return b.toString();
    }

    static String nameText(String name) {
        if (name == null || name.isEmpty() || name.equals(".notdef")) return null;
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String lig = LIGATURE_NAMES.get(base);
        if (lig != null) return lig;
        if (Regex.matches(base, "[a-zA-Z](?:_[a-zA-Z])+")) return base.replace("_", "");
        if (Regex.matches(base, "uni[0-9A-F]{4}")) return fold(String.valueOf((char) Integer.parseInt(base.substring(3), 16)));
        if (Regex.matches(base, "[a-zA-Z]")) return base;
        return null;
    }
}
