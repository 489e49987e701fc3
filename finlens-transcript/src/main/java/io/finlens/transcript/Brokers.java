package io.finlens.transcript;

import io.finlens.text.Chars;
import io.finlens.text.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The broker lexicon ({@code brokers.tsv}): brokers and research houses under their usual English name, with their
 * Chinese names and other English forms. {@link #resolve(String)} turns a firm as written (杰弗瑞, {@code Jefferies
 * LLC, Research Division}, {@code JPMorgan Chase & Co}) into that name; a firm it does not know is kept as written,
 * without legal suffixes.
 *
 * <p>Lookups compare keys: Latin words lower-cased, {@code &} read as {@code and}, punctuation and spaces dropped
 * ({@code J.P. Morgan} = {@code JPMorgan}). A written firm matches a lexicon form when its first words (Latin) or
 * first characters (Chinese) are that form, the longest form winning, so trailing suffixes ({@code Group, Inc.,
 * Research Division}, 证券) need no list.
 */
public final class Brokers {
    /** A firm as resolved: the name to report, the text it came from, and whether the lexicon knew it. */
    public record Firm(String name, String asWritten, boolean known) {
    }

    /** One lexicon row. */
    public record Entry(String name, List<String> zh, List<String> en, String origin) {
        /** Every form of the firm, its name first. */
        public List<String> forms() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(zh);
            all.addAll(en);
            return all;
        }
    }

    private static final Brokers STANDARD = new Brokers(Tsv.load(Brokers.class, "brokers.tsv", 3, 3));
    /** Words after a firm's name that only say what kind of company it is; an unknown firm is reported without them. */
    private static final java.util.regex.Pattern LEGAL_TAIL = java.util.regex.Pattern.compile(
            "(?i)[,\\s]+(research division|inc\\.?|incorporated|llc|l\\.l\\.c\\.?|ltd\\.?|limited|ag|plc|lp|llp|co\\.?|corp\\.?"
                    + "|corporation|s\\.a\\.?|gmbh|n\\.a\\.?|b\\.v\\.?|n\\.v\\.?)[.,\\s]*$");

    private final List<Entry> entries;
    private final Map<String, String> byKey = new HashMap<>();
    private final int longestHan;

    private Brokers(List<Tsv.Row> rows) {
        List<Entry> es = new ArrayList<>();
        Map<String, String> origin = new HashMap<>();
        int han = 0;
        for (Tsv.Row r : rows) {
            String name = r.get(0);
            if (name.isEmpty()) throw r.error("empty broker name");
            Entry e = new Entry(name, split(r, r.get(1)), split(r, r.get(2)), r.file() + ":" + r.line());
            for (String form : e.forms()) {
                String k = key(form);
                if (k.isEmpty()) throw r.error("form '" + form + "' has no letters");
                String before = origin.putIfAbsent(k, e.origin() + " (" + form + ")");
                if (before != null) throw r.error("form '" + form + "' repeats " + before);
                byKey.put(k, name);
                if (Chars.hasHan(form)) han = Math.max(han, k.length());
            }
            es.add(e);
        }
        this.entries = List.copyOf(es);
        this.longestHan = han;
    }

    private static List<String> split(Tsv.Row r, String cell) {
        if (cell.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";", -1)) {
            if (!s.equals(s.strip()) || s.isEmpty()) throw r.error("empty or padded form in '" + cell + "'");
            out.add(s);
        }
        return List.copyOf(out);
    }

    public static Brokers standard() {
        return STANDARD;
    }

    /** The lexicon rows, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The firm written as {@code written}, or null when nothing is written. */
    public Firm resolve(String written) {
        if (written == null) return null;
        String w = trimPunct(written.strip());
        if (w.isEmpty()) return null;
        String name = lookup(w);
        if (name != null) return new Firm(name, w, true);
        return new Firm(withoutLegalTail(w), w, false);
    }

    /** The usual name of a firm the lexicon knows, else null. */
    public String lookup(String written) {
        if (Chars.hasHan(written)) {
            String k = key(written);
            for (int n = Math.min(k.length(), longestHan); n >= 2; n--) {
                String hit = byKey.get(k.substring(0, n));
                if (hit != null) return hit;
            }
            return null;
        }
        List<String> words = words(written);
        for (int n = words.size(); n >= 1; n--) {
            String hit = byKey.get(String.join("", words.subList(0, n)));
            if (hit != null) return hit;
        }
        return null;
    }

    /** The usual name of the firm written exactly so (up to case and punctuation), else null: no prefix matching. */
    public String exact(String written) {
        return written == null ? null : byKey.get(key(written));
    }

    /** The comparison key of a firm's name: lower-case letters and digits, {@code &} as {@code and}. */
    static String key(String s) {
        if (Chars.hasHan(s)) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
                else if (c == '&') b.append("and");
            }
            return b.toString();
        }
        return String.join("", words(s));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            if (c == '.' && w.length() > 0 && w.length() <= 2 && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                continue; // J.P. Morgan, L.L.C.: initials run together
            }
            if (w.length() > 0) out.add(w.toString().toLowerCase(Locale.ROOT));
            w.setLength(0);
            if (c == '&') out.add("and");
        }
        return out;
    }

    private static String withoutLegalTail(String w) {
        String s = w;
        while (true) {
            java.util.regex.Matcher m = LEGAL_TAIL.matcher(s);
            if (!m.find() || m.start() == 0) break;
            String cut = trimPunct(s.substring(0, m.start()));
            String lower = cut.toLowerCase(Locale.ROOT);
            if (cut.isEmpty() || cut.endsWith("&") || lower.endsWith(" and")) break;
            s = cut;
        }
        return s;
    }

    private static String trimPunct(String s) {
        int a = 0, b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || ",;:-(".indexOf(s.charAt(a)) >= 0)) a++;
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || ",;:-)".indexOf(s.charAt(b - 1)) >= 0)) b--;
        return s.substring(a, b);
    }

}
