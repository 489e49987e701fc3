package io.finlens.cli;

import io.finlens.store.Doctor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Say what this machine has for finlens (JDK, store, schema, browser for the UI test) and what is missing.",
                "With --data DIR also check that store without changing it: DuckDB read-only (every table read), Lucene CheckIndex.",
                "Exit code 0 when nothing failed, 1 otherwise."})
final class DoctorCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Check this store (DuckDB and the search index). Without it: say where the default store is and its schema version.")
    Path data;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table or json: " + format);
        }
        StoreOptions.quiet();
        List<Doctor.Finding> all = new ArrayList<>(Machine.findings());
        Path dir = data != null ? data : io.finlens.store.Library.defaultDir();
        if (data != null) {
            if (!Files.isDirectory(data)) all.add(new Doctor.Finding("fail", "store", data + " is not a folder"));
            else all.addAll(Doctor.check(data));
        } else {
            all.add(Doctor.glance(dir));
        }
        all.addAll(Machine.browser(Machine.Paths.DEBIAN));
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.print("[");
            for (int i = 0; i < all.size(); i++) {
                Doctor.Finding f = all.get(i);
                out.print((i == 0 ? "" : ",") + "\n  {\"status\": " + IngestCommand.quote(f.status()) + ", \"what\": "
                        + IngestCommand.quote(f.what()) + ", \"detail\": " + IngestCommand.quote(f.detail()) + "}");
            }
            out.println("\n]");
        } else {
            int w = all.stream().mapToInt(f -> f.what().length()).max().orElse(0);
            for (Doctor.Finding f : all) {
                out.printf(Locale.ROOT, "%-4s  %-" + w + "s  %s%n", f.status(), f.what(), f.detail());
            }
        }
        out.flush();
        return all.stream().anyMatch(f -> f.status().equals("fail")) ? 1 : 0;
    }
}
