package io.finlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.model.Fact;
import io.finlens.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants that hold for any input: every fact's evidence (and conversion span) is a slice of the original
 * text, with offsets in code points; the same input gives the same JSON; analyze() never throws.
 */
class EvidenceInvariantsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Inline texts, written for this test. Each states at least one figure finlens should turn into a fact. */
    static final List<String> INLINE = List.of(
            // full-width digits and percent sign
            "营收１８００亿元，同比增长１３％",
            "蓝山科技第二季度营收１，２８４．６亿元，同比增长１４％。",
            // Markdown bold around the metric, and around the figure
            "**营收**为1,800亿元，同比增长13%",
            "第二季度营收为**1,800亿元**，同比增长**13%**。",
            "## 业绩\n\n- **营收**：1,800亿元（同比+13%）\n- **毛利**：800亿元\n",
            // emoji (surrogate pairs) before the figures: UTF-16 and code point offsets differ from there on
            "📈 营收1,800亿元，同比增长13%",
            "🚀🚀 Revenue was $318.6 million, up 9.2% year over year. 💰 Gross profit was $131.6 million.",
            "蓝山科技😀第二季度😀营收人民币1,284.6亿元（179.3亿美元），同比增长14%，去年同期为1,126.8亿元。",
            "𠀀𠀁 毛利率为46.5%，较去年同期的44.6%提升1.9个百分点。🎉 净利润为312.5亿元。",
            // Windows line ends
            "Harbor Freightways Reports Results\r\n\r\nRevenue was $318.6 million, up 9.2% year over year.\r\n");

    // ---------------------------------------------------------------- the checks

    /**
     * Checks the contract JSON of {@code a} against its original text: offsets are code points, every slice
     * equals the reported text, spans lie inside the text, and the JSON says how many code points there are.
     * Returns the number of facts.
     */
    static int checkEvidence(Analysis a) {
        String original = a.original();
        int[] cps = original.codePoints().toArray();
        JsonNode root;
        try {
            root = JSON.readTree(ContractJson.write(a, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(root.path("source").path("chars").asInt(-1)).as("source.chars = code points").isEqualTo(cps.length);
        JsonNode facts = root.path("facts");
        assertThat(facts.size()).isEqualTo(a.facts().size());
        for (JsonNode f : facts) {
            String id = f.path("id").asText();
            assertThat(f.path("evidence").size()).as("%s has evidence", id).isPositive();
            for (JsonNode e : f.path("evidence")) checkSlice(cps, e, id + " evidence");
            JsonNode conv = f.path("conversion");
            if (!conv.isMissingNode() && !conv.isNull()) checkSlice(cps, conv.path("span"), id + " conversion");
        }
        for (JsonNode i : root.path("issues")) {
            JsonNode s = i.path("span");
            if (s.isMissingNode() || s.isNull()) continue;
            int start = s.path("start").asInt(), end = s.path("end").asInt();
            assertThat(start).as("issue %s span", i.path("code").asText()).isBetween(0, end);
            assertThat(end).as("issue %s span", i.path("code").asText()).isLessThanOrEqualTo(cps.length);
        }
        // the same in UTF-16 terms on the model: the spans of facts are in the original, whole code points
        for (Fact f : a.facts()) {
            for (Span s : f.evidence()) {
                assertThat(s.start()).as("%s evidence start", f.id()).isBetween(0, s.end());
                assertThat(s.end()).as("%s evidence end", f.id()).isLessThanOrEqualTo(original.length());
                assertThat(splitsPair(original, s.start()) || splitsPair(original, s.end()))
                        .as("%s evidence %s splits a surrogate pair", f.id(), s).isFalse();
            }
        }
        return facts.size();
    }

    /** The quantities JSON (CLI {@code quantities --format json}) obeys the same rule. */
    static void checkQuantities(Analysis a) {
        int[] cps = a.original().codePoints().toArray();
        JsonNode root;
        try {
            root = JSON.readTree(ContractJson.quantities(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(root.path("quantities").size()).isEqualTo(a.quantities().size());
        int k = 0;
        for (JsonNode q : root.path("quantities")) checkSlice(cps, q, "quantity #" + k++);
    }

    private static void checkSlice(int[] cps, JsonNode span, String what) {
        assertThat(span.path("start").isInt() && span.path("end").isInt()).as("%s has int start/end: %s", what, span).isTrue();
        int start = span.path("start").asInt(), end = span.path("end").asInt();
        assertThat(start).as("%s start (%s)", what, span).isBetween(0, end);
        assertThat(end).as("%s end (%s)", what, span).isLessThanOrEqualTo(cps.length);
        String slice = new String(cps, start, end - start);
        assertThat(slice).as("%s: code points [%d,%d) of the original", what, start, end).isEqualTo(span.path("text").asText());
    }

    private static boolean splitsPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i));
    }

    static void checkDeterministic(String path, String text) {
        Finlens one = new Finlens();
        Analysis a = one.analyze(path, text);
        String first = ContractJson.write(a, true);
        assertThat(ContractJson.write(a, true)).as("writing twice").isEqualTo(first);
        assertThat(ContractJson.write(one.analyze(path, text), true)).as("same Finlens, second call").isEqualTo(first);
        assertThat(ContractJson.write(new Finlens().analyze(path, text), true)).as("a new Finlens").isEqualTo(first);
        assertThat(ContractJson.quantities(new Finlens().analyze(path, text))).isEqualTo(ContractJson.quantities(a));
    }

    static List<String> sampleTexts() {
        List<String> out = new ArrayList<>();
        for (Path p : GoldenSamplesTest.samples()) {
            try {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- samples and inline texts

    @TestFactory
    Stream<DynamicTest> samplesKeepEvidenceInvariants() {
        return GoldenSamplesTest.samples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(p);
            Analysis fromBytes = new Finlens().analyze(GoldenSamplesTest.stablePath(p), bytes);
            assertThat(checkEvidence(fromBytes)).as("facts in %s", p.getFileName()).isPositive();
            checkQuantities(fromBytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            checkEvidence(new Finlens().analyze("x", text));
            checkDeterministic(GoldenSamplesTest.stablePath(p), text);
        }));
    }

    /** A sample with an emoji prepended to every line: every code-point offset differs from the UTF-16 one. */
    @TestFactory
    Stream<DynamicTest> samplesWithEmojiOnEveryLine() {
        return sampleTexts().stream().map(t -> DynamicTest.dynamicTest(t.substring(0, 12), () -> {
            Analysis emoji = new Finlens().analyze("emoji", t.replaceAll("(?m)^", "🔹"));
            assertThat(checkEvidence(emoji)).isPositive();
            checkQuantities(emoji);
        }));
    }

    /**
     * Emoji bullets at the start of lines (common in posts and newsletters) must not change what is found.
     * Enable once segments stop absorbing a leading emoji ("🔹Truckload", "🔹蓝山科技") and no extra fact appears.
     */
    @TestFactory
    Stream<DynamicTest> emojiBulletsDoNotChangeTheFacts() {
        return sampleTexts().stream().map(t -> DynamicTest.dynamicTest(t.substring(0, 12), () -> {
            List<String> plain = summary(new Finlens().analyze("plain", t));
            List<String> emoji = summary(new Finlens().analyze("emoji", t.replaceAll("(?m)^", "🔹")));
            assertThat(emoji).as("facts with emoji bullets").containsExactlyElementsOf(plain);
        }));
    }

    /** An emoji is not a business line: "📈 营收1,800亿元" has no segment, "🚀🚀 Revenue was …" neither. */
    @Test
    void emojiIsNeverPartOfASegment() {
        for (String t : INLINE) {
            for (Fact f : new Finlens().analyze("inline", t).facts()) {
                String seg = f.segment();
                if (seg == null) continue;
                assertThat(seg.codePoints().noneMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL))
                        .as("segment %s of %s in %s", seg, f.id(), t).isTrue();
            }
        }
    }

    /** A fact without its offsets: what it says. */
    static List<String> summary(Analysis a) {
        return a.facts().stream().map(f -> String.join("|", f.metric(), String.valueOf(f.segment()), String.valueOf(f.basis()),
                f.period().id(), String.valueOf(f.value()), String.valueOf(f.range()), String.valueOf(f.qualifier()),
                String.valueOf(f.guidance()), String.valueOf(f.changes().size()))).toList();
    }

    /** The same sample as bytes in other encodings (UTF-8 with BOM, GB18030 for Chinese) keeps its facts. */
    @TestFactory
    Stream<DynamicTest> samplesInOtherEncodings() {
        return sampleTexts().stream().map(t -> DynamicTest.dynamicTest(t.substring(0, 12), () -> {
            int n = new Finlens().analyze("s", t).facts().size();
            byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, t.getBytes(StandardCharsets.UTF_8));
            Analysis a = new Finlens().analyze("bom", bom);
            assertThat(a.original()).as("BOM removed").isEqualTo(t);
            assertThat(checkEvidence(a)).isEqualTo(n);
            Analysis gb = new Finlens().analyze("gb", t.getBytes(Charset.forName("GB18030")));
            assertThat(gb.original()).as("GB18030 decoded").isEqualTo(t);
            assertThat(checkEvidence(gb)).isEqualTo(n);
        }));
    }

    @TestFactory
    Stream<DynamicTest> inlineTextsKeepEvidenceInvariants() {
        return INLINE.stream().map(t -> DynamicTest.dynamicTest(t.strip().lines().findFirst().orElse(t), () -> {
            Analysis a = new Finlens().analyze("inline", t);
            assertThat(a.issues()).as("issues").isEmpty();
            assertThat(checkEvidence(a)).as("facts found in %s", t).isPositive();
            checkQuantities(a);
            checkDeterministic("inline", t);
        }));
    }

    /** The figure right after an emoji: the evidence must start at the code point of 营, not its UTF-16 index. */
    @Test
    void evidenceOffsetsAreCodePoints() throws IOException {
        String text = "📈📈📈 营收1,800亿元，同比增长13%";
        Analysis a = new Finlens().analyze("emoji", text);
        JsonNode facts = JSON.readTree(ContractJson.write(a, false)).path("facts");
        assertThat(facts.size()).isPositive();
        JsonNode ev = facts.get(0).path("evidence").get(0);
        int utf16 = text.indexOf(ev.path("text").asText());
        assertThat(utf16).as("evidence text occurs in the original").isGreaterThanOrEqualTo(0);
        assertThat(ev.path("start").asInt()).isEqualTo(text.codePointCount(0, utf16));
        assertThat(ev.path("start").asInt()).isEqualTo(utf16 - 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\uFEFF", "营收", "亿元", "%", "$", "📈", "\uD83D", "\uDCC8", "\uD83D营收1,800亿元",
            "营收1,800亿元\uDCC8", "\u0000\u0000", "１８００", "Revenue was $", "营收为亿元", "营收为1,800,", "**", "****营收****"})
    void edgeCasesNeverThrow(String text) {
        Analysis a = new Finlens().analyze("edge", text);
        checkEvidence(a);
        checkQuantities(a);
        checkDeterministic("edge", text);
    }

    // ---------------------------------------------------------------- properties

    private static final List<String> FRAGMENTS = List.of(
            "营收", "收入", "毛利", "毛利率", "经营利润", "自由现金流", "亿元", "万元", "元", "亿美元", "同比", "增长", "下降", "去年同期为",
            "较去年同期的", "个百分点", "至", "为", "约", "预计", "第二季度", "2025年", "截至2025年6月30日", "蓝山", "。", "，", "；", "（", "）",
            "１", "８", "０", "．", "，", "％", "１３", "\u3000", "0", "1", "2", "3", "5", "9", "12.4", "1,284.6", "1,800", ".", ",", "%",
            "$", "-", "\u2013", "\u2014", "~", "*", "**", "_", "__", "\\", "#", "## ", "- ", "> ", "[", "](http://x)", "![](http://x/1.png)",
            " ", "\t", "\u00A0", "\u200B", "\uFEFF", "\n", "\r\n", "\r",
            "📈", "😀", "𠀀", "\uD83D", "\uDE00", "\uFFFD",
            "Revenue", "revenue", " was ", " of ", "million", "billion", "bn", "up ", "down ", "year over year", "basis points",
            "compared to ", "in the prior-year period", "Q3", "third quarter", "As of September 30, 2025", "adjusted", "EPS",
            "per diluted share", "to ", "approximately ");

    @Provide
    Arbitrary<String> fragmentTexts() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyStrings() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> truncatedSamples() {
        List<String> texts = sampleTexts();
        return Arbitraries.of(texts).flatMap(t -> Combinators.combine(
                        Arbitraries.integers().between(0, t.length()), Arbitraries.integers().between(0, t.length()))
                .as((x, y) -> t.substring(Math.min(x, y), Math.max(x, y))));
    }

    @Provide
    Arbitrary<String> samplePrefixes() {
        List<String> texts = sampleTexts();
        return Arbitraries.of(texts).flatMap(t -> Arbitraries.integers().between(0, t.length()).map(n -> t.substring(0, n)));
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    }

    /** Sample bytes (UTF-8 or GB18030), cut anywhere (also inside a character), with a few bytes overwritten. */
    @Provide
    Arbitrary<byte[]> damagedSampleBytes() {
        List<byte[]> encoded = new ArrayList<>();
        for (String t : sampleTexts()) {
            encoded.add(t.getBytes(StandardCharsets.UTF_8));
            encoded.add(t.getBytes(Charset.forName("GB18030")));
        }
        return Arbitraries.of(encoded).flatMap(b -> Combinators.combine(
                        Arbitraries.integers().between(0, b.length), Arbitraries.integers().between(0, b.length),
                        Arbitraries.bytes().list().ofMaxSize(8), Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((x, y, noise, seed) -> {
                    byte[] cut = Arrays.copyOfRange(b, Math.min(x, y), Math.max(x, y));
                    for (int i = 0; i < noise.size() && cut.length > 0; i++) {
                        cut[(int) ((seed + 7919L * i) % cut.length)] = noise.get(i);
                    }
                    return cut;
                }));
    }

    @Property(tries = 200)
    void neverThrowsOnFragmentTexts(@ForAll("fragmentTexts") String text) {
        assertThatCode(() -> {
            Analysis a = new Finlens().analyze("random", text);
            checkEvidence(a);
            checkQuantities(a);
        }).doesNotThrowAnyException();
    }

    @Property(tries = 200)
    void neverThrowsOnAnyStrings(@ForAll("anyStrings") String text) {
        assertThatCode(() -> checkEvidence(new Finlens().analyze("random", text))).doesNotThrowAnyException();
    }

    @Property(tries = 200)
    void neverThrowsOnTruncatedSamples(@ForAll("truncatedSamples") String text) {
        Analysis a = new Finlens().analyze("cut", text);
        checkEvidence(a);
        checkQuantities(a);
    }

    @Property(tries = 200)
    void samplePrefixesAreDeterministic(@ForAll("samplePrefixes") String text) {
        checkEvidence(new Finlens().analyze("prefix", text));
        checkDeterministic("prefix", text);
    }

    @Property(tries = 200)
    void neverThrowsOnRandomBytes(@ForAll("randomBytes") byte[] bytes) {
        Analysis a = new Finlens().analyze("bytes", bytes);
        checkEvidence(a);
        checkQuantities(a);
    }

    @Property(tries = 200)
    void neverThrowsOnDamagedSampleBytes(@ForAll("damagedSampleBytes") byte[] bytes) {
        Analysis a = new Finlens().analyze("bytes", bytes);
        checkEvidence(a);
        checkQuantities(a);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
