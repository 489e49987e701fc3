package io.finlens.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.finlens.model.Span;
import io.finlens.text.Language;
import io.finlens.text.NormalizedText;
import io.finlens.text.Normalizer;
import io.finlens.transcript.TranscriptCases.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** One dynamic test per case in {@code cases/transcript/*.json}; see {@link TranscriptCases} for the format. */
class TranscriptCasesTest {
    private static final TranscriptReader READER = TranscriptReader.standard();

    @TestFactory
    Stream<DynamicTest> zh() {
        return TranscriptCases.load("zh.json").stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> en() {
        return TranscriptCases.load("en.json").stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    /** The case files themselves are well formed: every layout is covered, in both languages, with negatives. */
    @Test
    void caseFilesAreWellFormed() {
        List<Case> all = TranscriptCases.all();
        Set<String> layouts = new java.util.TreeSet<>();
        int negatives = 0;
        for (Case c : all) {
            assertThat(c.why()).as("why of %s", c).isNotBlank();
            if (c.expect() == null || c.expect().isNull()) {
                negatives++;
                continue;
            }
            layouts.add(c.expect().get("layout").asText());
            assertThat(c.expect().get("exchanges")).as("exchanges of %s", c).isNotNull();
            for (JsonNode e : c.expect().get("exchanges")) {
                assertThat(e.has("analyst") && e.has("firm") && e.has("speakers")).as("analyst, firm and speakers in %s", c).isTrue();
            }
        }
        assertThat(layouts).containsExactly("dash-headers", "labels", "narrated", "streetevents");
        assertThat(negatives).isGreaterThanOrEqualTo(3);
    }

    static Transcript read(String text) {
        NormalizedText t = Normalizer.normalize(text);
        return READER.read(t, Language.detect(t.text()));
    }

    static void check(Case c) {
        Transcript t = read(c.text());
        if (t != null) checkSpans(c.text(), t, c.toString());
        assertThat(read(c.text())).as("%s: a second reading", c).isEqualTo(t);
        JsonNode want = c.expect();
        if (want == null || want.isNull()) {
            assertThat(t).as("%s: no transcript expected, found %s", c, t == null ? null : describe(t)).isNull();
            return;
        }
        assertThat(t).as("%s: a transcript", c).isNotNull();
        assertThat(t.layout()).as("%s: layout", c).isEqualTo(want.get("layout").asText());
        if (want.has("participants")) {
            List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
            JsonNode ps = want.get("participants");
            for (int i = 0; i < Math.max(ps.size(), t.participants().size()); i++) {
                JsonNode p = i < ps.size() ? ps.get(i) : null;
                if (p != null) expected.add(renderParticipant(p));
                if (i < t.participants().size()) actual.add(render(t.participants().get(i), p));
            }
            assertThat(actual).as("%s: participants", c).containsExactlyElementsOf(expected);
        }
        List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
        JsonNode es = want.get("exchanges");
        for (int i = 0; i < Math.max(es.size(), t.exchanges().size()); i++) {
            JsonNode e = i < es.size() ? es.get(i) : null;
            if (e != null) expected.add(renderExchange(e));
            if (i < t.exchanges().size()) actual.add(render(t.exchanges().get(i), e, c.text()));
        }
        assertThat(actual).as("%s: exchanges%n%s", c, describe(t)).containsExactlyElementsOf(expected);
    }

    /** Every turn is a non-empty, trimmed span of the text; turns and exchanges in order; words and parts inside. */
    static void checkSpans(String text, Transcript t, String what) {
        int end = 0;
        for (Exchange e : t.exchanges()) {
            assertThat(e.question().role()).as("%s: an exchange opens with a question", what).isEqualTo(Role.ANALYST);
            for (Turn turn : e.turns()) {
                Span s = turn.span();
                assertThat(s.start()).as("%s: turn %s after the previous one", what, s).isGreaterThanOrEqualTo(end);
                assertThat(s.end()).as("%s: turn %s inside the text", what, s).isLessThanOrEqualTo(text.length());
                assertThat(s.length()).as("%s: turn %s not empty", what, s).isPositive();
                String slice = text.substring(s.start(), s.end());
                assertThat(slice).as("%s: turn %s is trimmed", what, s).isEqualTo(slice.strip());
                assertThat(s.contains(turn.words())).as("%s: words inside the turn", what).isTrue();
                for (Span p : turn.parts()) assertThat(turn.words().contains(p)).as("%s: part %s inside the words", what, p).isTrue();
                assertThat(turn.role()).isNotEqualTo(Role.OPERATOR);
                end = s.end();
            }
        }
    }

    private static String renderParticipant(JsonNode p) {
        StringBuilder b = new StringBuilder(p.get("name").asText()).append(" | ").append(p.get("role").asText());
        for (String f : List.of("title", "firm", "firm_as_written", "aliases")) {
            if (p.has(f)) b.append(" | ").append(f).append('=').append(p.get(f).isArray() ? p.get(f).toString() : p.get(f).asText(null));
        }
        return b.toString();
    }

    private static String render(Participant p, JsonNode want) {
        StringBuilder b = new StringBuilder(p.name()).append(" | ").append(p.role().code());
        if (want == null) {
            b.append(" | title=").append(p.title()).append(" | firm=").append(p.firm());
            return b.toString();
        }
        if (want.has("title")) b.append(" | title=").append(p.title());
        if (want.has("firm")) b.append(" | firm=").append(p.firm());
        if (want.has("firm_as_written")) b.append(" | firm_as_written=").append(p.firmAsWritten());
        if (want.has("aliases")) {
            StringBuilder a = new StringBuilder("[");
            for (String s : p.aliases()) a.append(a.length() > 1 ? "," : "").append('"').append(s).append('"');
            b.append(" | aliases=").append(a).append(']');
        }
        return b.toString();
    }

    private static String renderExchange(JsonNode e) {
        StringBuilder b = new StringBuilder(e.get("analyst").asText()).append(" (").append(e.get("firm").asText(null)).append(')');
        if (e.has("firm_as_written")) b.append(" as ").append(e.get("firm_as_written").asText());
        List<String> speakers = new ArrayList<>();
        for (JsonNode s : e.get("speakers")) speakers.add(s.asText());
        b.append(" ").append(speakers);
        if (e.has("topics")) {
            List<String> topics = new ArrayList<>();
            for (JsonNode x : e.get("topics")) topics.add(x.asText());
            b.append(" topics=").append(sorted(topics));
        }
        if (e.has("parts")) b.append(" parts=").append(e.get("parts").asInt());
        if (e.has("question_starts")) b.append(" starts=").append(e.get("question_starts").asText());
        if (e.has("last_turn_ends")) b.append(" ends=").append(e.get("last_turn_ends").asText());
        return b.toString();
    }

    private static String render(Exchange x, JsonNode want, String text) {
        StringBuilder b = new StringBuilder(x.analyst()).append(" (").append(x.firm()).append(')');
        if (want == null || want.has("firm_as_written")) b.append(" as ").append(x.firmAsWritten());
        b.append(" ").append(x.speakers());
        if (want == null || want.has("topics")) b.append(" topics=").append(sorted(x.topics()));
        if (want != null && want.has("parts")) b.append(" parts=").append(x.question().parts().size());
        if (want != null && want.has("question_starts")) {
            String s = want.get("question_starts").asText();
            int from = x.question().span().start();
            b.append(" starts=").append(text, from, Math.min(text.length(), from + s.length()));
        }
        if (want != null && want.has("last_turn_ends")) {
            String s = want.get("last_turn_ends").asText();
            int to = x.turns().get(x.turns().size() - 1).span().end();
            b.append(" ends=").append(text, Math.max(0, to - s.length()), to);
        }
        return b.toString();
    }

    /** Topics compare as a set: the contract gives them no order. */
    private static List<String> sorted(List<String> topics) {
        List<String> l = new ArrayList<>(topics);
        java.util.Collections.sort(l);
        return l;
    }

    private static String describe(Transcript t) {
        StringBuilder b = new StringBuilder("  layout " + t.layout() + "\n");
        for (Participant p : t.participants()) b.append("  P ").append(p).append('\n');
        for (Exchange e : t.exchanges()) b.append("  E ").append(e.analyst()).append(" (").append(e.firm()).append(") ")
                .append(e.speakers()).append(' ').append(e.topics()).append('\n');
        return b.toString();
    }
}
