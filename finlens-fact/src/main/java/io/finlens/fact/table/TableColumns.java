package io.finlens.fact.table;

import io.finlens.model.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns of a table under its header row: each a period, a change column ({@code % Change}, {@code Reported ∆%},
 * {@code Increase (Decrease)}), a constant-currency change column ({@code Comparable constant currency ∆%},
 * {@code Organic % Change}) or something else (a currency impact, a percent of sales).
 */
record TableColumns(List<Period> periods, List<Kind> kinds, List<String> segments) {
    enum Kind { PERIOD, CHANGE, CONSTANT_CURRENCY, OTHER }

    /** Rule table.change-column: the head of a column of year-over-year changes. */
    private static final Pattern CHANGE = Pattern.compile(
            "(?i)%\\s*change|\\bchange\\b|∆|Δ|% ?inc|increase|\\(decrease\\)|growth|% ?chg|\\by/y\\b|\\byoy\\b|\\breported\\b|^%$|变动|變動|变化|變化|同比|增减|增減|增长率|增長率");
    /** Rule table.constant-currency-column: a change measured without currency (or acquisition) effects. */
    private static final Pattern CONSTANT = Pattern.compile(
            "(?i)constant\\s+currency|\\bcc\\b|\\borganic\\b|operational|comparable|currency\\s*(?:∆|Δ|%|change|growth)|change\\s+operations$");
    /** A column of effects, not a change: an impact, a translation, a share of sales, a bare "Currency" (its effect). */
    private static final Pattern IMPACT = Pattern.compile("(?i)impact|translation|to sales|of sales|divestiture|acquisition|(?<!constant\\s|local\\s)\\bcurrency$");

    TableColumns {
        periods = java.util.Collections.unmodifiableList(new ArrayList<>(periods));
        kinds = List.copyOf(kinds);
        if (periods.size() != kinds.size()) throw new IllegalArgumentException("one kind per column");
        segments = segments == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(segments));
        if (segments != null && segments.size() != periods.size()) throw new IllegalArgumentException("one segment per column");
    }

    TableColumns(List<Period> periods, List<Kind> kinds) {
        this(periods, kinds, null);
    }

    /** The segment a column is for (rule table.segment-columns), or null: the row's own, or the company's. */
    String segment(int col) {
        return segments == null ? null : segments.get(col);
    }

    /**
     * Rule table.segment-columns: names over the period columns ("Flexibles | Rigid Packaging | Total" repeated under
     * each period, or "Consumer Health | Pharmaceutical" each over "2025 | 2024"), given as one name per column, make
     * each column that segment's figure for its period; a total's column is the company's (an empty name).
     */
    TableColumns withSegments(List<String> names) {
        return new TableColumns(periods, kinds, names);
    }

    /** The columns repeated {@code k} times each, one per name, in the order the names row gives them. */
    TableColumns spread(int k, List<String> names) {
        List<Period> ps = new ArrayList<>();
        List<Kind> ks = new ArrayList<>();
        for (int c = 0; c < size(); c++) {
            for (int j = 0; j < k; j++) {
                ps.add(periods.get(c));
                ks.add(kinds.get(c));
            }
        }
        return new TableColumns(ps, ks, names);
    }

    static Kind kind(Period p, String head) {
        if (p != null) return Kind.PERIOD;
        if (IMPACT.matcher(head).find()) return Kind.OTHER;
        if (CONSTANT.matcher(head).find()) return Kind.CONSTANT_CURRENCY;
        if (CHANGE.matcher(head).find()) return Kind.CHANGE;
        return Kind.OTHER;
    }

    int size() {
        return periods.size();
    }

    Period period(int col) {
        return periods.get(col);
    }

    Kind kind(int col) {
        return kinds.get(col);
    }

    /**
     * The column of a row's k-th figure among {@code n}: matched from the right (a missing label cell or an empty
     * trailing column does not shift them), but from the left when the row has more figures than the header has
     * columns (the head of a trailing column was wrapped away).
     */
    int column(int k, int n) {
        if (n * 2 == size() && n > 1 && currentPriorPairs()) return 2 * k; // table.current-columns
        return n > size() ? k : size() - n + k;
    }

    /**
     * Rule table.current-columns: under columns in pairs of a period and the same period a year earlier ("Three months
     * ended 2022 | 2021 | Twelve months ended 2022 | 2021"), a row with one figure per pair states the current periods
     * only (a measure shown for this year's quarter and year), not the right-hand columns.
     */
    private boolean currentPriorPairs() {
        for (int c = 0; c + 1 < size(); c += 2) {
            Period a = periods.get(c), b = periods.get(c + 1);
            if (a == null || b == null || kinds.get(c) != Kind.PERIOD || kinds.get(c + 1) != Kind.PERIOD) return false;
            if (!a.previousYear().id().equals(b.id())) return false;
        }
        return true;
    }

    private static final Pattern AMOUNT = Pattern.compile("(?i)^amounts?$");

    /**
     * Rule table.amount-columns: under a header of years, a row of column heads ("Amount | to Sales | Amount | to Sales
     * | (Decrease)") says which columns hold the figures: the n-th "Amount" is the n-th period, the others are percent
     * of sales or changes. Null when the row is no such row.
     */
    TableColumns subHeader(List<String> cells) {
        List<Period> ps = new ArrayList<>();
        for (Period p : periods) if (p != null) ps.add(p);
        List<String> heads = new ArrayList<>();
        for (String c : cells) if (!c.isBlank()) heads.add(c.strip());
        long amounts = heads.stream().filter(h -> AMOUNT.matcher(h).matches()).count();
        if (amounts < 2 || amounts != ps.size() || heads.size() <= size()) return null;
        List<Period> out = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        int n = 0;
        for (String h : heads) {
            Period p = AMOUNT.matcher(h).matches() ? ps.get(n++) : null;
            out.add(p);
            kinds.add(kind(p, h));
        }
        return new TableColumns(out, kinds);
    }

    /** The period a change column speaks of: the latest period column before it (back to the previous change column). */
    Period changed(int col) {
        Period best = null;
        for (int c = col - 1; c >= 0; c--) {
            if (kinds.get(c) == Kind.CHANGE || kinds.get(c) == Kind.CONSTANT_CURRENCY) {
                if (best != null) break;
                continue;
            }
            Period p = periods.get(c);
            if (p != null && (best == null || p.end().isAfter(best.end()))) best = p;
        }
        return best;
    }
}
