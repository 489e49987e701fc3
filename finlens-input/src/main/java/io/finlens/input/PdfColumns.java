package io.finlens.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two text columns side by side on a PDF page, read as a reader reads them: the left column down, then the right. A
 * page has two columns when several of its lines are two runs of prose split at the same x (the gutter); each line is
 * then split there, and the lines of a stretch of columns come out left column first. A line crossing the gutter (a
 * title, a full-width table) ends the stretch and keeps its place.
 */
final class PdfColumns {
    private static final float SLACK = 6f;

    private PdfColumns() {
    }

    static List<PdfReader.Line> read(List<PdfReader.Line> lines) {
        List<PdfReader.Line> out = new ArrayList<>(lines.size());
        int from = 0;
        while (from < lines.size()) {
            int to = from;
            while (to < lines.size() && lines.get(to).page() == lines.get(from).page()) to++;
            page(lines.subList(from, to), out);
            from = to;
        }
        return out;
    }

    private static void page(List<PdfReader.Line> page, List<PdfReader.Line> out) {
        float gutter = gutter(page);
        if (Float.isNaN(gutter)) {
            out.addAll(page);
            return;
        }
        // the stretch of columns: from the first to the last line split at the gutter (and one line below it)
        float top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
        for (PdfReader.Line l : page) {
            if (split(l, gutter)) {
                top = Math.min(top, l.y());
                bottom = Math.max(bottom, l.y() + 1.6f * l.size());
            }
        }
        List<PdfReader.Line> left = new ArrayList<>(), right = new ArrayList<>();
        for (PdfReader.Line l : page) {
            boolean crosses = l.segs().size() > 2 || l.y() < top - 1 || l.y() > bottom;
            for (PdfReader.Seg s : l.segs()) crosses |= s.x0() < gutter - SLACK && s.x1() > gutter + SLACK;
            // a line across the gutter (a title) or a table row keeps its place and ends the stretch of columns
            if (crosses || l.segs().size() == 2 && !(prose(l.segs().subList(0, 1)) || prose(l.segs().subList(1, 2)))) {
                out.addAll(left);
                out.addAll(right);
                left.clear();
                right.clear();
                out.add(l);
                continue;
            }
            List<PdfReader.Seg> a = new ArrayList<>(), b = new ArrayList<>();
            for (PdfReader.Seg s : l.segs()) (s.x0() >= gutter - SLACK ? b : a).add(s);
            if (!a.isEmpty()) left.add(part(l, a, 1));
            if (!b.isEmpty()) right.add(part(l, b, 2));
        }
        out.addAll(left);
        out.addAll(right);
    }

    private static boolean split(PdfReader.Line l, float gutter) {
        List<PdfReader.Seg> segs = l.segs();
        return segs.size() == 2 && segs.get(0).x1() < gutter && segs.get(1).x0() >= gutter - SLACK && prose(segs.subList(0, 1))
                && prose(segs.subList(1, 2));
    }

    private static PdfReader.Line part(PdfReader.Line l, List<PdfReader.Seg> segs, int column) {
        StringBuilder t = new StringBuilder();
        for (PdfReader.Seg s : segs) {
            if (t.length() > 0) t.append('\t');
            t.append(s.text().strip());
        }
        return new PdfReader.Line(l.page(), PdfTableRows.tidyRow(t.toString().strip()), segs.get(0).x0(), segs.get(segs.size() - 1).x1(),
                l.y(), l.size(), column, segs);
    }

    /** The x where the right column starts, when at least three lines are two runs of prose split there; else NaN. */
    private static float gutter(List<PdfReader.Line> page) {
        List<Float> splits = new ArrayList<>();
        for (PdfReader.Line l : page) {
            List<PdfReader.Seg> segs = l.segs();
            // two runs of prose side by side (a table's wrapped heads are more runs than two)
            if (segs.size() == 2 && prose(segs.subList(0, 1)) && prose(segs.subList(1, 2))) splits.add(segs.get(1).x0());
        }
        // a page of tables (rows ending in figures) has no text columns, whatever its wrapped heads look like
        if (splits.size() < 3) return Float.NaN;
        float[] v = new float[splits.size()];
        for (int i = 0; i < v.length; i++) v[i] = splits.get(i);
        Arrays.sort(v);
        float median = v[v.length / 2];
        int near = 0;
        for (float x : v) if (Math.abs(x - median) <= SLACK) near++;
        return near >= 3 && near * 2 >= v.length ? median - 1 : Float.NaN;
    }

    /** Prose: twelve characters or more, mostly letters (not a figure cell or a short label). */
    private static boolean prose(List<PdfReader.Seg> segs) {
        int letters = 0, all = 0;
        for (PdfReader.Seg s : segs) {
            for (int i = 0; i < s.text().length(); i++) {
                char c = s.text().charAt(i);
                if (Character.isWhitespace(c)) continue;
                all++;
                if (Character.isLetter(c)) letters++;
            }
        }
        return all >= 12 && letters * 10 >= all * 7;
    }
}
