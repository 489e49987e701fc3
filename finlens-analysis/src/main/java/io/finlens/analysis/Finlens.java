package io.finlens.analysis;

import io.finlens.text.Regex;
import io.finlens.fact.FactExtractor;
import io.finlens.model.Change;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Period;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import io.finlens.quantity.QuantityRecognizer;
import io.finlens.text.Language;
import io.finlens.text.Document;
import io.finlens.text.NormalizedText;
import io.finlens.text.Normalizer;
import io.finlens.transcript.Transcript;
import io.finlens.transcript.TranscriptReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one facade: bytes or text in, an {@link Analysis} out. Stages run in order: decode → normalize (with
 * an offset map) → quantities → facts → transcript → checks. Text never makes it throw: a stage that fails on strange input
 * leaves its partial result and an {@link Issue}.
 *
 * <p>Thread-safe: an instance holds only immutable word lists and rules, built once by the constructor (which loads
 * them: create one and keep it). Any number of threads may call {@link #analyze} on one instance at the same time.
 *
 * <pre>{@code
 * Finlens finlens = new Finlens();
 * Analysis a = finlens.analyze("q2.txt", Files.readAllBytes(Path.of("q2.txt")));
 * for (Fact f : a.facts()) System.out.println(f.metric() + " " + f.period().id() + " " + f.value());
 * }</pre>
 */
public final class Finlens {
    private final QuantityRecognizer quantities = QuantityRecognizer.standard();
    private final FactExtractor facts = new FactExtractor();
    private final TranscriptReader transcripts = TranscriptReader.standard();
    private final io.finlens.check.Checks checks = io.finlens.check.Checks.standard();
    private final boolean factsOnly;

    /** The whole pipeline: loads the word lists and rules (a fraction of a second; share the instance). */
    public Finlens() {
        this(false);
    }

    private Finlens(boolean factsOnly) {
        this.factsOnly = factsOnly;
    }

    /**
     * Only decode, normalize, quantities and facts: no transcript, no checks (for measuring the core alone).
     *
     * @return a facade that skips the transcript and the checks
     */
    public static Finlens factsOnly() {
        return new Finlens(true);
    }

    /**
     * Analyzes raw document bytes: plain text or Markdown (encoding detected), HTML, PDF or DOCX (kind found by
     * content). For HTML, PDF and DOCX the extracted text is the document's original text: evidence spans point into it.
     *
     * @param path  the document's name, reported in the analysis (not opened: pass the bytes)
     * @param bytes the document's bytes
     * @return what the document says; never throws for bad text (see {@link Analysis#issues()})
     * @throws NullPointerException when {@code path} or {@code bytes} is null
     */
    public Analysis analyze(String path, byte[] bytes) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        io.finlens.input.ReadDocument d = io.finlens.input.DocumentReader.read(path, bytes);
        // a reader's issue whose span does not lie in the text it read points nowhere: at the start instead
        List<Issue> read = d.issues().stream().map(i -> i.span() == null || i.span().end() <= d.text().length() ? i
                : new Issue(new Span(0, 0), i.code(), i.message())).toList();
        return analyze(path, d.text(), d.charset(), read);
    }

    /**
     * Analyzes text already decoded.
     *
     * @param path the document's name, reported in the analysis
     * @param text the document's text
     * @return what the text says; never throws for bad text (see {@link Analysis#issues()})
     * @throws NullPointerException when {@code path} or {@code text} is null
     */
    public Analysis analyze(String path, String text) {
        return analyze(path, text, "UTF-16", List.of());
    }

    private Analysis analyze(String path, String original, String charset, List<Issue> decodeIssues) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(original, "text");
        List<Issue> issues = new ArrayList<>(decodeIssues);
        Document document = Document.of(Normalizer.normalize(original));
        NormalizedText nt = document.text();
        Language lang = Language.detect(nt.text());
        List<Quantity> qs = List.of();
        try {
            qs = quantities.recognize(nt);
        } catch (RuntimeException e) {
            issues.add(new Issue(new Span(0, 0), "quantity.failed", "quantity recognition stopped: " + e));
        }
        String title = "";
        String entity = "unknown";
        Period period = new Period.Year(2000);
        io.finlens.fact.table.FiscalCalendar calendar = null;
        List<Fact> fs = List.of();
        try {
            FactExtractor.Result r = facts.extract(document, qs, lang == Language.ZH);
            title = title(document);
            entity = asWritten(nt, r.entity());
            period = r.period();
            calendar = r.calendar();
            fs = toOriginal(r.facts(), nt);
            for (Issue i : r.issues()) issues.add(new Issue(i.span() == null ? null : nt.toOriginal(i.span()), i.code(), i.message()));
        } catch (RuntimeException e) {
            issues.add(new Issue(new Span(0, 0), "fact.failed", "fact linking stopped: " + e));
        }
        try {
            // table rows (one line each, cells split by TABs, as the HTML and PDF readers give them): spans into the original
            io.finlens.fact.table.TableFacts.Result tr = io.finlens.fact.table.TableFacts.readStandard(document, entity, period, calendar,
                    lang == Language.ZH);
            fs = io.finlens.fact.table.TableFacts.merge(fs, tr);
            issues.addAll(tr.issues());
        } catch (RuntimeException e) {
            issues.add(new Issue(new Span(0, 0), "table.failed", "table reading stopped: " + e));
        }
        Transcript transcript = null;
        try {
            if (!factsOnly) transcript = transcripts.read(nt, lang);
        } catch (RuntimeException e) {
            issues.add(new Issue(new Span(0, 0), "transcript.failed", "transcript reading stopped: " + e));
        }
        List<io.finlens.model.Check> cs = List.of();
        List<io.finlens.check.Derived> derived = List.of();
        if (!factsOnly) {
            try {
                io.finlens.check.CheckResult cr = checks.run(fs, document);
                cs = cr.checks();
                derived = cr.derived();
                issues.addAll(cr.issues());
            } catch (RuntimeException e) {
                issues.add(new Issue(new Span(0, 0), "check.failed", "checks stopped: " + e));
            }
        }
        return new Analysis(path, lang, charset, document, title, entity, period, qs, fs, cs, issues, transcript, derived);
    }

    /** The document's title line (see {@link Document#title()}) as the original writes it, without Markdown heading marks. */
    private static String title(Document document) {
        Span t = document.toOriginal(document.title());
        return Regex.replaceFirst(document.original().substring(t.start(), t.end()), "^\\s*#+\\s*", "").strip();
    }

    /**
     * A name as the original writes it: normalization folds traditional characters (嘉禾國際 is read as 嘉禾国际), but the
     * document's company is reported in its own characters.
     */
    private static String written(Map<String, String> cache, NormalizedText nt, String name) {
        if (name == null) return null;
        return cache.computeIfAbsent(name, n -> asWritten(nt, n));
    }

    private static String asWritten(NormalizedText nt, String name) {
        if (name == null || name.isEmpty()) return name;
        int at = nt.text().indexOf(name);
        if (at < 0) return name;
        Span sp = nt.toOriginal(new Span(at, at + name.length()));
        String written = nt.original().substring(sp.start(), sp.end());
        return written.length() == name.length() ? written : name;
    }

    private static List<Fact> toOriginal(List<Fact> facts, NormalizedText nt) {
        List<Fact> out = new ArrayList<>(facts.size());
        // each name looked up once: a name the text does not hold would otherwise be searched for in all of it per fact
        Map<String, String> written = new HashMap<>();
        for (Fact f : facts) {
            List<Span> ev = new ArrayList<>();
            for (Span s : f.evidence()) ev.add(nt.toOriginal(s));
            List<Change> ch = new ArrayList<>();
            for (Change c : f.changes()) {
                ch.add(new Change(c.basis(), c.value(), c.points(), c.range(), c.direction(),
                        c.span() == null ? null : nt.toOriginal(c.span())));
            }
            Quantity conv = f.conversion() == null ? null : f.conversion().withSpan(nt.toOriginal(f.conversion().span()));
            out.add(new Fact(f.id(), written(written, nt, f.entity()), f.metric(), written(written, nt, f.segment()), f.basis(), f.period(), f.value(), f.unit(),
                    f.qualifier(), f.range(), f.guidance(), ch, ev, f.rules(), conv, f.precision()));
        }
        return out;
    }
}
