package io.finlens.text;

import io.finlens.model.Issue;
import io.finlens.model.Span;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes document bytes: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of GBK and
 * GB2312). Bytes that are valid in none are replaced with U+FFFD under UTF-8 and reported as an issue;
 * decoding never throws.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; NUL characters in the text (a stray byte in an otherwise readable file) become spaces,
     * one for one so offsets hold, with a {@code text.nul-bytes} issue.
     */
    public static Decoded decode(byte[] bytes) {
        Decoded d = decodeBytes(bytes);
        int first = d.text().indexOf('\0');
        if (first < 0) return d;
        int count = 0;
        for (int i = first; i < d.text().length(); i++) if (d.text().charAt(i) == '\0') count++;
        List<Issue> issues = new ArrayList<>(d.issues());
        issues.add(new Issue(new Span(first, first + 1), "text.nul-bytes", count + " NUL character(s) in the text were read as spaces"));
        return new Decoded(d.text().replace('\0', ' '), d.charset(), issues);
    }

    private static Decoded decodeBytes(byte[] bytes) {
        List<Issue> issues = new ArrayList<>();
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strictOrLenient(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)", issues);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strictOrLenient(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE", issues);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strictOrLenient(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE", issues);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null && !misreadGbk(utf8)) return new Decoded(utf8, "UTF-8", issues);
        if (utf8 != null) {
            // short GBK text can also be valid UTF-8 (欧元 → ŷԪ): prefer the reading that is Chinese
            String gb = strict(bytes, 0, GB18030);
            if (gb != null && Chars.hasHan(gb) && looksChinese(gb)) return new Decoded(gb, "GB18030", issues);
            return new Decoded(utf8, "UTF-8", issues);
        }
        String gb = strict(bytes, 0, GB18030);
        if (gb != null && looksChinese(gb)) return new Decoded(gb, "GB18030", issues);
        return strictOrLenient(bytes, 0, StandardCharsets.UTF_8, "UTF-8", issues);
    }

    /**
     * Whether valid UTF-8 looks like GBK bytes read the wrong way: no Han at all, and every non-ASCII char
     * from the two-byte range beyond Latin-1 (欧元 in GBK reads as ŷԪ). Accented Latin text (café) is not.
     */
    private static boolean misreadGbk(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) continue;
            if (c <= 0xFF || c >= 0x800) return false;
            any = true;
        }
        return any;
    }

    private static boolean looksChinese(String s) {
        int han = 0, other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) continue;
            if (Chars.isHan(c) || Chars.isCjkPunct(c) || (c >= '\uFF00' && c <= '\uFFEF')) han++;
            else other++;
        }
        return han >= other;
    }

    private static String strict(byte[] b, int off, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, off, b.length - off)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded strictOrLenient(byte[] b, int off, Charset cs, String name, List<Issue> issues) {
        String s = strict(b, off, cs);
        if (s != null) return new Decoded(s, name, issues);
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(b, off, b.length - off));
            text = cb.toString();
        } catch (CharacterCodingException e) { // cannot happen with REPLACE
            text = new String(b, off, b.length - off, cs);
        }
        int bad = text.indexOf('\uFFFD');
        int count = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\uFFFD') count++;
        issues.add(new Issue(new Span(Math.max(bad, 0), Math.max(bad, 0) + (bad >= 0 ? 1 : 0)), "text.malformed-bytes",
                count + " byte sequence(s) are not valid " + cs.name() + " and were replaced by U+FFFD"));
        return new Decoded(text, name, issues);
    }
}
