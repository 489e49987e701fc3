package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.finlens.model.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormalizedTextSlicePropertiesTest {

    /** Pieces that make the normalizer drop, fold or join characters, so that cuts fall beside and inside them. */
    private static final List<String> FRAGMENTS = List.of(
            "营", "收", "亿", "元", "同比", "增长", "。", "，", " 1800 ", "营收 1800 亿元", "１", "８", "％", "：", "\u3000",
            "0", "3", ".", ",", "%", "$", "-", "\u2013", "Non-\nGAAP", "733\n亿元",
            "**", "__", "**张总：**", "\\-", "# ", "## ", "\n# ",
            " ", "  ", "\t", "\u00A0", "\n", "\r\n", "\n\n",
            "![](http://x/1.png)", "![](http://x/\n1.png)",
            "Revenue", "rose", "million",
            // a line long enough to be joined to the next when that one starts with a lower-case word or a digit
            "Harbor Freightways said revenue grew in the quarter that ended\n", "in June", "\nand ", "\n2024");

    record Cut(String text, int start, int end) {
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Cut> cuts() {
        return texts().flatMap(t -> Combinators.combine(Arbitraries.integers().between(0, t.length()),
                Arbitraries.integers().between(0, t.length())).as((a, b) -> new Cut(t, Math.min(a, b), Math.max(a, b))));
    }

    @Property(tries = 1000)
    void aSliceIsTheWholesCharactersFromItsRange(@ForAll("cuts") Cut c) {
        NormalizedText whole = Normalizer.normalize(c.text());
        NormalizedText s = whole.slice(c.start(), c.end());

        assertThat(s.original()).isEqualTo(c.text().substring(c.start(), c.end()));
        OffsetMapInvariants.checkMap(s.original(), s);
        int from = whole.normalizedIndex(c.start());
        assertThat(s.text()).isEqualTo(whole.text().substring(from, whole.normalizedIndex(c.end())));
        for (int k = 0; k < s.length(); k++) {
            assertThat(s.originalIndex(k) + c.start()).as("char %d of the slice", k).isEqualTo(whole.originalIndex(from + k));
        }
    }

    @Property(tries = 500)
    void everySpanOfASliceMapsInsideItsRange(@ForAll("cuts") Cut c) {
        NormalizedText s = Normalizer.normalize(c.text()).slice(c.start(), c.end());

        OffsetMapInvariants.checkSpans(s.original(), s, 12);
        for (int p = 0; p <= s.original().length(); p++) assertThat(s.normalizedIndex(p)).isBetween(0, s.length());
    }

    @Property(tries = 500)
    void twoNeighbouringSlicesMakeTheSliceOfBoth(@ForAll("cuts") Cut c) {
        NormalizedText whole = Normalizer.normalize(c.text());
        int mid = (c.start() + c.end()) / 2;

        String joined = whole.slice(c.start(), mid).text() + whole.slice(mid, c.end()).text();

        assertThat(joined).isEqualTo(whole.slice(c.start(), c.end()).text());
    }

    @Property(tries = 300)
    void theWholeRangeIsTheWhole(@ForAll("texts") String text) {
        NormalizedText whole = Normalizer.normalize(text);

        NormalizedText s = whole.slice(0, text.length());

        assertThat(s.original()).isEqualTo(text);
        assertThat(s.text()).isEqualTo(whole.text());
        for (int k = 0; k < s.length(); k++) assertThat(s.originalIndex(k)).isEqualTo(whole.originalIndex(k));
        assertThat(s.toOriginal(new Span(0, s.length()))).isEqualTo(whole.toOriginal(new Span(0, whole.length())));
    }
}
