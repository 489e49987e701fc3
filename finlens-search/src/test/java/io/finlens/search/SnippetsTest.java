package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    static Passage passage(int start, String text) {
        return new Passage("d", "e", null, "d.txt", "paragraph", null, null, null, null, List.of(), "en", start, start + text.length(), text);
    }

    @Test
    void shortPassagesAreShownWhole() {
        Passage p = passage(100, "Cloud revenue grew 31%.");
        assertThat(Snippets.render(p, List.of(new Highlight(106, 113)), "[", "]")).isEqualTo("Cloud [revenue] grew 31%.");
    }

    @Test
    void longPassagesShowTheWindowWithMostMatchesCutBetweenWords() {
        String text = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon. ".repeat(4)
                + "Then margins improved and margins held, and margins rose again. " + "Filler words follow here without matches. ".repeat(6);
        int at = text.indexOf("margins");
        List<Highlight> hs = new java.util.ArrayList<>();
        for (int i = at; i >= 0; i = text.indexOf("margins", i + 1)) hs.add(new Highlight(10 + i, 10 + i + 7));
        String s = Snippets.render(passage(10, text), hs, "[", "]");
        assertThat(s).startsWith("…").endsWith("…").contains("[margins] improved and [margins] held, and [margins] rose");
        String inner = s.substring(1, s.length() - 1);
        assertThat(inner.charAt(0)).isNotEqualTo(' ');
        assertThat(text).contains(inner.replace("[", "").replace("]", "").strip());
        assertThat(text.charAt(text.indexOf(inner.replace("[", "").replace("]", "")) - 1)).isEqualTo(' '); // starts at a word
    }

    @Test
    void newlinesBecomeSpaces() {
        Passage p = passage(0, "inference\nand capacity");
        assertThat(Snippets.render(p, List.of(new Highlight(0, 9)), "<", ">")).isEqualTo("<inference> and capacity");
    }
}
