package io.finlens.cli;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "List every quantity (money, counts, percents, points, ranges) with its span, value and rule.")
final class QuantitiesCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Analyse N files at once (default: every core); the output is the same, in argument order.")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads: must be 1 or more, not " + threads);
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        return Inputs.analyzeEach(spec, files, n, (f, a) -> {
            if (format == Format.json) {
                o.print(ContractJson.quantities(a));
                return;
            }
            o.println("== " + f + " (" + a.quantities().size() + " quantities)");
            for (Quantity q : a.quantities()) {
                Span s = a.text().toOriginal(q.span());
                String value = q.value() != null ? q.value().toPlainString()
                        : "[" + q.range().low().toPlainString() + ", " + q.range().high().toPlainString() + "]";
                o.printf("%6d  %s %-22s %-6s %s%n", s.start(), TextTable.pad(a.original().substring(s.start(), s.end()), 24),
                        value, q.unit().code(), q.rule());
            }
        });
    }
}
