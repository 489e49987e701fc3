package io.finlens.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.finlens.model.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NormalizerPropertiesTest {

    /** Pieces that exercise every rule of the normalizer, and their awkward neighbours. */
    private static final List<String> FRAGMENTS = List.of(
            "营", "收", "亿", "元", "同比", "增长", "蓝山", "。", "，", "“", "”",
            "１", "８", "０", "％", "（", "）", "：", "Ｑ", "\u3000",
            "0", "1", "2", "3", "5", "9", ".", ",", "%", "$", "-", "\u2013", "\u2014",
            "*", "**", "_", "__", "\\", "\\-", "\\*", "#", "# ", "## ",
            " ", "  ", "\t", "\u00A0", "\u200B", "\n", "\r\n",
            "![](", "](", ")", "![](http://x/1.png)", "![](http://x/\n1.png)", "\n![](http://x/2.png)\n",
            "a", "Revenue", "million", "bn",
            // markup between a space and a Han character: the space must still go
            " **", "** ", " __", "\\- ");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyChars() {
        return Arbitraries.strings().withCharRange('\u0000', '\u00FF').withCharRange('\u3000', '\u303F')
                .withCharRange('\u4E00', '\u4E2F').withCharRange('\uFF00', '\uFF5F').withChars('\uFFFD', '\u2014', '\u2013')
                .ofMaxLength(60);
    }

    @Property(tries = 1000)
    void normalizeNeverThrows(@ForAll("texts") String text) {
        assertThatCode(() -> Normalizer.normalize(text)).doesNotThrowAnyException();
    }

    @Property(tries = 500)
    void normalizeNeverThrowsOnAnyChars(@ForAll("anyChars") String text) {
        NormalizedText t = Normalizer.normalize(text);
        OffsetMapInvariants.checkMap(text, t);
    }

    @Property(tries = 1000)
    void mapIsStrictlyIncreasingAndFoldsEachChar(@ForAll("texts") String text) {
        OffsetMapInvariants.checkMap(text, Normalizer.normalize(text));
    }

    @Property(tries = 300)
    void everySpanMapsInsideTheOriginalWithTheSameDigits(@ForAll("texts") String text) {
        OffsetMapInvariants.checkSpans(text, Normalizer.normalize(text), 24);
    }

    @Property(tries = 1000)
    void toOriginalOfAnySpanIsWithinBounds(@ForAll("texts") String text) {
        NormalizedText t = Normalizer.normalize(text);
        int n = t.length();
        for (int s = 0; s <= n; s++) {
            for (int e = s; e <= n; e++) {
                Span o = t.toOriginal(new Span(s, e));
                assertThat(o.start()).isBetween(0, text.length());
                assertThat(o.end()).isBetween(o.start(), text.length());
            }
        }
    }

    @Property(tries = 300)
    void normalizingIsDeterministic(@ForAll("texts") String text) {
        NormalizedText a = Normalizer.normalize(text);
        NormalizedText b = Normalizer.normalize(text);
        assertThat(a.text()).isEqualTo(b.text());
        for (int i = 0; i < a.length(); i++) assertThat(a.originalIndex(i)).isEqualTo(b.originalIndex(i));
    }

    @Property(tries = 500)
    void noSpaceIsLeftNextToHan(@ForAll("texts") String text) {
        String n = Normalizer.normalize(text).text();
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) != ' ') continue;
            char before = i > 0 ? n.charAt(i - 1) : 'x';
            char after = i + 1 < n.length() ? n.charAt(i + 1) : 'x';
            assertThat(Chars.isHan(before) || Chars.isHan(after))
                    .as("space at %d next to a Han character in \"%s\"", i, n.replace("\n", "\\n"))
                    .isFalse();
        }
    }
}
