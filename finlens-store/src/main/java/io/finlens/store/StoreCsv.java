package io.finlens.store;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The store's results as CSV (RFC 4180 quoting, a header row, fixed column order). */
public final class StoreCsv {
    private StoreCsv() {
    }

    /** Facts, one row each, with the export's columns. */
    public static void facts(List<StoredFact> facts, Writer w) throws IOException {
        Exporter.csv(facts, w);
    }

    /** One line of cells, quoted where needed. */
    public static String line(Object... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append(',');
            b.append(Exporter.csvCell(cells[i]));
        }
        return b.append('\n').toString();
    }
}
