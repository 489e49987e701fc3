package io.finlens.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The columns of an exported or listed fact, in order, with their types: one list for CSV, JSON, Parquet (read back
 * with these types) and the API's schema. Nothing is dropped: a range has its low and high, a change its bounds, a
 * period its kind, start and end, a figure its stated precision.
 */
public final class FactColumns {
    /**
     * One column.
     *
     * @param sqlType the DuckDB type it is read back as ({@code VARCHAR}, {@code DECIMAL(38,10)}, {@code DATE},
     *                {@code INTEGER}, {@code BOOLEAN})
     * @param about   what it holds, for people and the OpenAPI document
     */
    public record Column(String name, String sqlType, String about, Function<StoredFact, Object> get) {
        public Column {
            Objects.requireNonNull(name, "name");
            if (!List.of(VARCHAR, DECIMAL, DATE, INTEGER, BOOLEAN).contains(sqlType)) throw new IllegalArgumentException("sql type " + sqlType + " of " + name);
            Objects.requireNonNull(get, name);
        }

        /** The JSON type of its values: string, number, integer or boolean (a date is a string, YYYY-MM-DD). */
        public String jsonType() {
            return switch (sqlType) {
                case DECIMAL -> "number";
                case INTEGER -> "integer";
                case BOOLEAN -> "boolean";
                default -> "string";
            };
        }
    }

    public static final String VARCHAR = "VARCHAR";
    public static final String DECIMAL = "DECIMAL(38,10)";
    public static final String DATE = "DATE";
    public static final String INTEGER = "INTEGER";
    public static final String BOOLEAN = "BOOLEAN";

    /** Every column, in output order. */
    public static final List<Column> ALL = List.of(
            new Column("doc_id", VARCHAR, "the document's id (content hash)", StoredFact::docId),
            new Column("document", VARCHAR, "the document's name as stored", StoredFact::docName),
            new Column("fact_id", VARCHAR, "the fact's id within its document (F1, F2, ...)", StoredFact::factId),
            new Column("entity", VARCHAR, "the company as the document names it", StoredFact::entity),
            new Column("entity_id", VARCHAR, "the company's id across documents", StoredFact::entityId),
            new Column("metric", VARCHAR, "the metric id (revenue, net_income, ...)", StoredFact::metric),
            new Column("segment", VARCHAR, "the segment as written; null for the whole company", StoredFact::segment),
            new Column("basis", VARCHAR, "reported, non-gaap or consensus", f -> f.basis() == null ? "reported" : f.basis()),
            new Column("guidance", BOOLEAN, "true for a target or outlook, false for a result", StoredFact::guidance),
            new Column("period", VARCHAR, "the period as the contract spells it (2025Q2, FY2024, 2025-06-30)", StoredFact::period),
            new Column("period_kind", VARCHAR, "quarter, half, nine_months, year, month or instant", f -> Periods.kind(Periods.parse(f.period()))),
            new Column("period_start", DATE, "the first day of the period (an instant: its date)", f -> Periods.start(Periods.parse(f.period())).toString()),
            new Column("period_end", DATE, "the last day of the period (an instant: its date)", f -> Periods.parse(f.period()).end().toString()),
            new Column("value_kind", VARCHAR, "value, range (range_low..range_high) or change (only a change is stated)", StoredFact::valueKind),
            new Column("value", DECIMAL, "the value in base units (yuan, dollars, a ratio as 0.123); null for a range or a change", StoredFact::value),
            new Column("range_low", DECIMAL, "the low end of a stated range, in base units", StoredFact::rangeLow),
            new Column("range_high", DECIMAL, "the high end of a stated range, in base units", StoredFact::rangeHigh),
            new Column("precision", DECIMAL, "the unit of the last place the text states (1,284.6亿 → 10000000); null when exact", StoredFact::precision),
            new Column("unit", VARCHAR, "an ISO 4217 currency, ratio, count, ...", StoredFact::unit),
            new Column("qualifier", VARCHAR, "about, over or under; null when stated plainly", StoredFact::qualifier),
            new Column("yoy", DECIMAL, "the stated year-on-year change as a ratio (0.15 for +15%)", StoredFact::yoy),
            new Column("yoy_low", DECIMAL, "the low end of a year-on-year change stated as a range", StoredFact::yoyLow),
            new Column("yoy_high", DECIMAL, "the high end of a year-on-year change stated as a range", StoredFact::yoyHigh),
            new Column("yoy_points", DECIMAL, "the stated year-on-year change in percentage points (ratios)", StoredFact::yoyPoints),
            new Column("qoq", DECIMAL, "the stated quarter-on-quarter change as a ratio", StoredFact::qoq),
            new Column("evidence_start", INTEGER, "where the first evidence starts in the document's text (code points)", StoredFact::evidenceStart),
            new Column("evidence_end", INTEGER, "where it ends (code points, exclusive)", StoredFact::evidenceEnd),
            new Column("evidence_text", VARCHAR, "the text of the first evidence", StoredFact::evidenceText),
            new Column("rules", VARCHAR, "the rules that read the fact", StoredFact::rules));

    /** The column names, in order. */
    public static final List<String> NAMES = ALL.stream().map(Column::name).toList();

    private FactColumns() {
    }

    /** A fact's cells, in column order (null where it has none). */
    static List<Object> row(StoredFact f) {
        java.util.ArrayList<Object> r = new java.util.ArrayList<>(ALL.size());
        for (Column c : ALL) r.add(c.get().apply(f));
        return r;
    }

    /** The DuckDB column map of {@code read_json}/{@code read_csv}: {@code {'doc_id': 'VARCHAR', ...}}. */
    static String duckdbColumns() {
        StringBuilder b = new StringBuilder("{");
        for (Column c : ALL) {
            if (b.length() > 1) b.append(", ");
            b.append('\'').append(c.name()).append("': '").append(c.sqlType()).append('\'');
        }
        return b.append('}').toString();
    }

    static BigDecimal decimal(Object o) {
        return (BigDecimal) o;
    }
}
