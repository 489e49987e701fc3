package io.finlens.search;

/**
 * What to look for. {@code text} is what a user typed (not Lucene syntax): words, "quoted phrases", {@code -word}
 * to exclude and {@code OR} between alternatives; it never makes a search throw. Filters are exact (case and
 * width folded) and null when unset; {@code periodFrom}/{@code periodTo} take period ids ({@code 2025Q1},
 * {@code 2025}, {@code FY2024}, {@code 2025H1}, {@code 2025-04}) and keep passages whose period ends inside the
 * range.
 *
 * @param text       the user's words; blank only when at least one filter is set (then every passage that passes
 *                   the filters matches, in index order)
 * @param entityId   the company
 * @param speaker    the speaker, under any name the transcript gives them (刘炽平 or Martin Lau)
 * @param firm       the analyst's firm under its usual English name (UBS, Jefferies)
 * @param topic      a topic id ({@code capex})
 * @param role       {@code executive}, {@code analyst} or {@code operator}
 * @param language   {@code zh} or {@code en}
 * @param docId      one document
 * @param periodFrom first period (inclusive)
 * @param periodTo   last period (inclusive)
 * @param limit      page size, 1..1000
 * @param offset     hits to skip, 0..100000
 */
public record SearchQuery(String text, String entityId, String speaker, String firm, String topic, String role,
                          String language, String docId, String periodFrom, String periodTo, int limit, int offset) {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_OFFSET = 100_000;

    public SearchQuery {
        text = text == null ? "" : text;
        entityId = blankToNull(entityId);
        speaker = blankToNull(speaker);
        firm = blankToNull(firm);
        topic = blankToNull(topic);
        role = blankToNull(role);
        language = blankToNull(language);
        docId = blankToNull(docId);
        periodFrom = blankToNull(periodFrom);
        periodTo = blankToNull(periodTo);
        if (role != null && !java.util.Set.of("executive", "analyst", "operator").contains(role)) {
            throw new IllegalArgumentException("role must be executive, analyst or operator: " + role);
        }
        if (language != null && !language.equals("zh") && !language.equals("en")) throw new IllegalArgumentException("language must be zh or en: " + language);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ": " + offset);
        if (periodFrom != null) PeriodRange.of(periodFrom);
        if (periodTo != null) PeriodRange.of(periodTo);
        if (periodFrom != null && periodTo != null && PeriodRange.of(periodFrom).first() > PeriodRange.of(periodTo).last()) {
            throw new IllegalArgumentException("periodFrom " + periodFrom + " is after periodTo " + periodTo);
        }
        if (text.isBlank() && !hasFilter(entityId, speaker, firm, topic, role, language, docId, periodFrom, periodTo)) {
            throw new IllegalArgumentException("blank search text needs at least one filter");
        }
    }

    /** A query for {@code text}, first 10 hits, no filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null, null, 10, 0);
    }

    /** Whether any filter is set. */
    public boolean filtered() {
        return hasFilter(entityId, speaker, firm, topic, role, language, docId, periodFrom, periodTo);
    }

    public SearchQuery withEntity(String v) {
        return new SearchQuery(text, v, speaker, firm, topic, role, language, docId, periodFrom, periodTo, limit, offset);
    }

    public SearchQuery withSpeaker(String v) {
        return new SearchQuery(text, entityId, v, firm, topic, role, language, docId, periodFrom, periodTo, limit, offset);
    }

    public SearchQuery withFirm(String v) {
        return new SearchQuery(text, entityId, speaker, v, topic, role, language, docId, periodFrom, periodTo, limit, offset);
    }

    public SearchQuery withTopic(String v) {
        return new SearchQuery(text, entityId, speaker, firm, v, role, language, docId, periodFrom, periodTo, limit, offset);
    }

    public SearchQuery withRole(String v) {
        return new SearchQuery(text, entityId, speaker, firm, topic, v, language, docId, periodFrom, periodTo, limit, offset);
    }

    public SearchQuery withLanguage(String v) {
        return new SearchQuery(text, entityId, speaker, firm, topic, role, v, docId, periodFrom, periodTo, limit, offset);
    }

    public SearchQuery withDocId(String v) {
        return new SearchQuery(text, entityId, speaker, firm, topic, role, language, v, periodFrom, periodTo, limit, offset);
    }

    public SearchQuery withPeriods(String from, String to) {
        return new SearchQuery(text, entityId, speaker, firm, topic, role, language, docId, from, to, limit, offset);
    }

    public SearchQuery page(int limit, int offset) {
        return new SearchQuery(text, entityId, speaker, firm, topic, role, language, docId, periodFrom, periodTo, limit, offset);
    }

    private static boolean hasFilter(String... filters) {
        for (String f : filters) {
            if (f != null) return true;
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
