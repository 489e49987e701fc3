package io.finlens.fact.table;

import io.finlens.text.Regex;
import static io.finlens.fact.table.TableHeads.above;
import static io.finlens.fact.table.TableRows.isCurrencyWord;
import static io.finlens.fact.table.TableRows.value;

import io.finlens.fact.table.LineItems.Item;
import io.finlens.fact.table.LineItems.UnitPhrase;
import io.finlens.text.TableRow;
import io.finlens.text.TableRow.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the lines around a table's header that say how to read its body: the unit line (scale and currency), a row of
 * column currencies, a caption naming the measure of the rows or a table of growth rates, and a title over the header
 * naming the table's segment or its non-GAAP basis.
 */
final class TableCaptions {
    /** A table's unit: the power of ten of its money figures, their currency, and whether a unit line said so. */
    record Scale(int exponent, String currency, boolean stated) {
    }

    /** What a table's title says: the segment the table is of and its basis ("non-gaap"), each null when unsaid. */
    record Frame(String segment, String basis) {
    }

    static final Pattern CAPTION_REVENUE = Pattern.compile(
            "(?i)\\b(?:revenues?|net sales|sales)\\b(?:\\s+(?:by|consisted of|disaggregat)|.*\\bby\\b.{0,30}\\b(?:segment|region|geograph|service|product|division|offering))"
                    + "|\\b(?:regional|segment|geographic|geographical|divisional|division)\\s+(?:net\\s+)?(?:sales|revenues?)\\b");
    static final Pattern CC_CAPTION = Pattern.compile("(?i)constant[- ]currency growth|growth rates? in constant currency");
    private static final Pattern CAPTION_SPLIT = Pattern.compile("(?i)\\s+[–—-]\\s+|\\s*[:：]\\s*|\\s+and\\s+");
    private static final Pattern NON_GAAP_HEAD = Pattern.compile("(?i)\\bnon[- ]?gaap\\b|\\badjusted\\b|non-ifrs");

    private final LineItems lex;

    TableCaptions(LineItems lex) {
        this.lex = lex;
    }

    /** The unit above the table (up to four lines, and the header's own cells): scale and currency. */
    Scale scale(String s, List<TableRow> lines, int headerAt, boolean chinese) {
        // (spaces between Chinese words dropped: "人民币 千元" is 人民币千元)
        String c = unitContext(s, lines, headerAt).toLowerCase(Locale.ROOT).replace('’', '\'').replace('（', '(').replace('）', ')')
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

    /** The lines that may state a table's unit: up to five over and at its header, and the header's lower rows. */
    private static String unitContext(String s, List<TableRow> lines, int headerAt) {
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
        // (the first data row's label cell sometimes holds the unit: (RMB in millions))
        for (int k = headerAt + 1; k < lines.size() && k <= headerAt + 4; k++) {
            TableRow r = lines.get(k);
            if (r.tabbed() && r.cells().stream().skip(1).anyMatch(c -> value(c.text()) != null)) break;
            ctx.append(r.text(s)).append('\n');
        }
        return ctx.toString();
    }

    /** The currency of each cell when every cell names only a currency (a currency row), else null. */
    List<String> currencies(List<Cell> cells) {
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

    /**
     * Rule table.caption-revenue: a table captioned "Revenues by geographical region consisted of the following" or
     * "Revenue by segment" reads its unknown row labels as revenue segments, as under a "Revenues:" label.
     */
    Item captionSection(String s, List<TableRow> lines, int headerAt) {
        // "(In thousands)", "(Unaudited)" lines do not count
        for (TableRow r : captionLines(s, lines, headerAt, headerAt - 1, true)) {
            if (r.tabbed()) continue;
            String t = r.text(s).strip();
            if (CAPTION_REVENUE.matcher(t).find()) return lex.items.get("revenue");
            // rule table.caption-metric: "SUPPLEMENTAL DATA – NET REVENUES", "Adjusted Resort EBITDA and Adjusted EBITDAR"
            for (String piece : CAPTION_SPLIT.split(t)) {
                Item it = piece.isBlank() ? null : lex.lookup(piece.strip());
                if (it != null && lex.flowMoney(it)) return it;
            }
        }
        return null;
    }

    /** Whether one of the caption lines above the header (up to four, not past another table) matches. */
    static boolean captionSays(String s, List<TableRow> lines, int headerAt, Pattern p) {
        for (TableRow r : captionLines(s, lines, headerAt, headerAt - 2, false)) {
            if (p.matcher(r.text(s).strip()).find()) return true;
        }
        return false;
    }

    /**
     * The non-blank lines above the header, nearest first, up to four: not past a tabbed line above line {@code tabbedFrom}
     * (the end of another table); with {@code skipNotes} a bracketed note ("(In thousands)") is passed over uncounted.
     */
    private static List<TableRow> captionLines(String s, List<TableRow> lines, int headerAt, int tabbedFrom, boolean skipNotes) {
        List<TableRow> out = new ArrayList<>();
        for (int k = headerAt - 1; k >= 0 && out.size() < 4; k--) {
            TableRow r = lines.get(k);
            String t = r.text(s).strip();
            if (t.isEmpty()) continue;
            if (r.tabbed() && k < tabbedFrom) break;
            if (skipNotes && t.startsWith("(") && t.endsWith(")")) continue;
            out.add(r);
        }
        return out;
    }

    /**
     * Rule table.titled-segment: a table whose super-header starts with a short title in the label column
     * ("Flexibles" | Twelve Months Ended June 30,) is that segment's table; rule table.non-gaap-head: a table headed
     * "Adjusted non-GAAP results" or "Non-GAAP* ($ in Millions)" states its profit lines on the non-GAAP basis.
     */
    Frame frame(String s, List<TableRow> lines, int headerAt) {
        String segment = null, basis = null;
        String head = lines.get(headerAt).cells().get(0).text();
        if (NON_GAAP_HEAD.matcher(head).find()) basis = "non-gaap";
        TableRow over = above(s, lines, headerAt);
        if (over != null && over.tabbed()) {
            String title = over.cells().get(0).text();
            if (NON_GAAP_HEAD.matcher(title).find()) basis = "non-gaap";
            else if (!title.isEmpty() && title.length() <= 40 && Regex.split(title, "\\s+").length <= 4 && !TablePeriods.periodWords(title)
                    && !TableSegments.NOT_A_SEGMENT.matcher(title).find() && lex.lookup(title) == null
                    && Character.isUpperCase(title.codePointAt(0))) {
                segment = title;
            }
        }
        return new Frame(segment, basis);
    }
}
