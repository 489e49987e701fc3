package io.finlens.fact.table;

import io.finlens.text.Regex;
import static io.finlens.fact.table.LineItems.normalize;
import static io.finlens.fact.table.TableHeads.above;
import static io.finlens.fact.table.TableRows.value;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.fact.table.LineItems.MetricInfo;
import io.finlens.text.TableRow;
import io.finlens.text.TableRow.Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the segment names a table states: a row of names over or under its header's periods (one column run per
 * segment), and a segment's name before a row's line item ("Desert Region net revenues").
 */
final class TableSegments {
    /** Words of no segment's name: a result, a unit, a change, a figure. */
    static final Pattern NOT_A_SEGMENT = Pattern.compile(
            "(?i)result|gaap|ifrs|unaudited|million|thousand|billion|dollar|change|%|\\$|amount|statement|\\d");
    private static final Pattern NO_SEGMENT_COLUMN = Pattern.compile(
            "(?i)^(?:other|unallocated|corporate|eliminations?|intersegment|adjustments?)\\b|\\b(?:costs?|charges?|items?|expenses?)$");
    private static final Pattern SAME_STORE = Pattern.compile("(?i)^same[- ]store\\s+");
    private static final Pattern NAME_CONNECTOR = Pattern.compile("and|of|excluding|including|&|the");
    /** Words that make the start of a row label part of the line item, not a segment's name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(?:interest|comprehensive|operating|gross|net|total|other|deferred|unearned|accrued|cost|costs|tax|taxes|income|pretax"
                    + "|recurring|subscription|license|service|services|product|products|hold|adjusted|segment|segments|consolidated|reported"
                    + "|core|organic|comparable|underlying|gaap|non-gaap|table|games|same-store|average|annual|quarterly|cash|free|basic|diluted"
                    + "|in-process|property|research|selling|general|administrative|restructuring|impairment|amortization|depreciation)$");

    /** A row label read as a segment's line item: the segment, the line item's label, and its basis (or null). */
    record Prefixed(String segment, String itemLabel, String basis) {
    }

    private final LineItems lex;

    TableSegments(LineItems lex) {
        this.lex = lex;
    }

    /**
     * Rule table.segment-columns (names above): a row of names over the header's periods, each over the same run of
     * periods ("Consumer Health | Pharmaceutical" over "2025 | 2024 | 2025 | 2024"). Null when the row above is none.
     */
    TableColumns over(String s, List<TableRow> lines, int headerAt, TableColumns columns) {
        TableRow over = above(s, lines, headerAt);
        if (over == null || !over.tabbed()) return null;
        List<String> names = new ArrayList<>();
        for (Cell c : over.cells()) if (!c.text().isBlank()) names.add(c.text().strip());
        int n = names.size(), m = columns.size();
        if (n < 2 || m % n != 0 || m / n < 2) return null;
        int per = m / n;
        for (int g = 1; g < n; g++) {
            for (int j = 0; j < per; j++) {
                if (!Objects.equals(columns.period(g * per + j), columns.period(j)) || columns.kind(g * per + j) != columns.kind(j)) return null;
            }
        }
        List<String> segs = columnSegments(names, per);
        return segs == null ? null : columns.withSegments(segs);
    }

    /**
     * Rule table.segment-columns (names below): a row of names under the header, the same run of names under each
     * period ("($ million) | Flexibles | Rigid Packaging | Total | Flexibles | Rigid Packaging | Total"). Null when the
     * row is no such row.
     */
    TableColumns below(TableRow r, TableColumns columns) {
        List<String> names = new ArrayList<>();
        List<Cell> cells = r.cells();
        for (int k = 1; k < cells.size(); k++) if (!cells.get(k).text().isBlank()) names.add(cells.get(k).text().strip());
        int n = names.size(), m = columns.size();
        if (m < 1 || n < 2 * m || n % m != 0) return null;
        for (int c = 0; c < m; c++) if (columns.kind(c) != TableColumns.Kind.PERIOD) return null;
        int k = n / m;
        for (int g = 1; g < m; g++) for (int j = 0; j < k; j++) if (!names.get(g * k + j).equals(names.get(j))) return null;
        List<String> segs = columnSegments(names, 1);
        return segs == null ? null : columns.spread(k, segs);
    }

    /** Each name's segment, {@code times} times over; null when a name is no column head or fewer than two name a line. */
    private List<String> columnSegments(List<String> names, int times) {
        List<String> segs = new ArrayList<>();
        int real = 0;
        for (String name : names) {
            String seg = columnSegment(name);
            if ("\0".equals(seg)) return null;
            if (seg != null && !seg.isEmpty()) real++;
            for (int j = 0; j < times; j++) segs.add(seg);
        }
        return real >= 2 ? segs : null;
    }

    /**
     * The segment a column name stands for: the name, "" for a total's column (the company's), null for a column of
     * no segment (Other, Unallocated, Separation costs); {@code "\0"} when the name is no segment's at all (a period, a
     * measure, a unit), which stops rule table.segment-columns.
     */
    private String columnSegment(String name) {
        String n = name.strip();
        String norm = normalize(n);
        if (lex.total(norm) || Regex.matches(norm, "(?:.*\\s)?total")) return "";
        if (n.isEmpty() || n.length() > 50 || Regex.split(n, "\\s+").length > 5 || !Character.isUpperCase(n.codePointAt(0))
                || TablePeriods.periodWords(n) || NOT_A_SEGMENT.matcher(n).find() || lex.lookup(n) != null
                || TableColumns.kind(null, n) != TableColumns.Kind.OTHER || value(n) != null) return "\0";
        if (NO_SEGMENT_COLUMN.matcher(n).find()) return null;
        return n;
    }

    /**
     * Rule table.segment-prefix: a row label that names a segment before its line item ("Desert Region net revenues",
     * "Coastal Resorts Same-Store Adjusted EBITDA"): up to five capitalised words, then a known money or ratio line item
     * (a "same-store" one on the non-GAAP basis). Null when the label is no such label.
     */
    Prefixed prefixed(String label) {
        String norm = normalize(label);
        String[] words = Regex.split(LineItems.FOOTNOTE.matcher(label.replace('\u00A0', ' ').strip()).replaceAll(""), "\\s+");
        if (words.length < 2 || norm.isEmpty()) return null;
        for (int j = 1; j <= Math.min(5, words.length - 1); j++) {
            String w = words[j - 1];
            if (NOT_A_NAME.matcher(w).matches()) return null;
            if (!NAME_CONNECTOR.matcher(w).matches() && !Character.isUpperCase(w.codePointAt(0))) return null;
            if (NAME_CONNECTOR.matcher(w).matches() && j == 1) return null;
            String rest = String.join(" ", Arrays.copyOfRange(words, j, words.length));
            String basis = null;
            Matcher ss = SAME_STORE.matcher(rest);
            if (ss.find()) {
                rest = rest.substring(ss.end());
                basis = "non-gaap";
            }
            Item it = lex.lookup(rest);
            if (it == null || NAME_CONNECTOR.matcher(words[j - 1]).matches()) continue;
            MetricInfo info = lex.metrics.get(it.metric());
            if (!lex.flowMoney(it) && !"ratio".equals(info.unit())) return null;
            String name = String.join(" ", Arrays.copyOfRange(words, 0, j));
            if (NOT_A_SEGMENT.matcher(name).find() || TablePeriods.periodWords(name) || lex.total(normalize(name)) || lex.lookup(name) != null) return null;
            return new Prefixed(name, rest, basis != null ? basis : it.basis());
        }
        return null;
    }
}
