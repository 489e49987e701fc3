package io.finlens.spark;

import io.finlens.analysis.Analysis;
import io.finlens.search.Passage;
import io.finlens.store.Entities;
import io.finlens.store.Prepared;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One analyzed document ({@link Prepared}, the rows the embedded store writes) as the rows of the job's datasets. */
final class Rows {
    private Rows() {
    }

    /** The {@link Datasets#ANALYZED} row of a document the store would store. */
    static Row analyzed(Prepared p) {
        Analysis a = p.analysis();
        String lang = a.language().code();
        LocalDate docEnd = a.period().end();
        Object[] doc = {p.id(), p.name(), lang, a.charset(), a.title(), a.entity(), p.entityId(), a.period().id(), docEnd,
                a.original().codePointCount(0, a.original().length()), p.bytes(), p.facts().size(), p.checks().size(),
                p.exchanges(), a.original(), p.contract(), year(docEnd)};
        List<Row> facts = new ArrayList<>(p.facts().size());
        for (Prepared.FactRow r : p.facts()) {
            facts.add(RowFactory.create(p.id(), r.factId(), r.entity(), r.entityId(), r.metric(), r.segment(), r.basis(),
                    r.period(), r.periodKind(), r.periodEnd(), dec(r.value()), dec(r.tolerance()), r.unit(), r.qualifier(),
                    dec(r.rangeLow()), dec(r.rangeHigh()), r.guidance(), dec(r.yoy()), dec(r.yoyPoints()), dec(r.qoq()),
                    r.changes(), r.evidenceCount(), r.evidenceStart(), r.evidenceEnd(), r.evidenceText(), r.rules(),
                    p.name(), a.period().id(), docEnd, lang, year(r.periodEnd())));
        }
        List<Row> checks = new ArrayList<>(p.checks().size());
        for (Prepared.CheckRow r : p.checks()) {
            checks.add(RowFactory.create(p.id(), r.idx(), r.rule(), r.status(), r.factIds(), dec(r.expected()),
                    dec(r.actual()), r.message(), lang));
        }
        List<Row> turns = new ArrayList<>(p.turns().size());
        for (Prepared.TurnRow r : p.turns()) {
            turns.add(RowFactory.create(p.id(), r.exchange(), r.turn(), r.analyst(), r.firm(), r.speaker(), r.role(),
                    r.start(), r.end(), r.topics(), lang));
        }
        List<Row> aliases = new ArrayList<>(p.declarations().size());
        for (Entities.Declaration d : p.declarations()) {
            aliases.add(RowFactory.create(Entities.key(d.alias()), d.alias(), d.id(), p.id()));
        }
        return RowFactory.create(RowFactory.create(doc), seq(facts), seq(checks), seq(turns), seq(aliases),
                seq(passages(p.id(), a.original(), p.passages())), null);
    }

    /** The {@link Datasets#ANALYZED} row of a document not analyzed. */
    static Row issue(String id, String name, long bytes, String reason, String message) {
        return RowFactory.create(null, seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()),
                RowFactory.create(id, name, bytes, reason, message));
    }

    /** Passages with their spans in code points (counted on from one passage to the next, as they come in text order). */
    private static List<Row> passages(String docId, String text, List<Passage> passages) {
        List<Row> out = new ArrayList<>(passages.size());
        int at = 0;
        int atCp = 0;
        int idx = 0;
        for (Passage g : passages) {
            if (g.start() < at) {
                at = 0;
                atCp = 0;
            }
            int startCp = atCp + text.codePointCount(at, g.start());
            int endCp = startCp + text.codePointCount(g.start(), g.end());
            at = g.end();
            atCp = endCp;
            out.add(RowFactory.create(docId, idx++, g.entityId(), g.period(), g.document(), g.kind(), g.exchange(),
                    g.speaker(), g.role(), g.firm(), seq(g.topics()), startCp, endCp, g.text(), seq(g.aliases()), g.language()));
        }
        return out;
    }

    /** Spark's rows hold arrays as Scala sequences. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list);
    }

    private static BigDecimal dec(BigDecimal v) {
        return Prepared.decimal(v);
    }

    private static int year(LocalDate d) {
        return d == null ? 0 : d.getYear();
    }
}
