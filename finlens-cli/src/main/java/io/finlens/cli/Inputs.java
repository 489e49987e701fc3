package io.finlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading input files for the commands: a clear message for what cannot be read. */
final class Inputs {
    private Inputs() {
    }

    /** The bytes of a file, or throws with a message naming the file and the reason. */
    static byte[] read(Path p) throws IOException {
        if (!Files.exists(p)) throw new IOException(p + ": no such file");
        if (Files.isDirectory(p)) throw new IOException(p + ": is a directory");
        if (!Files.isReadable(p)) throw new IOException(p + ": not readable");
        io.finlens.store.Admission.Refused big = io.finlens.store.Admission.checkSize(p.toString(), Files.size(p));
        if (big != null) throw new IOException(big.message());
        byte[] b = Files.readAllBytes(p);
        if (b.length == 0) throw new IOException(p + ": empty file");
        boolean blank = true;
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') { blank = false; break; }
        if (blank) throw new IOException(p + ": contains only white space");
        return b;
    }

    /** What a command does with each analyzed document; may write files. */
    interface Action {
        void accept(Path file, io.finlens.analysis.Analysis analysis) throws IOException;
    }

    /**
     * Analyzes each file in order and hands it to {@code action}; a file that cannot be read is reported on
     * stderr and the others still run. Returns the exit code: 0 when every file was read, else 1.
     */
    static int analyzeEach(picocli.CommandLine.Model.CommandSpec spec, java.util.List<Path> files, Action action) throws IOException {
        io.finlens.analysis.Finlens finlens = new io.finlens.analysis.Finlens();
        int failed = 0;
        for (Path f : files) {
            io.finlens.analysis.Analysis a;
            try {
                a = finlens.analyze(f.toString(), read(f));
            } catch (IOException e) {
                spec.commandLine().getErr().println("finlens: " + e.getMessage());
                failed++;
                continue;
            } catch (OutOfMemoryError e) {
                // this document's analysis is lost, not the rest of the batch
                spec.commandLine().getErr().println("finlens: " + io.finlens.store.Admission.outOfMemory(f.toString(), Files.size(f)).message());
                failed++;
                continue;
            }
            // what the reader could not read (an encrypted or image-only PDF, a truncated file) names the file
            for (io.finlens.model.Issue i : a.issues()) {
                if (i.code().startsWith("input.")) spec.commandLine().getErr().println("finlens: " + i.message());
            }
            if (a.original().isBlank()) {
                failed++;
                continue;
            }
            action.accept(f, a);
            spec.commandLine().getOut().flush();
        }
        return failed == 0 ? 0 : 1;
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
