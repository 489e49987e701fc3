package io.finlens.fact.table;

import io.finlens.fact.FactExtractor;
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
 * line item (the sentence rules' metric aliases, plus {@code table-line-items.tsv}) gives one fact per figure, with the
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

    record Item(String metric, String basis) {
    }

    private record MetricInfo(String kind, String unit) {
    }

    private record UnitPhrase(String phrase, int exponent, String currency) {
    }

    private record Cell(int start, int end, String text) {
    }

    private record Row(int start, int end, List<Cell> cells, boolean tabbed) {
        String text(String s) {
            return s.substring(start, end);
        }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "^(\\()?\\s*([-−–])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(\\))?\\s*(%)?\\s*[*#]?$");
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(?:US\\$|HK\\$|RMB|Rmb|US\\$|\\$|¥|￥|人民币|港币|港元|美元)\\s*");
    private static final Pattern EMPTY = Pattern.compile("^(?:[-−–—]+|n/?a|nm|n\\.m\\.|不适用|不適用|无|無)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE = Pattern.compile("(?:\\s*(?:\\(\\d{1,2}\\)|\\([a-z]\\)|[¹²³⁴⁵⁶⁷⁸⁹*#†‡]+|\\[\\d{1,2}\\]))+$");
    private static final Pattern LOSS_ALTERNATIVE = Pattern.compile("(?i)\\s*/?\\s*\\((?:loss|losses|income|earnings|profit)\\)(?=\\s|$)");
    private static final Pattern GLUED_FOOTNOTE = Pattern.compile("(?<=[A-Za-z)])\\d{1,2}(?:,\\d{1,2})*$|\\s+\\d{1,2}(?:,\\d{1,2})*$");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern LEADING_MARK = Pattern.compile("^[-－—–·•\\s]+");
    /** A per-share figure stated in cents: 人民币分, 港仙, US cents. */
    private static final Pattern CENTS = Pattern.compile("[（(][^()（）]*(?:分|仙|cents?)[^()（）]*[)）]");
    private static final Set<String> DILUTED = Set.of("diluted", "摊薄", "稀释", "攤薄", "稀釋");
    private static final Set<String> BASIC = Set.of("basic", "基本");

    private static final TableFacts STANDARD = new TableFacts();
    private static final Result EMPTY_RESULT = new Result(List.of(), List.of(), List.of());

    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, MetricInfo> metrics = new HashMap<>();
    private final List<UnitPhrase> units = new ArrayList<>();
    private final List<String[]> currencies = new ArrayList<>();
    private final Set<String> magnitude = new HashSet<>();
    private final Set<String> totalWords = new HashSet<>();

    private TableFacts() {
        for (Tsv.Row r : Tsv.load(FactExtractor.class, "metrics.tsv", 3, 3)) metrics.put(r.get(0), new MetricInfo(r.get(1), r.get(2)));
        // our own line items first: they win over the sentence aliases
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-line-items.tsv", 3, 3)) putItem(r, true);
        for (String f : new String[] {"metric-aliases-zh.tsv", "metric-aliases-en.tsv"}) {
            for (Tsv.Row r : Tsv.load(FactExtractor.class, f, 3, 3)) putItem(r, false);
        }
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-units.tsv", 3, 3)) {
            int exp;
            try {
                exp = Integer.parseInt(r.get(1));
            } catch (NumberFormatException e) {
                throw r.error("exponent is not a number: " + r.get(1));
            }
            String cur = r.get(2).equals("-") ? null : r.get(2);
            if (cur != null && !cur.matches("[A-Z]{3}")) throw r.error("not an ISO 4217 code: " + cur);
            if (!r.get(0).equals(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("phrases are lower case: " + r.get(0));
            units.add(new UnitPhrase(r.get(0), exp, cur));
        }
        units.sort(Comparator.comparingInt((UnitPhrase u) -> -u.phrase().length()));
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-currencies.tsv", 2, 2)) {
            if (!r.get(1).matches("[A-Z]{3}")) throw r.error("not an ISO 4217 code: " + r.get(1));
            if (!r.get(0).equals(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("words are lower case: " + r.get(0));
            currencies.add(new String[] {r.get(0), r.get(1)});
        }
        currencies.sort(Comparator.comparingInt((String[] c) -> -c[0].length()));
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-total-words.tsv", 1, 1)) {
            if (!r.get(0).equals(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("words are lower case: " + r.get(0));
            totalWords.add(r.get(0));
        }
        for (Tsv.Row r : Tsv.load(TableFacts.class, "table-metrics.tsv", 2, 2)) {
            if (!metrics.containsKey(r.get(0))) throw r.error("unknown metric id: " + r.get(0));
            switch (r.get(1)) {
                case "magnitude" -> magnitude.add(r.get(0));
                case "signed" -> {
                }
                default -> throw r.error("magnitude or signed expected: " + r.get(1));
            }
        }
    }

    private void putItem(Tsv.Row r, boolean own) {
        if (!metrics.containsKey(r.get(1))) throw r.error("unknown metric id: " + r.get(1));
        String basis = r.get(2).equals("-") ? null : r.get(2);
        if (basis != null && !basis.equals("non-gaap")) throw r.error("basis must be non-gaap or -: " + basis);
        String key = r.get(0).toLowerCase(Locale.ROOT);
        if (own && items.containsKey(key)) throw r.error("duplicate line item: " + r.get(0));
        items.putIfAbsent(key, new Item(r.get(1), basis));
    }

    /** The reader with the bundled word lists. */
    public static TableFacts standard() {
        return STANDARD;
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
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entity, "entity");
        // most documents hold no table: no TAB, nothing to do (keeps the core's throughput)
        if (text.indexOf('\t') < 0) return EMPTY_RESULT;
        List<Row> lines = lines(text);
        FiscalCalendar cal = FiscalCalendar.of(text);
        List<Fact> facts = new ArrayList<>();
        List<Span> rowSpans = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Row row = lines.get(i);
            TableColumns header = row.tabbed() ? header(text, lines, i, docPeriod, cal) : null;
            if (header == null) {
                i++;
                continue;
            }
            i = table(text, lines, i, header, entity, docPeriod, cal, chinese, facts, rowSpans, issues);
        }
        if (!chinese) facts.addAll(OutlookTables.read(this, text, entity, docPeriod, cal, rowSpans));
        return new Result(facts, rowSpans, issues);
    }

    private static List<Row> lines(String s) {
        List<Row> out = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            int e = end > start && s.charAt(end - 1) == '\r' ? end - 1 : end;
            List<Cell> cells = new ArrayList<>();
            boolean tabbed = false;
            for (int k = start; k < e && !tabbed; k++) tabbed = s.charAt(k) == '\t';
            int c = start;
            while (true) {
                if (!tabbed) {
                    // a prose line is one cell whose text is never read as a cell (Row.text gives the line)
                    int a = start, b = e;
                    while (a < b && Character.isWhitespace(s.charAt(a))) a++;
                    while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
                    cells.add(new Cell(a, b, ""));
                    break;
                }
                int tab = s.indexOf('\t', c);
                int ce = tab < 0 || tab > e ? e : tab;
                int a = c, b = ce;
                while (a < b && Character.isWhitespace(s.charAt(a))) a++;
                while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
                cells.add(new Cell(a, b, s.substring(a, b)));
                if (ce == e) break;
                c = ce + 1;
            }
            out.add(new Row(start, e, cells, tabbed));
            if (nl < 0) break;
            start = nl + 1;
        }
        return out;
    }

    /** The periods of a header row's columns (null where a column names none), or null when the row is no header. */
    private static TableColumns header(String s, List<Row> lines, int i, Period doc, FiscalCalendar cal) {
        Row row = lines.get(i);
        List<Cell> cells = row.cells();
        for (Cell c : cells) if (value(c.text()) != null && !c.text().matches("\\d{4}")) return null;
        Row over = above(s, lines, i);
        List<String> context = context(s, over, cells);
        context = withSpans(s, lines, over, context);
        List<Period> periods = new ArrayList<>();
        List<TableColumns.Kind> kinds = new ArrayList<>();
        int found = 0;
        for (int k = 0; k < cells.size(); k++) {
            // empty cells are spacers, as in the rows below (whose empty cells are dropped too)
            if (cells.get(k).text().isEmpty() || UNIT_CELL.matcher(cells.get(k).text()).matches()) continue;
            Period p = TablePeriods.of(cells.get(k).text(), context.get(k), doc, cal);
            // the first cell is the label column's head unless it names a period itself (no label column in a PDF's header)
            if (k == 0 && p == null) continue;
            periods.add(p);
            kinds.add(TableColumns.kind(p, (context.get(k) + " " + cells.get(k).text()).strip()));
            if (p != null) found++;
        }
        return found == 0 ? null : new TableColumns(periods, kinds);
    }

    /** A header cell that only states the unit of the column below: {@code $ million}, {@code (RMB'000)}. */
    private static final Pattern UNIT_CELL = Pattern.compile(
            "(?i)^\\(?\\s*(?:\\$|us\\$|rmb|€|£|hk\\$)?\\s*(?:in\\s+)?(?:millions?|thousands?|billions?|mm|m|bn|'000|’000)\\s*\\)?$");

    /**
     * The line over a header row that names its periods: the line just above, or (over a line that names none, such as
     * the second line of a wrapped "Comparable constant" head) the nearest short line above it, up to three lines up
     * and not across a blank line or past a table row.
     */
    private static Row above(String s, List<Row> lines, int i) {
        Row first = null;
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Row r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) break;
            if (first == null) first = r;
            if (r.tabbed()) return r;
            if (t.length() <= 80 && TablePeriods.periodWords(t)) return r;
        }
        return first;
    }

    private static final Pattern SPAN_HEAD = Pattern.compile(
            "(?i)(?:three|six|nine|twelve|thirteen|\\d{1,2})[- ](?:months?|weeks?)\\s+end(?:ed|ing)|(?:fiscal\\s+)?years?\\s+end(?:ed|ing)|quarters?\\s+end(?:ed|ing)");

    /**
     * Rule table.span-over-dates: over a row of dates without spans ("December 31," | "December 31,") the line above
     * names them ("Three Months Ended   Twelve Months Ended"): each span heads its share of the columns, in order.
     */
    private static List<String> withSpans(String s, List<Row> lines, Row over, List<String> ctx) {
        if (over == null || !over.tabbed()) return ctx;
        for (String c : ctx) if (!c.isEmpty() && SPAN_HEAD.matcher(c).find()) return ctx;
        int at = lines.indexOf(over);
        if (at <= 0) return ctx;
        String up = lines.get(at - 1).text(s).replace('\t', ' ');
        List<String> spans = new ArrayList<>();
        Matcher m = SPAN_HEAD.matcher(up);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) starts.add(m.start());
        for (int k = 0; k < starts.size(); k++) spans.add(up.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : up.length()).strip());
        List<Integer> heads = new ArrayList<>();
        for (int k = 0; k < ctx.size(); k++) if (!ctx.get(k).isEmpty()) heads.add(k);
        if (spans.isEmpty() || heads.isEmpty() || heads.size() % spans.size() != 0) return ctx;
        List<String> out = new ArrayList<>(ctx);
        int per = heads.size() / spans.size();
        for (int h = 0; h < heads.size(); h++) out.set(heads.get(h), spans.get(h / per) + " " + ctx.get(heads.get(h)));
        return out;
    }

    /** The super-header text over each header cell: a row of spans (grouped evenly, else nearest to the left) or one line. */
    private static List<String> context(String s, Row above, List<Cell> cells) {
        List<String> ctx = new ArrayList<>();
        if (above == null) {
            for (int k = 0; k < cells.size(); k++) ctx.add("");
            return ctx;
        }
        if (!above.tabbed()) {
            for (int k = 0; k < cells.size(); k++) ctx.add(above.text(s).strip());
            return ctx;
        }
        List<Cell> a = above.cells();
        List<Integer> full = new ArrayList<>();
        // a cell naming no period (a stray mark, a page's footnote number) is no super-header
        for (int k = 0; k < a.size(); k++) if (!a.get(k).text().isEmpty() && TablePeriods.periodWords(a.get(k).text())) full.add(k);
        List<Integer> heads = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k).text();
            // the label column's head ("($ million, except per share amounts)") and unit cells ("$ million") have no super-header
            if (c.isEmpty() || UNIT_CELL.matcher(c).matches() || k == 0 && !TablePeriods.periodWords(c)) continue;
            heads.add(k);
        }
        for (int k = 0; k < cells.size(); k++) ctx.add("");
        if (!full.isEmpty() && heads.size() % full.size() == 0) {
            int per = heads.size() / full.size();
            for (int h = 0; h < heads.size(); h++) ctx.set(heads.get(h), a.get(full.get(h / per)).text());
            return ctx;
        }
        for (int k = 0; k < cells.size(); k++) {
            for (int j = Math.min(k, a.size() - 1); j >= 0; j--) {
                if (!a.get(j).text().isEmpty()) {
                    ctx.set(k, a.get(j).text());
                    break;
                }
            }
        }
        return ctx;
    }

    /** A parsed figure: its value, decimals, whether bracketed, whether a percentage. */
    private record Value(BigDecimal number, int decimals, boolean percent) {
    }

    /** The figure a cell holds; {@link #EMPTY_VALUE} for a dash; null when the cell is no figure. */
    private static Value value(String cell) {
        String t = CURRENCY_PREFIX.matcher(cell.strip()).replaceFirst("").replace('，', ',').strip();
        // ($68), $(68), (US$0.03): the sign inside the bracket
        if (t.startsWith("(")) t = "(" + CURRENCY_PREFIX.matcher(t.substring(1).strip()).replaceFirst("");
        if (t.isEmpty()) return null;
        if (EMPTY.matcher(t).matches()) return EMPTY_VALUE;
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) return null;
        boolean open = m.group(1) != null, close = m.group(5) != null;
        if (open != close) return null;
        BigDecimal n = new BigDecimal(m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4)));
        if (open || m.group(2) != null) n = n.negate();
        return new Value(n, m.group(4) == null ? 0 : m.group(4).length() - 1, m.group(6) != null);
    }

    private static final Value EMPTY_VALUE = new Value(BigDecimal.ZERO, -1, false);

    private record Scale(int exponent, String currency, boolean stated) {
    }

    /** Reads one table from its header row on; returns the index of the first line after it. */
    private int table(String s, List<Row> lines, int headerAt, TableColumns columns, String entity, Period doc, FiscalCalendar cal, boolean chinese,
                      List<Fact> facts, List<Span> rowSpans, List<Issue> issues) {
        Scale scale = scale(s, lines, headerAt, chinese);
        Row headerRow = lines.get(headerAt);
        rowSpans.add(new Span(headerRow.start(), headerRow.end()));
        if (headerAt > 0 && lines.get(headerAt - 1).tabbed()) {
            Row sup = lines.get(headerAt - 1);
            rowSpans.add(new Span(sup.start(), sup.end()));
        }
        Map<String, Fact> chosen = new LinkedHashMap<>();
        Set<String> dilutedKeys = new HashSet<>();
        List<String> columnCurrency = headerAt > 0 && lines.get(headerAt - 1).tabbed()
                ? currencies(valueCells(s, lines.get(headerAt - 1).cells())) : null;
        Item section = captionSection(s, lines, headerAt);
        Item captionItem = section;
        String[] frame = frame(s, lines, headerAt);
        boolean growthTable = captionSays(s, lines, headerAt, CC_CAPTION);
        String sectionLabel = "";
        String pending = null;
        int misses = 0;
        int dataRows = 0;
        int i = headerAt + 1;
        for (; i < lines.size(); i++) {
            Row r = lines.get(i);
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
                Item named = lookup(line);
                // the rest of a wrapped header ("Operational1,3") keeps the caption's section
                if (named != null || dataRows > 0) {
                    section = named;
                    sectionLabel = line;
                }
                continue;
            }
            if (header(s, lines, i, doc, cal) != null) break;
            misses = 0;
            rowSpans.add(new Span(r.start(), r.end()));
            TableColumns sub = columns.subHeader(r.cells().stream().map(Cell::text).toList());
            if (sub != null) {
                columns = sub;
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
            if (unlabelled && section != null && sectionTotal(section, label) && valueCells(s, withBlankLabel(cells)).size() == columns.size()) {
                // rule table.section-total: an unlabelled row of figures closing a "Revenues" section is its total
                values = valueCells(s, withBlankLabel(cells));
                label = "Total";
            } else if (label.isEmpty() || value(label) != null || unlabelled) {
                continue;
            }
            String norm = normalize(label);
            List<Item> listed = metricList(norm);
            if (listed != null) {
                boolean centsHead = s.substring(lines.get(headerAt).start(), r.start()).toLowerCase(Locale.ROOT).contains("cents");
                metricListRow(listed, values, columns, scale, centsHead, entity, chosen, facts.size());
                continue;
            }
            Item item = lookup(label);
            String segment = null;
            // rule table.caption-revenue: under "revenues consisted of", a one-word row that happens to name the metric
            // ("Sales", a product line) is a segment like its neighbours
            if (item != null && captionItem != null && item.equals(captionItem) && !norm.contains(" ") && !total(norm)) item = null;
            boolean diluted = DILUTED.stream().anyMatch(norm::contains);
            if (item == null && section != null) {
                if (DILUTED.contains(norm) || BASIC.contains(norm)) {
                    item = section;
                } else if (flowMoney(section) && !total(norm)) {
                    item = section;
                    segment = label.replaceAll("[:：]$", "").strip();
                } else if (total(norm)) {
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
            if (frame[1] != null && item.basis() == null && !item.metric().equals("revenue")) item = new Item(item.metric(), frame[1]);
            MetricInfo info = metrics.get(item.metric());
            boolean perShare = item.metric().equals("eps") || item.metric().endsWith("_per_share") || norm.contains("每股")
                    || norm.contains("per share") || norm.contains("per ads") || norm.contains("per diluted share");
            String currency = labelCurrency(unitLabel);
            if (currency == null) currency = scale.currency();
            boolean cents = perShare && CENTS.matcher(unitLabel.toLowerCase(Locale.ROOT)).find();
            // twice as many figures as columns: a table of measures per period (only its metric-list rows are read)
            if (values.size() >= 2 * columns.size() && columns.size() > 1) continue;
            Set<String> periodsSeen = new HashSet<>();
            List<Cell> changeCells = new ArrayList<>();
            List<Integer> changeCols = new ArrayList<>();
            for (int k = 0; k < values.size(); k++) {
                int col = columns.column(k, values.size());
                if (col < 0 || col >= columns.size()) continue;
                if (columns.kind(col) == TableColumns.Kind.CHANGE || columns.kind(col) == TableColumns.Kind.CONSTANT_CURRENCY) {
                    changeCells.add(values.get(k));
                    changeCols.add(col);
                    continue;
                }
                Period p = columns.period(col);
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
                    if (growthTable && "money".equals(info.unit())) changeCell(cell, p, true, item, segment, entity, currency, chosen, facts.size());
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
                    unit = Unit.money(colCurrency != null && labelCurrency(unitLabel) == null ? colCurrency : currency);
                    precision = new Precision(exp, v.decimals());
                } else {
                    continue;
                }
                if (magnitude.contains(item.metric())) amount = amount.abs();
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

    private static final Pattern PERCENT_LABEL = Pattern.compile("(?:\\s|\\()%\\)?$|\\bin %$|\\bpercent$");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    /**
     * Rule table.metric-list-row: the adjusted total of a reconciliation whose columns are measures ("Adjusted EBITDA,
     * EBIT, Net income and EPS" over EBITDA | EBIT | Net Income | EPS per period): the label's measures, in order, once
     * per period column. Only on the non-GAAP side (the GAAP row's EBIT is no statement line). Null when the label
     * lists no two known measures.
     */
    private List<Item> metricList(String norm) {
        Matcher m = BASIS_PREFIX.matcher(norm);
        if (!m.find() || m.group(1) == null) return null;
        String rest = norm.substring(m.end());
        if (!rest.contains(",") && !rest.contains(" and ")) return null;
        List<Item> out = new ArrayList<>();
        for (String piece : LIST_SPLIT.split(rest)) {
            Item it = exact(piece.strip());
            if (it == null) return null;
            out.add(new Item(it.metric(), "non-gaap"));
        }
        return out.size() >= 2 ? out : null;
    }

    private void metricListRow(List<Item> listed, List<Cell> values, TableColumns columns, Scale scale, boolean cents, String entity,
                               Map<String, Fact> chosen, int base) {
        List<Period> periods = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) if (columns.period(c) != null) periods.add(columns.period(c));
        if (periods.isEmpty() || values.size() != listed.size() * periods.size() || !scale.stated()) return;
        for (int k = 0; k < values.size(); k++) {
            Item item = listed.get(k % listed.size());
            Period p = periods.get(k / listed.size());
            Value v = value(values.get(k).text());
            if (v == null || v == EMPTY_VALUE || v.percent() || !"money".equals(metrics.get(item.metric()).unit())) continue;
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
        changeCell(cell, columns.changed(col), columns.kind(col) == TableColumns.Kind.CONSTANT_CURRENCY, item, segment, entity,
                currency, chosen, base);
    }

    private void changeCell(Cell cell, Period p, boolean constantCurrency, Item item, String segment, String entity, String currency,
                            Map<String, Fact> chosen, int base) {
        Value v = value(cell.text());
        if (v == null || v == EMPTY_VALUE || p == null || p instanceof Period.Instant) return;
        boolean ratio = "ratio".equals(metrics.get(item.metric()).unit());
        Span span = new Span(cell.start(), cell.end());
        // a ratio's change in a table is in points when the cell says so; a plain figure in a margin row is left alone
        if (ratio) return;
        Change change = Change.relative(ChangeBasis.YOY, v.number().movePointLeft(2).stripTrailingZeros(), span);
        if (!constantCurrency) {
            String key = item.metric() + "|" + segment + "|" + item.basis() + "|" + p.id();
            Fact f = chosen.get(key);
            if (f == null || !f.changes().isEmpty()) return;
            List<Span> ev = new ArrayList<>(f.evidence());
            ev.add(span);
            chosen.put(key, new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), f.value(), f.unit(), null,
                    null, false, List.of(change), ev, List.of("table.cell", "table.change-column"), null, f.precision()));
            return;
        }
        String key = item.metric() + "|" + segment + "|non-gaap|" + p.id() + "|cc";
        if (chosen.containsKey(key)) return;
        Unit unit = "money".equals(metrics.get(item.metric()).unit()) ? Unit.money(currency) : Unit.RATIO;
        chosen.put(key, new Fact("T" + (base + chosen.size() + 1), entity, item.metric(), segment, "non-gaap", p, null, unit, null,
                null, false, List.of(change), List.of(span), List.of("table.constant-currency-column"), null, null));
    }

    private static final Pattern CONNECTOR_END = Pattern.compile(
            "(?i)\\b(?:and|of|the|for|to|in|on|by|per|from|excluding|including|before|after|north|south|east|west|new|other)$|[,&/-]$");

    /**
     * Rule table.wrapped-label: a label line (not a section head: no colon, no known line item) is the label of the row
     * below when that row's first cell is a figure (the label set above its figures) or continues it (a row label
     * starting in lower case, or a line ending on "and", "of", "North"…).
     */
    private boolean wrappedLabel(String s, String line, Row next) {
        if (!next.tabbed() || line.endsWith(":") || line.endsWith("：") || line.length() > 120) return false;
        String n = next.cells().get(0).text();
        if (value(n) != null || !n.isEmpty() && CURRENCY_PREFIX.matcher(n).replaceFirst("").isBlank()) return true;
        String norm = normalize(line);
        if (lookup(line) != null || DILUTED.contains(norm) || BASIC.contains(norm) || n.isEmpty()) return false;
        return Character.isLowerCase(n.codePointAt(0)) || CONNECTOR_END.matcher(line.strip()).find();
    }

    /** A total row's label: "Total …", "Worldwide", "Consolidated", 合计 (table-total-words.tsv). */
    private boolean total(String norm) {
        return norm.startsWith("total") || totalWords.contains(norm);
    }

    private boolean sectionTotal(Item section, String label) {
        MetricInfo info = metrics.get(section.metric());
        return "flow".equals(info.kind()) && "money".equals(info.unit())
                && (value(label) != null || CURRENCY_PREFIX.matcher(label).replaceFirst("").isBlank());
    }

    /** The cells of a row whose first cell is a figure, behind an empty label cell. */
    private static List<Cell> withBlankLabel(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size() + 1);
        out.add(new Cell(cells.get(0).start(), cells.get(0).start(), ""));
        out.addAll(cells);
        return out;
    }

    /**
     * The figure cells of a row after its label: empty and currency-only cells ({@code $}, {@code RMB}) dropped, a
     * closing bracket or percent sign set in a cell of its own ({@code (1,234} | {@code )}) joined to the figure before.
     */
    private static List<Cell> valueCells(String s, List<Cell> cells) {
        List<Cell> values = new ArrayList<>();
        for (int k = 1; k < cells.size(); k++) {
            Cell cell = cells.get(k);
            String c = cell.text();
            if (c.isEmpty()) continue;
            if ((c.equals(")") || c.equals("%") || c.equals(")%")) && !values.isEmpty()) {
                Cell prev = values.remove(values.size() - 1);
                String joined = s.substring(prev.start(), cell.end()).replaceAll("\\s+", "");
                values.add(new Cell(prev.start(), cell.end(), joined));
                continue;
            }
            if (CURRENCY_PREFIX.matcher(c).replaceFirst("").isBlank() && !isCurrencyWord(c)) continue;
            values.add(cell);
        }
        return values;
    }

    private static final Pattern CURRENCY_CELL = Pattern.compile("(?i)^(?:RMB|US\\$|HK\\$|USD|HKD|人民币|人民幣|美元|港元|港币|港幣)$");

    private static boolean isCurrencyWord(String c) {
        return CURRENCY_CELL.matcher(c.strip()).matches();
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
                for (String[] cw : currencies) if (t.equals(cw[0]) || t.contains(cw[0])) {
                    code = cw[1];
                    break;
                }
            }
            if (code == null) return null;
            out.add(code);
        }
        return out;
    }

    private static int skipRest(String s, List<Row> lines, int i, List<Span> rowSpans) {
        for (i = i + 1; i < lines.size() && (lines.get(i).tabbed() || lines.get(i).text(s).isBlank()); i++) {
            if (lines.get(i).tabbed()) rowSpans.add(new Span(lines.get(i).start(), lines.get(i).end()));
        }
        return i;
    }

    private static String normalize(String label) {
        String t = label.replace('（', '(').replace('）', ')').replace('：', ':').replace('\u00A0', ' ');
        t = LEADING_MARK.matcher(t).replaceFirst("");
        t = FOOTNOTE.matcher(t.strip()).replaceFirst("");
        // "Net Earnings/(Loss)", "Operating income (loss)", "Income (loss) before taxes": the loss alternative goes
        t = LOSS_ALTERNATIVE.matcher(t).replaceAll("");
        // footnote numbers set against the word: "Adjusted Net Earnings1,4", "Operational Sales1,2"
        t = GLUED_FOOTNOTE.matcher(t).replaceFirst("");
        t = t.replaceAll(":$", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return t;
    }

    /** The metric a row label names: exactly, or without a trailing bracket (（人民币元）, (note 4)). */
    /** The line item a label names (with the reconciliation prefixes), or null. */
    Item item(String label) {
        return lookup(label);
    }

    /** The unit kind of a metric: money, ratio, count… */
    String unitOf(String metric) {
        return metrics.get(metric).unit();
    }

    private Item lookup(String label) {
        String t = normalize(label);
        Item it = exact(t);
        if (it != null && !it.metric().equals("net_income_attributable")) return it;
        Item attributable = attributable(t);
        if (attributable != null) return attributable;
        if (it != null) return it;
        // a reconciliation's rows: "Non-GAAP income from operations", "Adjusted EBIT" are the line item on the non-GAAP
        // basis; "GAAP net income", "Reported EPS" the line item itself
        // "Adjusted Operational EPS": the prefixes one after the other
        boolean nonGaap = false, prefixed = false;
        Matcher m = BASIS_PREFIX.matcher(t);
        while (m.find()) {
            nonGaap |= m.group(1) != null;
            prefixed = true;
            t = t.substring(m.end()).strip();
            m = BASIS_PREFIX.matcher(t);
        }
        if (!prefixed) return attributable(t);
        Item base = attributable(t);
        if (base == null) base = exact(t);
        if (base == null) return null;
        return nonGaap ? new Item(base.metric(), "non-gaap") : base;
    }

    private static final Pattern ATTRIBUTABLE = Pattern.compile(
            "^(?:(diluted )?(?:net )?(?:income|earnings|profit)(?: per share)?) attributable to (?!non-?controlling|minority|noncontrolling)"
                    + "[^,;]{2,60}?(?:( per (?:common )?share| per diluted share)(?: ?[-–—] ?(diluted|basic))?)?$");

    /**
     * Rule table.attributable: "Net income attributable to &lt;the company&gt;" is the attributable net income, "… per
     * common share – diluted" (or "Diluted earnings per share attributable to …") its EPS; the non-controlling
     * interests' share is no line item.
     */
    private static Item attributable(String t) {
        Matcher m = ATTRIBUTABLE.matcher(t);
        if (!m.find()) return null;
        if ("basic".equals(m.group(3))) return null;
        boolean perShare = m.group(1) != null || m.group(2) != null || t.startsWith("diluted") || t.contains(" per share ");
        return new Item(perShare ? "eps" : "net_income_attributable", null);
    }

    private static final Pattern BASIS_PREFIX = Pattern.compile(
            "^(?:(non-gaap|non gaap|adjusted|core|comparable|underlying|operational|organic)|(?:gaap|reported|u\\.s\\. gaap))\\s+");

    private static final Pattern SHARE_CLASS_SUFFIX = Pattern.compile("\\s*(?:[-–—,:]\\s*|\\()(?:diluted|basic)\\)?$");

    private Item exact(String t) {
        Item it = items.get(t);
        if (it != null) return it;
        // "Earnings per share - diluted", "EPS (basic)": the per-share line item (diluted wins over basic later)
        Matcher sc = SHARE_CLASS_SUFFIX.matcher(t);
        if (sc.find() && sc.start() > 0) {
            Item base = items.get(t.substring(0, sc.start()));
            if (base != null && base.metric().equals("eps")) return base;
        }
        String bare = TRAILING_BRACKET.matcher(t).replaceFirst("").strip();
        it = items.get(bare);
        if (it != null) return it;
        return items.get(bare.replaceAll("^total ", ""));
    }

    private String labelCurrency(String label) {
        String t = label.toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("[（(]([^()（）]*)[)）]").matcher(t);
        while (m.find()) {
            for (String[] c : currencies) if (m.group(1).contains(c[0])) return c[1];
        }
        return null;
    }

    private static final Pattern CAPTION_REVENUE = Pattern.compile(
            "(?i)\\b(?:revenues?|net sales|sales)\\b(?:\\s+(?:by|consisted of|disaggregat)|.*\\bby\\s+(?:segment|region|geograph|service|product|division))"
                    + "|\\b(?:regional|segment|geographic|geographical|divisional|division)\\s+(?:net\\s+)?(?:sales|revenues?)\\b");

    /**
     * Rule table.caption-revenue: a table captioned "Revenues by geographical region consisted of the following" or
     * "Revenue by segment" reads its unknown row labels as revenue segments, as under a "Revenues:" label.
     */
    private Item captionSection(String s, List<Row> lines, int headerAt) {
        int seen = 0;
        for (int k = headerAt - 1; k >= 0 && seen < 4; k--) {
            Row r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) continue;
            if (r.tabbed() && k < headerAt - 1) break;
            // "(In thousands)", "(Unaudited)" lines do not count
            if (t.startsWith("(") && t.endsWith(")")) continue;
            seen++;
            if (r.tabbed()) continue;
            if (CAPTION_REVENUE.matcher(t).find()) return items.get("revenue");
            // rule table.caption-metric: "SUPPLEMENTAL DATA – NET REVENUES", "Adjusted Property EBITDAR and Adjusted EBITDAR"
            for (String piece : CAPTION_SPLIT.split(t)) {
                Item it = piece.isBlank() ? null : lookup(piece.strip());
                if (it != null && flowMoney(it)) return it;
            }
        }
        return null;
    }

    private static final Pattern CC_CAPTION = Pattern.compile("(?i)constant[- ]currency growth|growth rates? in constant currency");

    /** Whether one of the caption lines above the header (up to four, not past another table) matches. */
    private static boolean captionSays(String s, List<Row> lines, int headerAt, Pattern p) {
        int seen = 0;
        for (int k = headerAt - 1; k >= 0 && seen < 4; k--) {
            Row r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) continue;
            if (r.tabbed() && k < headerAt - 2) break;
            seen++;
            if (p.matcher(t).find()) return true;
        }
        return false;
    }

    private static final Pattern CAPTION_SPLIT = Pattern.compile("(?i)\\s+[–—-]\\s+|\\s*[:：]\\s*|\\s+and\\s+");

    private boolean flowMoney(Item it) {
        MetricInfo info = metrics.get(it.metric());
        return "flow".equals(info.kind()) && "money".equals(info.unit());
    }

    private static final Pattern NOT_A_SEGMENT = Pattern.compile(
            "(?i)result|gaap|ifrs|unaudited|million|thousand|billion|dollar|change|%|\\$|amount|statement|\\d");
    private static final Pattern NON_GAAP_HEAD = Pattern.compile("(?i)\\bnon[- ]?gaap\\b|\\badjusted\\b|non-ifrs");

    /**
     * Rule table.titled-segment: a table whose super-header starts with a short title in the label column
     * ("Flexibles" | Twelve Months Ended June 30,) is that segment's table; rule table.non-gaap-head: a table headed
     * "Adjusted non-GAAP results" or "Non-GAAP* ($ in Millions)" states its profit lines on the non-GAAP basis.
     * Returns {segment or null, "non-gaap" or null}.
     */
    private String[] frame(String s, List<Row> lines, int headerAt) {
        String segment = null, basis = null;
        String head = lines.get(headerAt).cells().get(0).text();
        if (NON_GAAP_HEAD.matcher(head).find()) basis = "non-gaap";
        Row over = above(s, lines, headerAt);
        if (over != null && over.tabbed()) {
            String title = over.cells().get(0).text();
            if (NON_GAAP_HEAD.matcher(title).find()) basis = "non-gaap";
            else if (!title.isEmpty() && title.length() <= 40 && title.split("\\s+").length <= 4 && !TablePeriods.periodWords(title)
                    && !NOT_A_SEGMENT.matcher(title).find() && lookup(title) == null && Character.isUpperCase(title.codePointAt(0))) {
                segment = title;
            }
        }
        return new String[] {segment, basis};
    }

    /** The unit above the table (up to four lines, and the header's own cells): scale and currency. */
    private Scale scale(String s, List<Row> lines, int headerAt, boolean chinese) {
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
            Row r = lines.get(k);
            if (r.tabbed() && r.cells().stream().skip(1).anyMatch(c -> value(c.text()) != null)) break;
            ctx.append(r.text(s)).append('\n');
        }
        // the first data row's label cell sometimes holds the unit: (RMB in millions)
        String c = ctx.toString().toLowerCase(Locale.ROOT).replace('’', '\'').replace('（', '(').replace('）', ')');
        Integer exp = null;
        String cur = null;
        for (UnitPhrase u : units) {
            if (c.contains(u.phrase())) {
                exp = u.exponent();
                cur = u.currency();
                break;
            }
        }
        if (cur == null) {
            for (String[] cw : currencies) {
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
     * stated precision) adds its cell as evidence, others are new facts. Ids are renumbered in order of first evidence.
     */
    public static List<Fact> merge(List<Fact> sentence, Result tables) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(tables, "tables");
        if (tables.rows().isEmpty() && tables.facts().isEmpty()) return sentence;
        List<Fact> out = new ArrayList<>();
        for (Fact f : sentence) {
            List<Span> ev = new ArrayList<>();
            for (Span sp : f.evidence()) if (!inside(sp, tables.rows())) ev.add(sp);
            if (ev.isEmpty()) continue;
            out.add(ev.size() == f.evidence().size() ? f : withEvidence(f, ev, f.rules()));
        }
        for (Fact t : tables.facts()) {
            int same = -1;
            for (int k = 0; k < out.size(); k++) {
                Fact f = out.get(k);
                if (sameKey(f, t) && sameValue(f, t)) {
                    same = k;
                    break;
                }
            }
            if (same < 0) {
                out.add(t);
                continue;
            }
            Fact f = out.get(same);
            List<Span> ev = new ArrayList<>(f.evidence());
            for (Span sp : t.evidence()) if (!ev.contains(sp)) ev.add(sp);
            ev.sort(null);
            List<String> rules = new ArrayList<>(f.rules());
            if (!rules.contains("table.cell")) rules.add("table.cell");
            out.set(same, withEvidence(finer(f, t) ? withValue(f, t) : f, ev, rules));
        }
        out.sort(Comparator.comparing((Fact f) -> f.evidence().get(0)).thenComparing(Fact::metric));
        List<Fact> numbered = new ArrayList<>(out.size());
        for (int k = 0; k < out.size(); k++) numbered.add(out.get(k).withId("F" + (k + 1)));
        return numbered;
    }

    private static boolean inside(Span sp, List<Span> rows) {
        for (Span r : rows) if (r.contains(sp)) return true;
        return false;
    }

    private static boolean sameKey(Fact a, Fact b) {
        return Objects.equals(a.entity(), b.entity()) && a.metric().equals(b.metric()) && Objects.equals(a.basis(), b.basis())
                && a.period().id().equals(b.period().id()) && a.guidance() == b.guidance()
                && Objects.equals(segmentKey(a.segment()), segmentKey(b.segment()));
    }

    private static String segmentKey(String seg) {
        if (seg == null) return null;
        String k = seg.toLowerCase(Locale.ROOT).replaceAll("[\\s·•._\\-()（）的]", "");
        for (String suffix : new String[] {"业务收入", "业务", "收入", "板块", "部门", "segment", "revenues", "revenue"}) {
            if (k.endsWith(suffix) && k.length() > suffix.length()) k = k.substring(0, k.length() - suffix.length());
        }
        return k;
    }

    private static boolean sameValue(Fact a, Fact b) {
        if (a.value() == null || b.value() == null || !a.unit().equals(b.unit())) return false;
        BigDecimal tol = BigDecimal.ZERO;
        if (a.precision() != null) tol = tol.max(a.precision().halfUnit());
        if (b.precision() != null) tol = tol.max(b.precision().halfUnit());
        return a.value().subtract(b.value()).abs().compareTo(tol) <= 0;
    }

    /** Whether the table's figure is stated more finely than the sentence's ($8,247 million against $8.25 billion). */
    private static boolean finer(Fact sentence, Fact table) {
        return table.precision() != null && (sentence.precision() == null
                || table.precision().halfUnit().compareTo(sentence.precision().halfUnit()) < 0);
    }

    /** The sentence fact with the table's more precise figure (its changes, qualifier and rules kept). */
    private static Fact withValue(Fact f, Fact t) {
        return new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), t.value(), f.unit(), f.qualifier(),
                f.range(), f.guidance(), f.changes(), f.evidence(), f.rules(), f.conversion(), t.precision());
    }

    private static Fact withEvidence(Fact f, List<Span> ev, List<String> rules) {
        return new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), f.value(), f.unit(), f.qualifier(),
                f.range(), f.guidance(), f.changes(), ev, rules, f.conversion(), f.precision());
    }
}
