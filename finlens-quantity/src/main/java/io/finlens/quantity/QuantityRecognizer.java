package io.finlens.quantity;

import io.finlens.model.Dimension;
import io.finlens.model.Precision;
import io.finlens.model.Qualifier;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.text.Chars;
import io.finlens.text.NormalizedText;
import io.finlens.text.WordList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quantities in normalized text, Chinese and English, in one left-to-right scan. A number core
 * (Arabic with separators and decimals, or Chinese numerals) is extended by small named rules: scale words,
 * currency before and after, percent, percentage points and basis points, counters, qualifiers, and a range
 * to a second quantity. Years, dates, stock codes, ordinals, model names and URLs are passed over.
 *
 * <p>Rule ids read {@code lang.dimension.shape}, e.g. {@code zh.money.number-scale-currency}.
 */
public final class QuantityRecognizer {
    /** " per share", " per fully diluted share", " a diluted share", " per diluted ADS", " per common unit". */
    private static final java.util.regex.Pattern PER_SHARE_AFTER = java.util.regex.Pattern.compile(
            " (?:on a )?(?:per|a) (?:fully |basic and |basic & )?(?:diluted |basic |common |ordinary |class [a-c] )*(?:share|ads|unit)\\b");
    private static final java.util.regex.Pattern BY_BEFORE = java.util.regex.Pattern.compile("(?i)\\bby $");
    private static final QuantityRecognizer STANDARD = new QuantityRecognizer(QuantityLexicon.get());
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final QuantityLexicon lex;

    private QuantityRecognizer(QuantityLexicon lex) {
        this.lex = lex;
    }

    public static QuantityRecognizer standard() {
        return STANDARD;
    }

    /** Quantities in the normalized text, spans in normalized coordinates, sorted by position. */
    public List<Quantity> recognize(NormalizedText text) {
        return recognize(text.text());
    }

