package io.finlens.store;

import com.fasterxml.jackson.core.JsonGenerator;
import io.finlens.model.Period;
import io.finlens.text.Tsv;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * xBRL-JSON 1.0 (OIM, https://www.xbrl.org/Specification/xbrl-json/REC-2021-10-13/xbrl-json-REC-2021-10-13.html).
 *
 * <p>Each company's figures take the concepts of the standard it reports under ({@code reporters.tsv}: {@code us-gaap}
 * for US GAAP reporters, {@code ifrs-full} otherwise; a company not listed there counts as a US GAAP reporter for USD
 * figures), and the {@code finlens} extension for what that taxonomy lacks (operating metrics, ratios, non-GAAP and
 * consensus figures, changes). Every prefix used is declared in {@code namespaces}, and every taxonomy used is named in
 * {@code taxonomy}. The entity is {@code ticker:SYMBOL} where the ticker is known, else {@code fle:ENTITY_ID}. A range
 * becomes two facts on {@code finlens:RangeAxis} (low and high member); a fact stating only a change (up 15%) becomes
 * the change's fact ({@code finlens:RevenueChangeYoy}, a pure number); segments are the typed
 * {@code finlens:SegmentAxis}, guidance is {@code finlens:ScenarioAxis = finlens:GuidanceMember}.
 */
final class XbrlJson {
    static final String DOCUMENT_TYPE = "https://xbrl.org/2021/xbrl-json";
    /** The namespaces every export declares. */
    static final Map<String, String> NAMESPACES;
    /** Each taxonomy's entry point, named in {@code taxonomy} when its prefix is used. */
    static final Map<String, String> ENTRY_POINTS = Map.of(
            "ifrs-full", "https://xbrl.ifrs.org/taxonomy/2024-03-27/full_ifrs_entry_point_2024-03-27.xsd",
            "us-gaap", "https://xbrl.fasb.org/us-gaap/2024/entire/us-gaap-entryPoint-std-2024.xsd",
            "finlens", "https://finlens.io/xbrl/2025/finlens-2025.xsd");
    static {
        Map<String, String> ns = new LinkedHashMap<>();
        ns.put("xbrl", "https://xbrl.org/2021");
        ns.put("xbrli", "http://www.xbrl.org/2003/instance");
        ns.put("iso4217", "http://www.xbrl.org/2003/iso4217");
        ns.put("ifrs-full", "https://xbrl.ifrs.org/taxonomy/2024-03-27/ifrs-full");
        ns.put("us-gaap", "http://fasb.org/us-gaap/2024");
        ns.put("finlens", "https://finlens.io/xbrl/2025");
        ns.put("ticker", "https://finlens.io/scheme/ticker");
        ns.put("fle", "https://finlens.io/entity");
        NAMESPACES = java.util.Collections.unmodifiableMap(ns);
    }

    /** A company's ticker and standard, from {@code reporters.tsv}. */
    record Reporter(String ticker, String standard) {
    }

    private static final Map<String, String[]> CONCEPTS = loadConcepts();
    private static final Map<String, Reporter> REPORTERS = loadReporters();

    private XbrlJson() {
    }

    private static Map<String, String[]> loadConcepts() {
        Map<String, String[]> m = new HashMap<>();
        for (Tsv.Row r : Tsv.load(XbrlJson.class, "concepts.tsv", 3, 3)) {
            String id = r.get(0).strip();
            if (!id.matches("[a-z][a-z0-9_]*")) throw r.error("not a metric id: " + id);
            for (int i = 1; i <= 2; i++) {
                String c = r.get(i).strip();
                if (!c.equals("-") && !c.matches("[A-Z][A-Za-z0-9]*")) throw r.error("not a concept name: " + c);
            }
            if (m.put(id, new String[] {r.get(1).strip(), r.get(2).strip()}) != null) throw r.error("duplicate metric " + id);
        }
        return m;
    }

