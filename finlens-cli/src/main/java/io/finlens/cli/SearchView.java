package io.finlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.finlens.search.Hit;
import io.finlens.search.Passage;
import io.finlens.search.SearchResult;
import java.util.ArrayList;
import java.util.List;

/**
 * One search hit as {@code finlens search} prints it, from the store's own result or from a server's answer: where it
 * is, and its snippet with the matches marked by whatever the output uses (【】, ANSI colours, []).
 *
 * @param start where the passage starts in the document's text (UTF-16 index, as the store keeps it)
 */
record SearchView(double score, String docId, String document, String entityId, String period, String kind, Integer exchange,
                  String speaker, String role, String firm, int start, int end, Marker marker) {
    /** Marks a snippet's matches. */
    interface Marker {
        String snippet(String open, String close);
    }

    String snippet(String open, String close) {
        return marker.snippet(open, close);
    }

    static List<SearchView> of(SearchResult r) {
        List<SearchView> out = new ArrayList<>();
        for (Hit h : r.hits()) {
            Passage p = h.passage();
            out.add(new SearchView(h.score(), p.docId(), p.document(), p.entityId(), p.period(), p.kind(), p.exchange(), p.speaker(), p.role(),
                    p.firm(), p.start(), p.end(), h::snippet));
        }
        return out;
    }

    /** The hits of a {@code GET /api/search} answer: highlights are code-point ranges of its snippet. */
    static List<SearchView> of(JsonNode answer) {
        List<SearchView> out = new ArrayList<>();
        for (JsonNode h : answer.path("hits")) {
            String snippet = h.path("snippet").asText();
            List<int[]> marks = new ArrayList<>();
            for (JsonNode x : h.path("highlights")) marks.add(new int[] {x.path("start").asInt(), x.path("end").asInt()});
            out.add(new SearchView(h.path("score").asDouble(), h.path("document").asText(), text(h, "title"), text(h, "entity"), text(h, "period"),
                    text(h, "kind"), h.hasNonNull("exchange") ? h.path("exchange").asInt() : null, text(h, "speaker"), text(h, "role"),
                    text(h, "firm"), h.path("start_utf16").asInt(), h.path("end_utf16").asInt(), (open, close) -> mark(snippet, marks, open, close)));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.path(field).asText() : null;
    }

    /** The snippet with each code-point range wrapped in {@code open} … {@code close}. */
    static String mark(String snippet, List<int[]> marks, String open, String close) {
        StringBuilder b = new StringBuilder();
        int cp = 0;
        for (int i = 0; i < snippet.length(); ) {
            for (int[] m : marks) if (m[0] == cp) b.append(open);
            int c = snippet.codePointAt(i);
            b.appendCodePoint(c);
            i += Character.charCount(c);
            cp++;
            for (int[] m : marks) if (m[1] == cp) b.append(close);
        }
        return b.toString();
    }
}
