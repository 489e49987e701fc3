package io.finlens.search;

import java.util.List;

/** Chooses the best fragment of a passage and marks its highlights; a pure function of passage and highlights. */
final class Snippets {
    static final String OPEN = "«";
    static final String CLOSE = "»";
    /** Fragment length in UTF-16 units. */
    static final int WIDTH = 160;
    /** Context kept before the first highlight of the fragment. */
    static final int LEAD = 30;

    private Snippets() {
    }

    static String render(Passage p, List<Highlight> hs, String open, String close) {
        String text = p.text();
        int n = text.length();
        int from = 0;
        int to = n;
        if (n > WIDTH) {
            // the window holding the most highlights, starting LEAD before one of them; the earliest wins ties
            int best = -1;
            from = 0;
            for (Highlight h : hs) {
                int s = Math.max(0, Math.min(h.start() - p.start() - LEAD, n - WIDTH));
                int count = 0;
                for (Highlight o : hs) {
                    if (o.start() - p.start() >= s && o.end() - p.start() <= s + WIDTH) count++;
                }
                if (count > best) {
                    best = count;
                    from = s;
                }
            }
            to = Math.min(n, from + WIDTH);
            // don't cut a Latin word (up to 15 chars back) or a surrogate pair
            int firstHit = to;
            for (Highlight h : hs) {
                if (h.start() - p.start() >= from) {
                    firstHit = Math.min(to, h.start() - p.start());
                    break;
                }
            }
            from = wordStart(text, from, Math.min(from + 15, firstHit));
            to = wordEnd(text, to, from);
            while (from < to && from < firstHit && Character.isWhitespace(text.charAt(from))) from++;
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
            if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from++;
            if (to < n && to > from && Character.isLowSurrogate(text.charAt(to))) to--;
        }
        StringBuilder sb = new StringBuilder(to - from + 16);
        if (from > 0) sb.append('…');
        int at = from;
        for (Highlight h : hs) {
            int s = h.start() - p.start();
            int e = h.end() - p.start();
            if (e <= from || s >= to) continue;
            s = Math.max(s, at);
            e = Math.min(e, to);
            if (s >= e) continue;
            append(sb, text, at, s);
            sb.append(open);
            append(sb, text, s, e);
            sb.append(close);
            at = e;
        }
        append(sb, text, at, to);
        if (to < n) sb.append('…');
        return sb.toString();
    }

    private static boolean latin(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }

    /** Moves a cut inside a Latin word forward to the word's end (not past {@code limit}). */
    private static int wordStart(String text, int from, int limit) {
        if (from == 0 || !latin(text.charAt(from - 1)) || !latin(text.charAt(from))) return from;
        int i = from;
        while (i < text.length() && i < limit && latin(text.charAt(i))) i++;
        return i < text.length() && !latin(text.charAt(i)) ? i : from;
    }

    /** Moves a cut inside a Latin word back to the word's start (not before {@code from}, nor more than 15 chars). */
    private static int wordEnd(String text, int to, int from) {
        if (to >= text.length() || to == 0 || !latin(text.charAt(to - 1)) || !latin(text.charAt(to))) return to;
        int i = to;
        while (i > from && to - i < 15 && latin(text.charAt(i - 1))) i--;
        return i > from && !latin(text.charAt(i - 1)) ? i : to;
    }

    private static void append(StringBuilder sb, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            sb.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
    }
}
