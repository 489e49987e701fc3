package io.finlens.fact.table;

import io.finlens.text.Regex;
import static io.finlens.fact.table.LineItems.BASIC;
import static io.finlens.fact.table.LineItems.DILUTED;
import static io.finlens.fact.table.LineItems.normalize;
import static io.finlens.fact.table.TableHeads.header;
import static io.finlens.fact.table.TableRows.CURRENCY_PREFIX;
import static io.finlens.fact.table.TableRows.EMPTY_VALUE;
import static io.finlens.fact.table.TableRows.value;
import static io.finlens.fact.table.TableRows.valueCells;
import static io.finlens.fact.table.TableRows.withBlankLabel;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.fact.table.LineItems.MetricInfo;
import io.finlens.fact.table.TableCaptions.Frame;
import io.finlens.fact.table.TableCaptions.Scale;
import io.finlens.fact.table.TableRows.Value;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Precision;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.TableRow;
import io.finlens.text.TableRow.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one table's body: the rows under its header, to the line that ends the table, each row's figures a fact of its
 * line item in their columns (rule {@code table.cell}); the label lines among them set the section, the segment or the
 * basis of the rows below.
 */
final class TableBody {
    /** A per-share figure stated in cents: 人民币分, 港仙, US cents. */
    private static final Pattern CENTS = Pattern.compile("[（(][^()（）]*(?:分|仙|cents?)[^()（）]*[)）]");
    private static final Pattern PERCENT_LABEL = Pattern.compile("(?:\\s|\\()%\\)?$|\\bin %$|\\bpercent$");

    /** What a line of the table does: goes on to the next, ends the table, or ends it unread (its figures have no unit). */
    private enum Next { ROW, END, UNREAD }

    /**
     * A row's line item as read: its normalized label, the label its unit may sit on (with its section's), its segment,
     * and how its figures are stated (per share, in cents, in which currency, diluted).
     */
    private record Line(String norm, String unitLabel, Item item, String segment, MetricInfo info, boolean perShare, boolean cents,
                        String currency, boolean diluted) {
    }

    /** The line item a row's label names, and the segment it names with it (or null). */
    private record Named(Item item, String segment) {
    }

    private final TableFacts tables;
    private final LineItems lex;
    private final String s;
    private final List<TableRow> lines;
    private final TableFacts.Source source;
    private final int headerAt;
    private final List<Fact> facts;
    private final List<Span> rowSpans;
    private final List<Issue> issues;
    private final Scale scale;
    /** The basis the table's title states (null when none). */
    private final String frameBasis;
    private final boolean growthTable;
    /** The facts of the table by key (metric, segment, basis, period), in order found; the keys a diluted row set. */
    private final Map<String, Fact> chosen = new LinkedHashMap<>();
    private final Set<String> dilutedKeys = new HashSet<>();
    private TableColumns columns;
    private List<String> columnCurrency;
    /** The line item of the section the rows are in (a label line "Revenues:"), and the one a caption named. */
    private Item section;
    private Item captionItem;
    private String sectionLabel = "";
    /** The segment the table's title names, unless its columns name segments. */
    private String frameSegment;
    /** The basis of the rows from here on: the title's, or a caption's inside the table. */
    private String rowBasis;
    private String headCaption = "";
    /** A row label set on the line above its row. */
    private String pending;
    private int misses;
    private int dataRows;

