package io.finlens.text;

import java.util.List;
import java.util.Objects;

/**
 * A line of a document as a table row: its cells, split at TABs (as the HTML and PDF readers set a table's cells) or
 * between the bars of a Markdown table row. A line of prose is one cell whose text is left empty (the line is read with
 * {@link #text(String)}). Offsets are into the original text.
 *
 * @param start  the line's start
 * @param end    the line's end, before its line break (and a {@code \r} before it)
 * @param cells  its cells, in order
 * @param tabbed whether it is a table row (a TAB or Markdown bars), not a line of prose
 */
public record TableRow(int start, int end, List<Cell> cells, boolean tabbed) {
    /** A cell: its trimmed span and its text ({@code ""} for the one cell of a prose line and for a rule line's cells). */
    public record Cell(int start, int end, String text) {
        public Cell {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad cell span " + start + ".." + end);
            Objects.requireNonNull(text, "text");
        }
    }

    public TableRow {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad row span " + start + ".." + end);
        cells = List.copyOf(cells);
    }

    /** The line's text in {@code original}. */
    public String text(String original) {
        return original.substring(start, end);
    }

    /** The row's cells that hold text. */
    public List<Cell> nonBlankCells() {
        return cells.stream().filter(c -> !c.text().isBlank()).toList();
    }
}
