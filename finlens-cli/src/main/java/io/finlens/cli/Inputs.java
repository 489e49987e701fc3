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

    /** One file's outcome: its analysis, or the message saying why it could not be read. */
    private record Outcome(io.finlens.analysis.Analysis analysis, String error) {
    }

    private static Outcome analyzeOne(io.finlens.analysis.Finlens finlens, Path f) {
        try {
            return new Outcome(finlens.analyze(f.toString(), read(f)), null);
        } catch (IOException e) {
            return new Outcome(null, e.getMessage());
        } catch (OutOfMemoryError e) {
            // this document's analysis is lost, not the rest of the batch
            long size;
            try {
                size = Files.size(f);
            } catch (IOException x) {
                size = -1;
            }
            return new Outcome(null, io.finlens.store.Admission.outOfMemory(f.toString(), size).message());
        }
    }

    /** As {@link #analyzeEach(picocli.CommandLine.Model.CommandSpec, java.util.List, int, Action)} on one thread. */
    static int analyzeEach(picocli.CommandLine.Model.CommandSpec spec, java.util.List<Path> files, Action action) throws IOException {
        return analyzeEach(spec, files, 1, action);
    }

    /**
     * Analyzes the files on {@code threads} threads and hands each to {@code action} in argument order (what is printed
     * and written is the same as on one thread); a file that cannot be read is reported on stderr and the others still
     * run. At most twice as many documents as threads are held at once. Returns the exit code: 0 when every file was
     * read, else 1.
     */
    static int analyzeEach(picocli.CommandLine.Model.CommandSpec spec, java.util.List<Path> files, int threads, Action action)
            throws IOException {
        io.finlens.analysis.Finlens finlens = new io.finlens.analysis.Finlens();
        int failed = 0;
        int n = Math.max(1, Math.min(threads, files.size()));
        java.util.concurrent.ExecutorService pool = n == 1 ? null : java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "finlens-analyze");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<Outcome>> ahead = new java.util.ArrayDeque<>();
            int next = 0;
            for (int k = 0; k < files.size(); k++) {
                while (pool != null && next < files.size() && ahead.size() < 2 * n) {
                    Path f = files.get(next++);
                    ahead.add(pool.submit(() -> analyzeOne(finlens, f)));
                }
                Outcome o = pool == null ? analyzeOne(finlens, files.get(k)) : await(ahead.poll());
                failed += deliver(spec, files.get(k), o, action) ? 0 : 1;
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        return failed == 0 ? 0 : 1;
    }

    private static Outcome await(java.util.concurrent.Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Reports and hands on one outcome; false when the file could not be read. */
    private static boolean deliver(picocli.CommandLine.Model.CommandSpec spec, Path f, Outcome o, Action action) throws IOException {
        if (o.error() != null) {
            spec.commandLine().getErr().println("finlens: " + o.error());
            return false;
        }
        io.finlens.analysis.Analysis a = o.analysis();
        // what the reader could not read (an encrypted or image-only PDF, a truncated file) names the file
        for (io.finlens.model.Issue i : a.issues()) {
            if (i.code().startsWith("input.")) spec.commandLine().getErr().println("finlens: " + i.message());
        }
        if (a.original().isBlank()) return false;
        action.accept(f, a);
        spec.commandLine().getOut().flush();
        return true;
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