    /** The table whose header row, of columns {@code columns}, is line {@code headerAt}: the spans of its head go to {@code rowSpans}. */
    TableBody(TableFacts tables, TableFacts.Source source, int headerAt, TableColumns columns, List<Fact> facts, List<Span> rowSpans,
              List<Issue> issues) {
        this.tables = tables;
        this.lex = tables.lex;
        this.source = source;
        this.s = source.text();
        this.lines = source.lines();
        this.headerAt = headerAt;
        this.facts = facts;
        this.rowSpans = rowSpans;
        this.issues = issues;
        this.scale = tables.captions.scale(s, lines, headerAt, source.chinese());
        rowSpans.add(new Span(lines.get(headerAt).start(), lines.get(headerAt).end()));
        TableRow sup = headerAt > 0 && lines.get(headerAt - 1).tabbed() ? lines.get(headerAt - 1) : null;
        if (sup != null) rowSpans.add(new Span(sup.start(), sup.end()));
        this.columnCurrency = sup != null ? tables.captions.currencies(valueCells(s, sup.cells())) : null;
        this.section = tables.captions.captionSection(s, lines, headerAt);
        this.captionItem = section;
        Frame frame = tables.captions.frame(s, lines, headerAt);
        this.frameBasis = frame.basis();
        this.rowBasis = frame.basis();
        TableColumns bySegment = tables.segments.over(s, lines, headerAt, columns);
        this.columns = bySegment != null ? bySegment : columns;
        this.frameSegment = bySegment != null ? null : frame.segment();
        this.growthTable = TableCaptions.captionSays(s, lines, headerAt, TableCaptions.CC_CAPTION);
    }

    /** Reads the table's rows, its facts to {@code facts}; returns the index of the first line after it. */
    int read() {
        int i = headerAt + 1;
        for (; i < lines.size(); i++) {
            TableRow r = lines.get(i);
            String line = r.text(s).strip();
            if (line.isEmpty()) continue;
            Next next = r.tabbed() ? row(i, r) : labelLine(i, line);
            if (next == Next.END) break;
            if (next == Next.UNREAD) return skipRest(i);
        }
        facts.addAll(chosen.values());
        return i;
    }

    /** A line of no cells in the table: a row label set above its row, a section's label, a caption, or the table's end. */
    private Next labelLine(int i, String line) {
        // a row label set on a line of its own above its figures, or wrapped over two lines
        if (i + 1 < lines.size() && tables.rowLabels.wrapped(line, lines.get(i + 1))) {
            pending = line;
            return Next.ROW;
        }
        // a label line inside the table (Revenues:, Net income per share:) or the end of the table
        // (before the first figures, a long line is the rest of the header: "Compared to Three Months Ended …")
        if (dataRows > 0 && line.length() > 80 || Regex.matches(line, ".*[。.!?！？]$") && !line.endsWith("…") || line.length() > 200) return Next.END;
        if (++misses > 2) return Next.END;
        Item named = lex.lookup(line);
        // rule table.non-gaap-caption: a caption line inside the table ("Adjusted earnings before provision for
        // taxes and net earnings") puts the rows under it on the non-GAAP basis, unless one of them names its own
        // basis (a reconciliation from the GAAP figure to the adjusted one); a "GAAP results" caption puts them back
        if (named == null && dataRows > 0) {
            if (RowLabels.NON_GAAP_CAPTION.matcher(line).find()) rowBasis = RowLabels.reconciliationBelow(s, lines, i) ? frameBasis : "non-gaap";
            else if (RowLabels.GAAP_CAPTION.matcher(line).find()) rowBasis = null;
        }
        // the rest of a wrapped header ("Operational1,3") keeps the caption's section
        if (named != null || dataRows > 0) {
            section = named;
            sectionLabel = line;
        } else {
            // rule table.caption-revenue under the header: "Sales to customers by / geographic area" before the
            // first figures, over one line or two
            headCaption = (headCaption + " " + line).strip();
            if (section == null && TableCaptions.CAPTION_REVENUE.matcher(headCaption).find()) {
                section = lex.items.get("revenue");
                captionItem = section;
            }
        }
        return Next.ROW;
    }

