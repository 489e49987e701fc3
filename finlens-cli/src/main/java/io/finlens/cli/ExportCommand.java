package io.finlens.cli;

import io.finlens.store.ExportFormat;
import io.finlens.store.FactQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export stored facts as csv, json, parquet or xbrl-json (xBRL-JSON 1.0: us-gaap or ifrs-full concepts by the company's standard, else the finlens extension).",
                "Writes to --out, or to stdout (not parquet)."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "The store's folder (it must exist). Default: $FINLENS_DATA, else ~/.finlens")
    Path data;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "F", description = "csv, csv-excel (with a byte order mark and CRLF, which Excel opens with Chinese intact), json, parquet or xbrl-json. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (required for parquet).")
    Path out;

    @Mixin
    FactsCommand.Filters filters;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat f;
        try {
            f = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (f == ExportFormat.PARQUET && out == null) throw new CommandLine.ParameterException(spec.commandLine(), "parquet needs --out FILE");
        FactQuery q = filters.query(0);
        try (StoreReader lib = StoreOptions.reader(spec.commandLine(), data)) {
            if (out != null) {
                lib.export(f, q, out);
                spec.commandLine().getErr().println("finlens: wrote " + out + " (" + Files.size(out) + " bytes)");
            } else {
                Path tmp = Files.createTempFile("finlens-export", "." + f.code());
                try {
                    lib.export(f, q, tmp);
                    spec.commandLine().getOut().flush();
                    System.out.write(Files.readAllBytes(tmp)); // the bytes as written (a byte order mark stays one)
                    System.out.flush();
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
