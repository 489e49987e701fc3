package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void foldingIsLowerCasingForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(WordList.fold((char) c)).as("U+%04X", c).isEqualTo(Character.toLowerCase((char) c));
        }
    }

    @Test
    void matchesLongestWordCaseBlindAtWordBoundaries() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("Net Revenue", "a");
        words.put("net", "b");
        words.put("营收", "c");
        WordList<String> list = new WordList<>(words, true);
        String s = "NET REVENUE rose; netting; 营收增长";
        assertThat(list.at(s, 0).value()).isEqualTo("a");
        assertThat(list.at(s, 18)).isNull(); // "netting": no word boundary after "net"
        assertThat(list.at(s, 27).word()).isEqualTo("营收");
        assertThat(list.before(s, 29).value()).isEqualTo("c");
    }
}
