package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TailAnchoredTest {

    /** A run of letters not after a letter, then 数据显示: the shape of a named source's data. */
    private static final Pattern SOURCE = Pattern.compile("(?<![\\p{IsHan}A-Za-z])(?!最新)[\\p{IsHan}A-Za-z]{2,8}(?:发布的)?数据显示");
    private static final TailAnchored TAIL = new TailAnchored("数据显示", 12, SOURCE);

    private static final List<String> PIECES = List.of("蓝山", "咨询", "机构", "发布的", "数据显示", "最新", "，", "。", "\n", "X", "7",
            "数据", "显示", "营收");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void findsWhatAScanOfTheWholeRegionFinds(@ForAll("texts") String s) {
        assertThat(ends(TAIL.in(s, 0, s.length()))).as(s).isEqualTo(plain(s, 0, s.length()));
    }

    @Test
    void findsEachSourceBeforeItsWord() {
        String s = "据悉，蓝山咨询数据显示，行业增长5%。最新数据显示，公司营收增长。X机构发布的数据显示";
        List<MatchResult> found = TAIL.in(s, 0, s.length());
        assertThat(found).extracting(MatchResult::group).containsExactly("蓝山咨询数据显示", "X机构发布的数据显示");
        assertThat(TAIL.in(s, 0, 10)).isEmpty(); // the word must end inside the region
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> new TailAnchored("", 3, SOURCE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TailAnchored("显示", -1, SOURCE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> TAIL.in("abc", 1, 9)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static List<String> ends(List<MatchResult> rs) {
        List<String> out = new ArrayList<>();
        for (MatchResult r : rs) out.add(r.start() + "-" + r.end());
        return out;
    }

    private static List<String> plain(String s, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = SOURCE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }
}
