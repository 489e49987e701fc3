package io.finlens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a text is laid out, computed once: its lines, which of them are headings and at what level, and the section
 * each heading opens (up to the next heading of its level or a higher one). Offsets are into the text it was made
 * from (normalized text, in the fact stage).
 *
 * <p>A heading is a Markdown {@code #} line (its level is the number of marks), a setext heading (a line over
 * {@code ===} or {@code ---}), a line that is bold and nothing else, a Chinese numbered heading ({@code 一、} level
 * 2, {@code （一）} level 3), or a short line of its own that does not read as a sentence (level 4): "Fiscal 2024
 * Guidance", "OVERALL FINANCIAL RESULTS", "业绩重点".
 */
public final class Layout {
    /** A heading line: where its text is, its level (1 strongest, 4 weakest) and the rule that made it one. */
    public record Heading(int start, int end, int level, String text, String rule) {
        public Heading {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad heading span " + start + ".." + end);
            if (level < 1 || level > 4) throw new IllegalArgumentException("heading level " + level);
        }
    }

    /** A section: its heading and where it ends (the start of the next heading of its level or a higher one). */
    public record Section(Heading heading, int end) {
        public boolean contains(int pos) {
            return pos >= heading.end() && pos < end;
        }
    }

    private static final Pattern ATX = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-{3,})\\s*$");
    private static final Pattern BOLD = Pattern.compile("^\\s*\\*\\*([^*\\n]+)\\*\\*\\s*[:：]?\\s*$");
    private static final Pattern ZH_NUMBERED = Pattern.compile("^\\s*([一二三四五六七八九十]{1,3})[、.．]\\s*\\S.{0,30}$");
    private static final Pattern ZH_SUB_NUMBERED = Pattern.compile("^\\s*[(（][一二三四五六七八九十]{1,3}[)）]\\s*\\S.{0,30}$");
    /** What a sentence ends on, or a figure: a line holding them is prose or a table row, not a heading. */
    private static final Pattern NOT_HEADING = Pattern.compile("[。.!?！？；;,，]\\s*$|[。！？；]|\\t|[$€£¥%％]|\\d[\\d,.]*\\s*(?:亿|万|million|billion)");

    private final List<Heading> headings;
    private final List<Section> sections;
    /** The sections of each level, 1 to 4, in text order. */
    private final List<List<Section>> byLevel = new ArrayList<>();

    private Layout(List<Heading> headings, List<Section> sections) {
        this.headings = List.copyOf(headings);
        this.sections = List.copyOf(sections);
        for (int l = 1; l <= 4; l++) {
            List<Section> level = new ArrayList<>();
            for (Section s : sections) if (s.heading().level() == l) level.add(s);
            byLevel.add(List.copyOf(level));
        }
    }

    /**
     * The layout of a normalized text, read from its original (where Markdown's {@code #} and {@code **} still stand),
     * with every offset mapped into the normalized text.
     */
    public static Layout of(NormalizedText nt) {
        Layout o = of(nt.original());
        if (nt.original().equals(nt.text())) return o;
        List<Heading> hs = new ArrayList<>();
        java.util.Map<Heading, Heading> mapped = new java.util.IdentityHashMap<>();
        for (Heading h : o.headings) {
            int a = nt.normalizedIndex(h.start()), b = Math.max(a, nt.normalizedIndex(h.end()));
            if (nt.text().substring(a, b).isBlank()) continue; // decoration only (an image line): nothing the rules read
            Heading m = new Heading(a, b, h.level(), nt.text().substring(a, b), h.rule());
            hs.add(m);
            mapped.put(h, m);
        }
        List<Section> ss = new ArrayList<>();
        for (Section s : o.sections) {
            Heading m = mapped.get(s.heading());
            if (m != null) ss.add(new Section(m, nt.normalizedIndex(s.end())));
        }
        return new Layout(hs, ss);
    }

    /** The layout of {@code text}. */
    public static Layout of(String text) {
        if (text == null) throw new IllegalArgumentException("text is null");
        List<int[]> lines = lines(text);
        List<Heading> hs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int a = lines.get(i)[0], b = lines.get(i)[1];
            String line = text.substring(a, b);
            if (line.isBlank()) continue;
            Heading h = heading(text, lines, i, line, a);
            if (h != null) hs.add(h);
        }
        List<Section> ss = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            Heading h = hs.get(i);
            int end = text.length();
            for (int j = i + 1; j < hs.size(); j++) {
                if (hs.get(j).level() <= h.level()) {
                    end = hs.get(j).start();
                    break;
                }
            }
            ss.add(new Section(h, end));
        }
        return new Layout(hs, ss);
    }

    private static Heading heading(String text, List<int[]> lines, int i, String line, int a) {
        Matcher m = ATX.matcher(line);
        if (m.matches()) return new Heading(a + m.start(2), a + m.end(2), Math.min(4, m.group(1).length()), m.group(2), "layout.atx");
        if (i + 1 < lines.size()) {
            String next = text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]);
            Matcher st = SETEXT.matcher(next);
            if (st.matches() && !line.strip().isEmpty() && !line.strip().startsWith("|")) {
                return new Heading(a, a + line.length(), st.group(1).startsWith("=") ? 1 : 2, line.strip(), "layout.setext");
            }
        }
        Matcher bold = BOLD.matcher(line);
        if (bold.matches() && bold.group(1).length() <= 60) {
            return new Heading(a + bold.start(1), a + bold.end(1), 3, bold.group(1), "layout.bold-line");
        }
        if (ZH_NUMBERED.matcher(line).matches() && !NOT_HEADING.matcher(line).find()) {
            return new Heading(a, a + line.length(), 2, line.strip(), "layout.zh-numbered");
        }
        if (ZH_SUB_NUMBERED.matcher(line).matches() && !NOT_HEADING.matcher(line).find()) {
            return new Heading(a, a + line.length(), 3, line.strip(), "layout.zh-sub-numbered");
        }
        String t = line.strip();
        // (the cheap tests first: most lines are prose, too long to be a heading, and never reach the pattern)
        if (t.length() >= 2 && shortLine(t) && letters(t) >= 2 && !t.startsWith("|") && !t.startsWith("!") && !NOT_HEADING.matcher(t).find()
                && !continuesLink(text, lines, i)) {
            int lead = line.indexOf(t);
            return new Heading(a + lead, a + lead + t.length(), 4, t, "layout.short-line");
        }
        return null;
    }

    /** The rest of an image's or a link's address broken over lines ("![](https://…/OIrBo-" then "piZ0/1000)"): no heading. */
    private static boolean continuesLink(String text, List<int[]> lines, int i) {
        if (i == 0) return false;
        String prev = text.substring(lines.get(i - 1)[0], lines.get(i - 1)[1]);
        int open = prev.lastIndexOf("](");
        return open >= 0 && prev.indexOf(')', open + 2) < 0;
    }

    private static boolean shortLine(String t) {
        if (t.length() > 64) return false;
        int han = 0;
        for (int k = 0; k < t.length(); k++) if (Chars.isHan(t.charAt(k))) han++;
        return han > 0 ? t.length() <= 24 : words(t) <= 9;
    }

    /** The words of a stripped line: runs of chars other than ASCII white space (what the pattern \\s+ splits on). */
    private static int words(String t) {
        int n = 0;
        boolean in = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            boolean w = !(c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r');
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    private static int letters(String t) {
        int n = 0;
        for (int k = 0; k < t.length(); k++) if (Chars.isHan(t.charAt(k)) || Chars.isLatin(t.charAt(k))) n++;
        return n;
    }

    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            out.add(new int[] {i, end});
            if (nl < 0) break;
            i = nl + 1;
        }
        return out;
    }

    /** The headings, in text order. */
    public List<Heading> headings() {
        return headings;
    }

    /** The sections, in the order of their headings. */
    public List<Section> sections() {
        return sections;
    }

    /**
     * The sections that hold {@code pos} under their heading, outermost (strongest level) first: for each level, the
     * last section of that level opened before {@code pos}, if it is still open there. Logarithmic in the headings.
     */
    public List<Section> sectionsAt(int pos) {
        List<Section> out = new ArrayList<>(4);
        for (List<Section> level : byLevel) {
            int lo = 0, hi = level.size() - 1, at = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (level.get(mid).heading().end() <= pos) {
                    at = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (at >= 0 && level.get(at).contains(pos)) out.add(level.get(at));
        }
        return out;
    }

}
