package io.finlens.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Turns the ingest arguments (files, folders, globs) into a sorted list of files, and names what it cannot find. */
public final class Sources {
    /** Extensions a folder walk picks up ({@link Selection} says what else is passed over); a file named explicitly is taken whatever its name. */
    static final List<String> EXTENSIONS = List.of(".txt", ".md", ".text", ".markdown", ".html", ".htm", ".pdf", ".docx");

    record Found(List<Path> files, List<String> problems) {
    }

    private Sources() {
    }

    static Found expand(List<String> args) {
        return expand(args, Selection.documents());
    }

    static Found expand(List<String> args, Selection sel) {
        TreeSet<Path> files = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            if (arg == null || arg.isBlank()) throw new IllegalArgumentException("blank input path");
            if (arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0) {
                int before = files.size();
                glob(arg, sel, files, problems);
                if (files.size() == before) problems.add(arg + ": no file matches");
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) walk(p, sel, files, problems);
            else if (Files.isRegularFile(p)) files.add(p.normalize());
            else problems.add(arg + ": no such file or folder");
        }
        return new Found(List.copyOf(files), problems);
    }

    private static void walk(Path dir, Selection sel, TreeSet<Path> out, List<String> problems) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(p -> sel.takes(dir.relativize(p))).forEach(p -> out.add(p.normalize()));
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(dir + ": " + e.getMessage());
        }
    }

    /**
     * Whether a folder walk takes a file of this name (what {@code ingest} and the Spark job read from a folder): one of
     * {@link #EXTENSIONS}, not hidden, not a notes file ({@link Selection#documents()}).
     */
    public static boolean wanted(String fileName) {
        return Selection.documents().takes(Path.of(fileName));
    }

    /** A glob: the longest leading part without wildcards is the folder to walk; the whole pattern is matched against paths. */
    private static void glob(String pattern, Selection sel, TreeSet<Path> out, List<String> problems) {
        String norm = pattern.replace('\\', '/');
        int wild = firstWildcard(norm);
        int slash = norm.lastIndexOf('/', wild);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
        String rest = slash < 0 ? norm : norm.substring(slash + 1);
        if (!Files.isDirectory(base)) {
            problems.add(pattern + ": no folder " + base);
            return;
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        // as in shells with globstar, **/ also matches no folder at all: a/**/*.md takes a/x.md too; the glob chose the
        // extension, the selection still passes over hidden, excluded and notes files (not among --include)
        PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", ""));
        Selection any = new Selection(sel.include().isEmpty() ? List.of("**") : sel.include(), sel.exclude(), sel.notes());
        try (Stream<Path> s = Files.walk(base)) {
            s.filter(Files::isRegularFile).filter(p -> m.matches(base.relativize(p)) || top.matches(base.relativize(p)))
                    .filter(p -> any.takes(base.relativize(p)))
                    .forEach(p -> out.add(p.normalize()));
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(pattern + ": " + e.getMessage());
        }
    }

    private static int firstWildcard(String s) {
        int i = s.length();
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int j = s.indexOf(c);
            if (j >= 0 && j < i) i = j;
        }
        return i;
    }
}
