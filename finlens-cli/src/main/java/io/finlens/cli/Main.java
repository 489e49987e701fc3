package io.finlens.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code finlens} command. */
@Command(name = "finlens", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Turns earnings coverage into verified, queryable facts.",
        subcommands = {AnalyzeCommand.class, QuantitiesCommand.class, TranscriptCommand.class, BenchCommand.class,
                IngestCommand.class, FactsCommand.class, SeriesCommand.class, ExportCommand.class, SearchCommand.class, StoreBenchCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: finlens analyze FILE)");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }
}
