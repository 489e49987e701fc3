package io.finlens.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.analysis.Analysis;
import io.finlens.analysis.ContractJson;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Check;
import io.finlens.model.Fact;
import io.finlens.model.Span;
import io.finlens.transcript.Exchange;
import io.finlens.transcript.Turn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * One analyzed document turned into the rows the store writes, built in an analysis worker so the writer thread only
 * appends. Rows hold the contract's values (offsets in code points, a fact's changes array as the contract states it;
 * {@link ContractParts}), made from the analysis records rather than by reading the written contract back. Public for
 * the adapters that write the same rows elsewhere (the Spark job's Parquet datasets): {@link #analyze} makes one
 * outside any store.
 */
public record Prepared(String id, String name, Analysis analysis, String entityId, byte[] contract, int bytes,
                List<FactRow> facts, List<CheckRow> checks, List<TurnRow> turns, List<Entities.Declaration> declarations,
                List<io.finlens.search.Passage> passages) {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A row of the {@code facts} table (without the document's columns). */
    public record FactRow(String factId, String entity, String entityId, String metric, String segment, String basis, String period,
                   String periodKind, java.time.LocalDate periodEnd, BigDecimal value, BigDecimal tolerance, String unit,
                   String qualifier, BigDecimal rangeLow, BigDecimal rangeHigh, boolean guidance, BigDecimal yoy,
                   BigDecimal yoyPoints, BigDecimal qoq, String changes, int evidenceCount, int evidenceStart,
                   int evidenceEnd, String evidenceText, String rules) {
    }

    /** A row of the {@code checks} table. */
    public record CheckRow(int idx, String rule, String status, String factIds, BigDecimal expected, BigDecimal actual, String message) {
    }

    /** A row of the {@code turns} table; offsets are code points. */
    public record TurnRow(int exchange, int turn, String analyst, String firm, String speaker, String role, int start, int end, String topics) {
    }

    /**
     * Analyzes one document outside any store, as an ingest would: refused ({@link Admission.RefusedException}) when
     * over {@link Admission#MAX_BYTES}, empty, unreadable or out of memory. Entities are resolved with the lexicon and
     * the document's own declarations only (a store learns the declarations of all its documents and resolves again
     * when it loads the rows).
     */
    public static Prepared analyze(io.finlens.analysis.Finlens finlens, String name, byte[] bytes) {
        java.util.Objects.requireNonNull(finlens, "finlens");
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(bytes, "bytes");
        Admission.Refused refused = Admission.checkSize(name, bytes.length);
        if (refused != null) throw refused.exception();
        try {
            Analysis a = finlens.analyze(name, bytes);
            refused = Admission.check(name, a);
            if (refused != null) throw refused.exception();
            return of(contentId(bytes), name, bytes.length, a, Entities.standardLexicon().fresh());
        } catch (OutOfMemoryError e) {
            throw Admission.outOfMemory(name, bytes.length).exception();
        }
    }

    /** The content id of some bytes: the first 16 hex digits of their SHA-256 (a document's id in every store). */
    public static String contentId(byte[] bytes) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Prepared of(String id, String name, int bytes, Analysis a, Entities entities) {
        List<Entities.Declaration> decls = entities.declarations(a.original());
        for (Entities.Declaration d : decls) entities.learn(d.alias(), d.id());
        String entityId = entities.resolve(a.entity());
        String json = ContractJson.write(a, false);
        ContractParts.CodePoints cp = new ContractParts.CodePoints(a.original());
        return new Prepared(id, name, a, entityId, deflate(json), bytes, factRows(a, entities, cp), checkRows(a), turnRows(a, cp), decls,
                io.finlens.search.Passages.of(id, entityId, a));
    }

    /** The fact rows, with the contract's values: offsets in code points, the changes array as the contract states it. */
    static List<FactRow> factRows(Analysis a, Entities entities, ContractParts.CodePoints cp) {
        List<FactRow> facts = new ArrayList<>(a.facts().size());
        for (Fact f : a.facts()) {
            BigDecimal yoy = null, yoyPoints = null, qoq = null;
            for (Change c : f.changes()) {
                if (c.basis() == ChangeBasis.YOY && c.value() != null && yoy == null) yoy = c.value();
                if (c.basis() == ChangeBasis.YOY && c.points() != null && yoyPoints == null) yoyPoints = c.points();
                if (c.basis() == ChangeBasis.QOQ && c.value() != null && qoq == null) qoq = c.value();
            }
            String fe = f.entity() == null ? a.entity() : f.entity();
            Span first = f.evidence().get(0);
            facts.add(new FactRow(f.id(), fe, entities.resolve(fe), f.metric(), f.segment(), f.basis(), f.period().id(),
                    Periods.kind(f.period()), f.period().end(), f.value(), f.precision() == null ? null : f.precision().halfUnit(),
                    f.unit().code(), f.qualifier() == null ? null : f.qualifier().code(),
                    f.range() == null ? null : f.range().low(), f.range() == null ? null : f.range().high(), f.guidance(),
                    yoy, yoyPoints, qoq, ContractParts.changes(f.changes()), f.evidence().size(), cp.at(first.start()),
                    cp.at(first.end()), a.original().substring(first.start(), first.end()), String.join(",", f.rules())));
        }
        return facts;
    }

    private static List<CheckRow> checkRows(Analysis a) {
        List<CheckRow> checks = new ArrayList<>(a.checks().size());
        int ci = 0;
        for (Check c : a.checks()) {
            checks.add(new CheckRow(ci++, c.rule(), c.status().code(), String.join(",", c.factIds()), c.expected(), c.actual(), c.message()));
        }
        return checks;
    }

    /** The transcript's turns, offsets in code points. */
    static List<TurnRow> turnRows(Analysis a, ContractParts.CodePoints cp) {
        List<TurnRow> turns = new ArrayList<>();
        if (a.transcript() == null) return turns;
        int ei = 0;
        for (Exchange e : a.transcript().exchanges()) {
            int ti = 0;
            for (Turn t : e.turns()) {
                turns.add(new TurnRow(ei, ti, e.analyst(), e.firm(), t.speaker(), t.role().code(),
                        cp.at(t.span().start()), cp.at(t.span().end()), String.join(",", e.topics())));
                ti++;
            }
            ei++;
        }
        return turns;
    }

    private static final BigDecimal MAX_DECIMAL = new BigDecimal("1e28");

    /** A value as the store's {@code DECIMAL(38,10)} columns hold it: ten decimals, null when absent or too large (|v| &gt;= 1e28). */
    public static BigDecimal decimal(BigDecimal v) {
        if (v == null || v.abs().compareTo(MAX_DECIMAL) >= 0) return null;
        return v.setScale(10, java.math.RoundingMode.HALF_EVEN);
    }

    /** The Q&amp;A exchanges of the document's transcript (0 without one). */
    public int exchanges() {
        return analysis.transcript() == null ? 0 : analysis.transcript().exchanges().size();
    }

    /** The deflated UTF-8 bytes of a string (the stored contract). */
    public static byte[] deflate(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 4 + 64);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
            d.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    /** The string {@link #deflate} deflated. */
    public static String inflate(byte[] b) {
        try (InflaterInputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(b))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
