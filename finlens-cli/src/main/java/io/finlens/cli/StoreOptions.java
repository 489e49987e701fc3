package io.finlens.cli;

import io.finlens.store.Library;
import io.finlens.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every store command shares: where the store is and how to print. */
final class StoreOptions {
    enum Format { table, json, csv }

    @Option(names = "--data", paramLabel = "DIR",
            description = "The store's folder (it must exist; ingest creates it). Default: $FINLENS_DATA, else ~/.finlens")
    Path data;

    @Option(names = "--format", defaultValue = "table", description = "table (for reading), json or csv (for scripts). Default: ${DEFAULT-VALUE}")
    Format format;

    Path dir() {
        return data != null ? data : Library.defaultDir();
    }

    /** Lucene's JUL notice about vector support is not for users; kept referenced so the level sticks. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static void quiet() {
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
    }

    /**
     * The store's folder, which must exist: a mistyped {@code --data} is a usage error naming it (exit 2), not a new
     * empty store. Only {@code ingest} creates a store.
     */
    static Path existing(CommandLine cl, Path given) {
        Path dir = given != null ? given : Library.defaultDir();
        if (Files.isDirectory(dir)) return dir;
        String what = given != null ? "--data " + given + ": no such folder" : "no store yet at " + dir + " (the default: $FINLENS_DATA, else ~/.finlens)";
        if (Files.exists(dir)) what = (given != null ? "--data " : "") + dir + ": not a folder";
        throw new CommandLine.ParameterException(cl, what + "; finlens ingest --data DIR FILES... makes a store");
    }

    /**
     * Opens the store for writing (ingest creates it when absent); what opening repaired is said on stderr. Held by
     * {@code finlens serve}, it is an error saying how to add documents through the server instead.
     */
    Library openForWriting(CommandLine cl, boolean create) {
        if (!create) existing(cl, data);
        quiet();
        Library lib;
        try {
            lib = Library.open(dir());
        } catch (StoreException e) {
            Served s = locked(e) ? Served.find(dir()) : null;
            if (s == null) throw e;
            throw new StoreException("the store in " + dir() + " is held by finlens serve at " + s.url() + ": stop it first, or add documents"
                    + " through it (its page, or POST " + s.url() + "/api/analyze?store=true)", e);
        }
        notices(lib, cl.getErr());
        return lib;
    }

    private static void notices(Library lib, java.io.PrintWriter err) {
        if (err == null) return;
        for (String n : lib.notices()) err.println("finlens: " + n);
        err.flush();
    }

    /**
     * Opens an existing store for reading: directly, or, when {@code finlens serve} holds it, through that server (said
     * on stderr). Held by another process that serves nothing, it is an error saying so.
     */
    static StoreReader reader(CommandLine cl, Path given) {
        Path dir = existing(cl, given);
        quiet();
        try {
            Library lib = Library.open(dir);
            notices(lib, cl.getErr());
            return StoreReader.of(lib);
        } catch (StoreException e) {
            if (!locked(e)) throw e;
            Served s = Served.find(dir);
            if (s == null) {
                throw new StoreException("the store in " + dir + " is in use by another finlens process (" + holder(e)
                        + "), which serves no API to read it through; wait for it to finish, or stop it", e);
            }
            cl.getErr().println("finlens: the store in " + dir + " is held by finlens serve; reading it through " + s.url());
            cl.getErr().flush();
            return s;
        }
    }

    StoreReader reader(CommandLine cl) {
        return reader(cl, data);
    }

    /** Whether opening failed because another process holds DuckDB's lock on the file. */
    static boolean locked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Could not set lock on file")) return true;
        }
        return false;
    }

    /** "PID 1234" from DuckDB's lock message, or "another process". */
    private static String holder(Throwable e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("PID (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? "PID " + m.group(1) : "another process";
    }
}
