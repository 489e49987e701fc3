package io.finlens.search;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total      how many passages match in all: exact when {@code totalExact}, else a lower bound (counting stops
 *                   at {@link SearchIndex#EXACT_TOTAL_UP_TO} matches, which keeps a common word's search fast)
 * @param hits       the requested page, best first
 * @param tookMicros time spent searching, for display only (never part of a stored or compared output)
 * @param totalExact whether {@code total} is the exact count
 */
public record SearchResult(long total, List<Hit> hits, long tookMicros, boolean totalExact) {
    /** A result whose total is exact. */
    public SearchResult(long total, List<Hit> hits, long tookMicros) {
        this(total, hits, tookMicros, true);
    }

    public SearchResult {
        if (total < 0) throw new IllegalArgumentException("negative total " + total);
        hits = List.copyOf(hits);
        if (tookMicros < 0) throw new IllegalArgumentException("negative tookMicros " + tookMicros);
    }

    public static SearchResult empty(long tookMicros) {
        return new SearchResult(0, List.of(), tookMicros);
    }
}