    private static Map<String, Reporter> loadReporters() {
        Map<String, Reporter> m = new HashMap<>();
        for (Tsv.Row r : Tsv.load(XbrlJson.class, "reporters.tsv", 3, 3)) {
            String ticker = r.get(1).strip();
            String standard = r.get(2).strip();
            if (!ticker.matches("[A-Z0-9]+(\\.[A-Z]{1,3})?")) throw r.error("not a ticker: " + ticker);
            if (!standard.equals("us-gaap") && !standard.equals("ifrs-full")) throw r.error("standard must be us-gaap or ifrs-full: " + standard);
            if (m.put(r.get(0).strip(), new Reporter(ticker, standard)) != null) throw r.error("duplicate entity " + r.get(0));
        }
        return m;
    }

    /** The standard a fact's company reports under: its listed one, else us-gaap for USD figures and ifrs-full otherwise. */
    static String standard(StoredFact f) {
        Reporter r = f.entityId() == null ? null : REPORTERS.get(f.entityId());
        if (r != null) return r.standard();
        return "USD".equals(f.unit()) ? "us-gaap" : "ifrs-full";
    }

    /** The entity as an OIM SQName: {@code ticker:GOOGL} when the ticker is known, else {@code fle:ENTITY_ID}. */
    static String entity(StoredFact f) {
        String id = f.entityId() == null || f.entityId().isBlank() ? "unknown" : f.entityId().replaceAll("\\s+", "_");
        Reporter r = REPORTERS.get(id);
        return r != null ? "ticker:" + r.ticker() : "fle:" + id;
    }

    /** The concept of a figure: its standard's concept for a reported figure where one exists, else {@code finlens:UpperCamel}. */
    static String concept(StoredFact f) {
        String camel = camel(f.metric());
        if ("non-gaap".equals(f.basis())) return "finlens:NonGaap" + camel;
        if ("consensus".equals(f.basis())) return "finlens:Consensus" + camel;
        String[] c = CONCEPTS.get(f.metric());
        String standard = standard(f);
        String name = c == null ? "-" : standard.equals("us-gaap") ? c[1] : c[0];
        return name.equals("-") ? "finlens:" + camel : standard + ":" + name;
    }

