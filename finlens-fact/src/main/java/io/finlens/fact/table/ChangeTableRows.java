package io.finlens.fact.table;

import static io.finlens.fact.table.TableRows.value;
import static io.finlens.fact.table.TableRows.valueCells;

import io.finlens.text.TableRow;
import io.finlens.text.TableRow.Cell;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Reads the rows of a change table under its heads: each a label and its figures, the label wrapped over two lines when
 * the first ends on a connector ("Asia Pacific, Australia and New Zealand and / China Region").
 */
final class ChangeTableRows {
    private ChangeTableRows() {
    }

    /** A row: its label (both lines of a wrapped one), its figure cells, and the row itself. */
    record Row(String label, List<Cell> values, TableRow row) {
    }

    /**
     * The rows from line {@code from} on, to {@code out}, while each has a label that is no figure and a number of figures
     * that {@code fits}; a line of no cells ending on {@code connectorEnd} starts the label of the row below it. Stops at
     * a blank line or any other line; returns its index.
     */
    static int read(String s, List<TableRow> lines, int from, Pattern connectorEnd, IntPredicate fits, List<Row> out) {
        String pending = null;
        int i = from;
        for (; i < lines.size(); i++) {
            TableRow r = lines.get(i);
            String t = r.text(s).strip();
            if (t.isEmpty()) break;
            if (!r.tabbed()) {
                if (pending != null || !connectorEnd.matcher(t).find()) break;
                pending = t;
                continue;
            }
            String label = r.cells().get(0).text().strip();
            if (pending != null) label = pending + " " + label;
            pending = null;
            List<Cell> values = valueCells(s, r.cells());
            if (label.isEmpty() || value(label) != null || !fits.test(values.size())) break;
            out.add(new Row(label, values, r));
        }
        return i;
    }
}
