package io.finlens.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.finlens.check.Derived;
import io.finlens.model.Change;
import io.finlens.model.Check;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Range;
import io.finlens.model.Span;
import io.finlens.model.Unit;
import io.finlens.transcript.Exchange;
import io.finlens.transcript.Participant;
import io.finlens.transcript.Transcript;
import io.finlens.transcript.Turn;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes an {@link Analysis} as the contract JSON ({@code shared/spec/output-format.md}): fields in a fixed
 * order, numbers as plain decimals in base units, offsets as code points into the original text. The same
 * analysis always gives the same bytes.
 */
public final class ContractJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ContractJson() {
    }

    /**
     * {@return the contract JSON, ending in a newline}
     *
     * @param a        an analysis
     * @param withText whether to include the original text (a {@code text} field), so spans can be resolved
     */
    public static String write(Analysis a, boolean withText) {
        StringWriter w = new StringWriter();
        write(a, withText, w);
        return w.toString();
    }

    /**
     * Writes the contract JSON to {@code out}, which stays open.
     *
     * @param a        an analysis
     * @param withText whether to include the original text
     * @param out      where to write
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public static void write(Analysis a, boolean withText, Writer out) {
        write(a, withText, out, true);
    }

    /**
     * {@return the contract JSON on one line, ending in a newline: a JSON Lines record (same fields, order and numbers)}
     *
     * @param a        an analysis
     * @param withText whether to include the original text
     */
    public static String writeLine(Analysis a, boolean withText) {
        StringWriter w = new StringWriter();
        write(a, withText, w, false);
        return w.toString();
    }

    private static void write(Analysis a, boolean withText, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.setPrettyPrinter(new DefaultPrettyPrinter().withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            CodePoints cp = new CodePoints(a.original());
            g.writeStartObject();
            source(g, a, cp);
            g.writeStringField("title", a.title());
            g.writeStringField("entity", a.entity());
            g.writeStringField("period", a.period().id());
            g.writeArrayFieldStart("facts");
            for (Fact f : a.facts()) fact(g, f, a.original(), cp);
            g.writeEndArray();
            g.writeArrayFieldStart("checks");
            for (Check c : a.checks()) check(g, c);
            g.writeEndArray();
            // figures a reader wants that the text does not state: computed, never facts
            g.writeArrayFieldStart("derived");
            for (Derived d : a.derived()) derived(g, d);
            g.writeEndArray();
            transcript(g, a.transcript(), cp, a);
            g.writeArrayFieldStart("issues");
            for (Issue i : a.issues()) issue(g, i, a.original(), cp);
            g.writeEndArray();
            if (withText) g.writeStringField("text", a.original());
            g.writeEndObject();
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract's {@code source}: where the text came from, its language, length in code points and charset. */
    private static void source(JsonGenerator g, Analysis a, CodePoints cp) throws IOException {
        g.writeObjectFieldStart("source");
        g.writeStringField("path", a.path());
        g.writeStringField("language", a.language().code());
        g.writeNumberField("chars", cp.length());
        g.writeStringField("charset", a.charset());
        g.writeEndObject();
    }

    /** One derived figure: marked computed, with its bounds, formula and the facts it is computed from. */
    private static void derived(JsonGenerator g, Derived d) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("computed", true);
        figure(g, d.metric(), d.segment(), d.basis(), d.entity(), d.period(), d.value(), d.unit());
        if (d.bounds() != null) pair(g, "bounds", d.bounds());
        g.writeStringField("formula", d.formula());
        strings(g, "facts", d.factIds());
        g.writeStringField("rule", d.rule());
        g.writeEndObject();
    }

    /** The fields a fact and a derived figure share, in the contract's order: what, of what, when, how much. */
    private static void figure(JsonGenerator g, String metric, String segment, String basis, String entity, Period period,
                               BigDecimal value, Unit unit) throws IOException {
        g.writeStringField("metric", metric);
        g.writeStringField("segment", segment);
        g.writeStringField("basis", basis);
        g.writeStringField("entity", entity);
        g.writeStringField("period", period.id());
        number(g, "value", value);
        g.writeStringField("unit", unit.code());
    }

    private static void issue(JsonGenerator g, Issue i, String text, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", i.code());
        g.writeStringField("message", i.message());
        if (i.span() != null) span(g, "span", i.span(), text, cp, false);
        g.writeEndObject();
    }

    /**
     * {@return its quantities as JSON, spans into the original text}
     *
     * @param a an analysis
     */
    public static String quantities(Analysis a) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withArrayIndenter(new DefaultIndenter("  ", "\n")));
            CodePoints cp = new CodePoints(a.original());
            g.writeStartObject();
            g.writeStringField("path", a.path());
            g.writeArrayFieldStart("quantities");
            for (Quantity q : a.quantities()) {
                Span o = a.text().toOriginal(q.span());
                g.writeStartObject();
                g.writeNumberField("start", cp.at(o.start()));
                g.writeNumberField("end", cp.at(o.end()));
                g.writeStringField("text", a.original().substring(o.start(), o.end()));
                number(g, "value", q.value());
                g.writeStringField("unit", q.unit().code());
                g.writeStringField("qualifier", q.qualifier() == null ? null : q.qualifier().code());
                range(g, q.range());
                if (q.approximate()) g.writeBooleanField("approximate", true);
                if (q.direction() != null) g.writeStringField("direction", q.direction().code());
                if (q.loss()) g.writeBooleanField("loss", true);
                if (q.perShare()) g.writeBooleanField("per_share", true);
                g.writeObjectFieldStart("precision");
                g.writeNumberField("scale_exponent", q.precision().scaleExponent());
                g.writeNumberField("decimals", q.precision().decimals());
                g.writeEndObject();
                g.writeStringField("rule", q.rule());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    /**
     * {@return the document's path and its contract {@code transcript} object (null when it holds no call), as JSON}
     *
     * @param a an analysis
     */
    public static String transcript(Analysis a) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("path", a.path());
            transcript(g, a.transcript(), new CodePoints(a.original()), a);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void fact(JsonGenerator g, Fact f, String text, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        figure(g, f.metric(), f.segment(), f.basis(), f.entity(), f.period(), f.value(), f.unit());
        g.writeStringField("qualifier", f.qualifier() == null ? null : f.qualifier().code());
        range(g, f.range());
        g.writeBooleanField("guidance", f.guidance());
        g.writeArrayFieldStart("changes");
        for (Change c : f.changes()) change(g, c, PLAIN);
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (Span s : f.evidence()) {
            g.writeStartObject();
            g.writeNumberField("start", cp.at(s.start()));
            g.writeNumberField("end", cp.at(s.end()));
            g.writeStringField("text", text.substring(s.start(), s.end()));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.conversion() != null) {
            Quantity c = f.conversion();
            g.writeObjectFieldStart("conversion");
            number(g, "value", c.value());
            g.writeStringField("unit", c.unit().code());
            span(g, "span", c.span(), text, cp, true);
            g.writeEndObject();
        }
        strings(g, "rules", f.rules());
        g.writeEndObject();
    }

    /**
     * The contract's {@code transcript}: participants ({@code title}, {@code firm}, {@code firm_as_written} and
     * {@code aliases} only when known), exchanges with their turns (code-point spans; {@code parts} when a question is
     * numbered) and topics; null when the document holds no call.
     */
    private static void transcript(JsonGenerator g, Transcript t, CodePoints cp, Analysis a) throws IOException {
        if (t == null) {
            g.writeNullField("transcript");
            return;
        }
        g.writeObjectFieldStart("transcript");
        g.writeStringField("layout", t.layout());
        g.writeArrayFieldStart("participants");
        for (Participant p : t.participants()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("role", p.role().code());
            if (p.title() != null) g.writeStringField("title", p.title());
            if (p.firm() != null) g.writeStringField("firm", p.firm());
            if (p.firmAsWritten() != null && !p.firmAsWritten().equals(p.firm())) g.writeStringField("firm_as_written", p.firmAsWritten());
            if (!p.aliases().isEmpty()) strings(g, "aliases", p.aliases());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("exchanges");
        for (Exchange e : t.exchanges()) {
            g.writeStartObject();
            g.writeStringField("analyst", e.analyst());
            g.writeStringField("firm", e.firm());
            if (e.firmAsWritten() != null && !e.firmAsWritten().equals(e.firm())) g.writeStringField("firm_as_written", e.firmAsWritten());
            g.writeArrayFieldStart("turns");
            for (Turn turn : e.turns()) {
                g.writeStartObject();
                g.writeStringField("speaker", turn.speaker());
                g.writeStringField("role", turn.role().code());
                g.writeNumberField("start", cp.at(turn.span().start()));
                g.writeNumberField("end", cp.at(turn.span().end()));
                turnFigures(g, turn, cp, a);
                if (!turn.parts().isEmpty()) {
                    g.writeArrayFieldStart("parts");
                    for (Span part : turn.parts()) {
                        g.writeStartObject();
                        g.writeNumberField("start", cp.at(part.start()));
                        g.writeNumberField("end", cp.at(part.end()));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "topics", e.topics());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The numbers said in a turn (quantities inside its words) and the facts stated in it, by id. */
    private static void turnFigures(JsonGenerator g, Turn turn, CodePoints cp, Analysis a) throws IOException {
        boolean open = false;
        for (Quantity q : a.quantities()) {
            Span o = a.text().toOriginal(q.span());
            if (o.start() < turn.words().start()) continue;
            if (o.end() > turn.words().end()) break;
            if (!open) {
                g.writeArrayFieldStart("quantities");
                open = true;
            }
            g.writeStartObject();
            g.writeNumberField("start", cp.at(o.start()));
            g.writeNumberField("end", cp.at(o.end()));
            g.writeStringField("text", a.original().substring(o.start(), o.end()));
            number(g, "value", q.value());
            g.writeStringField("unit", q.unit().code());
            if (q.range() != null) range(g, q.range());
            g.writeEndObject();
        }
        if (open) g.writeEndArray();
        open = false;
        for (Fact f : a.facts()) {
            boolean inTurn = false;
            for (Span e : f.evidence()) inTurn |= turn.words().contains(e);
            if (!inTurn) continue;
            if (!open) {
                g.writeArrayFieldStart("facts");
                open = true;
            }
            g.writeString(f.id());
        }
        if (open) g.writeEndArray();
    }

    private static void check(JsonGenerator g, Check c) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", c.rule());
        g.writeStringField("status", c.status().code());
        strings(g, "facts", c.factIds());
        number(g, "expected", c.expected());
        number(g, "actual", c.actual());
        g.writeStringField("message", c.message());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String name, Span s, String text, CodePoints cp, boolean withText) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("start", cp.at(s.start()));
        g.writeNumberField("end", cp.at(s.end()));
        if (withText) g.writeStringField("text", text.substring(s.start(), s.end()));
        g.writeEndObject();
    }

    /** How a writer prints a decimal: the contract's plain form, or (a stored column) another form of the same value. */
    @FunctionalInterface
    public interface Decimals {
        void write(JsonGenerator g, BigDecimal v) throws IOException;
    }

    /** The contract's decimals: plain, without exponent or trailing zeros ({@link #plain}). */
    public static final Decimals PLAIN = (g, v) -> g.writeNumber(plain(v));

    /** One change as a fact's {@code changes} array holds it, its numbers printed by {@code decimals}. */
    public static void change(JsonGenerator g, Change c, Decimals decimals) throws IOException {
        g.writeStartObject();
        g.writeStringField("basis", c.basis().code());
        if (c.value() != null) {
            g.writeFieldName("value");
            decimals.write(g, c.value());
        }
        if (c.points() != null) {
            g.writeFieldName("points");
            decimals.write(g, c.points());
        }
        if (c.range() != null) {
            g.writeArrayFieldStart("range");
            decimals.write(g, c.range().low());
            decimals.write(g, c.range().high());
            g.writeEndArray();
        }
        if (c.direction() != null) g.writeStringField("direction", c.direction().code());
        g.writeEndObject();
    }

    private static void range(JsonGenerator g, Range r) throws IOException {
        if (r == null) {
            g.writeNullField("range");
            return;
        }
        pair(g, "range", r);
    }

    /** A range as an array of its two ends: [low, high]. */
    private static void pair(JsonGenerator g, String name, Range r) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(plain(r.low()));
        g.writeNumber(plain(r.high()));
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) g.writeNullField(name);
        else {
            g.writeFieldName(name);
            g.writeNumber(plain(v));
        }
    }

    /** A plain decimal without exponent or trailing zeros: 180000000000, 0.13. */
    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }

    /** UTF-16 index → code point index, for the contract's code-point offsets. */
    static final class CodePoints {
        private final int[] prefix; // null when the text has no surrogate pairs
        private final int length;

        CodePoints(String s) {
            boolean surrogates = false;
            for (int i = 0; i < s.length() && !surrogates; i++) surrogates = Character.isHighSurrogate(s.charAt(i));
            if (!surrogates) {
                prefix = null;
                length = s.length();
            } else {
                prefix = new int[s.length() + 1];
                int cp = 0;
                for (int i = 0; i < s.length(); i++) {
                    prefix[i] = cp;
                    if (!(Character.isLowSurrogate(s.charAt(i)) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) cp++;
                }
                prefix[s.length()] = cp;
                length = cp;
            }
        }

        int at(int utf16) {
            return prefix == null ? utf16 : prefix[utf16];
        }

        int length() {
            return length;
        }
    }
}
