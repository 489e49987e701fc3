package io.finlens.cli;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import io.finlens.transcript.Exchange;
import io.finlens.transcript.Participant;
import io.finlens.transcript.Role;
import io.finlens.transcript.Skim;
import io.finlens.transcript.Transcript;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "transcript", mixinStandardHelpOptions = true,
        description = "Show an earnings call as a person skims it: each exchange with the analyst, the firm, who answered, "
                + "the topics and the first sentence of the question.")
final class TranscriptCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Call transcripts or articles that quote a call.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "table", description = "table (for reading) or json (the contract's transcript). Default: ${DEFAULT-VALUE}")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        return Inputs.analyzeEach(spec, files, (f, a) -> o.print(format == Format.json ? ContractJson.transcript(a) : render(a)));
    }

    static String render(Analysis a) {
        StringBuilder b = new StringBuilder();
        Transcript t = a.transcript();
        if (t == null) {
            b.append("== ").append(a.path()).append(": no call or Q&A found\n\n");
            return b.toString();
        }
        b.append("== ").append(a.path()).append(" (").append(t.exchanges().size()).append(" exchanges, layout ").append(t.layout()).append(")\n");
        List<String> execs = new ArrayList<>();
        int analysts = 0;
        for (Participant p : t.participants()) {
            if (p.role() == Role.EXECUTIVE) execs.add(p.title() == null ? p.name() : p.name() + " (" + p.title() + ")");
            else if (p.role() == Role.ANALYST) analysts++;
        }
        if (!execs.isEmpty()) b.append("   executives: ").append(String.join("; ", execs)).append('\n');
        b.append("   analysts: ").append(analysts).append("\n\n");
        int n = 0;
        for (Exchange e : t.exchanges()) {
            n++;
            List<String> answered = new ArrayList<>();
            for (String s : e.speakers()) if (!s.equals(e.analyst()) && !answered.contains(s)) answered.add(s);
            b.append(String.format("%2d. %s", n, e.analyst()));
            if (e.firm() != null) b.append(" (").append(e.firm()).append(')');
            b.append(" → ").append(answered.isEmpty() ? "(no answer)" : String.join(", ", answered));
            if (!e.topics().isEmpty()) b.append("  [").append(String.join(", ", e.topics())).append(']');
            b.append('\n');
            b.append("    ").append(Skim.question(a.original(), e)).append('\n');
        }
        b.append('\n');
        return b.toString();
    }
}
