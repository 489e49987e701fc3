package io.finlens.fact.table;

import io.finlens.text.Regex;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Fact;
import io.finlens.model.Period;
import io.finlens.model.Precision;
import io.finlens.model.Qualifier;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlook tables: under a heading naming guidance or an outlook ({@code Forward Looking Guidance},
 * {@code FULL-YEAR 2023 GUIDANCE}), a header of periods ({@code Q2 FY24 | Full Year FY24}) or of guidance dates under
 * a heading that names the period, and rows of ranges ({@code $8.51 - $8.53}, {@code $97.9B – $98.9B / $98.4B},
 * {@code ~11.4%}, {@code N/A}). Each figure is a guidance fact of its column's period (rule {@code table.outlook});
 * a row of growth figures ({@code Y/Y Growth}, {@code Change vs. Prior Year / Mid-point}) is the change of the row
 * above, a money line given only as growth ({@code Operating Cash Flow Growth (Y/Y)}) a fact with no value and that
 * change. A line of scale words under a row ({@code Billion   Billion}) scales it.
 */
final class OutlookTables {
    private static final Pattern HEADING = Pattern.compile("(?i)\\b(?:guidance|outlook)\\b");
    private static final String NUM = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final String SCALE = "(?:[BMK](?![a-z])|\\s?billion|\\s?million)";
    /** One figure or range, with an optional mid-point after a slash: {@code $97.9B – $98.9B / $98.4B}, {@code ~10%}. */
    private static final Pattern FIGURE = Pattern.compile("(~|approximately\\s+)?\\s*\\$?\\s*(" + NUM + ")(" + SCALE + ")?\\s*(%)?"
            + "(?:\\s*(?:[-–—]|to)\\s*\\$?\\s*(" + NUM + ")(" + SCALE + ")?\\s*(%)?)?"
            + "(?:\\s*/\\s*\\$?\\s*" + NUM + SCALE + "?\\s*%?)?");
    private static final Pattern NOT_GIVEN = Pattern.compile("(?i)n/a|no impact|not provided|[—–-]");
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:~|approximately\\s+)?\\$?\\d|n/a|no impact|not provided|(?<=\\s|^)[—–-](?=\\s|$)");
    private static final Pattern GROWTH_ROW = Pattern.compile("(?i)^(?:y/y|yoy|year[- ]over[- ]year)?\\s*growth\\b.*|^change vs\\.? prior year.*|^% change.*");
    private static final Pattern GROWTH_SUFFIX = Pattern.compile("(?i)\\s+growth\\s*(?:\\((?:y/y|yoy)\\))?$|\\s+\\((?:y/y|yoy)\\)$");
    private static final Pattern MIDPOINT = Pattern.compile("(?i)\\s*/\\s*mid-?point.*$");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:estimated|expected|projected)\\s+");
    private static final Pattern SCALE_LINE = Pattern.compile("(?i)^(?:(?:billions?|millions?)\\s*)+$");
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^(?:\\(\\d{1,2}\\)|\\d{1,2}|\\*)\\s+\\S.{30,}");
    private static final Pattern HEADING_YEAR = Pattern.compile("(?i)\\b(?:full[- ]year|fiscal(?:\\s+year)?|fy)\\s*(\\d{4}|\\d{2})\\b|\\b(\\d{4})\\s+(?:full[- ]year\\s+)?(?:guidance|outlook)");

    private record Line(int start, int end, String text) {
        boolean tabbed() {
            return text.indexOf('\t') >= 0;
        }
    }

    /** A figure cell: its span in the text, and the figure (null when the cell says N/A). */
    private record Cell(int start, int end, Matcher figure) {
    }

    private final TableFacts tables;
    private final String text;
    private final String entity;
    private final Period doc;
    private final FiscalCalendar cal;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Span> rows = new ArrayList<>();

    private OutlookTables(TableFacts tables, String text, String entity, Period doc, FiscalCalendar cal) {
        this.tables = tables;
        this.text = text;
        this.entity = entity;
        this.doc = doc;
        this.cal = cal;
    }

    /** The guidance facts of the outlook tables of {@code text}; the spans of their rows go to {@code rowSpans}. */
    static List<Fact> read(TableFacts tables, String text, List<TableRow> rows, String entity, Period doc, FiscalCalendar cal,
                           List<Span> rowSpans) {
        OutlookTables o = new OutlookTables(tables, text, entity, doc, cal);
        o.scan(lines(text, rows));
        rowSpans.addAll(o.rows);
        return o.facts;
    }

    /** The document's lines (its table rows), each with its text to the line break (a {@code \r} before it kept). */
    private static List<Line> lines(String s, List<TableRow> rows) {
        List<Line> out = new ArrayList<>(rows.size());
        for (TableRow r : rows) {
            int end = r.end() < s.length() && s.charAt(r.end()) == '\r' ? r.end() + 1 : r.end();
            out.add(new Line(r.start(), end, s.substring(r.start(), end)));
        }
        return out;
    }

    private void scan(List<Line> lines) {
        int headingAt = -100;
        Period headingPeriod = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text().strip();
            if (!l.tabbed() && t.length() <= 60 && HEADING.matcher(t).find() && !t.endsWith(".")) {
                headingAt = i;
                headingPeriod = headingPeriod(t);
                continue;
            }
            if (!l.tabbed() || i - headingAt > 12) continue;
            List<Period> columns = columns(l, headingPeriod);
            if (columns == null) continue;
            rows.add(new Span(l.start(), l.end()));
            i = rowsFrom(lines, i + 1, columns);
            headingAt = -100;
        }
    }

    private Period headingPeriod(String heading) {
        Matcher m = HEADING_YEAR.matcher(heading);
        if (!m.find()) return null;
        String y = m.group(1) != null ? m.group(1) : m.group(2);
        int year = Integer.parseInt(y) + (y.length() == 2 ? 2000 : 0);
        return year >= 1990 && year <= 2100 ? new Period.Year(year) : null;
    }

    /** The periods of a header row, or (guidance dates under a heading naming the year) the heading's year first. */
    private List<Period> columns(Line l, Period headingPeriod) {
        String[] cells = l.text().split("\t");
        List<Period> out = new ArrayList<>();
        int found = 0;
        for (int k = 0; k < cells.length; k++) {
            String c = cells[k].strip();
            if (c.isEmpty()) continue;
            if (FIGURE.matcher(c).matches() && !Regex.matches(c, "\\d{4}")) return null;
            Period p = TablePeriods.of(c, "", doc, cal);
            if (k == 0 && p == null) continue;
            out.add(p);
            if (p != null) found++;
        }
        if (found > 0) return out;
        if (headingPeriod == null || out.isEmpty()) return null;
        // April 2023 | January 2023: the guidance as given now, and as given before (superseded, not read)
        List<Period> first = new ArrayList<>();
        first.add(headingPeriod);
        for (int k = 1; k < out.size(); k++) first.add(null);
        return first;
    }

    /** Reads the rows under a header; returns the index of the last line read. */
    private int rowsFrom(List<Line> lines, int from, List<Period> columns) {
        List<Fact> previous = List.of();
        String pending = null;
        int quiet = 0;
        int i = from;
        for (; i < lines.size() && quiet <= 2; i++) {
            Line l = lines.get(i);
            String t = l.text().strip();
            if (t.isEmpty()) {
                quiet++;
                continue;
            }
            if (FOOTNOTE_LINE.matcher(t).matches() || t.length() > 160) break;
            if (SCALE_LINE.matcher(t).matches()) continue;
            int cut = firstFigure(l);
            if (cut < 0) {
                // a label on a line of its own, its figures on the next
                if (++quiet > 2) break;
                pending = t;
                continue;
            }
            quiet = 0;
            String label = text.substring(l.start(), cut).strip();
            if (label.isEmpty() && pending != null) label = pending;
            pending = null;
            List<Cell> cells = cells(l, cut);
            if (cells.isEmpty()) continue;
            rows.add(new Span(l.start(), l.end()));
            int exponent = i + 1 < lines.size() ? scaleBelow(lines.get(i + 1).text().strip()) : 0;
            previous = row(label, cells, columns, exponent, previous);
        }
        return i - 1;
    }

    private int firstFigure(Line l) {
        int tab = l.text().indexOf('\t');
        if (tab >= 0) {
            // a table row: the label is the first cell (none when the row starts with a figure)
            String first = l.text().substring(0, tab).strip();
            return first.isEmpty() || FIGURE.matcher(first).matches() || NOT_GIVEN.matcher(first).matches() ? l.start() : l.start() + tab + 1;
        }
        Matcher m = TOKEN.matcher(text);
        m.region(l.start(), l.end());
        while (m.find()) {
            int at = m.start();
            // a footnote number glued to a word (Sales1,2) or a digit inside a word is no figure
            char before = at > l.start() ? text.charAt(at - 1) : ' ';
            if (Character.isLetterOrDigit(before) || before == ',' || before == '(') continue;
            return at;
        }
        return -1;
    }

    private List<Cell> cells(Line l, int from) {
        List<Cell> out = new ArrayList<>();
        int at = from;
        while (at < l.end()) {
            while (at < l.end() && Character.isWhitespace(text.charAt(at))) at++;
            if (at >= l.end()) break;
            Matcher f = FIGURE.matcher(text).region(at, l.end());
            if (f.lookingAt() && f.end() > at && Character.isDigit(text.charAt(f.start(2)))) {
                out.add(new Cell(at, trimEnd(f.end()), f));
                at = f.end();
                continue;
            }
            Matcher n = NOT_GIVEN.matcher(text).region(at, l.end());
            if (n.lookingAt()) {
                out.add(new Cell(at, n.end(), null));
                at = n.end();
                continue;
            }
            return List.of();
        }
        return out;
    }

    private int trimEnd(int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    private static int scaleBelow(String next) {
        if (!SCALE_LINE.matcher(next).matches()) return 0;
        return next.toLowerCase(Locale.ROOT).startsWith("billion") ? 9 : 6;
    }

    /** One row: a metric's guidance per column, or the growth of the row above. Returns the row's facts. */
    private List<Fact> row(String rawLabel, List<Cell> cells, List<Period> columns, int exponent, List<Fact> previous) {
        String label = LEADING.matcher(MIDPOINT.matcher(rawLabel).replaceFirst("")).replaceFirst("").strip();
        if (GROWTH_ROW.matcher(label).matches()) {
            growth(cells, columns, previous);
            return List.of();
        }
        boolean growthOnly = false;
        LineItems.Item item = tables.item(label);
        if (item == null) {
            String bare = GROWTH_SUFFIX.matcher(label).replaceFirst("");
            if (!bare.equals(label)) {
                item = tables.item(bare);
                growthOnly = true;
            }
        }
        if (item == null) return List.of();
        String unitKind = tables.unitOf(item.metric());
        boolean perShare = item.metric().equals("eps") || item.metric().endsWith("_per_share");
        List<Fact> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            int col = columns.size() - cells.size() + k;
            if (cells.size() > columns.size()) col = k;
            if (col < 0 || col >= columns.size() || columns.get(col) == null) continue;
            Cell cell = cells.get(k);
            if (cell.figure() == null) continue;
            // a stock forecast under a period's column is for the balance at the period's end (table.outlook-stock)
            Period p = tables.isStock(item.metric()) ? cal.endOf(columns.get(col)) : columns.get(col);
            if (p == null) continue;
            Fact f = fact(item, unitKind, perShare, growthOnly, p, cell, exponent);
            if (f == null) continue;
            facts.add(f);
            out.add(f);
        }
        return out;
    }

    private Fact fact(LineItems.Item item, String unitKind, boolean perShare, boolean growthOnly, Period p, Cell cell, int exponent) {
        Matcher f = cell.figure();
        boolean percent = f.group(4) != null || f.group(7) != null;
        Span span = new Span(cell.start(), cell.end());
        Qualifier q = f.group(1) != null ? Qualifier.ABOUT : null;
        if ("money".equals(unitKind) && percent) {
            Change c = change(f, span);
            return new Fact("O" + (facts.size() + 1), entity, item.metric(), null, item.basis(), p, null, Unit.money("USD"), q, null,
                    true, List.of(c), List.of(span), List.of("table.outlook"), null, null);
        }
        if (growthOnly) return null;
        BigDecimal low, high;
        Unit unit;
        int exp;
        if ("ratio".equals(unitKind) && percent) {
            exp = -2;
            unit = Unit.RATIO;
        } else if ("money".equals(unitKind) && !percent) {
            exp = perShare ? 0 : scale(f.group(3), scale(f.group(6), exponent));
            unit = Unit.money("USD");
        } else {
            return null;
        }
        low = number(f.group(2)).scaleByPowerOfTen(exp);
        high = f.group(5) == null ? null : number(f.group(5)).scaleByPowerOfTen(exp);
        int decimals = f.group(2).contains(".") ? f.group(2).length() - f.group(2).indexOf('.') - 1 : 0;
        Precision precision = new Precision(exp, decimals);
        if (high == null) {
            return new Fact("O" + (facts.size() + 1), entity, item.metric(), null, item.basis(), p, plain(low), unit, q, null, true,
                    List.of(), List.of(span), List.of("table.outlook"), null, precision);
        }
        return new Fact("O" + (facts.size() + 1), entity, item.metric(), null, item.basis(), p, null, unit, q,
                new Range(plain(low), plain(high)), true, List.of(), List.of(span), List.of("table.outlook"), null, precision);
    }

    private void growth(List<Cell> cells, List<Period> columns, List<Fact> previous) {
        for (int k = 0; k < cells.size(); k++) {
            int col = cells.size() > columns.size() ? k : columns.size() - cells.size() + k;
            if (col < 0 || col >= columns.size() || columns.get(col) == null || cells.get(k).figure() == null) continue;
            Matcher f = cells.get(k).figure();
            if (f.group(4) == null && f.group(7) == null) continue;
            Period p = columns.get(col);
            for (int j = 0; j < facts.size(); j++) {
                Fact g = facts.get(j);
                if (!previous.contains(g) || !g.period().equals(p) || !g.changes().isEmpty()) continue;
                Span span = new Span(cells.get(k).start(), cells.get(k).end());
                List<Span> ev = new ArrayList<>(g.evidence());
                ev.add(span);
                facts.set(j, new Fact(g.id(), g.entity(), g.metric(), g.segment(), g.basis(), g.period(), g.value(), g.unit(),
                        g.qualifier(), g.range(), true, List.of(change(f, span)), ev, g.rules(), null, g.precision()));
            }
        }
    }

    private static Change change(Matcher f, Span span) {
        BigDecimal low = number(f.group(2)).movePointLeft(2);
        if (f.group(5) == null) return Change.relative(ChangeBasis.YOY, plain(low), span);
        return Change.band(ChangeBasis.YOY, new Range(plain(low), plain(number(f.group(5)).movePointLeft(2))), span);
    }

    private static int scale(String word, int otherwise) {
        if (word == null) return otherwise;
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.startsWith("b") ? 9 : w.startsWith("m") ? 6 : w.startsWith("k") ? 3 : otherwise;
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", ""));
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal b = v.stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }
}
