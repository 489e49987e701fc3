package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class KeyedPatternTest {

    /** A union of words behind an optional adverb, a lookbehind and a lazy run: the shapes the rules use. */
    private static final KeyedPattern REPORTS = new KeyedPattern("今近发公",
            "(?:今日|近日)?(?:发布|公布)了?[^。\\n]{0,6}?(?:财报|业绩)");
    private static final KeyedPattern YEARS = new KeyedPattern("近0123456789",
            "(近)?(?<![\\d.年])(\\d{1,2})年(?:来|间)");

    /** A year by its first two digits: tried only where 19 or 20 stands, not at every 1 and 2. */
    private static final KeyedPattern YEAR_QUARTER = KeyedPattern.prefixed(List.of("19", "20"), "((?:19|20)\\d\\d)年?第?([1-4一二三四])季度?");

    /** A month's end: 月 one or two chars after the first digit, tried only where it stands so near. */
    private static final KeyedPattern MONTH_END = KeyedPattern.anchored("0123456789", '月', 2, "(?<![\\d年])(\\d{1,2})月(?:末|底)");

    private static final List<String> PIECES = List.of("今日", "近日", "发布", "公布", "了", "财报", "业绩", "。", "\n", "近",
            "5", "12", ".", "年", "来", "间", "蓝山", "，", "发", "公", "布", "20", "19", "2", "1", "9", "第", "季度", "三", "月", "末", "底", "123");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void findsWhatMatcherFindFinds(@ForAll("texts") String s) {
        for (KeyedPattern p : List.of(REPORTS, YEARS, YEAR_QUARTER, MONTH_END)) {
            for (int from = 0; from <= Math.min(3, s.length()); from++) {
                assertThat(keyed(p, s, from, s.length())).as("%s in [%d, %d) of %s", p.pattern(), from, s.length(), s)
                        .isEqualTo(plain(p, s, from, s.length()));
            }
        }
    }

    @Test
    void findsTheMatchesInOrderWithTheirGroups() {
        String s = "近日蓝山发布了三季度业绩。今日公布财报，近10年来营收翻倍。";
        assertThat(keyed(REPORTS, s, 0, s.length())).containsExactly("4-12 发布了三季度业绩", "13-19 今日公布财报");
        KeyedPattern.Finder f = YEARS.in(s, 0, s.length());
        assertThat(f.find()).isTrue();
        assertThat(f.group(2)).isEqualTo("10");
        assertThat(f.start()).isEqualTo(20);
        assertThat(f.find()).isFalse();
    }

    @Test
    void aPrefixedPatternIsTriedOnlyWhereAPrefixStands() {
        String s = "营收12.1亿元，2019年第三季度增长21%，2024年四季度";
        assertThat(keyed(YEAR_QUARTER, s, 0, s.length())).containsExactly("9-18 2019年第三季度", "24-32 2024年四季度");
        assertThat(YEAR_QUARTER.isKeyAt(s, 2)).isFalse(); // a 1 that starts no 19 or 20
        assertThat(YEAR_QUARTER.isKeyAt(s, 9)).isTrue();
        assertThatThrownBy(() -> KeyedPattern.prefixed(List.of(), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyedPattern.prefixed(List.of(""), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnchoredPatternIsTriedOnlyWhereItsAnchorStandsNear() {
        String s = "营收1234亿元，12月末存款增长，3月底";
        assertThat(keyed(MONTH_END, s, 0, s.length())).containsExactly("9-13 12月末", "18-21 3月底");
        assertThat(MONTH_END.isKeyAt(s, 2)).isFalse(); // a digit with no 月 within two chars
        assertThat(MONTH_END.isKeyAt(s, 9)).isTrue();
        assertThatThrownBy(() -> KeyedPattern.anchored("1", '月', 0, "1月")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyedPattern.anchored("1", '日', 1, "1月")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seesTheTextBeforeTheRegionLikeTransparentBounds() {
        String s = "2015年来";
        // the lookbehind sees the 1 before the region: "5年来" is no span of five years there
        assertThat(YEARS.foundIn(s, 3, s.length())).isFalse();
        assertThat(YEARS.foundIn("过去5年来", 2, 5)).isTrue();
    }

    @Test
    void refusesPatternsItCannotScanForCorrectly() {
        assertThatThrownBy(() -> new KeyedPattern("", "abc")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> new KeyedPattern("a", "a?")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> REPORTS.in("abc", 2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static List<String> keyed(KeyedPattern p, String s, int from, int to) {
        List<String> out = new ArrayList<>();
        KeyedPattern.Finder f = p.in(s, from, to);
        while (f.find()) out.add(f.start() + "-" + f.end() + " " + f.group(0));
        return out;
    }

    private static List<String> plain(KeyedPattern p, String s, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
        while (m.find()) out.add(m.start() + "-" + m.end() + " " + m.group(0));
        return out;
    }
}
