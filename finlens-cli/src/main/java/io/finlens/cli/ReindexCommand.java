package io.finlens.cli;

import io.finlens.store.Library;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the documents in the database (their text analyzed again, on all cores).")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        int n;
        try (Library lib = store.openForWriting(spec.commandLine(), false)) {
            // opening rebuilds an index that is missing, old or damaged: then it is not built a second time
            n = lib.rebuiltOnOpen() >= 0 ? lib.rebuiltOnOpen() : lib.reindex();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(java.util.Locale.ROOT, "search index rebuilt: %d documents in %.1f s (%s)%n", n, (System.nanoTime() - t0) / 1e9, store.dir().resolve("index"));
        out.flush();
        return 0;
    }
}