    /** A row of cells: a lower header row, a row of currencies, a row of figures; or, a header, the table's end. */
    private Next row(int i, TableRow r) {
        if (header(s, lines, i, source.period(), source.calendar()) != null || tables.changeTables.heads(r) != null) return Next.END;
        misses = 0;
        rowSpans.add(new Span(r.start(), r.end()));
        if (headRow(r)) return Next.ROW;
        List<Cell> cells = r.cells();
        if (valueCells(s, cells).stream().anyMatch(c -> value(c.text()) != null)) dataRows++;
        String label = cells.get(0).text();
        List<Cell> values = valueCells(s, cells);
        if (pending != null) {
            if (value(label) != null || CURRENCY_PREFIX.matcher(label).replaceFirst("").isBlank()) {
                values = valueCells(s, withBlankLabel(cells));
                label = pending;
            } else {
                label = pending + " " + label;
            }
            pending = null;
        }
        // a row of currencies under the header (RMB | RMB | US$): each column's currency, not a line item
        List<String> rowCurrencies = tables.captions.currencies(values);
        if (rowCurrencies != null) {
            columnCurrency = rowCurrencies;
            return Next.ROW;
        }
        boolean unlabelled = !label.codePoints().anyMatch(Character::isLetter);
        // (not under a caption: "Subscription and support revenues consisted of" totals a segment, not the company)
        if (unlabelled && section != null && section != captionItem && tables.rowLabels.sectionTotal(section, label)
                && valueCells(s, withBlankLabel(cells)).size() == columns.size()) {
            // rule table.section-total: an unlabelled row of figures closing a "Revenues" section is its total
            values = valueCells(s, withBlankLabel(cells));
            label = "Total";
        } else if (label.isEmpty() || value(label) != null || unlabelled) {
            return Next.ROW;
        }
        return labelled(r, label, values);
    }

    /** Whether a row is a lower row of the header (a sub-header, the segments under the periods): it sets the columns. */
    private boolean headRow(TableRow r) {
        TableColumns sub = columns.subHeader(r.cells().stream().map(Cell::text).toList());
        if (sub != null) {
            columns = sub;
            return true;
        }
        TableColumns spread = dataRows == 0 && columns.segments() == null ? tables.segments.below(r, columns) : null;
        if (spread != null) {
            columns = spread;
            frameSegment = null;
            return true;
        }
        return false;
    }

    /** A labelled row: a row of a rule of its own, a section's label, or a line item's figures. */
    private Next labelled(TableRow r, String label, List<Cell> values) {
        String norm = normalize(label);
        String entity = source.entity();
        if (values.size() == 1 && tables.measureRows.bpsChange(label, values.get(0), columns, entity, chosen, facts.size())) return Next.ROW;
        if (tables.growthRows.below(label, values, columns, entity, scale.currency(), chosen, facts.size())) return Next.ROW;
        List<Item> listed = lex.metricList(norm);
        if (listed != null) {
            boolean centsHead = s.substring(lines.get(headerAt).start(), r.start()).toLowerCase(Locale.ROOT).contains("cents");
            tables.measureRows.metricList(listed, values, columns, scale, centsHead, entity, chosen, facts.size());
            return Next.ROW;
        }
        Named named = named(label, norm, values);
        Item item = named.item();
        String segment = named.segment();
        if (values.isEmpty()) {
            section = item;
            sectionLabel = label;
            return Next.ROW;
        }
        // the unit a per-share row is stated in may sit on its section's label: 每股盈利（人民幣分） / －基本
        String unitLabel = item == section ? sectionLabel + " " + label : label;
        if (item == null) return Next.ROW;
        if (segment == null && frameSegment != null) segment = frameSegment;
        if (rowBasis != null && item.basis() == null && !item.metric().equals("revenue") && !RowLabels.GAAP_CAPTION.matcher(label.strip()).find()) {
            item = new Item(item.metric(), rowBasis);
        }
        MetricInfo info = lex.metrics.get(item.metric());
        boolean perShare = item.metric().equals("eps") || item.metric().endsWith("_per_share") || norm.contains("每股")
                || norm.contains("per share") || norm.contains("per ads") || norm.contains("per diluted share");
        String currency = lex.labelCurrency(unitLabel);
        if (currency == null) currency = scale.currency();
        // a row stated in cents (股息（人民币分）, US cents) is per share whatever its label
        boolean cents = CENTS.matcher(unitLabel.toLowerCase(Locale.ROOT)).find() && "money".equals(info.unit());
        perShare |= cents;
        boolean diluted = DILUTED.stream().anyMatch(norm::contains);
        Line line = new Line(norm, unitLabel, item, segment, info, perShare, cents, currency, diluted);
        return figures(line, values) ? Next.ROW : Next.UNREAD;
    }

