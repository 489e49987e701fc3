package io.finlens.fact.table;

import static io.finlens.fact.table.LineItems.BASIC;
import static io.finlens.fact.table.LineItems.DILUTED;
import static io.finlens.fact.table.LineItems.normalize;
import static io.finlens.fact.table.TableRows.CURRENCY_PREFIX;
import static io.finlens.fact.table.TableRows.value;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.fact.table.LineItems.MetricInfo;
import io.finlens.text.TableRow;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what the label lines and label cells inside a table's body say about its rows: a row label wrapped over two
 * lines, an unlabelled row that totals the section above, a caption putting the rows below on a basis (GAAP or not).
 */
final class RowLabels {
    private static final Pattern CONNECTOR_END = Pattern.compile(
            "(?i)\\b(?:and|of|the|for|to|in|on|by|per|from|excluding|including|before|after|north|south|east|west|new|other|adjusted)$|[,&/-]$");
    /** A caption or row label naming the non-GAAP basis: "Adjusted …", "Non-GAAP …". */
    static final Pattern NON_GAAP_CAPTION = Pattern.compile("(?i)^(?:adjusted|non-gaap|non gaap)\\b");
    /** A caption or row label naming the reported basis: "GAAP …", "As reported …". */
    static final Pattern GAAP_CAPTION = Pattern.compile("(?i)^(?:gaap|reported|as reported|u\\.s\\. gaap)\\b");

    private final LineItems lex;

    RowLabels(LineItems lex) {
        this.lex = lex;
    }

    /**
     * Rule table.wrapped-label: a label line (not a section head: no colon, no known line item) is the label of the row
     * below when that row's first cell is a figure (the label set above its figures) or continues it (a row label
     * starting in lower case, or a line ending on "and", "of", "North"…).
     */
    boolean wrapped(String line, TableRow next) {
        if (!next.tabbed() || line.endsWith(":") || line.endsWith("：") || line.length() > 120) return false;
        String n = next.cells().get(0).text();
        if (value(n) != null || !n.isEmpty() && CURRENCY_PREFIX.matcher(n).replaceFirst("").isBlank()) return true;
        if (n.isEmpty()) return false;
        // a line ending on "and", "of", "the"… goes on in the row below, whatever its first words name
        if (CONNECTOR_END.matcher(line.strip()).find()) return true;
        String norm = normalize(line);
        if (lex.lookup(line) != null || DILUTED.contains(norm) || BASIC.contains(norm)) return false;
        return Character.isLowerCase(n.codePointAt(0));
    }

    /** Whether an unlabelled row (no label, a figure or a currency sign in the label cell) can total a money flow section. */
    boolean sectionTotal(Item section, String label) {
        MetricInfo info = lex.metrics.get(section.metric());
        return "flow".equals(info.kind()) && "money".equals(info.unit())
                && (value(label) != null || CURRENCY_PREFIX.matcher(label).replaceFirst("").isBlank());
    }

    /** Whether a row under the caption line at {@code at} (up to the next label line) names its basis itself. */
    static boolean reconciliationBelow(String s, List<TableRow> lines, int at) {
        for (int k = at + 1; k < lines.size(); k++) {
            TableRow r = lines.get(k);
            if (r.text(s).isBlank()) continue;
            if (!r.tabbed()) return false;
            String label = r.cells().get(0).text().strip();
            if (NON_GAAP_CAPTION.matcher(label).find() || GAAP_CAPTION.matcher(label).find()) return true;
        }
        return false;
    }
}
