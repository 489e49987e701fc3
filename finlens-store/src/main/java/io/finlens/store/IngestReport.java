package io.finlens.store;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param failures one line per input that could not be read or stored, naming it and the reason
 */
public record IngestReport(int stored, int skipped, int failed, long facts, int batches, List<String> failures) {
    public IngestReport {
        failures = List.copyOf(failures);
        if (stored < 0 || skipped < 0 || failed < 0 || facts < 0 || batches < 0) throw new IllegalArgumentException("negative count");
    }
}
