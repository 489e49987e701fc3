package io.finlens.fact.table;

import static io.finlens.fact.table.LineItems.BASIC;
import static io.finlens.fact.table.LineItems.DILUTED;
import static io.finlens.fact.table.LineItems.normalize;
import static io.finlens.fact.table.TableHeads.above;
import static io.finlens.fact.table.TableHeads.header;
import static io.finlens.fact.table.TableRows.CURRENCY_PREFIX;
import static io.finlens.fact.table.TableRows.EMPTY_VALUE;
import static io.finlens.fact.table.TableRows.isCurrencyWord;
import static io.finlens.fact.table.TableRows.value;
import static io.finlens.fact.table.TableRows.valueCells;
import static io.finlens.fact.table.TableRows.withBlankLabel;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.fact.table.LineItems.MetricInfo;
import io.finlens.fact.table.LineItems.UnitPhrase;
import io.finlens.text.TableRow.Cell;
import io.finlens.text.Document;
import io.finlens.text.NormalizedText;
import io.finlens.text.TableRow;
import io.finlens.fact.table.TableRows.Value;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Precision;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.Tsv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts from financial tables in a document's text, where each table row is one line with its cells separated by a
 * TAB (what the HTML, PDF and DOCX readers give). A header row whose cells are periods (2025年第一季度,
 * 截至2025年3月31日止三個月, a bare 2024 under "Three Months Ended September 30,") sets each column's period; a unit line
 * above it (人民币百万元, (in millions, except per share data)) the scale and currency; each row whose first cell is a
 * line item (the sentence rules' metric aliases, plus {@code table-line-lex.items.tsv}) gives one fact per figure, with the
 * cell as evidence and rule {@code table.cell}. Brackets are negative (a deduction for costs, whose fact is the
 * amount), a dash an empty cell; per-share and percentage rows are not scaled.
 */
public final class TableFacts {
    /** The facts found, the spans of the table rows they came from, and what could not be read. */
    public record Result(List<Fact> facts, List<Span> rows, List<Issue> issues) {
        public Result {
            facts = List.copyOf(facts);
            rows = List.copyOf(rows);
            issues = List.copyOf(issues);
        }
    }






    /** A per-share figure stated in cents: 人民币分, 港仙, US cents. */
    private static final Pattern CENTS = Pattern.compile("[（(][^()（）]*(?:分|仙|cents?)[^()（）]*[)）]");

    /** The standard reader, made (its word lists loaded) when a text first holds a table. */
    private static final class Standard {
        static final TableFacts READER = new TableFacts();
    }

    private final LineItems lex = new LineItems();
    /** The change cells' facts: a change joined to its row's figure, or a change stated without one. */
    final ChangeCells cellFacts = new ChangeCells(lex);
    private final ChangeTables changeTables = new ChangeTables(this, lex);
    private final GrowthRows growthRows = new GrowthRows(this, lex);
    private final SummaryChangeTables summaryTables = new SummaryChangeTables(this, lex);
    private final StackedChangeTables stackedTables = new StackedChangeTables(this, lex);

    private TableFacts() {
    }
    private static final Result EMPTY_RESULT = new Result(List.of(), List.of(), List.of());




    /** The reader with the bundled word lists. */
    public static TableFacts standard() {
        return Standard.READER;
    }

    /**
     * {@link #read(String, String, Period, FiscalCalendar, boolean)} by the standard reader; a text with no table costs
     * one scan and never loads the table word lists (a start-up cost of every process otherwise).
     */
    public static Result readStandard(Document document, String entity, Period docPeriod, FiscalCalendar calendar, boolean chinese) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(entity, "entity");
        if (document.tableRows().isEmpty()) return EMPTY_RESULT;
        return standard().read(document, entity, docPeriod, calendar, chinese);
    }

    /**
     * Reads every table in {@code text} (spans are into it). {@code entity} is the document's company; {@code chinese}
     * picks the currency when a table names none (CNY, else USD).
     */
    public Result read(String text, String entity, boolean chinese) {
        return read(text, entity, null, chinese);
    }

    /**
     * As {@link #read(String, String, boolean)}; {@code docPeriod} (may be null) is the period the document reports:
     * a column headed by a bare year with no super-header is that period (or the same a year earlier) when it is a
     * quarter, a half or nine months, else the full year.
     */
    public Result read(String text, String entity, Period docPeriod, boolean chinese) {
        return read(text, entity, docPeriod, null, chinese);
    }

    /**
     * As {@link #read(String, String, Period, boolean)} with the fiscal calendar the sentence stage read
     * ({@link io.finlens.fact.FactExtractor.Result#calendar()}); null reads it from {@code text}.
     */
    public Result read(String text, String entity, Period docPeriod, FiscalCalendar calendar, boolean chinese) {
        Objects.requireNonNull(text, "text");
        return read(Document.of(NormalizedText.identity(text)), entity, docPeriod, calendar, chinese);
    }

    /**
     * As {@link #read(String, String, Period, FiscalCalendar, boolean)}, over the document's table rows (spans into its
     * original text).
     */
    public Result read(Document document, String entity, Period docPeriod, FiscalCalendar calendar, boolean chinese) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(entity, "entity");
        // most documents hold no table: no TAB, nothing to do (keeps the core's throughput)
        List<TableRow> lines = document.tableRows();
        if (lines.isEmpty()) return EMPTY_RESULT;
        String text = document.original();
        FiscalCalendar cal = calendar != null ? calendar : FiscalCalendar.of(text);
        List<Fact> facts = new ArrayList<>();
        List<Span> rowSpans = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            TableRow row = lines.get(i);
            // a change table's head ("Net Revenue Year over Year % Change" | Reported % Change | …) is read as one before
            // it is taken for an ordinary header of change columns
            int changes = !chinese && row.tabbed() ? changeTables.read(text, lines, i, entity, docPeriod, cal, facts, rowSpans) : i;
            if (changes == i && !chinese && row.tabbed()) changes = summaryTables.read(text, lines, i, entity, docPeriod, facts, rowSpans);
            if (changes == i && !chinese && row.tabbed()) changes = stackedTables.read(text, lines, i, entity, docPeriod, facts, rowSpans);
            if (changes > i) {
                i = changes;
                continue;
            }
            TableColumns header = row.tabbed() ? header(text, lines, i, docPeriod, cal) : singleHead(text, lines, i, docPeriod, cal);
            if (header == null) {
                if (!chinese && growthRows.read(text, row, docPeriod, entity, facts)) rowSpans.add(new Span(row.start(), row.end()));
                i++;
                continue;
            }
            i = table(text, lines, i, header, entity, docPeriod, cal, chinese, facts, rowSpans, issues);
        }
        if (!chinese) facts.addAll(OutlookTables.read(this, text, lines, entity, docPeriod, cal, rowSpans));
        // every row of two figures or more is a table row, read or not: the sentence rules, which take the first figure
        // whatever its column, are not asked (a key-figure line "Core EPS | $1.50" is still theirs)
        for (TableRow r : lines) {
            if (r.tabbed() && r.cells().stream().skip(1).filter(c -> value(c.text()) != null).count() >= 2) {
                rowSpans.add(new Span(r.start(), r.end()));
            }
        }
        return new Result(facts, rowSpans, issues);
    }











    private record Scale(int exponent, String currency, boolean stated) {
    }

    /** Reads one table from its header row on; returns the index of the first line after it. */
    private int table(String s, List<TableRow> lines, int headerAt, TableColumns columns, String entity, Period doc, FiscalCalendar cal, boolean chinese,
                      List<Fact> facts, List<Span> rowSpans, List<Issue> issues) {
        Scale scale = scale(s, lines, headerAt, chinese);
        TableRow headerRow = lines.get(headerAt);
        rowSpans.add(new Span(headerRow.start(), headerRow.end()));
        if (headerAt > 0 && lines.get(headerAt - 1).tabbed()) {
            TableRow sup = lines.get(headerAt - 1);
            rowSpans.add(new Span(sup.start(), sup.end()));
        }
        Map<String, Fact> chosen = new LinkedHashMap<>();
        Set<String> dilutedKeys = new HashSet<>();
        List<String> columnCurrency = headerAt > 0 && lines.get(headerAt - 1).tabbed()
                ? currencies(valueCells(s, lines.get(headerAt - 1).cells())) : null;
        Item section = captionSection(s, lines, headerAt);
        Item captionItem = section;
        String[] frame = frame(s, lines, headerAt);
        TableColumns bySegment = segmentsOver(s, lines, headerAt, columns);
        if (bySegment != null) {
            columns = bySegment;
            frame[0] = null;
        }
        boolean growthTable = captionSays(s, lines, headerAt, CC_CAPTION);
        String sectionLabel = "";
        String basisFrame = frame[1];
        String headCaption = "";
        String pending = null;
        int misses = 0;
        int dataRows = 0;
        int i = headerAt + 1;
        for (; i < lines.size(); i++) {
            TableRow r = lines.get(i);
            String line = r.text(s).strip();
            if (line.isEmpty()) continue;
            if (!r.tabbed()) {
                // a row label set on a line of its own above its figures, or wrapped over two lines
                if (i + 1 < lines.size() && wrappedLabel(s, line, lines.get(i + 1))) {
                    pending = line;
                    continue;
                }
                // a label line inside the table (Revenues:, Net income per share:) or the end of the table
                // (before the first figures, a long line is the rest of the header: "Compared to Three Months Ended …")
                if (dataRows > 0 && line.length() > 80 || line.matches(".*[。.!?！？]$") && !line.endsWith("…") || line.length() > 200) break;
                if (++misses > 2) break;
                Item named = lex.lookup(line);
                // rule table.non-gaap-caption: a caption line inside the table ("Adjusted earnings before provision for
                // taxes and net earnings") puts the rows under it on the non-GAAP basis, unless one of them names its own
                // basis (a reconciliation from the GAAP figure to the adjusted one); a "GAAP results" caption puts them back
                if (named == null && dataRows > 0) {
                    if (NON_GAAP_CAPTION.matcher(line).find()) basisFrame = reconciliationBelow(s, lines, i) ? frame[1] : "non-gaap";
                    else if (GAAP_CAPTION.matcher(line).find()) basisFrame = null;
                }
                // the rest of a wrapped header ("Operational1,3") keeps the caption's section
                if (named != null || dataRows > 0) {
                    section = named;
                    sectionLabel = line;
                } else {
                    // rule table.caption-revenue under the header: "Sales to customers by / geographic area" before the
                    // first figures, over one line or two
                    headCaption = (headCaption + " " + line).strip();
                    if (section == null && CAPTION_REVENUE.matcher(headCaption).find()) {
                        section = lex.items.get("revenue");
                        captionItem = section;
                    }
                }
                continue;
            }
            if (header(s, lines, i, doc, cal) != null || changeTables.heads(r) != null) break;
            misses = 0;
            rowSpans.add(new Span(r.start(), r.end()));
            TableColumns sub = columns.subHeader(r.cells().stream().map(Cell::text).toList());
            if (sub != null) {
                columns = sub;
                continue;
            }
            TableColumns spread = dataRows == 0 && columns.segments() == null ? segmentRow(s, r, columns) : null;
            if (spread != null) {
                columns = spread;
                frame[0] = null;
                continue;
            }
            if (valueCells(s, r.cells()).stream().anyMatch(c -> value(c.text()) != null)) dataRows++;
            List<Cell> cells = r.cells();
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
            List<String> rowCurrencies = currencies(values);
            if (rowCurrencies != null) {
                columnCurrency = rowCurrencies;
                continue;
            }
            boolean unlabelled = !label.codePoints().anyMatch(Character::isLetter);
            // (not under a caption: "Subscription and support revenues consisted of" totals a segment, not the company)
            if (unlabelled && section != null && section != captionItem && sectionTotal(section, label)
                    && valueCells(s, withBlankLabel(cells)).size() == columns.size()) {
                // rule table.section-total: an unlabelled row of figures closing a "Revenues" section is its total
                values = valueCells(s, withBlankLabel(cells));
                label = "Total";
            } else if (label.isEmpty() || value(label) != null || unlabelled) {
                continue;
            }
            String norm = normalize(label);
            if (values.size() == 1 && bpsChange(label, values.get(0), columns, entity, chosen, facts.size())) continue;
            if (growthRows.below(label, values, columns, entity, scale.currency(), chosen, facts.size())) continue;
            List<Item> listed = lex.metricList(norm);
            if (listed != null) {
                boolean centsHead = s.substring(lines.get(headerAt).start(), r.start()).toLowerCase(Locale.ROOT).contains("cents");
                metricListRow(listed, values, columns, scale, centsHead, entity, chosen, facts.size());
                continue;
            }
            Item item = lex.lookup(label);
            String segment = null;
            if (item == null && section == null) {
                String[] named = segmentPrefixed(label);
                if (named != null) {
                    segment = named[0];
                    item = lex.lookup(named[1]);
                    if (named[2] != null) item = new Item(item.metric(), named[2]);
                }
            }
            // rule table.caption-revenue: under "revenues consisted of", a one-word row that happens to name the metric
            // ("Sales", a product line) is a segment like its neighbours
            if (item != null && captionItem != null && item.equals(captionItem) && !norm.contains(" ") && !lex.total(norm)) item = null;
            boolean diluted = DILUTED.stream().anyMatch(norm::contains);
            if (item == null && section != null) {
                if (DILUTED.contains(norm) || BASIC.contains(norm)) {
                    item = section;
                } else if (lex.flowMoney(section) && !lex.total(norm)) {
                    item = section;
                    segment = label.replaceAll("[:：]$", "").strip();
                } else if (lex.total(norm)) {
                    item = section;
                }
            } else if (item != null && values.size() > 0) {
                section = null;
            }
            if (values.isEmpty()) {
                section = item;
                sectionLabel = label;
                continue;
            }
            // the unit a per-share row is stated in may sit on its section's label: 每股盈利（人民幣分） / －基本
            String unitLabel = item == section ? sectionLabel + " " + label : label;
            if (item == null) continue;
            if (segment == null && frame[0] != null) segment = frame[0];
            if (basisFrame != null && item.basis() == null && !item.metric().equals("revenue") && !GAAP_CAPTION.matcher(label.strip()).find()) item = new Item(item.metric(), basisFrame);
            MetricInfo info = lex.metrics.get(item.metric());
            boolean perShare = item.metric().equals("eps") || item.metric().endsWith("_per_share") || norm.contains("每股")
                    || norm.contains("per share") || norm.contains("per ads") || norm.contains("per diluted share");
            String currency = lex.labelCurrency(unitLabel);
            if (currency == null) currency = scale.currency();
            // a row stated in cents (股息（人民币分）, US cents) is per share whatever its label
            boolean cents = CENTS.matcher(unitLabel.toLowerCase(Locale.ROOT)).find() && "money".equals(info.unit());
            perShare |= cents;
            // twice as many figures as columns: a table of measures per period (only its metric-list rows are read)
            if (values.size() >= 2 * columns.size() && columns.size() > 1) continue;
            // under segment columns a row short of figures cannot say which segment each is for
            if (columns.segments() != null && values.size() != columns.size()) continue;
            Set<String> periodsSeen = new HashSet<>();
            List<Cell> changeCells = new ArrayList<>();
            List<Integer> changeCols = new ArrayList<>();
            List<Integer> periodCols = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) if (columns.kind(c) == TableColumns.Kind.PERIOD) periodCols.add(c);
            // rule table.short-row: a row with one figure per period column, in a table whose change columns follow
            // them all ("Adjusted EBIT / Sales % | 13.6 | 12.8" under 2024 | 2025 | ∆% | currency ∆%), fills the periods
            boolean periodsOnly = !periodCols.isEmpty() && values.size() < columns.size() && values.size() == periodCols.size()
                    && periodCols.get(periodCols.size() - 1) == periodCols.size() - 1 && columns.segments() == null;
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
                Cell cell = values.get(k);
                Value v = value(cell.text());
                if (p == null || v == null || v == EMPTY_VALUE) continue;
                // rule table.percent-label: "Adjusted EBIT / Sales %", "Gross margin (%)": the row's figures are percentages
                if (!v.percent() && PERCENT_LABEL.matcher(norm).find()) v = new Value(v.number(), v.decimals(), true);
                if (p instanceof Period.Instant != "stock".equals(info.kind())) continue;
                BigDecimal amount;
                Unit unit;
                Precision precision;
                if (v.percent()) {
                    // rule table.growth-table: a table of constant-currency growth rates by segment or region
                    if (growthTable && "money".equals(info.unit())) cellFacts.changeCell(cell, p, true, item, segment, entity, currency, chosen, facts.size(), "table.change-column");
                    if (!"ratio".equals(info.unit())) continue;
                    amount = v.number().movePointLeft(2);
                    unit = Unit.RATIO;
                    precision = new Precision(-2, v.decimals());
                } else if ("money".equals(info.unit())) {
                    int exp = perShare ? (cents ? -2 : 0) : scale.exponent();
                    if (!perShare && !scale.stated()) {
                        issues.add(new Issue(new Span(cell.start(), cell.end()), "table.no-unit",
                                "a table without a unit line (人民币百万元, in millions): its money figures are not read"));
                        return skipRest(s, lines, i, rowSpans);
                    }
                    amount = v.number().scaleByPowerOfTen(exp);
                    unit = Unit.money(colCurrency != null && lex.labelCurrency(unitLabel) == null ? colCurrency : currency);
                    precision = new Precision(exp, v.decimals());
                } else {
                    continue;
                }
                if (lex.magnitude.contains(item.metric())) amount = amount.abs();
                amount = amount.stripTrailingZeros();
                if (amount.scale() < 0) amount = amount.setScale(0);
                Fact f = new Fact("T" + (facts.size() + chosen.size() + 1), entity, item.metric(), segment, item.basis(), p, amount,
                        unit, null, null, false, List.of(), List.of(new Span(cell.start(), cell.end())), List.of("table.cell"),
                        null, precision);
                String key = item.metric() + "|" + segment + "|" + item.basis() + "|" + p.id();
                if (!chosen.containsKey(key) || diluted && !dilutedKeys.contains(key)) {
                    chosen.put(key, f);
                    if (diluted) dilutedKeys.add(key);
                }
            }
            for (int c = 0; c < changeCells.size(); c++) {
                changeCell(changeCells.get(c), columns, changeCols.get(c), item, segment, entity, currency, chosen, facts.size());
            }
        }
        facts.addAll(chosen.values());
        return i;
    }

    private static final Pattern NON_GAAP_CAPTION = Pattern.compile("(?i)^(?:adjusted|non-gaap|non gaap)\\b");
    private static final Pattern GAAP_CAPTION = Pattern.compile("(?i)^(?:gaap|reported|as reported|u\\.s\\. gaap)\\b");

    /** Whether a row under the caption line at {@code at} (up to the next label line) names its basis itself. */
    private boolean reconciliationBelow(String s, List<TableRow> lines, int at) {
        for (int k = at + 1; k < lines.size(); k++) {
            TableRow r = lines.get(k);
            if (r.text(s).isBlank()) continue;
            if (!r.tabbed()) return false;
            String label = r.cells().get(0).text().strip();
            if (NON_GAAP_CAPTION.matcher(label).find() || GAAP_CAPTION.matcher(label).find()) return true;
        }
        return false;
    }

    private static final Pattern SAME_STORE = Pattern.compile("(?i)^same[- ]store\\s+");
    private static final Pattern NAME_CONNECTOR = Pattern.compile("and|of|excluding|including|&|the");
    /** Words that make the start of a row label part of the line item, not a segment's name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(?:interest|comprehensive|operating|gross|net|total|other|deferred|unearned|accrued|cost|costs|tax|taxes|income|pretax"
                    + "|recurring|subscription|license|service|services|product|products|hold|adjusted|segment|segments|consolidated|reported"
                    + "|core|organic|comparable|underlying|gaap|non-gaap|table|games|same-store|average|annual|quarterly|cash|free|basic|diluted"
                    + "|in-process|property|research|selling|general|administrative|restructuring|impairment|amortization|depreciation)$");

    /**
     * Rule table.segment-prefix: a row label that names a segment before its line item ("Desert Region net revenues",
     * "Coastal Resorts Same-Store Adjusted EBITDA"): up to five capitalised words, then a known money or ratio line item
     * (a "same-store" one on the non-GAAP basis). Returns {segment, line item label, basis or null}, or null.
     */
    private String[] segmentPrefixed(String label) {
        String norm = normalize(label);
        String[] words = label.replace('\u00A0', ' ').strip().replaceAll(LineItems.FOOTNOTE.pattern(), "").split("\\s+");
        if (words.length < 2 || norm.isEmpty()) return null;
        for (int j = 1; j <= Math.min(5, words.length - 1); j++) {
            String w = words[j - 1];
            if (NOT_A_NAME.matcher(w).matches()) return null;
            if (!NAME_CONNECTOR.matcher(w).matches() && !Character.isUpperCase(w.codePointAt(0))) return null;
            if (NAME_CONNECTOR.matcher(w).matches() && j == 1) return null;
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, j, words.length));
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
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, j));
            if (NOT_A_SEGMENT.matcher(name).find() || TablePeriods.periodWords(name) || lex.total(normalize(name)) || lex.lookup(name) != null) return null;
            return new String[] {name, rest, basis != null ? basis : it.basis()};
        }
        return null;
    }

    private static final Pattern NUMERIC_DATE_LINE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}$");

    /**
     * Rule table.single-column-head: a line holding only a date ("3/25/2023", under "12 Weeks Ended") just over rows of
     * one figure each is the head of a one-column table.
     */
    private static TableColumns singleHead(String s, List<TableRow> lines, int i, Period doc, FiscalCalendar cal) {
        String t = lines.get(i).text(s).strip();
        if (!NUMERIC_DATE_LINE.matcher(t).matches() || i + 1 >= lines.size()) return null;
        TableRow next = lines.get(i + 1);
        if (!next.tabbed() || next.cells().size() < 2 || valueCells(s, next.cells()).size() != 1) return null;
        TableRow over = i > 0 && !lines.get(i - 1).tabbed() ? lines.get(i - 1) : null;
        Period p = TablePeriods.of(t, over == null ? "" : over.text(s).strip(), doc, cal);
        return p == null ? null : new TableColumns(List.of(p), List.of(TableColumns.Kind.PERIOD));
    }

    private static final Pattern BPS = Pattern.compile("(?i)^(\\(?-?[\\d,]+(?:\\.\\d+)?\\)?)\\s*bps$");
    private static final Pattern CHANGE_WORD = Pattern.compile(
            "(?i)\\s+(?:growth|performance|change|expansion|contraction|improvement)(?=\\s*(?:,|$|\\())");

    /**
     * Rule table.bps-change: a row of one figure in basis points whose label is a margin's growth ("Core gross margin
     * growth, non-GAAP measure | 51 bps") is that margin's change in points for the table's period, its level unsaid.
     */
    private boolean bpsChange(String label, Cell cell, TableColumns columns, String entity, Map<String, Fact> chosen, int base) {
        Matcher b = BPS.matcher(cell.text().strip());
        if (!b.matches()) return false;
        Matcher w = CHANGE_WORD.matcher(label);
        if (!w.find()) return false;
        Item item = lex.lookup(label.substring(0, w.start()) + label.substring(w.end()));
        if (item == null || !"ratio".equals(lex.metrics.get(item.metric()).unit())) return false;
        Period p = null;
        for (int c = 0; c < columns.size() && p == null; c++) if (columns.kind(c) == TableColumns.Kind.PERIOD) p = columns.period(c);
        if (p == null || p instanceof Period.Instant) return false;
        Value v = value(b.group(1));
        if (v == null || v == EMPTY_VALUE) return false;
        String key = item.metric() + "|null|" + item.basis() + "|" + p.id();
        if (chosen.containsKey(key)) return true;
        Span span = new Span(cell.start(), cell.end());
        Change change = Change.points(ChangeBasis.YOY, v.number().movePointLeft(2).stripTrailingZeros(), span);
        chosen.put(key, new Fact("T" + (base + chosen.size() + 1), entity, item.metric(), null, item.basis(), p, null, Unit.RATIO, null,
                null, false, List.of(change), List.of(span), List.of("table.bps-change"), null, null));
        return true;
    }

    private static final Pattern NO_SEGMENT_COLUMN = Pattern.compile(
            "(?i)^(?:other|unallocated|corporate|eliminations?|intersegment|adjustments?)\\b|\\b(?:costs?|charges?|items?|expenses?)$");

    /**
     * The segment a column name stands for: the name, "" for a total's column (the company's), null for a column of
     * no segment (Other, Unallocated, Separation costs); {@code "\0"} when the name is no segment's at all (a period, a
     * measure, a unit), which stops rule table.segment-columns.
     */
    private String columnSegment(String name) {
        String n = name.strip();
        String norm = normalize(n);
        if (lex.total(norm) || norm.matches("(?:.*\\s)?total")) return "";
        if (n.isEmpty() || n.length() > 50 || n.split("\\s+").length > 5 || !Character.isUpperCase(n.codePointAt(0))
                || TablePeriods.periodWords(n) || NOT_A_SEGMENT.matcher(n).find() || lex.lookup(n) != null
                || TableColumns.kind(null, n) != TableColumns.Kind.OTHER || value(n) != null) return "\0";
        if (NO_SEGMENT_COLUMN.matcher(n).find()) return null;
        return n;
    }

    /**
     * Rule table.segment-columns (names above): a row of names over the header's periods, each over the same run of
     * periods ("Consumer Health | Pharmaceutical" over "2025 | 2024 | 2025 | 2024"). Null when the row above is none.
     */
    private TableColumns segmentsOver(String s, List<TableRow> lines, int headerAt, TableColumns columns) {
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
    private TableColumns segmentRow(String s, TableRow r, TableColumns columns) {
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

    private static final Pattern PERCENT_LABEL = Pattern.compile("(?:\\s|\\()%\\)?$|\\bin %$|\\bpercent$");


    private void metricListRow(List<Item> listed, List<Cell> values, TableColumns columns, Scale scale, boolean cents, String entity,
                               Map<String, Fact> chosen, int base) {
        List<Period> periods = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) if (columns.period(c) != null) periods.add(columns.period(c));
        if (periods.isEmpty() || values.size() != listed.size() * periods.size() || !scale.stated()) return;
        for (int k = 0; k < values.size(); k++) {
            Item item = listed.get(k % listed.size());
            Period p = periods.get(k / listed.size());
            Value v = value(values.get(k).text());
            if (v == null || v == EMPTY_VALUE || v.percent() || !"money".equals(lex.metrics.get(item.metric()).unit())) continue;
            boolean perShare = item.metric().equals("eps");
            int exp = perShare ? (cents ? -2 : 0) : scale.exponent();
            BigDecimal amount = v.number().scaleByPowerOfTen(exp).stripTrailingZeros();
            if (amount.scale() < 0) amount = amount.setScale(0);
            String key = item.metric() + "|null|" + item.basis() + "|" + p.id();
            if (chosen.containsKey(key)) continue;
            Cell cell = values.get(k);
            chosen.put(key, new Fact("T" + (base + chosen.size() + 1), entity, item.metric(), null, item.basis(), p, amount,
                    Unit.money(scale.currency()), null, null, false, List.of(), List.of(new Span(cell.start(), cell.end())),
                    List.of("table.metric-list-row"), null, new Precision(exp, v.decimals())));
        }
    }

    /**
     * A figure in a change column: the year-over-year change of the row's fact for the period the column compares
     * (rule table.change-column), or, in a constant-currency column, a non-GAAP fact with no value and that change
     * (rule table.constant-currency-column).
     */
    private void changeCell(Cell cell, TableColumns columns, int col, Item item, String segment, String entity, String currency,
                            Map<String, Fact> chosen, int base) {
        cellFacts.changeCell(cell, columns.changed(col), columns.kind(col) == TableColumns.Kind.CONSTANT_CURRENCY, item, segment, entity,
                currency, chosen, base, "table.change-column");
    }

    private static final Pattern CONNECTOR_END = Pattern.compile(
            "(?i)\\b(?:and|of|the|for|to|in|on|by|per|from|excluding|including|before|after|north|south|east|west|new|other|adjusted)$|[,&/-]$");

    /**
     * Rule table.wrapped-label: a label line (not a section head: no colon, no known line item) is the label of the row
     * below when that row's first cell is a figure (the label set above its figures) or continues it (a row label
     * starting in lower case, or a line ending on "and", "of", "North"…).
     */
    private boolean wrappedLabel(String s, String line, TableRow next) {
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


    private boolean sectionTotal(Item section, String label) {
        MetricInfo info = lex.metrics.get(section.metric());
        return "flow".equals(info.kind()) && "money".equals(info.unit())
                && (value(label) != null || CURRENCY_PREFIX.matcher(label).replaceFirst("").isBlank());
    }





    /** The currency of each cell when every cell names only a currency (a currency row), else null. */
    private List<String> currencies(List<Cell> cells) {
        if (cells.isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (Cell c : cells) {
            if (!isCurrencyWord(c.text())) return null;
            String t = c.text().strip().toLowerCase(Locale.ROOT);
            String code = switch (t) {
                case "usd" -> "USD";
                case "hkd" -> "HKD";
                default -> null;
            };
            if (code == null) {
                for (String[] cw : lex.currencies) if (t.equals(cw[0]) || t.contains(cw[0])) {
                    code = cw[1];
                    break;
                }
            }
            if (code == null) return null;
            out.add(code);
        }
        return out;
    }

    private static int skipRest(String s, List<TableRow> lines, int i, List<Span> rowSpans) {
        for (i = i + 1; i < lines.size() && (lines.get(i).tabbed() || lines.get(i).text(s).isBlank()); i++) {
            if (lines.get(i).tabbed()) rowSpans.add(new Span(lines.get(i).start(), lines.get(i).end()));
        }
        return i;
    }


    /** The metric a row label names: exactly, or without a trailing bracket (（人民币元）, (note 4)). */
    /** The line item a label names (with the reconciliation prefixes), or null. */
    Item item(String label) {
        return lex.lookup(label);
    }

    /** The unit kind of a metric: money, ratio, count… */
    String unitOf(String metric) {
        return lex.metrics.get(metric).unit();
    }

    /** Whether a metric is a stock (a balance at a day: cash, debt, remaining performance obligations). */
    boolean isStock(String metric) {
        return "stock".equals(lex.metrics.get(metric).kind());
    }








    private static final Pattern CAPTION_REVENUE = Pattern.compile(
            "(?i)\\b(?:revenues?|net sales|sales)\\b(?:\\s+(?:by|consisted of|disaggregat)|.*\\bby\\b.{0,30}\\b(?:segment|region|geograph|service|product|division|offering))"
                    + "|\\b(?:regional|segment|geographic|geographical|divisional|division)\\s+(?:net\\s+)?(?:sales|revenues?)\\b");

    /**
     * Rule table.caption-revenue: a table captioned "Revenues by geographical region consisted of the following" or
     * "Revenue by segment" reads its unknown row labels as revenue segments, as under a "Revenues:" label.
     */
    private Item captionSection(String s, List<TableRow> lines, int headerAt) {
        int seen = 0;
        for (int k = headerAt - 1; k >= 0 && seen < 4; k--) {
            TableRow r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) continue;
            if (r.tabbed() && k < headerAt - 1) break;
            // "(In thousands)", "(Unaudited)" lines do not count
            if (t.startsWith("(") && t.endsWith(")")) continue;
            seen++;
            if (r.tabbed()) continue;
            if (CAPTION_REVENUE.matcher(t).find()) return lex.items.get("revenue");
            // rule table.caption-metric: "SUPPLEMENTAL DATA – NET REVENUES", "Adjusted Resort EBITDA and Adjusted EBITDAR"
            for (String piece : CAPTION_SPLIT.split(t)) {
                Item it = piece.isBlank() ? null : lex.lookup(piece.strip());
                if (it != null && lex.flowMoney(it)) return it;
            }
        }
        return null;
    }

    private static final Pattern CC_CAPTION = Pattern.compile("(?i)constant[- ]currency growth|growth rates? in constant currency");

    /** Whether one of the caption lines above the header (up to four, not past another table) matches. */
    private static boolean captionSays(String s, List<TableRow> lines, int headerAt, Pattern p) {
        int seen = 0;
        for (int k = headerAt - 1; k >= 0 && seen < 4; k--) {
            TableRow r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) continue;
            if (r.tabbed() && k < headerAt - 2) break;
            seen++;
            if (p.matcher(t).find()) return true;
        }
        return false;
    }

    private static final Pattern CAPTION_SPLIT = Pattern.compile("(?i)\\s+[–—-]\\s+|\\s*[:：]\\s*|\\s+and\\s+");


    private static final Pattern NOT_A_SEGMENT = Pattern.compile(
            "(?i)result|gaap|ifrs|unaudited|million|thousand|billion|dollar|change|%|\\$|amount|statement|\\d");
    private static final Pattern NON_GAAP_HEAD = Pattern.compile("(?i)\\bnon[- ]?gaap\\b|\\badjusted\\b|non-ifrs");

    /**
     * Rule table.titled-segment: a table whose super-header starts with a short title in the label column
     * ("Flexibles" | Twelve Months Ended June 30,) is that segment's table; rule table.non-gaap-head: a table headed
     * "Adjusted non-GAAP results" or "Non-GAAP* ($ in Millions)" states its profit lines on the non-GAAP basis.
     * Returns {segment or null, "non-gaap" or null}.
     */
    private String[] frame(String s, List<TableRow> lines, int headerAt) {
        String segment = null, basis = null;
        String head = lines.get(headerAt).cells().get(0).text();
        if (NON_GAAP_HEAD.matcher(head).find()) basis = "non-gaap";
        TableRow over = above(s, lines, headerAt);
        if (over != null && over.tabbed()) {
            String title = over.cells().get(0).text();
            if (NON_GAAP_HEAD.matcher(title).find()) basis = "non-gaap";
            else if (!title.isEmpty() && title.length() <= 40 && title.split("\\s+").length <= 4 && !TablePeriods.periodWords(title)
                    && !NOT_A_SEGMENT.matcher(title).find() && lex.lookup(title) == null && Character.isUpperCase(title.codePointAt(0))) {
                segment = title;
            }
        }
        return new String[] {segment, basis};
    }

    /** The currency a table whose header row is at {@code headerAt} states its money in (above it or in its head). */
    String currencyAt(String s, List<TableRow> lines, int headerAt) {
        return scale(s, lines, headerAt, false).currency();
    }

    /** The unit above the table (up to four lines, and the header's own cells): scale and currency. */
    private Scale scale(String s, List<TableRow> lines, int headerAt, boolean chinese) {
        StringBuilder ctx = new StringBuilder();
        int seen = 0;
        for (int k = headerAt; k >= 0 && seen < 5; k--) {
            String t = lines.get(k).text(s);
            if (t.isBlank()) continue;
            if (k < headerAt - 1 && lines.get(k).tabbed()) break;
            ctx.append(t).append('\n');
            seen++;
        }
        // the header's own lower rows ("($ million) | EBITDA | EBIT …"), before the first figures
        for (int k = headerAt + 1; k < lines.size() && k <= headerAt + 4; k++) {
            TableRow r = lines.get(k);
            if (r.tabbed() && r.cells().stream().skip(1).anyMatch(c -> value(c.text()) != null)) break;
            ctx.append(r.text(s)).append('\n');
        }
        // the first data row's label cell sometimes holds the unit: (RMB in millions)
        // (spaces between Chinese words dropped: "人民币 千元" is 人民币千元)
        String c = ctx.toString().toLowerCase(Locale.ROOT).replace('’', '\'').replace('（', '(').replace('）', ')')
                .replaceAll("(?<=\\p{IsHan})[ \u3000]+(?=\\p{IsHan})", "");
        Integer exp = null;
        String cur = null;
        for (UnitPhrase u : lex.units) {
            if (c.contains(u.phrase())) {
                exp = u.exponent();
                cur = u.currency();
                break;
            }
        }
        if (cur == null) {
            for (String[] cw : lex.currencies) {
                if (c.contains(cw[0])) {
                    cur = cw[1];
                    break;
                }
            }
        }
        if (cur == null) cur = chinese ? "CNY" : "USD";
        return new Scale(exp == null ? 0 : exp, cur, exp != null);
    }

    /**
     * Merges table facts into the sentence facts of the same text: sentence evidence inside a table row is dropped (the
     * sentence rules do not read tables), a table figure equal to a sentence fact of the same key (within the coarser
     * stated precision) adds its cell as evidence (and its figure when it is the finer), others are new facts. Ids are
     * renumbered in order of first evidence.
     */
    public static List<Fact> merge(List<Fact> sentence, Result tables) {
        return TableMerge.merge(sentence, tables);
    }
}