    /** The line item a row's label names (under the section above, a segment of it), leaving or entering a section. */
    private Named named(String label, String norm, List<Cell> values) {
        Item item = lex.lookup(label);
        String segment = null;
        if (item == null && section == null) {
            TableSegments.Prefixed prefixed = tables.segments.prefixed(label);
            if (prefixed != null) {
                segment = prefixed.segment();
                item = lex.lookup(prefixed.itemLabel());
                if (prefixed.basis() != null) item = new Item(item.metric(), prefixed.basis());
            }
        }
        // rule table.caption-revenue: under "revenues consisted of", a one-word row that happens to name the metric
        // ("Sales", a product line) is a segment like its neighbours
        if (item != null && captionItem != null && item.equals(captionItem) && !norm.contains(" ") && !lex.total(norm)) item = null;
        if (item == null && section != null) {
            if (DILUTED.contains(norm) || BASIC.contains(norm)) {
                item = section;
            } else if (lex.flowMoney(section) && !lex.total(norm)) {
                item = section;
                segment = Regex.replaceAll(label, "[:：]$", "").strip();
            } else if (lex.total(norm)) {
                item = section;
            }
        } else if (item != null && values.size() > 0) {
            section = null;
        }
        return new Named(item, segment);
    }

    /**
     * The facts of a line item's figures, each in its column (a change column's figure the change of the row's fact);
     * false when the table states no unit for its money figures, which are then not read.
     */
    private boolean figures(Line line, List<Cell> values) {
        // twice as many figures as columns: a table of measures per period (only its metric-list rows are read)
        if (values.size() >= 2 * columns.size() && columns.size() > 1) return true;
        // under segment columns a row short of figures cannot say which segment each is for
        if (columns.segments() != null && values.size() != columns.size()) return true;
        Set<String> periodsSeen = new HashSet<>();
        List<Cell> changeCells = new ArrayList<>();
        List<Integer> changeCols = new ArrayList<>();
        List<Integer> periodCols = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) if (columns.kind(c) == TableColumns.Kind.PERIOD) periodCols.add(c);
        // rule table.short-row: a row with one figure per period column, in a table whose change columns follow
        // them all ("Adjusted EBIT / Sales % | 13.6 | 12.8" under 2024 | 2025 | ∆% | currency ∆%), fills the periods
        boolean periodsOnly = !periodCols.isEmpty() && values.size() < columns.size() && values.size() == periodCols.size()
                && periodCols.get(periodCols.size() - 1) == periodCols.size() - 1 && columns.segments() == null;
        String segment = line.segment();
        for (int k = 0; k < values.size(); k++) {
            int col = periodsOnly ? periodCols.get(k) : columns.column(k, values.size());
            if (col < 0 || col >= columns.size()) continue;
            if (columns.kind(col) == TableColumns.Kind.CHANGE || columns.kind(col) == TableColumns.Kind.CONSTANT_CURRENCY) {
                changeCells.add(values.get(k));
                changeCols.add(col);
                continue;
            }
            Period p = columns.period(col);
            String colSegment = columns.segment(col);
            if (columns.segments() != null) {
                if (colSegment == null) continue;
                segment = colSegment.isEmpty() ? null : colSegment;
            }
            // a second column for the same period in another currency is a convenience translation (US$): skipped
            int ci = columnCurrency == null ? -1 : columnCurrency.size() - values.size() + k;
            String colCurrency = ci >= 0 && ci < columnCurrency.size() ? columnCurrency.get(ci) : null;
            if (p != null && !periodsSeen.add(p.id()) && colCurrency != null) continue;
            if (!cellFact(line, segment, values.get(k), p, colCurrency)) return false;
        }
        for (int c = 0; c < changeCells.size(); c++) {
            // rule table.change-column: the year-over-year change of the row's fact for the period the column compares,
            // or, in a constant-currency column, a non-GAAP fact with no value and that change (table.constant-currency-column)
            int col = changeCols.get(c);
            tables.cellFacts.changeCell(changeCells.get(c), columns.changed(col), columns.kind(col) == TableColumns.Kind.CONSTANT_CURRENCY,
                    line.item(), segment, source.entity(), line.currency(), chosen, facts.size(), "table.change-column");
        }
        return true;
    }

    /** The fact of one figure of the row for period {@code p} (rule table.cell); false when the table states no unit. */
    private boolean cellFact(Line line, String segment, Cell cell, Period p, String colCurrency) {
        Value v = value(cell.text());
        if (p == null || v == null || v == EMPTY_VALUE) return true;
        // rule table.percent-label: "Adjusted EBIT / Sales %", "Gross margin (%)": the row's figures are percentages
        if (!v.percent() && PERCENT_LABEL.matcher(line.norm()).find()) v = new Value(v.number(), v.decimals(), true);
        Item item = line.item();
        MetricInfo info = line.info();
        if (p instanceof Period.Instant != "stock".equals(info.kind())) return true;
        BigDecimal amount;
        Unit unit;
        Precision precision;
        if (v.percent()) {
            // rule table.growth-table: a table of constant-currency growth rates by segment or region
            if (growthTable && "money".equals(info.unit())) {
                tables.cellFacts.changeCell(cell, p, true, item, segment, source.entity(), line.currency(), chosen, facts.size(),
                        "table.change-column");
            }
            if (!"ratio".equals(info.unit())) return true;
            amount = v.number().movePointLeft(2);
            unit = Unit.RATIO;
            precision = new Precision(-2, v.decimals());
        } else if ("money".equals(info.unit())) {
            int exp = line.perShare() ? (line.cents() ? -2 : 0) : scale.exponent();
            if (!line.perShare() && !scale.stated()) {
                issues.add(new Issue(new Span(cell.start(), cell.end()), "table.no-unit",
                        "a table without a unit line (人民币百万元, in millions): its money figures are not read"));
                return false;
            }
            amount = v.number().scaleByPowerOfTen(exp);
            unit = Unit.money(colCurrency != null && lex.labelCurrency(line.unitLabel()) == null ? colCurrency : line.currency());
            precision = new Precision(exp, v.decimals());
        } else {
            return true;
        }
        if (lex.magnitude.contains(item.metric())) amount = amount.abs();
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) amount = amount.setScale(0);
        Fact f = new Fact("T" + (facts.size() + chosen.size() + 1), source.entity(), item.metric(), segment, item.basis(), p, amount,
                unit, null, null, false, List.of(), List.of(new Span(cell.start(), cell.end())), List.of("table.cell"), null, precision);
        String key = item.metric() + "|" + segment + "|" + item.basis() + "|" + p.id();
        if (!chosen.containsKey(key) || line.diluted() && !dilutedKeys.contains(key)) {
            chosen.put(key, f);
            if (line.diluted()) dilutedKeys.add(key);
        }
        return true;
    }

    /** Passes over the rest of a table that is not read (its rows still table rows); returns the first line after it. */
    private int skipRest(int i) {
        for (i = i + 1; i < lines.size() && (lines.get(i).tabbed() || lines.get(i).text(s).isBlank()); i++) {
            if (lines.get(i).tabbed()) rowSpans.add(new Span(lines.get(i).start(), lines.get(i).end()));
        }
        return i;
    }
}
