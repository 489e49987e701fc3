package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finlens.model.Span;
import org.junit.jupiter.api.Test;

class NormalizedTextSliceTest {
    /** A line long enough that the normalizer joins it to the next, which starts with a lower-case word. */
    private static final String WRAPPED = "Harbor Freightways said revenue grew in the quarter that ended\nin June, as freight rates rose.";

    /** Slices {@code whole} and checks the slice's own offset-map contract against its original. */
    private static NormalizedText slice(NormalizedText whole, int start, int end) {
        NormalizedText s = whole.slice(start, end);
        OffsetMapInvariants.check(whole.original().substring(start, end), s);
        return s;
    }

    @Test
    void aLineOfADocumentReadsAsTheLineNormalizedAlone() {
        String doc = "## 蓝山科技业绩会\n**张总：** 营收 1800 亿元，同比增长５％。\nRevenue  rose";
        NormalizedText whole = Normalizer.normalize(doc);
        int start = doc.indexOf("**张总");
        int end = doc.indexOf('\n', start);

        NormalizedText line = slice(whole, start, end);

        NormalizedText alone = Normalizer.normalize(doc.substring(start, end));
        assertThat(line.text()).isEqualTo(alone.text()).isEqualTo("张总:营收1800亿元,同比增长5%。");
        for (int k = 0; k < line.length(); k++) assertThat(line.originalIndex(k)).isEqualTo(alone.originalIndex(k));
    }

    @Test
    void offsetsAreRelativeToTheSlice() {
        String doc = "营收：１８００亿元。净利润：３００亿元。";
        NormalizedText whole = Normalizer.normalize(doc);
        int start = doc.indexOf("净利润");

        NormalizedText s = slice(whole, start, doc.length());

        assertThat(s.text()).isEqualTo("净利润:300亿元。");
        assertThat(s.toOriginal(new Span(4, 7))).isEqualTo(new Span(4, 7));
        assertThat(s.originalSlice(new Span(4, 7))).isEqualTo("３００");
        assertThat(s.normalizedIndex(4)).isEqualTo(4);
    }

    @Test
    void aLineTheDocumentJoinedReadsJoined() {
        // the first line's break is a space in the document: a slice across it keeps that space, and a slice of either
        // line alone has neither break nor space
        NormalizedText whole = Normalizer.normalize(WRAPPED);
        int br = WRAPPED.indexOf('\n');

        assertThat(slice(whole, 0, WRAPPED.length()).text()).contains("ended in June");
        assertThat(slice(whole, br - 5, br + 9).text()).isEqualTo("ended in June,");
        assertThat(slice(whole, br + 1, WRAPPED.length()).text()).isEqualTo("in June, as freight rates rose.");
        assertThat(slice(whole, 0, br).text()).endsWith("ended");
    }

    @Test
    void aCutInsideDroppedCharactersKeepsWhatTheWholeKept() {
        NormalizedText whole = Normalizer.normalize("营收 **1800** 亿元");

        assertThat(slice(whole, 2, 9).text()).isEqualTo("1800");
        assertThat(slice(whole, 3, 5).text()).isEmpty();
        assertThat(slice(whole, 3, 5).toOriginal(new Span(0, 0))).isEqualTo(new Span(2, 2));
    }

    @Test
    void anImageWhoseUrlWrapsIsDroppedFromEachOfItsLines() {
        // normalized alone, each half of the image would read as text; the document drops the whole image
        String doc = "营收增长。\n![](http://x/\n1.png)\n净利润";
        NormalizedText whole = Normalizer.normalize(doc);
        int second = doc.indexOf('\n') + 1;
        int third = doc.indexOf('\n', second) + 1;

        assertThat(slice(whole, second, third - 1).text()).isEmpty();
        assertThat(slice(whole, third, doc.indexOf('\n', third)).text()).isEmpty();
    }

    @Test
    void theWholeRangeIsTheWholeAndAnEmptyRangeIsEmpty() {
        NormalizedText whole = Normalizer.normalize(WRAPPED);

        assertThat(whole.slice(0, WRAPPED.length())).isSameAs(whole);
        NormalizedText empty = slice(whole, 7, 7);
        assertThat(empty.original()).isEmpty();
        assertThat(empty.text()).isEmpty();
        assertThat(Normalizer.normalize("").slice(0, 0).text()).isEmpty();
    }

    @Test
    void aSliceOfASliceIsTheSliceOfTheWhole() {
        NormalizedText whole = Normalizer.normalize(WRAPPED);

        NormalizedText inner = whole.slice(10, 80).slice(5, 60);

        NormalizedText direct = whole.slice(15, 70);
        assertThat(inner.original()).isEqualTo(direct.original());
        assertThat(inner.text()).isEqualTo(direct.text());
        for (int k = 0; k < inner.length(); k++) assertThat(inner.originalIndex(k)).isEqualTo(direct.originalIndex(k));
    }

    @Test
    void anIdentitySliceIsTheIdentityOfTheSubstring() {
        NormalizedText s = NormalizedText.identity("Revenue  rose").slice(7, 13);

        assertThat(s.text()).isEqualTo("  rose");
        assertThat(s.originalIndex(2)).isEqualTo(2);
    }

    @Test
    void aRangeOutsideTheOriginalIsRefusedNamingTheBadValue() {
        NormalizedText whole = Normalizer.normalize("营收1800亿元");

        assertThatThrownBy(() -> whole.slice(-1, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start -1");
        assertThatThrownBy(() -> whole.slice(9, 9)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start 9");
        assertThatThrownBy(() -> whole.slice(0, 9)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end 9");
        assertThatThrownBy(() -> whole.slice(5, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end 4");
    }
}
