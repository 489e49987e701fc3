package io.finlens.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One searchable unit of a document: a paragraph, or a paragraph of a transcript turn.
 *
 * @param docId    the document's id in the store (what {@link SearchIndex#deleteDocument} removes)
 * @param entityId the company the document is about ({@code unknown} when not known)
 * @param period   the document's period as the contract spells it ({@code 2025Q2}), or null
 * @param document the file name or title to show
 * @param kind     {@code paragraph}, {@code question}, {@code answer} or {@code remark}
 * @param exchange the 1-based number of the Q&amp;A exchange the passage belongs to, or null
 * @param speaker  the speaker as the transcript names them, or null
 * @param role     {@code executive}, {@code analyst} or {@code operator}, or null
 * @param firm     the analyst's firm (usual English name), or null
 * @param topics   topic ids of the exchange, strongest first; empty outside Q&amp;A
 * @param language {@code zh} or {@code en}
 * @param start    start of the passage in the document's original text (inclusive, UTF-16 index)
 * @param end      end of the passage in the original text (exclusive)
 * @param text     {@code original.substring(start, end)}
 * @param aliases  other names of the speaker the transcript gives (Martin Lau beside 刘炽平), so a speaker filter finds
 *                 the passage under any of them; empty when there are none
 */
public record Passage(String docId, String entityId, String period, String document, String kind, Integer exchange,
                      String speaker, String role, String firm, List<String> topics, String language, int start, int end,
                      String text, List<String> aliases) {
    /** The kinds a passage may have. */
    public static final Set<String> KINDS = Set.of("paragraph", "question", "answer", "remark");

    public Passage {
        requireNonBlank(docId, "docId");
        requireNonBlank(entityId, "entityId");
        Objects.requireNonNull(document, "document");
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("kind must be one of " + KINDS + ": " + kind);
        if (exchange != null && exchange < 1) throw new IllegalArgumentException("exchange must be >= 1: " + exchange);
        if (role != null && !Set.of("executive", "analyst", "operator").contains(role)) {
            throw new IllegalArgumentException("role must be executive, analyst or operator: " + role);
        }
        topics = List.copyOf(topics == null ? List.of() : topics);
        requireNonBlank(language, "language");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad passage span [" + start + ", " + end + ")");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text of length " + text.length() + " does not fit span [" + start + ", " + end + ")");
        }
        if (period != null && period.isBlank()) throw new IllegalArgumentException("blank period: use null");
        if (speaker != null && speaker.isBlank()) throw new IllegalArgumentException("blank speaker: use null");
        if (firm != null && firm.isBlank()) throw new IllegalArgumentException("blank firm: use null");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        if (speaker == null && !aliases.isEmpty()) throw new IllegalArgumentException("aliases " + aliases + " without a speaker");
    }

    /** A passage whose speaker (if any) has no other names. */
    public Passage(String docId, String entityId, String period, String document, String kind, Integer exchange,
                   String speaker, String role, String firm, List<String> topics, String language, int start, int end,
                   String text) {
        this(docId, entityId, period, document, kind, exchange, speaker, role, firm, topics, language, start, end, text, List.of());
    }

    private static void requireNonBlank(String s, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank()) throw new IllegalArgumentException("blank " + what);
    }
}
