package io.finlens.cli;

import io.finlens.store.Series;
import io.finlens.store.SeriesQuery;
import io.finlens.store.StoreCsv;
import io.finlens.store.StoreJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"One value per period for a company's metric across stored documents: the source of each value,",
                "values other documents state differently (conflicts), and YoY computed from the stored year-earlier value next to the stated one."})
final class SeriesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--entity", required = true, paramLabel = "NAME", description = "The company, under any name (腾讯, Tencent).")
    String entity;

    @Option(names = "--metric", required = true, paramLabel = "ID", description = "The metric id (revenue, net_income, mau, ...).")
    String metric;

    @Option(names = "--segment", paramLabel = "NAME", description = "A segment as written (增值服务); default: the whole company.")
    String segment;

    @Option(names = "--basis", paramLabel = "B", description = "reported (default), non-gaap or consensus.")
    String basis;

    @Option(names = "--kind", paramLabel = "K", description = "The period kind: quarter, half, nine_months, year, month or instant. Default: the kind most values come in (a series never mixes kinds).")
    String kind;

    @Option(names = "--unit", paramLabel = "U", description = "The unit (CNY, USD, count, ratio). Default: the unit most values of the kind come in (a series never mixes units).")
    String unit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SeriesQuery q = new SeriesQuery(entity, metric, segment, basis, unit, kind);
        Series s;
        try (StoreReader lib = store.reader(spec.commandLine())) {
            s = lib.series(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case json -> out.print(StoreJson.series(s));
            case csv -> {
                out.print(StoreCsv.line("entity_id", "metric", "segment", "basis", "unit", "kind", "period", "period_end", "value", "pick", "sources",
                        "stated_yoy", "computed_yoy", "yoy_check", "doc_id", "document", "fact_id", "conflicts"));
                for (Series.Point p : s.points()) {
                    out.print(StoreCsv.line(s.entityId(), s.metric(), s.segment(), s.basis(), s.unit(), s.kind(), p.period(),
                            io.finlens.store.Periods.parse(p.period()).end(), p.value(), p.pick(),
                            p.sources(), p.statedYoy(), p.computedYoy(), p.yoyCheck(), p.docId(), p.docName(), p.factId(), conflicts(p, Integer.MAX_VALUE)));
                }
            }
            case table -> {
                out.println(s.entityName() + " (" + s.entityId() + ") " + s.metric() + (s.segment() == null ? "" : " · " + s.segment())
                        + (s.basis() == null ? "" : " · " + s.basis()) + (s.kind() == null ? "" : " · " + s.kind()) + (s.unit() == null ? "" : " · " + s.unit()));
                TextTable t = new TextTable("period", "value", "yoy stated", "yoy computed", "check", "pick", "src", "document", "conflicts")
                        .right("value", "yoy stated", "yoy computed", "src");
                for (Series.Point p : s.points()) {
                    t.add(p.period(), p.value(), p.statedYoy(), p.computedYoy(), p.yoyCheck() == null ? "" : p.yoyCheck().equals("pass") ? "✓" : "✗",
                            p.pick(), p.sources(), p.docName() + " " + p.factId(), conflicts(p, 2));
                }
                out.print(t.render());
                if (s.points().isEmpty()) out.println("no stored values (try: finlens facts --entity " + entity + " --metric " + metric + ")");
                if (s.note() != null) out.println(s.note());
            }
        }
        out.flush();
        return 0;
    }

    /** The conflicting values, at most {@code max} of them spelled out (then "+N more": --format json lists all). */
    private static String conflicts(Series.Point p, int max) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Series.Candidate c : p.conflicts()) {
            if (n++ == max) {
                b.append("; +").append(p.conflicts().size() - max).append(" more");
                break;
            }
            if (!b.isEmpty()) b.append("; ");
            b.append(c.value().toPlainString()).append(" in ").append(c.docName()).append(' ').append(c.factId());
        }
        return b.toString();
    }
}
