package io.finlens.cli;

import io.finlens.store.FactQuery;
import io.finlens.store.StoreJson;
import io.finlens.store.StoredFact;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "facts", mixinStandardHelpOptions = true, description = "List stored facts, filtered by entity, metric, segment, basis and period range.")
final class FactsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    Filters filters;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N facts (0: all). Default: ${DEFAULT-VALUE}")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The fact filters facts and export share. */
    static final class Filters {
        @Option(names = "--entity", paramLabel = "NAME", description = "A company under any name (腾讯, Tencent, 腾讯控股).")
        String entity;

        @Option(names = "--metric", paramLabel = "ID", description = "A metric id (revenue, net_income, mau, ...).")
        String metric;

        @Option(names = "--segment", paramLabel = "NAME", description = "A segment as written (增值服务), or - for whole-company figures.")
        String segment;

        @Option(names = "--basis", paramLabel = "B", description = "reported, non-gaap or consensus.")
        String basis;

        @Option(names = "--from", paramLabel = "PERIOD", description = "First period (2024Q1, FY2024, 2025H1...), by period end.")
        String from;

        @Option(names = "--to", paramLabel = "PERIOD", description = "Last period, by period end.")
        String to;

        @Option(names = "--guidance", negatable = true, description = "Only targets and outlooks (--no-guidance: only results).")
        Boolean guidance;

        @Option(names = "--doc", paramLabel = "ID", description = "One document (its id).")
        String doc;

        @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N facts (paging). Default: ${DEFAULT-VALUE}")
        int offset;

        FactQuery query(int limit) {
            return new FactQuery(entity, metric, segment, basis, from, to, guidance, doc, limit, offset);
        }
    }

    @Override
    public Integer call() {
        FactQuery q = filters.query(limit);
        List<StoredFact> facts;
        try (StoreReader lib = store.reader(spec.commandLine())) {
            facts = lib.facts(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case json -> out.print(StoreJson.facts(facts));
            case csv -> out.print(csv(facts));
            case table -> {
                TextTable t = new TextTable("entity", "metric", "segment", "basis", "period", "value", "unit", "yoy", "doc", "fact", "evidence")
                        .right("value", "yoy");
                for (StoredFact f : facts) {
                    t.add(f.entityId(), f.metric() + (f.guidance() ? " (guidance)" : ""), f.segment(), f.basis(), f.period(), f.value(), f.unit(),
                            f.yoy() != null ? f.yoy() : f.yoyPoints() != null ? f.yoyPoints() + "pt" : null, f.docId(), f.factId(),
                            TextTable.cut(f.evidenceText(), 40));
                }
                out.print(t.render());
                out.println(facts.size() + " facts");
            }
        }
        out.flush();
        return 0;
    }

    static String csv(List<StoredFact> facts) {
        StringWriter w = new StringWriter();
        try {
            io.finlens.store.StoreCsv.facts(facts, w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