    static String camel(String metric) {
        StringBuilder b = new StringBuilder();
        for (String part : metric.split("_")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    static String unit(StoredFact f) {
        String u = f.unit();
        if (u.matches("[A-Z]{3}")) return f.metric().equals("eps") || f.metric().endsWith("_per_share") ? "iso4217:" + u + "/xbrli:shares" : "iso4217:" + u;
        return switch (u) {
            case "ratio", "number" -> "xbrli:pure";
            case "count" -> f.metric().startsWith("shares") ? "xbrli:shares" : "xbrli:pure";
            default -> "finlens:" + u;
        };
    }

    /** An OIM period: {@code 2025-04-01T00:00:00/2025-07-01T00:00:00} for a duration, the next midnight for an instant. */
    static String period(String id) {
        Period p = Periods.parse(id);
        String end = p.end().plusDays(1) + "T00:00:00";
        if (p instanceof Period.Instant) return end;
        return Periods.start(p) + "T00:00:00/" + end;
    }

    /** OIM decimals of a stated precision: 10000000 → -7, 0.001 → 3; null when exact. */
    static Integer decimals(BigDecimal precision) {
        if (precision == null || precision.signum() <= 0) return null;
        BigDecimal p = precision.stripTrailingZeros();
        return -(p.precision() - p.scale() - 1);
    }

    /** One OIM fact to write: its id suffix, concept, value, unit, decimals and the extra dimensions. */
    private record Out(String suffix, String concept, BigDecimal value, String unit, Integer decimals, Map<String, String> dims) {
    }

    /** The OIM facts of one stored fact: one for a value, two for a range, the change's for a fact stating only a change. */
    static List<Out> facts(StoredFact f) {
        Map<String, String> dims = new TreeMap<>();
        if (f.segment() != null) dims.put("finlens:SegmentAxis", f.segment());
        if (f.guidance()) dims.put("finlens:ScenarioAxis", "finlens:GuidanceMember");
        Integer dec = decimals(f.precision());
        if (f.value() != null) return List.of(new Out("", concept(f), f.value(), unit(f), dec, dims));
        if (f.rangeLow() != null) return range("", concept(f), f.rangeLow(), f.rangeHigh(), unit(f), dec, dims);
        String change = "finlens:" + camel(f.metric()) + (f.basis() == null ? "" : camel(f.basis().replace('-', '_')));
        if (f.yoy() != null) return List.of(new Out("-yoy", change + "ChangeYoy", f.yoy(), "xbrli:pure", null, dims));
        if (f.yoyLow() != null) return range("-yoy", change + "ChangeYoy", f.yoyLow(), f.yoyHigh(), "xbrli:pure", null, dims);
        if (f.yoyPoints() != null) return List.of(new Out("-yoy-points", change + "ChangeYoyPercentagePoints", f.yoyPoints(), "xbrli:pure", null, dims));
        if (f.qoq() != null) return List.of(new Out("-qoq", change + "ChangeQoq", f.qoq(), "xbrli:pure", null, dims));
        return List.of(); // a direction without a figure (grew, declined) has no number to report
    }

    private static List<Out> range(String suffix, String concept, BigDecimal low, BigDecimal high, String unit, Integer dec, Map<String, String> dims) {
        Map<String, String> lo = new TreeMap<>(dims);
        lo.put("finlens:RangeAxis", "finlens:RangeLowMember");
        Map<String, String> hi = new TreeMap<>(dims);
        hi.put("finlens:RangeAxis", "finlens:RangeHighMember");
        return List.of(new Out(suffix + "-low", concept, low, unit, dec, lo), new Out(suffix + "-high", concept, high, unit, dec, hi));
    }

    static void write(List<StoredFact> facts, Writer w) throws IOException {
        Map<String, List<Out>> all = new LinkedHashMap<>();
        java.util.Set<String> prefixes = new java.util.TreeSet<>(List.of("xbrl", "xbrli", "finlens"));
        for (StoredFact f : facts) {
            List<Out> outs = facts(f);
            all.put("f-" + f.docId() + "-" + f.factId(), outs);
            for (Out o : outs) {
                prefixes.add(prefix(o.concept()));
                for (String u : o.unit().split("/")) prefixes.add(prefix(u));
                prefixes.add(prefix(entity(f)));
            }
        }
        try (JsonGenerator g = Exporter.generator(w)) {
            g.writeStartObject();
            g.writeObjectFieldStart("documentInfo");
            g.writeStringField("documentType", DOCUMENT_TYPE);
            g.writeObjectFieldStart("namespaces");
            for (Map.Entry<String, String> e : NAMESPACES.entrySet()) if (prefixes.contains(e.getKey())) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeArrayFieldStart("taxonomy");
            for (String t : List.of("us-gaap", "ifrs-full", "finlens")) if (prefixes.contains(t)) g.writeString(ENTRY_POINTS.get(t));
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("facts");
            int i = 0;
            for (Map.Entry<String, List<Out>> e : all.entrySet()) {
                for (Out o : e.getValue()) write(g, e.getKey() + o.suffix(), o, facts.get(i));
                i++;
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        w.write('\n');
    }

    private static void write(JsonGenerator g, String id, Out o, StoredFact f) throws IOException {
        g.writeObjectFieldStart(id);
        g.writeStringField("value", o.value().toPlainString());
        if (o.decimals() != null) g.writeNumberField("decimals", o.decimals());
        g.writeObjectFieldStart("dimensions");
        g.writeStringField("concept", o.concept());
        g.writeStringField("entity", entity(f));
        g.writeStringField("period", period(f.period()));
        g.writeStringField("unit", o.unit());
        for (Map.Entry<String, String> d : o.dims().entrySet()) g.writeStringField(d.getKey(), d.getValue());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String prefix(String qname) {
        return qname.substring(0, qname.indexOf(':'));
    }
}
