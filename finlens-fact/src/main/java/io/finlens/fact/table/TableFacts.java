package io.finlens.fact.table;

import static io.finlens.fact.table.TableHeads.header;
import static io.finlens.fact.table.TableHeads.singleHead;
import static io.finlens.fact.table.TableRows.value;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Span;
import io.finlens.text.Document;
import io.finlens.text.NormalizedText;
import io.finlens.text.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /** The text the tables are read from: its lines, the document's company, period, fiscal calendar and language. */
    record Source(String text, List<TableRow> lines, String entity, Period period, FiscalCalendar calendar, boolean chinese) {
    }

    /** The standard reader, made (its word lists loaded) when a text first holds a table. */
    private static final class Standard {
        static final TableFacts READER = new TableFacts();
    }

    private static final Result EMPTY_RESULT = new Result(List.of(), List.of(), List.of());

    final LineItems lex = new LineItems();
    /** The change cells' facts: a change joined to its row's figure, or a change stated without one. */
    final ChangeCells cellFacts = new ChangeCells(lex);
    final TableCaptions captions = new TableCaptions(lex);
    final TableSegments segments = new TableSegments(lex);
    final MeasureRows measureRows = new MeasureRows(lex);
    final RowLabels rowLabels = new RowLabels(lex);
    final ChangeTables changeTables = new ChangeTables(this, lex);
    final GrowthRows growthRows = new GrowthRows(this, lex);
    private final SummaryChangeTables summaryTables = new SummaryChangeTables(this, lex);
    private final StackedChangeTables stackedTables = new StackedChangeTables(this, lex);

    private TableFacts() {
    }

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
        Source source = new Source(text, lines, entity, docPeriod, cal, chinese);
        List<Fact> facts = new ArrayList<>();
        List<Span> rowSpans = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) i = table(source, i, facts, rowSpans, issues);
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

    /**
     * The table (or key-figure row) that line {@code i} starts, if any: a change table, a table under a header of periods
     * or a growth row; returns the index of the next line to read.
     */
    private int table(Source source, int i, List<Fact> facts, List<Span> rowSpans, List<Issue> issues) {
        String text = source.text();
        List<TableRow> lines = source.lines();
        String entity = source.entity();
        Period docPeriod = source.period();
        FiscalCalendar cal = source.calendar();
        boolean chinese = source.chinese();
        TableRow row = lines.get(i);
        // a change table's head ("Net Revenue Year over Year % Change" | Reported % Change | …) is read as one before
        // it is taken for an ordinary header of change columns
        int changes = !chinese && row.tabbed() ? changeTables.read(text, lines, i, entity, docPeriod, cal, facts, rowSpans) : i;
        if (changes == i && !chinese && row.tabbed()) changes = summaryTables.read(text, lines, i, entity, docPeriod, facts, rowSpans);
        if (changes == i && !chinese && row.tabbed()) changes = stackedTables.read(text, lines, i, entity, docPeriod, facts, rowSpans);
        if (changes > i) return changes;
        TableColumns header = row.tabbed() ? header(text, lines, i, docPeriod, cal) : singleHead(text, lines, i, docPeriod, cal);
        if (header == null) {
            if (!chinese && growthRows.read(text, row, docPeriod, entity, facts)) rowSpans.add(new Span(row.start(), row.end()));
            return i + 1;
        }
        return new TableBody(this, source, i, header, facts, rowSpans, issues).read();
    }

    /** The currency a table whose header row is at {@code headerAt} states its money in (above it or in its head). */
    String currencyAt(String s, List<TableRow> lines, int headerAt) {
        return captions.scale(s, lines, headerAt, false).currency();
    }

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
