package io.finlens.store;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param failures one line per input that could not be read or stored, naming it and the reason
 */
public record IngestReport(int stored, int skipped, int failed, long facts, int batches, List<String> failures, Timings timings) {
    /**
     * Where the time went, in milliseconds: wall clock; analysis, row and passage preparation and adding passages to
     * the search index, summed over workers (CPU time on a busy machine is less); the writer's index commits and
     * database transactions; and the CPU time of the same parts (the writer's as one figure), which a busy machine does
     * not inflate.
     */
    public record Timings(long wall, long analyze, long prepare, long indexAdd, long indexCommit, long database,
                          long analyzeCpu, long prepareCpu, long indexAddCpu, long writerCpu) {
    }

    public IngestReport {
        failures = List.copyOf(failures);
        java.util.Objects.requireNonNull(timings, "timings");
        if (stored < 0 || skipped < 0 || failed < 0 || facts < 0 || batches < 0) throw new IllegalArgumentException("negative count");
    }
}