    /** Quantities in a string, spans into it. */
    public List<Quantity> recognize(String s) {
        List<Quantity> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == 'h' && s.startsWith("http", i)) {
                i = skipUrl(s, i);
                continue;
            }
            if ((c == 'l' || c == 'm' || c == 'h' || c == 'L' || c == 'M' || c == 'H') && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                Quantity band = percentBand(s, i);
                if (band != null) band = withVerb(s, band);
                if (band != null) {
                    out.add(band);
                    i = band.span().end();
                    continue;
                }
            }
            boolean start = Chars.isDigit(c) || ChineseNumerals.isNumeralStart(c)
                    || (c == '百' && s.startsWith("百分之", i));
            if (!start) {
                i++;
                continue;
            }
            int[] skipTo = {i + 1};
            Quantity q = null;
            try {
                q = parse(s, i, skipTo, true);
            } catch (RuntimeException e) {
                // lenient with text: a number we cannot read is passed over
                q = null;
            }
            if (q != null) {
                out.add(q);
                i = Math.max(q.span().end(), i + 1);
            } else {
                i = Math.max(skipTo[0], i + 1);
            }
        }
        return SharedUnitLists.apply(s, out, q -> bareNumber(s, q));
    }

    private static final java.util.regex.Pattern PERCENT_BAND = java.util.regex.Pattern.compile(
            "(?i)(low|mid|high)(?:-? to[- ](low|mid|high))?[- ](single[- ]digits?|teens|twenties|thirties)(?: percent| ?%)?\\b");

    /**
     * "in the mid-teens", "low single digits", "mid- to high-single-digit": a percentage said as a band of its tens,
     * kept as an approximate range (mid-teens: 14% to 16%).
     */
    private static Quantity percentBand(String s, int i) {
        java.util.regex.Matcher m = PERCENT_BAND.matcher(s);
        m.region(i, Math.min(s.length(), i + 40));
        if (!m.lookingAt()) return null;
        String decade = m.group(3).toLowerCase(java.util.Locale.ROOT);
        int base = decade.startsWith("single") ? 0 : decade.equals("teens") ? 10 : decade.equals("twenties") ? 20 : 30;
        int low = base + bandLow(m.group(1));
        int high = base + bandLow(m.group(2) != null ? m.group(2) : m.group(1)) + 2;
        BigDecimal lo = BigDecimal.valueOf(low).movePointLeft(2), hi = BigDecimal.valueOf(high).movePointLeft(2);
        return new Quantity(new Span(m.start(), m.end()), null, Unit.RATIO, Qualifier.ABOUT, new Range(lo, hi),
                new Precision(-2, 0), null, false, true, false, "en.percent.band-words");
    }

    private static int bandLow(String w) {
        return switch (w.toLowerCase(java.util.Locale.ROOT)) {
            case "low" -> 1;
            case "mid" -> 4;
            default -> 7;
        };
    }

    private static int skipUrl(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (Character.isWhitespace(c) || c == ')' || c == '"' || c == '>' || Chars.isHan(c) || Chars.isCjkPunct(c)) break;
            j++;
        }
        return j;
    }

    /** The number core: value as written, decimals, where it ends, and how it was written. */
    private record Core(BigDecimal value, BigDecimal high, int start, int end, int decimals, int exponent, boolean chinese,
                        boolean approximate, boolean separators) {
    }

    /**
     * Parses a quantity whose number starts at {@code i}. Returns null when there is none; then
     * {@code skipTo[0]} says where scanning resumes (past a year, a code, a model name).
     */
    private Quantity parse(String s, int i, int[] skipTo, boolean allowRange) {
        int n = s.length();
        boolean baifenzhi = false;
        int numStart = i;
        if (s.startsWith("百分之", i)) {
            baifenzhi = true;
            numStart = i + 3;
            if (numStart >= n) return null;
        }
        Core core;
        char c0 = s.charAt(numStart);
        if (Chars.isDigit(c0)) {
            core = arabic(s, numStart, skipTo);
        } else if (ChineseNumerals.isNumeralStart(c0)) {
            core = chinese(s, numStart, skipTo);
        } else {
            return null;
        }
        if (core == null) return null;
        int j = core.end;
        String lang = core.chinese || baifenzhi ? "zh" : "en";

        if (baifenzhi) {
            BigDecimal v = core.value.divide(HUNDRED);
            Range r = core.high != null ? new Range(v, core.high.divide(HUNDRED)) : null;
            return finish(s, i, j, r == null ? v : null, Unit.RATIO, r, new Precision(core.exponent - 2, core.decimals),
                    core.approximate, "zh.percent.baifenzhi", null);
        }

        // ---- years, dates, codes: not quantities
        if (!core.chinese && isDateOrCode(s, core, skipTo)) return null;
        if (core.chinese && j < n && isChineseNonQuantityFollower(s, j)) {
            skipTo[0] = j;
            return null;
        }
        if (j < n && (s.charAt(j) == '年' || s.charAt(j) == '月' || s.charAt(j) == '日' || s.charAt(j) == '号'
                || (s.charAt(j) == '点' && !core.chinese)) && core.decimals == 0) { // 11点上班: a time of day
            skipTo[0] = j + 1;
            return null;
        }

        // ---- prefix currency (RMB 1.5 billion, US$1.2, 人民币1,500亿元)
        String currency = null;
        int qStart = numStart;
        WordList.Match<String> pre = lex.currencyPrefix.before(s, numStart);
        if (pre == null && numStart >= 2 && s.charAt(numStart - 1) == ' ') pre = lex.currencyPrefix.before(s, numStart - 1);
        boolean accountingNegative = false;
        if (pre == null && numStart >= 2 && s.charAt(numStart - 1) == '(' && j < n && s.charAt(j) == ')') {
            // $(12.3) million: an accounting negative
            pre = lex.currencyPrefix.before(s, numStart - 1);
            if (pre != null) {
                accountingNegative = true;
                j++;
            }
        }
        if (pre != null) {
            currency = pre.value();
            qStart = pre.start();
        } else if (numStart > 0 && Chars.isLatin(s.charAt(numStart - 1))) {
            // a model name or code: A6, H20, Q1, 1Q25
            skipTo[0] = skipAlnum(s, numStart);
            return null;
        }
        if (!core.chinese && numStart > 0 && (s.charAt(numStart - 1) == '.' || s.charAt(numStart - 1) == '_')) {
            skipTo[0] = skipAlnum(s, numStart);
            return null;
        }
        if (numStart > 0 && s.charAt(numStart - 1) == '第') { // ordinal: 第3, 第一
            skipTo[0] = j;
            return null;
        }

        BigDecimal value = core.value;
        BigDecimal high = core.high;
        int exponent = 0;
        StringBuilder shape = new StringBuilder(currency != null ? "currency-number" : "number");
        Qualifier qualifier = null;

        // ---- 多 / 余 between number and scale: 1000多亿
        if (j < n && (s.charAt(j) == '多' || s.charAt(j) == '余') && lex.scales.at(s, j + 1) != null && !core.chinese) {
            qualifier = Qualifier.OVER;
            j++;
        }
        // ---- scale words: 万, 亿, 万亿; million, bn
        WordList.Match<Integer> scale = scaleAt(s, j);
        if (scale != null) {
            exponent = scale.value();
            j = scale.end();
            shape.append("-scale");
            if (Chars.isHan(scale.word().charAt(0))) lang = "zh";
            // a second scale word: 1.2万亿 is in the lexicon; 3千万 too; 5百万 too
        }
        // ---- 余/多 after a scale: 1.2万余人
        if (j < n && (s.charAt(j) == '余' || s.charAt(j) == '多') && scale != null) {
            qualifier = Qualifier.OVER;
            j++;
        }

        Unit unit = null;
        String kind;
        Precision precision;
        // ---- percent, points, basis points
        WordList.Match<QuantityLexicon.UnitKind> u = unitAt(s, j);
        if (u != null && currency == null && scale == null) {
            j = u.end();
            switch (u.value()) {
                case PERCENT -> {
                    value = value.divide(HUNDRED);
                    high = high == null ? null : high.divide(HUNDRED);
                    unit = Unit.RATIO;
                    kind = "percent";
                    precision = new Precision(core.exponent - 2, core.decimals);
                }
                case POINTS -> {
                    unit = Unit.POINTS;
                    kind = "points";
                    precision = new Precision(core.exponent, core.decimals);
                }
                case MULTIPLE -> { // 4.9x debt to adjusted EBITDA: a multiple, kept as stated
                    unit = Unit.RATIO;
                    kind = "multiple";
                    precision = new Precision(core.exponent, core.decimals);
                }
                default -> {
                    value = value.divide(HUNDRED);
                    high = high == null ? null : high.divide(HUNDRED);
                    unit = Unit.POINTS;
                    kind = "bps";
                    precision = new Precision(core.exponent - 2, core.decimals);
                }
            }
            if (Chars.isHan(u.word().charAt(0))) lang = "zh";
            shape.append(u.value() == QuantityLexicon.UnitKind.PERCENT ? "-percent" : "-" + kind);
        } else {
            value = value.scaleByPowerOfTen(exponent);
            high = high == null ? null : high.scaleByPowerOfTen(exponent);
            precision = new Precision(exponent + core.exponent, core.decimals);
            // ---- currency after: 元, 亿元, 美元, yuan
            WordList.Match<String> suf = currencySuffixAt(s, j);
            if (suf != null) {
                if (currency == null || currency.equals(suf.value()) || pre.word().equals("$")) currency = suf.value();
                j = suf.end();
                Integer fraction = lex.currencyExponent.get(suf.word());
                if (fraction != null) { // 45港仙 is HK$0.45
                    value = value.scaleByPowerOfTen(fraction);
                    high = high == null ? null : high.scaleByPowerOfTen(fraction);
                    precision = new Precision(precision.scaleExponent() + fraction, precision.decimals());
                }
                shape.append("-currency");
                if (Chars.isHan(suf.word().charAt(0))) lang = "zh";
            } else if (currency != null && scale == null) {
                // rule cents-after-prefix: 人民币19.15分 is RMB 0.1915 (分 after a currency named before the number; not 分之, 分钟)
                int k = j;
                while (k < n && s.charAt(k) == ' ') k++;
                if (k < n && s.charAt(k) == '分' && (k + 1 >= n || "之钟鐘数數值比点點".indexOf(s.charAt(k + 1)) < 0)) {
                    value = value.scaleByPowerOfTen(-2);
                    high = high == null ? null : high.scaleByPowerOfTen(-2);
                    precision = new Precision(precision.scaleExponent() - 2, precision.decimals());
                    j = k + 1;
                    shape.append("-cents");
                    lang = "zh";
                }
            }
            if (currency != null) {
                unit = Unit.money(currency);
                kind = "money";
            } else {
                WordList.Match<String> cu = countUnitAt(s, j);
                if (cu != null) {
                    j = cu.end();
                    unit = Unit.COUNT;
                    kind = "count";
                    shape.append("-counter");
                    if (Chars.isHan(cu.word().charAt(0))) lang = "zh";
                } else {
                    unit = Unit.NUMBER;
                    kind = "number";
                    if (core.chinese && scale == null && !core.approximate && !hasBigUnit(s, core)) {
                        // a bare Chinese numeral (一, 三) is a word, not a figure
                        skipTo[0] = j;
                        return null;
                    }
                    if (!core.chinese && scale == null && (isEnglishYear(s, core) || afterNameOrMonth(s, numStart))) {
                        skipTo[0] = j;
                        return null;
                    }
                }
            }
        }

        // ---- a range to a second quantity: 3%-4%, 225亿元至235亿元, $1.70 to $1.85, 3-4%
        if (allowRange && high == null) {
            int k = j;
            int conn = rangeConnector(s, k);
            if (conn == 0 && s.startsWith(" and ", k) && qStart >= 8 && s.substring(Math.max(0, qStart - 20), qStart)
                    .matches("(?s).*\\bbetween (a loss of )?$")) {
                conn = 5; // between $1.25 billion and $1.33 billion
                if (s.startsWith("a loss of ", k + conn)) conn += 10;
            }
            // "increased by $28 million to $127 million": how much it moved, then where it ended, not a range
            if (conn == 4 && BY_BEFORE.matcher(s.substring(Math.max(0, qStart - 4), qStart)).find()) conn = 0;
            if (conn > 0) {
                int[] sk = {0};
                int at = k + conn;
                WordList.Match<String> cur = lex.currencyPrefix.at(s, at);
                if (cur != null) at = cur.end() < s.length() && s.charAt(cur.end()) == ' ' ? cur.end() + 1 : cur.end();
                Quantity second = at < s.length() ? parse(s, at, sk, false) : null;
                if (second != null && second.value() != null && second.rule().indexOf(".range") < 0) {
                    Quantity first = null;
                    BigDecimal low = null;
                    if (unit.dimension() == Dimension.NUMBER && kind.equals("number") && scale == null && currency == null) {
                        // 3-4%: the first takes the second's unit and scale
                        BigDecimal factor = second.value().divide(bareNumber(s, second), java.math.MathContext.DECIMAL128);
                        low = core.value.multiply(factor).stripTrailingZeros();
                        unit = second.unit();
                    } else if (sameUnit(unit, second.unit())) {
                        low = value;
                    } else if (unit.dimension() == Dimension.NUMBER && scale != null && currency == null && second.unit().isMoney()) {
                        // 21亿-25亿元: the first takes the second's currency
                        low = value;
                        unit = second.unit();
                    }
                    if (low != null && low.compareTo(second.value()) <= 0) {
                        Range r = new Range(low, second.value());
                        String rule = second.rule().replaceFirst("^(en|zh)", lang.equals("zh") || second.rule().startsWith("zh") ? "zh" : "en")
                                + ".range";
                        Quantity q = finish(s, qStart, second.span().end(), null, unit, r, second.precision(),
                                core.approximate, rule, second.qualifier());
                        return withPrefixQualifier(s, q, qualifier);
                    }
                }
            }
        }
        if (high != null) { // 十几: a vague figure, read as a band
            Range r = new Range(value, high);
            Quantity q = finish(s, qStart, j, null, unit, r, precision, true, lang + "." + kind + "." + shape, null);
            return withPrefixQualifier(s, q, qualifier);
        }
        // a minus sign: 营业利润-1.42亿元 (a hyphen after a digit or letter is a range or a code, handled above)
        if (allowRange && qStart == numStart && numStart >= 1 && s.charAt(numStart - 1) == '负') { // 负2.3亿元
            qStart = numStart - 1;
            value = value.negate();
            shape.insert(0, "minus-");
        } else if (allowRange && qStart == numStart && numStart >= 1 && (s.charAt(numStart - 1) == '-' || s.charAt(numStart - 1) == '−')
                && (numStart < 2 || !(Character.isLetterOrDigit(s.charAt(numStart - 2)) && !Chars.isHan(s.charAt(numStart - 2)))
                        && s.charAt(numStart - 2) != '%')) {
            qStart = numStart - 1;
            value = value.negate();
            shape.insert(0, "minus-");
        }
        if (accountingNegative) {
            value = value.negate();
            shape.insert(0, "parenthesized-");
        }
        Quantity q = finish(s, qStart, j, value, unit, null, precision, core.approximate, lang + "." + kind + "." + shape, null);
        return withPrefixQualifier(s, q, qualifier);
    }

    private BigDecimal bareNumber(String s, Quantity second) {
        // the number as written in the second quantity: its value before scale and unit
        int i = second.span().start();
        while (i < second.span().end() && !Chars.isDigit(s.charAt(i)) && !ChineseNumerals.isNumeralStart(s.charAt(i))) i++;
        int[] sk = {0};
        Core c = Chars.isDigit(s.charAt(i)) ? arabic(s, i, sk) : chinese(s, i, sk);
        if (c == null || c.value.signum() == 0) return BigDecimal.ONE;
        return c.value;
    }

    private static boolean sameUnit(Unit a, Unit b) {
        if (a.equals(b)) return true;
        return a.dimension() == Dimension.NUMBER && b.dimension() == Dimension.COUNT
                || a.dimension() == Dimension.COUNT && b.dimension() == Dimension.NUMBER;
    }

    private static boolean hasBigUnit(String s, Core c) {
        for (int k = c.start; k < c.end; k++) {
            char ch = s.charAt(k);
            if (ch == '万' || ch == '亿' || ch == '千' || ch == '百') return true;
        }
        return false;
    }

    private static int rangeConnector(String s, int k) {
        if (k >= s.length()) return 0;
        char c = s.charAt(k);
        if ((c == '-' || c == '~' || c == '至' || c == '到') && k + 1 < s.length()) {
            char d = s.charAt(k + 1);
            if (Chars.isDigit(d) || ChineseNumerals.isNumeralStart(d) || d == '$' || d == '人' || d == 'U' || d == 'H' || d == '百') return 1;
            if ((c == '至' || c == '到') && (d == '约')) return 1;
        }
        if (s.startsWith(" to ", k)) return 4;
        if (s.startsWith(" - ", k)) return 3;
        return 0;
    }

    private Quantity withPrefixQualifier(String s, Quantity q, Qualifier inner) {
        int st = q.span().start();
        WordList.Match<Qualifier> m = lex.qualifierPrefix.before(s, st);
        if (m == null && st >= 2 && s.charAt(st - 1) == ' ') m = lex.qualifierPrefix.before(s, st - 1);
        Qualifier qual = q.qualifier() != null ? q.qualifier() : inner;
        Span span = q.span();
        if (m != null && !(m.word().equals("多") || m.word().equals("余"))) {
            qual = m.value();
            span = new Span(m.start(), span.end());
        }
        int end = span.end();
        WordList.Match<Qualifier> after = lex.qualifierSuffix.at(s, end);
        if (after != null && (after.word().equals("左右") || after.word().equals("以上") || after.word().equals("以下")
                || after.word().equals("上下"))) {
            if (qual == null) qual = after.value();
            span = new Span(span.start(), after.end());
        }
        Quantity r = q.withQualifier(qual, span);
        return withVerb(s, r);
    }

    /** Records the verb just before the figure (增长, 下降, 亏损...) and per-share wording. */
    private Quantity withVerb(String s, Quantity q) {
        int st = q.span().start();
        int k = st;
        // allow 了, 达, 为, 至 and a space between verb and figure
        for (int hop = 0; hop < 2 && k > 0; hop++) {
            char p = s.charAt(k - 1);
            if (p == '了' || p == '达' || p == ' ' || p == '约') k--;
        }
        if (k >= 3 && s.startsWith("by", k - 2) && s.charAt(k - 3) == ' ') k -= 3; // declined by 28%
        if (k >= 8 && s.startsWith("between", k - 7) && s.charAt(k - 8) == ' ') k -= 8; // up between 20% and 25%
        if (q.rule().equals("en.percent.band-words") || q.rule().startsWith("en.percent") && q.range() != null) {
            // grew in the low single digits, expand at a mid-single-digit rate, grow in the 15% to 20% range
            for (String w : new String[] {" in the", " at a", " at the", " by a", " of", " in"}) {
                if (k >= w.length() && s.startsWith(w, k - w.length())) {
                    k -= w.length();
                    break;
                }
            }
        }
        WordList.Match<QuantityLexicon.Verb> v = lex.verbs.before(s, k);
        boolean loss = false;
        io.finlens.model.Direction d = null;
        if (v != null) {
            d = v.value().direction();
            loss = v.value().loss();
        }
        int from = Math.max(0, st - 8);
        String before = s.substring(from, st);
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(')')), Math.max(before.lastIndexOf('。'), before.lastIndexOf(';')));
        String local = before.substring(cut + 1);
        if (local.contains("亏损") || local.contains("净亏") || local.contains("亏") && local.endsWith("亏")) loss = true;
        String tenBefore = s.substring(Math.max(0, st - 10), st);
        if (tenBefore.endsWith("loss of ") || tenBefore.endsWith("negative ") || tenBefore.endsWith("minus ")) loss = true; // a loss of $27 million, negative $3 million
        boolean perShare = local.contains("每股") || local.contains("每ADS") || local.contains("每股美国存托股");
        int end = q.span().end();
        String after = s.substring(end, Math.min(s.length(), end + 40)).toLowerCase(java.util.Locale.ROOT);
        if (PER_SHARE_AFTER.matcher(after).lookingAt() || after.startsWith("/股")) {
            perShare = true;
        }
        if (d == null && !loss && !perShare) return q;
        return q.withDirection(d, loss).withPerShare(perShare);
    }

    private Quantity finish(String s, int start, int end, BigDecimal value, Unit unit, Range range, Precision p,
                            boolean approximate, String rule, Qualifier qualifier) {
        if (rule.startsWith("en.") && (start > 0 && Chars.isHan(s.charAt(start - 1)) || end < s.length() && Chars.isHan(s.charAt(end)))) {
            rule = "zh." + rule.substring(3);
        }
        return new Quantity(new Span(start, end), value == null ? null : value.stripTrailingZeros(), unit, qualifier,
                range == null ? null : new Range(range.low().stripTrailingZeros(), range.high().stripTrailingZeros()),
                p, null, false, approximate, false, rule);
    }

    private WordList.Match<Integer> scaleAt(String s, int j) {
        WordList.Match<Integer> m = lex.scales.at(s, j);
        if (m != null) {
            // single-letter English scales only right after the number: 5m, 3.2bn ($5 m is rare and ambiguous)
            return m;
        }
        if (j < s.length() && s.charAt(j) == ' ') {
            m = lex.scales.at(s, j + 1);
            if (m != null && m.word().length() >= 2) return m;
        }
        return wrappedScaleAt(s, j);
    }

    /**
     * en.scale.line-wrapped: "dividends of $5.1⏎         billion": a released PDF's line wraps between a number and its
     * scale word; a whole English scale word (million, billion, thousand) after one line break and its indent (or a
     * blank line, when the word is in lower case).
     */
    private WordList.Match<Integer> wrappedScaleAt(String s, int j) {
        int k = j, breaks = 0;
        while (k < s.length() && k - j <= 24 && (s.charAt(k) == ' ' || s.charAt(k) == '\t' || s.charAt(k) == '\r' || s.charAt(k) == '\n')) {
            if (s.charAt(k) == '\n') breaks++;
            k++;
        }
        if (breaks < 1 || breaks > 2 || k - j > 24) return null;
        WordList.Match<Integer> m = lex.scales.at(s, k);
        if (m == null || m.word().length() < 7 || !Chars.isLatin(m.word().charAt(0))) return null;
        // (a blank line between, as a PDF's reader may leave: only where the scale word starts its line in lower case,
        // as no paragraph does)
        if (breaks == 2 && !Character.isLowerCase(s.charAt(k))) return null;
        return m.end() < s.length() && Character.isLetter(s.charAt(m.end())) ? null : m;
    }

    private WordList.Match<QuantityLexicon.UnitKind> unitAt(String s, int j) {
        WordList.Match<QuantityLexicon.UnitKind> m = lex.units.at(s, j);
        if (m != null) return m;
        if (j < s.length() && s.charAt(j) == ' ') {
            m = lex.units.at(s, j + 1);
            if (m != null && Chars.isLatin(m.word().charAt(0)) && m.word().length() > 2) return m;
        }
        return null;
    }

    private WordList.Match<String> currencySuffixAt(String s, int j) {
        WordList.Match<String> m = lex.currencySuffix.at(s, j);
        if (m != null && Chars.isLatin(m.word().charAt(0))) return null; // English words need a space
        if (m != null) return m;
        if (j < s.length() && s.charAt(j) == ' ') {
            m = lex.currencySuffix.at(s, j + 1);
            if (m != null && Chars.isLatin(m.word().charAt(0))) return m;
        }
        return null;
    }

    private WordList.Match<String> countUnitAt(String s, int j) {
        WordList.Match<String> m = lex.countUnits.at(s, j);
        if (m != null && Chars.isLatin(m.word().charAt(0))) m = null;
        if (m != null) {
            // 个 only as a counter of things, not 个百分点 (handled as a unit) or 个月 (a duration)
            if (m.word().equals("个") && j + 1 < s.length() && "月季问方小工交".indexOf(s.charAt(j + 1)) >= 0) return null;
            if (m.word().equals("股") && j + 1 < s.length() && "价东份本权息票市".indexOf(s.charAt(j + 1)) >= 0) return null;
            if (m.word().equals("家") && j + 1 < s.length() && s.charAt(j + 1) == '庭') return null;
            return m;
        }
        if (j < s.length() && s.charAt(j) == ' ') {
            m = lex.countUnits.at(s, j + 1);
            if (m != null && Chars.isLatin(m.word().charAt(0))) return m;
        }
        return null;
    }

    private static int skipAlnum(String s, int i) {
        int j = i;
        while (j < s.length() && (Chars.isDigit(s.charAt(j)) || Chars.isLatin(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '-')) j++;
        return j;
    }

    private boolean isDateOrCode(String s, Core c, int[] skipTo) {
        int n = s.length();
        int j = c.end;
        String digits = s.substring(c.start, c.end);
        boolean integer = c.decimals == 0 && !c.separators;
        // ISO and slashed dates: 2025-03-31, 2025/3/31, 3/31
        if (integer && j + 1 < n && (s.charAt(j) == '-' || s.charAt(j) == '/') && Chars.isDigit(s.charAt(j + 1))) {
            int k = j + 1;
            while (k < n && Chars.isDigit(s.charAt(k))) k++;
            boolean yearish = digits.length() == 4 && digits.matches("(19|20)\\d\\d");
            if (yearish && k < n && (s.charAt(k) == '年' || s.charAt(k) == '-' || s.charAt(k) == '/')) {
                skipTo[0] = k + 1;
                return true;
            }
            if (s.charAt(j) == '/' && k - j - 1 <= 2 && digits.length() <= 2) {
                skipTo[0] = k;
                return true;
            }
        }
        // clock times 10:30
        if (integer && j + 1 < n && s.charAt(j) == ':' && Chars.isDigit(s.charAt(j + 1)) && digits.length() <= 2) {
            skipTo[0] = j + 3;
            return true;
        }
        // stock codes: 00700, 601857.SH, 0700.HK
        if (integer && digits.length() >= 4 && j + 2 < n && s.charAt(j) == '.' && Chars.isLatin(s.charAt(j + 1))) {
            skipTo[0] = skipAlnum(s, j);
            return true;
        }
        if (integer && digits.length() >= 5 && digits.charAt(0) == '0') {
            skipTo[0] = j;
            return true;
        }
        if (integer && digits.length() == 6 && (c.start > 0 && (s.charAt(c.start - 1) == '(' || s.charAt(c.start - 1) == ':'))
                && lex.currencySuffix.at(s, j) == null && lex.scales.at(s, j) == null) {
            skipTo[0] = j;
            return true;
        }
        // 10-Q, 8-K: form names
        if (integer && j + 1 < n && s.charAt(j) == '-' && Chars.isLatin(s.charAt(j + 1))) {
            skipTo[0] = skipAlnum(s, j + 1);
            return true;
        }
        // a number glued to letters that are no unit: 3D, 5G, 1Q25, 20x
        if (j < n && Chars.isLatin(s.charAt(j)) && lex.scales.at(s, j) == null && lex.units.at(s, j) == null
                && lex.currencySuffix.at(s, j) == null) {
            skipTo[0] = skipAlnum(s, j);
            return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern NAME_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\b(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October"
                    + "|Nov|November|Dec|December)\\.?|\\b[A-Za-z]*[a-z][A-Z][A-Za-z]*|\\b[A-Z][a-z]+|No\\.|#) $");

    /** A bare number after a month (September 30) or a name (iPhone 15, Form 10, Windows 11) is part of it. */
    private static boolean afterNameOrMonth(String s, int numStart) {
        int from = Math.max(0, numStart - 12);
        return NAME_BEFORE.matcher(s.substring(from, numStart)).find();
    }

    private static boolean isEnglishYear(String s, Core c) {
        if (c.decimals != 0 || c.separators || c.end - c.start != 4) return false;
        int v = c.value.intValue();
        return v >= 1950 && v <= 2100;
    }

    private static boolean isChineseNonQuantityFollower(String s, int j) {
        char f = s.charAt(j);
        if ("季年月日号周半成点些方项者则次倍层级线类种批轮期位名分".indexOf(f) >= 0) {
            // 一季度, 三年, 两成 (a tenth is vague), 一方面, 第二: words, not figures. 名 and 位 are counters only
            // after Arabic digits or large numerals; 二名 is rare in financial text
            return true;
        }
        return s.startsWith("个问题", j) || s.startsWith("个季度", j) || s.startsWith("个月", j) || s.startsWith("大", j);
    }

    private Core arabic(String s, int i, int[] skipTo) {
        int n = s.length();
        int j = i;
        StringBuilder num = new StringBuilder();
        boolean seps = false;
        while (j < n && Chars.isDigit(s.charAt(j))) num.append(s.charAt(j++));
        // thousands separators: a comma followed by exactly three digits
        while (j + 3 < n + 0 && s.charAt(j) == ',' && j + 3 < n + 1 && allDigits(s, j + 1, j + 4)
                && (j + 4 >= n || !Chars.isDigit(s.charAt(j + 4)))) {
            num.append(s, j + 1, j + 4);
            j += 4;
            seps = true;
        }
        if (j == n - 3 && s.charAt(j) == ',' && allDigits(s, j + 1, n)) {
            num.append(s, j + 1, n);
            j = n;
            seps = true;
        }
        if (!seps && num.length() <= 3 && (i == 0 || !Chars.isDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.' && s.charAt(i - 1) != ',')) {
            // 1 800亿元: a space (or a thin or no-break space) between groups of three, as a PDF or a French style writes
            // them; only before a Chinese unit, where a space cannot end one figure and start the next
            int k = j;
            StringBuilder grouped = new StringBuilder(num);
            while (k + 3 < n && " \u00a0\u2009\u202f".indexOf(s.charAt(k)) >= 0 && allDigits(s, k + 1, k + 4)
                    && (k + 4 >= n || !Chars.isDigit(s.charAt(k + 4)))) {
                grouped.append(s, k + 1, k + 4);
                k += 4;
            }
            int after = k;
            if (after + 1 < n && s.charAt(after) == '.' && Chars.isDigit(s.charAt(after + 1))) {
                after++;
                while (after < n && Chars.isDigit(s.charAt(after))) after++;
            }
            if (k > j && after < n && Chars.isHan(s.charAt(after))) {
                num = grouped;
                j = k;
                seps = true;
            }
        }
        int decimals = 0;
        if (j + 1 < n && s.charAt(j) == '.' && Chars.isDigit(s.charAt(j + 1))) {
            num.append('.');
            j++;
            while (j < n && Chars.isDigit(s.charAt(j))) {
                num.append(s.charAt(j++));
                decimals++;
            }
            if (j + 1 < n && s.charAt(j) == '.' && Chars.isDigit(s.charAt(j + 1))) { // 1.2.3: a version number
                skipTo[0] = skipAlnum(s, j);
                return null;
            }
        }
        if (num.length() > 30) {
            skipTo[0] = j;
            return null;
        }
        return new Core(new BigDecimal(num.toString()), null, i, j, decimals, 0, false, false, seps);
    }

    private static boolean allDigits(String s, int a, int b) {
        if (b > s.length()) return false;
        for (int k = a; k < b; k++) if (!Chars.isDigit(s.charAt(k))) return false;
        return true;
    }

    private Core chinese(String s, int i, int[] skipTo) {
        int j = i;
        while (j < s.length() && ChineseNumerals.isNumeral(s.charAt(j))) j++;
        // a Chinese numeral must not swallow the scale word that a currency or counter follows: keep 万/亿 inside,
        // they are part of the numeral
        String run = s.substring(i, j);
        // 零 alone opens a word (零部件, 零售, 零食), never a figure
        ChineseNumerals.Value v = run.equals("零") || run.equals("〇") ? null : ChineseNumerals.parse(run);
        if (v == null) {
            skipTo[0] = j;
            return null;
        }
        // 七点五: digits after 点 are decimals
        if (j + 1 < s.length() && s.charAt(j) == '点' && ChineseNumerals.digit(s.charAt(j + 1)) >= 0 && v.high() == null) {
            StringBuilder frac = new StringBuilder();
            int k = j + 1;
            while (k < s.length() && ChineseNumerals.digit(s.charAt(k)) >= 0) frac.append(ChineseNumerals.digit(s.charAt(k++)));
            BigDecimal val = new BigDecimal(v.low().toPlainString() + "." + frac);
            return new Core(val, null, i, k, frac.length(), 0, true, false, false);
        }
        // 一 alone before 些, 个 and the like is a word; handled by the caller's follower check
        return new Core(v.low(), v.high(), i, j, 0, v.exponent(), true, v.high() != null, false);
    }
}
