package io.finlens.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code finlens} command. */
@Command(name = "finlens", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Turns earnings coverage into verified, queryable facts.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order the usage screen lists them. They are registered lazily: a call that names one
     * command builds only that one (picocli reads each command's annotations by reflection: building all sixteen cost
     * a sizeable part of every call's start-up); the usage screen, {@code help} and the completion script build them all.
     */
    static final List<Class<?>> COMMANDS = List.of(AnalyzeCommand.class, QuantitiesCommand.class,
            TranscriptCommand.class, BenchCommand.class, IngestCommand.class, FactsCommand.class, SeriesCommand.class,
            ExportCommand.class, SearchCommand.class, StoreBenchCommand.class, ServeCommand.class,
            DoctorCommand.class, ReindexCommand.class, CorpusCommand.class,
            CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class);

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
        register(cl, args);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(Main::failed);
        cl.setParameterExceptionHandler(Main::usage);
        return cl.execute(args);
    }

    /** Registers the command the arguments name, or every command when they name none of them (usage, help). */
    private static void register(CommandLine cl, String[] args) {
        String first = null;
        for (String a : args) {
            if (!a.startsWith("-")) { first = a; break; }
        }
        if (first != null && !first.equals("help") && !first.equals("generate-completion")) {
            for (Class<?> c : COMMANDS) {
                if (nameOf(c).equals(first)) {
                    cl.addSubcommand(c);
                    return;
                }
            }
        }
        if (first == null && args.length > 0 && (args[0].equals("--version") || args[0].equals("-V"))) return;
        for (Class<?> c : COMMANDS) cl.addSubcommand(c);
        // picocli's completion script generator, listed (source <(finlens generate-completion) in bash or zsh)
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    }

    static String nameOf(Class<?> c) {
        Command command = c.getAnnotation(Command.class);
        if (command == null || command.name().isEmpty()) throw new IllegalStateException(c + " is not a named @Command");
        return command.name();
    }

    /**
     * A usage error: the message naming the offending value, picocli's suggestions for a mistyped option, and where the
     * options are listed; exit code 2. No usage screen: the message is what matters.
     */
    private static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("finlens " + cl.getCommandName() + ": " + e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u) u.printSuggestions(err);
        err.println("(finlens " + (cl.getParent() == null ? "" : cl.getCommandName() + " ") + "--help lists the options)");
        err.flush();
        return 2;
    }

    /**
     * A command that failed: one line a person reads (the store's messages name the folder and what to do), exit code
     * 2; the stack trace only with FINLENS_DEBUG=1.
     */
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String m = e.getMessage();
        if (e instanceof java.io.UncheckedIOException && e.getCause() != null && e.getCause().getMessage() != null
                && (m == null || !m.contains(e.getCause().getMessage()) && !m.contains("("))) {
            m = m + ": " + e.getCause().getMessage();
        }
        err.println("finlens " + cl.getCommandName() + ": " + (m == null || m.isBlank() ? e.toString() : m.strip().split("\n", 2)[0]));
        if ("1".equals(System.getenv("FINLENS_DEBUG"))) e.printStackTrace(err);
        err.flush();
        return 2;
    }
}
