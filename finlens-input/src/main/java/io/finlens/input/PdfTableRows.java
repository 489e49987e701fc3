package io.finlens.input;

import io.finlens.text.Regex;
import io.finlens.input.PdfReader.Line;
import io.finlens.input.PdfReader.Seg;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads table rows out of a PDF's lines: a line whose runs of glyphs, split at wide gaps, look like a row's cells keeps
 * them TAB-separated, another line reads as prose; column heads set on two lines above a row of heads are joined into
 * that row's cells.
 */
final class PdfTableRows {
    private PdfTableRows() {
    }

    /** Keeps TABs only in lines that look like table rows: two cells or more, a figure among the cells after the first. */
    static String tidyRow(String t) {
        if (t.indexOf('\t') < 0) return t;
        String[] cells = t.split("\t");
        boolean figure = false;
        for (int i = 1; i < cells.length; i++) if (cells[i].strip().length() <= 40 && Regex.matches(cells[i], ".*\\d.*")) figure = true;
        if (cells.length >= 2 && (figure || cells.length >= 3)) {
            StringBuilder b = new StringBuilder();
            for (String c : cells) {
                if (b.length() > 0) b.append('\t');
                b.append(c.strip());
            }
            return b.toString();
        }
        return t.replace('\t', ' ');
    }

    /**
     * Column heads set on two lines ("Rigid" over "Packaging", in each period's block of columns): a line of words in
     * separate runs, no figure among them, just above a table row of heads, each run over one head of that row, is the
     * first line of those heads ("Rigid Packaging"); the row keeps the cells it had, and stands where the heads begin.
     */
    static List<Line> wrappedHeads(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = out.size() - 2; i >= 0; i--) {
            Line a = out.get(i), b = out.get(i + 1);
            if (a.page() != b.page() || a.column() != b.column() || !b.row() || a.segs().size() < 2) continue;
            float dy = b.y() - a.y();
            if (dy <= 0 || dy > 1.6f * Math.max(a.size(), b.size())) continue;
            String[] cells = b.text().split("\t", -1);
            if (cells.length != b.segs().size() || cells.length < 3) continue;
            boolean heads = true;
            for (int k = 1; k < cells.length && heads; k++) heads = shortHead(cells[k]);
            for (Seg sg : a.segs()) heads &= shortHead(sg.text());
            if (!heads) continue;
            String[] joined = headsJoined(a, b, cells);
            if (joined == null) continue;
            List<Seg> segs = new ArrayList<>();
            for (int k = 0; k < cells.length; k++) {
                Seg c = b.segs().get(k);
                segs.add(new Seg(joined[k], c.x0(), c.x1()));
            }
            out.set(i + 1, new Line(b.page(), String.join("\t", joined), Math.min(a.x0(), b.x0()), Math.max(a.x1(), b.x1()), a.y(),
                    b.size(), b.column(), segs));
            out.remove(i);
        }
        return out;
    }

    /** The row's cells, each run of the line above put before the head it stands over; null unless each has one of its own. */
    private static String[] headsJoined(Line a, Line b, String[] cells) {
        String[] joined = cells.clone();
        boolean[] used = new boolean[cells.length];
        for (Seg sg : a.segs()) {
            float mid = (sg.x0() + sg.x1()) / 2;
            int hit = -1;
            for (int k = 1; k < cells.length; k++) {
                Seg c = b.segs().get(k);
                if (mid >= c.x0() - 2 && mid <= c.x1() + 2) hit = k;
            }
            if (hit < 0 || used[hit]) return null;
            used[hit] = true;
            joined[hit] = sg.text().strip() + " " + cells[hit];
        }
        return joined;
    }

    /** A column head's words: a few, no figure. */
    private static boolean shortHead(String t) {
        String h = t.strip();
        return !h.isEmpty() && h.length() <= 24 && Regex.split(h, "\\s+").length <= 3 && !Regex.matches(h, ".*\\d.*");
    }
}
