package io.finlens.cli;

import io.finlens.search.Hit;
import io.finlens.search.Passage;
import io.finlens.search.SearchQuery;
import io.finlens.search.SearchResult;
import com.fasterxml.jackson.databind.JsonNode;
import io.finlens.store.StoreCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search stored paragraphs and transcript turns: ranked hits with highlighted snippets and where they are",
                "(document, exchange, offset). Words, \"quoted phrases\", -word to exclude, OR between alternatives."})
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "WORDS", description = "What to look for (may be empty when a filter is given).")
    List<String> words;

    @Mixin
    StoreOptions store;

    @Option(names = "--entity", paramLabel = "NAME", description = "The company, under any name (腾讯, Tencent).")
    String entity;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Who spoke (刘炽平 or Martin Lau).")
    String speaker;

    @Option(names = "--firm", paramLabel = "NAME", description = "The analyst's firm.")
    String firm;

    @Option(names = "--topic", paramLabel = "ID", description = "A topic id (ai, capex, ecommerce, ...).")
    String topic;

    @Option(names = "--role", paramLabel = "R", description = "executive, analyst or operator.")
    String role;

    @Option(names = "--lang", paramLabel = "L", description = "zh or en.")
    String language;

    @Option(names = "--doc", paramLabel = "ID", description = "One document (its id).")
    String doc;

    @Option(names = "--from", paramLabel = "PERIOD", description = "First period (2025Q1, FY2024, ...).")
    String from;

    @Option(names = "--to", paramLabel = "PERIOD", description = "Last period.")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show. Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip. Default: ${DEFAULT-VALUE}")
    int offset;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = words == null ? "" : String.join(" ", words);
        SearchQuery q;
        try {
            q = new SearchQuery(text, entity, speaker, firm, topic, role, language, doc, from, to, limit, offset);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (StoreReader reader = store.reader(spec.commandLine())) {
            if (reader.served() != null) {
                JsonNode answer = reader.served().json("/api/search", params(q));
                if (store.format == StoreOptions.Format.json) out.print(answer.toPrettyString() + "\n");
                else print(out, answer.path("total").asLong(), answer.path("totalExact").asBoolean(true), answer.path("took_ms").asDouble(),
                        SearchView.of(answer));
            } else {
                SearchResult r = reader.library().search(q);
                if (store.format == StoreOptions.Format.json) out.print(json(text, r));
                else print(out, r.total(), r.totalExact(), r.tookMicros() / 1000.0, SearchView.of(r));
            }
        }
        out.flush();
        return 0;
    }

    private static java.util.Map<String, Object> params(SearchQuery q) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("q", q.text().isBlank() ? null : q.text());
        m.put("entity", q.entityId());
        m.put("speaker", q.speaker());
        m.put("firm", q.firm());
        m.put("topic", q.topic());
        m.put("role", q.role());
        m.put("lang", q.language());
        m.put("doc", q.docId());
        m.put("from", q.periodFrom());
        m.put("to", q.periodTo());
        m.put("offset", q.offset());
        m.put("limit", q.limit());
        return m;
    }

    /** The hits as a table or CSV, from the store or from a server's answer alike. */
    private void print(PrintWriter out, long total, boolean exact, double millis, List<SearchView> hits) {
        int rank = offset;
        if (store.format == StoreOptions.Format.csv) {
            out.print(StoreCsv.line("rank", "score", "doc_id", "document", "entity_id", "period", "kind", "exchange", "speaker", "role",
                    "firm", "start", "end", "snippet"));
            for (SearchView h : hits) {
                out.print(StoreCsv.line(++rank, h.score(), h.docId(), h.document(), h.entityId(), h.period(), h.kind(), h.exchange(),
                        h.speaker(), h.role(), h.firm(), h.start(), h.end(), h.snippet("[", "]")));
            }
            return;
        }
        boolean color = Term.color();
        out.printf("%d%s hits (%.1f ms)%n", total, exact ? "" : "+", millis);
        for (SearchView h : hits) {
            StringBuilder where = new StringBuilder().append(h.document()).append(" [").append(h.docId()).append("]");
            if (h.period() != null) where.append(" ").append(h.period());
            if (h.exchange() != null) where.append(" · exchange ").append(h.exchange());
            if (h.speaker() != null) where.append(" · ").append(h.speaker()).append(h.role() == null ? "" : " (" + h.role() + (h.firm() == null ? "" : ", " + h.firm()) + ")");
            where.append(" · chars ").append(h.start()).append("-").append(h.end());
            out.printf("%d. %s%n   %s%n", ++rank, where, color ? h.snippet("\033[1;33m", "\033[0m") : h.snippet("【", "】"));
        }
    }

    static String json(String text, SearchResult r) throws IOException {
        StringWriter w = new StringWriter();
        com.fasterxml.jackson.core.JsonGenerator g = com.fasterxml.jackson.core.JsonFactory.builder().build().createGenerator(w);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("query", text);
        g.writeNumberField("total", r.total());
        g.writeBooleanField("totalExact", r.totalExact());
        g.writeArrayFieldStart("hits");
        for (Hit h : r.hits()) {
            Passage p = h.passage();
            g.writeStartObject();
            g.writeNumberField("score", h.score());
            g.writeStringField("doc_id", p.docId());
            g.writeStringField("document", p.document());
            g.writeStringField("entity_id", p.entityId());
            g.writeStringField("period", p.period());
            g.writeStringField("kind", p.kind());
            if (p.exchange() != null) g.writeNumberField("exchange", p.exchange());
            else g.writeNullField("exchange");
            g.writeStringField("speaker", p.speaker());
            g.writeStringField("role", p.role());
            g.writeStringField("firm", p.firm());
            g.writeArrayFieldStart("topics");
            for (String t : p.topics()) g.writeString(t);
            g.writeEndArray();
            g.writeNumberField("start", p.start());
            g.writeNumberField("end", p.end());
            g.writeStringField("snippet", h.snippet());
            g.writeArrayFieldStart("highlights");
            for (var hl : h.highlights()) {
                g.writeStartObject();
                g.writeNumberField("start", hl.start());
                g.writeNumberField("end", hl.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        return w + "\n";
    }
}
