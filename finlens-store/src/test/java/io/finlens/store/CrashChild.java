package io.finlens.store;

import java.nio.file.Path;
import java.util.List;

/** The child process of {@link CrashSafetyTest}: ingests a folder, printing "stored N" after every committed batch. */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        try (Library lib = Library.open(Path.of(args[0]))) {
            lib.ingest(List.of(args[1]), IngestOptions.defaults().withThreads(2).withBatchSize(Integer.parseInt(args[2]))
                    .withListener(p -> {
                        System.out.println("stored " + p.stored());
                        System.out.flush();
                    }));
        }
        System.out.println("done");
    }
}
