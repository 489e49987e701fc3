package io.finlens.search;

import java.util.List;
import java.util.Objects;

/**
 * One passage found.
 *
 * @param passage    the passage, with where it is (document, exchange, offsets)
 * @param score      the relevance score (higher is better; only comparable within one result)
 * @param snippet    the best fragment of the passage, matches marked {@value Snippets#OPEN}…{@value Snippets#CLOSE}
 * @param highlights every matched range in the passage, sorted and disjoint, as offsets into the ORIGINAL text
 *                   ({@code original.substring(h.start(), h.end())} is the matched text)
 */
public record Hit(Passage passage, float score, String snippet, List<Highlight> highlights) {
    public Hit {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(snippet, "snippet");
        highlights = List.copyOf(highlights);
        for (Highlight h : highlights) {
            if (h.start() < passage.start() || h.end() > passage.end()) {
                throw new IllegalArgumentException("highlight " + h + " outside passage [" + passage.start() + ", " + passage.end() + ")");
            }
        }
    }

    /** The same fragment as {@link #snippet()} with other markers, e.g. {@code <mark>}/{@code </mark>} or ANSI colours. */
    public String snippet(String open, String close) {
        return Snippets.render(passage, highlights, open, close);
    }
}
