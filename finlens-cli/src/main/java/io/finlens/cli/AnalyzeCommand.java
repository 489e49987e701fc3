package io.finlens.cli;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Extract every reported figure as a sourced fact. Prints a fact sheet, or the contract JSON.")
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { table, json, jsonl }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles, releases or transcripts: plain text or Markdown (UTF-8, UTF-16 or GB18030), HTML, PDF or DOCX.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "table", description = {"table (a fact sheet), json (the contract: one object for one file, an array of them for several) or jsonl (one contract per line, for many files).",
                    "Default: ${DEFAULT-VALUE}"})
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write NAME.json per input into DIR instead of printing.")
    Path out;

    @Option(names = "--with-text", description = "Include the document text in the JSON.")
    boolean withText;

    @Option(names = "--threads", paramLabel = "N", description = "Analyse N files at once (default: every core); the output is the same, in argument order.")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out: not a directory: " + out);
            }
            Files.createDirectories(out);
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads: must be 1 or more, not " + threads);
        }
        if (out != null && format == Format.jsonl) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format jsonl prints to stdout; with --out DIR use --format json (one NAME.json per file)");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        boolean array = out == null && format == Format.json && files.size() > 1;
        if (array) o.print("[\n");
        boolean[] first = {true};
        int code = Inputs.analyzeEach(spec, files, n, (f, a) -> {
            if (out != null) {
                Path target = out.resolve(Inputs.baseName(f) + ".json");
                try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    if (format == Format.table) w.write(FactSheet.render(a));
                    else ContractJson.write(a, withText, w);
                }
                err.println("finlens: " + f + " -> " + target + " (" + a.facts().size() + " facts)");
            } else if (format == Format.jsonl) {
                o.print(ContractJson.writeLine(a, withText));
            } else if (array) {
                // the contract documents as the elements of one JSON array (the single-file output is one object, unchanged)
                if (!first[0]) o.print(",\n");
                o.print(ContractJson.write(a, withText).stripTrailing());
                first[0] = false;
            } else if (format == Format.json) {
                ContractJson.write(a, withText, o);
            } else {
                o.print(FactSheet.render(a));
            }
        });
        if (array) o.print(first[0] ? "]\n" : "\n]\n");
        o.flush();
        return code;
    }
}
