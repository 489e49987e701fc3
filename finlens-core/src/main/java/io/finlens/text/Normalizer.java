package io.finlens.text;

/**
 * Normalizes once, keeping an offset map. What it does, in order of the scan:
 * <ul>
 *   <li>full-width ASCII forms (U+FF01..U+FF5E) become ASCII; the ideographic space becomes a space;</li>
 *   <li>Markdown decoration is dropped: {@code **} and {@code __}, a backslash escaping punctuation
 *       ({@code \-}), image lines ({@code ![alt](url)}) and leading {@code #} of headings;</li>
 *   <li>a run of horizontal spaces next to a Han character or CJK punctuation is dropped (Chinese puts no
 *       spaces between words, so {@code 营收 1800 亿元} is {@code 营收1800亿元}); between two Latin words or
 *       numbers one space is kept; line breaks are kept.</li>
 * </ul>
 * Each kept character remembers its original index, so spans found in the normalized text map back.
 */
public final class Normalizer {
    private Normalizer() {
    }

    public static NormalizedText normalize(String original) {
        Scan scan = new Scan(original);
        while (scan.i < scan.n) scan.step();
        return scan.finish();
    }

    /** One left-to-right pass over the original: each step keeps, folds or drops what stands at {@link #i}. */
    private static final class Scan {
        final String original;
        final int n;
        final StringBuilder out;
        final int[] map;
        int lineStart;
        int i;

        Scan(String original) {
            this.original = original;
            this.n = original.length();
            this.out = new StringBuilder(n);
            this.map = new int[n];
        }

        void step() {
            char c = original.charAt(i);
            if (i == lineStart) {
                int skip = markdownLinePrefix(original, i);
                if (skip > 0) {
                    i += skip;
                    return;
                }
            }
            if (c == '!' && i + 1 < n && original.charAt(i + 1) == '[') {
                int end = imageEnd(original, i);
                if (end > 0) {
                    i = end;
                    return;
                }
            }
            if (c == '\n') {
                lineBreak();
            } else if ((c == '*' || c == '_') && i + 1 < n && original.charAt(i + 1) == c) {
                while (i < n && original.charAt(i) == c) i++; // ** and __: emphasis, dropped
            } else if (c == '\\' && i + 1 < n && isAsciiPunct(original.charAt(i + 1))) {
                keep(i + 1, original.charAt(i + 1)); // \- is '-'; \\ is one backslash
                i += 2;
            } else if (Chars.isSpace(c)) {
                spaces();
            } else {
                keep(i, fold(c));
                i++;
            }
        }

        private void keep(int from, char c) {
            map[out.length()] = from;
            out.append(c);
        }

        private char last() {
            return out.charAt(out.length() - 1);
        }

        /** A line break: kept, or joined where a figure, a long line or a hyphenated word runs across it. */
        private void lineBreak() {
            int start = lineStart;
            lineStart = i + 1;
            if (out.length() >= 1 && Chars.isDigit(last()) && i + 1 < n && "亿万元%".indexOf(original.charAt(i + 1)) >= 0) {
                i++; // a figure broken across lines: 733\n亿元
                return;
            }
            if (wrappedLongLine(start)) {
                // a long line wrapped before a lower-case word or a number (…press release\nannouncing, …Model\n3/Y),
                // or a very long line cut mid-sentence before a capital or a dollar sign (…5% growth in\nAFFO): one space;
                // short lines (a roster's name, then its company) and a line closed by punctuation keep their break
                keep(i, ' ');
                i++;
                return;
            }
            if (out.length() >= 2 && last() == '-' && Chars.isLatin(out.charAt(out.length() - 2)) && i + 1 < n
                    && Chars.isLatin(original.charAt(i + 1))) {
                i++; // a word hyphenated across a line break: Non-\nGAAP is Non-GAAP
                return;
            }
            keep(i, '\n');
            i++;
        }

        /** Whether the line from {@code start} ending here (at least 50 chars) wraps into the next. */
        private boolean wrappedLongLine(int start) {
            if (i - start < 50 || out.length() < 1 || i + 1 >= n) return false;
            char prev = last(), next = original.charAt(i + 1);
            if (!(Character.isLetterOrDigit(prev) || prev == ',') || prev >= 128 || next >= 128) return false;
            return Character.isLowerCase(next) || Character.isDigit(next)
                    || i - start >= 70 && (Character.isUpperCase(next) || next == '$');
        }

