package io.finlens.search;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total      how many passages match in all (exact)
 * @param hits       the requested page, best first
 * @param tookMicros time spent searching, for display only (never part of a stored or compared output)
 */
public record SearchResult(long total, List<Hit> hits, long tookMicros) {
    public SearchResult {
        if (total < 0) throw new IllegalArgumentException("negative total " + total);
        hits = List.copyOf(hits);
        if (tookMicros < 0) throw new IllegalArgumentException("negative tookMicros " + tookMicros);
    }

    public static SearchResult empty(long tookMicros) {
        return new SearchResult(0, List.of(), tookMicros);
    }
}
