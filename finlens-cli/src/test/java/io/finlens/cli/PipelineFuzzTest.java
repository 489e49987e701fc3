package io.finlens.cli;

import io.finlens.analysis.Finlens;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A small fuzz run in the suite: jqwik draws seeds, {@link PipelineFuzz} turns each into a generated or mutated input
 * (text, GBK, UTF-16, HTML, PDF, DOCX) and checks that analysis and the contract JSON never throw and evidence stays
 * in the text. The large run (a million inputs, with times) is {@code PipelineFuzz.main}, see docs/store.md.
 */
class PipelineFuzzTest {
    private final Finlens finlens = new Finlens();

    /** Seeds the large run found failing, kept: NULs in a mutated HTML page gave an issue span past the text's end. */
    @Example
    void seedsThatFailedOnce() {
        for (long seed : new long[] {33850}) PipelineFuzz.check(finlens, seed);
    }

    @Property(tries = 300, seed = "20251207")
    void nothingEscapesTheReadersAndThePipeline(@ForAll long seed) {
        PipelineFuzz.check(finlens, seed);
    }
}