        /** A run of horizontal spaces: one space between two Latin words or numbers, none beside Han text or a line end. */
        private void spaces() {
            int j = i;
            while (j < n && Chars.isSpace(original.charAt(j))) j++;
            char prev = out.length() > 0 ? last() : '\n';
            char prevOrig = out.length() > 0 ? original.charAt(map[out.length() - 1]) : '\n';
            int k = j;
            // look past Markdown emphasis to the next character that is kept
            while (k + 1 < n && (original.charAt(k) == '*' || original.charAt(k) == '_') && original.charAt(k + 1) == original.charAt(k)) {
                char m = original.charAt(k);
                while (k < n && original.charAt(k) == m) k++;
            }
            char nextOrig = k < n ? original.charAt(k) : '\n';
            char next = fold(nextOrig);
            boolean cjkSide = Chars.isHan(prev) || Chars.isCjkPunct(prev) || isFullWidth(prevOrig)
                    || Chars.isHan(next) || Chars.isCjkPunct(next) || isFullWidth(nextOrig);
            if (!cjkSide && prev != '\n' && next != '\n' && next != '\r') keep(i, ' ');
            i = j;
        }

        /** The second pass: a space left beside Han text once decoration around it was dropped ("1 ![..](..)营") goes too. */
        NormalizedText finish() {
            StringBuilder fin = new StringBuilder(out.length());
            int[] m = new int[out.length()];
            for (int k = 0; k < out.length(); k++) {
                char c = out.charAt(k);
                if (c == ' ') {
                    char p = fin.length() > 0 ? fin.charAt(fin.length() - 1) : '\n';
                    int nk = k + 1;
                    while (nk < out.length() && out.charAt(nk) == ' ') nk++;
                    char q = nk < out.length() ? out.charAt(nk) : '\n';
                    if (p == ' ') continue; // one space for a run
                    if (Chars.isHan(p) || Chars.isCjkPunct(p) || Chars.isHan(q) || Chars.isCjkPunct(q)) continue;
                }
                m[fin.length()] = map[k];
                fin.append(c);
            }
            return new NormalizedText(original, fin.toString(), java.util.Arrays.copyOf(m, fin.length()));
        }
    }

    /** Folds full-width forms to ASCII. */
    /** Traditional characters and their simplified forms, one for one (traditional-simplified.tsv); 0 where none. */
    private static final char[] SIMPLIFIED = loadSimplified();

    private static char[] loadSimplified() {
        char[] table = new char[0x10000];
        for (Tsv.Row r : Tsv.load(Normalizer.class, "traditional-simplified.tsv", 2, 2)) {
            if (r.get(0).length() != 1 || r.get(1).length() != 1) throw r.error("one character for one expected");
            table[r.get(0).charAt(0)] = r.get(1).charAt(0);
        }
        return table;
    }

    /** The simplified form of a traditional character (業 → 业), or the character itself: one for one, offsets unchanged. */
    public static char simplified(char c) {
        return c >= '\u3400' && SIMPLIFIED[c] != 0 ? SIMPLIFIED[c] : c;
    }

    static char fold(char c) {
        char simple = simplified(c); // 業績 reads as 业绩: HK filings match the same words
        if (simple != c) return simple;
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        if (c == '\u3000') return ' ';
        return switch (c) {
            case '\u2013', '\u2014', '\u2212', '\uFE63' -> c == '\u2014' ? c : '-';
            case '\u301C' -> '~';
            default -> c;
        };
    }

    private static boolean isFullWidth(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' && !Character.isLetterOrDigit(c);
    }

    /** The end of a Markdown image {@code ![alt](url)} starting at {@code i}, whose url may wrap a line; -1 if none. */
    private static int imageEnd(String s, int i) {
        int close = s.indexOf(']', i + 2);
        if (close < 0 || close - i > 300 || s.substring(i, close).indexOf('\n') >= 0) return -1;
        if (close + 1 >= s.length() || s.charAt(close + 1) != '(') return -1;
        int end = close + 2;
        int newlines = 0;
        while (end < s.length() && end - close < 1000) {
            char c = s.charAt(end);
            if (c == ')') return end + 1;
            if (c == ' ' || c == '\t' || c == '(') return -1;
            if (c == '\n' && ++newlines > 2) return -1;
            end++;
        }
        return -1;
    }

    private static boolean isAsciiPunct(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ';
    }

    /** How many characters of Markdown decoration start the line at {@code i} (a whole image line, or "# "). */
    private static int markdownLinePrefix(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
        if (j + 1 < n && s.charAt(j) == '!' && s.charAt(j + 1) == '[') {
            int eol = s.indexOf('\n', j);
            int end = eol < 0 ? n : eol;
            String line = s.substring(j, end).trim();
            if (Regex.matches(line, "!\\[[^\\]]*\\]\\([^)]*\\)")) return end - i;
        }
        if (j < n && s.charAt(j) == '#') {
            int k = j;
            while (k < n && s.charAt(k) == '#') k++;
            if (k - j <= 6 && k < n && s.charAt(k) == ' ') return k + 1 - i;
        }
        return 0;
    }
}
