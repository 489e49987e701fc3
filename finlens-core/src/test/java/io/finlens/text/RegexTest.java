package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regex gives what the String methods give, with each pattern compiled once. */
class RegexTest {
    private static final List<String> TEXTS = List.of("", "营收为12.3亿元，同比增长5%", "Revenue  rose 5%, net income fell", "  total ", "和及与");
    private static final List<String> PATTERNS = List.of("\\s+", ".*\\d.*", "(?i)revenue|net", "[,，]", "和|及|与", "^\\s*total\\s*$");

    @Test
    void agreesWithTheStringMethods() {
        for (String t : TEXTS) {
            for (String p : PATTERNS) {
                assertThat(Regex.matches(t, p)).as("%s ~ %s", t, p).isEqualTo(t.matches(p));
                assertThat(Regex.replaceAll(t, p, "<$0>")).isEqualTo(t.replaceAll(p, "<$0>"));
                assertThat(Regex.replaceFirst(t, p, "")).isEqualTo(t.replaceFirst(p, ""));
                assertThat(Regex.split(t, p)).containsExactly(t.split(p));
                assertThat(Regex.split(t, p, -1)).containsExactly(t.split(p, -1));
            }
        }
    }

    @Test
    void compilesEachPatternOnce() {
        assertThat(Regex.of("[A-Z]{3}")).isSameAs(Regex.of("[A-Z]{3}"));
        assertThatThrownBy(() -> Regex.of("(")).isInstanceOf(java.util.regex.PatternSyntaxException.class);
    }
}
