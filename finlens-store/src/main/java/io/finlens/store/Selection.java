package io.finlens.store;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which files a folder walk or a glob takes. A file named outright is always taken. Of the others:
 * <ul>
 *   <li>hidden files (a name starting with a dot) are never taken;</li>
 *   <li>a file matching an {@code exclude} glob is not taken;</li>
 *   <li>with {@code include} globs, a file must match one (whatever its extension); without, its extension must be a
 *       document's ({@link Sources#EXTENSIONS});</li>
 *   <li>a <b>notes file</b> is taken only with {@code notes}: README, LICENSE, CHANGELOG, NOTES, TODO files by name (any case, any extension), and any
 *       Markdown file named by a word in capitals, maybe with a language (NOTES.md, REVIEW-en.md, SOURCES.md, CONTRIBUTING.md)
 *       &mdash; what a folder says about itself, not an article. {@code notes} takes them too.</li>
 * </ul>
 * A glob matches the path relative to the folder walked (or the glob's own folder) or the file name alone:
 * {@code --exclude 'drafts/**'}, {@code --include '*-zh.txt'}.
 *
 * @param include globs a file must match one of (empty: any document)
 * @param exclude globs no file taken may match
 * @param notes   take notes files too
 */
public record Selection(List<String> include, List<String> exclude, boolean notes) {
    private static final Pattern NOTE_NAME = Pattern.compile("(readme|license|licence|changelog|notes|todo)([-_. ].*)?", Pattern.CASE_INSENSITIVE);
    /** A name in capitals (NOTES, REVIEW, SOURCES, CONTRIBUTING), maybe with a language: REVIEW-en. */
    private static final Pattern CAPITAL_WORD = Pattern.compile("[A-Z][A-Z0-9_]{2,}([-_.](en|zh|[a-z]{2}))?");

    public Selection {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        for (String g : include) matcher(g);
        for (String g : exclude) matcher(g);
    }

    /** Documents by extension, notes passed over, nothing excluded. */
    public static Selection documents() {
        return new Selection(List.of(), List.of(), false);
    }

    private static PathMatcher matcher(String glob) {
        if (glob == null || glob.isBlank()) throw new IllegalArgumentException("blank glob pattern");
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a glob pattern: '" + glob + "' (" + e.getMessage() + ")", e);
        }
    }

    private static boolean any(List<String> globs, Path relative) {
        for (String g : globs) {
            PathMatcher m = matcher(g);
            if (m.matches(relative) || m.matches(relative.getFileName())) return true;
        }
        return false;
    }

    /** Whether a file found under a folder or by a glob is taken; {@code relative} is its path from there. */
    public boolean takes(Path relative) {
        String name = relative.getFileName().toString();
        for (Path part : relative) if (part.toString().startsWith(".")) return false;
        if (any(exclude, relative)) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        if (include.isEmpty() ? Sources.EXTENSIONS.stream().noneMatch(lower::endsWith) : !any(include, relative)) return false;
        return notes || !isNotes(name);
    }

    /** A notes file: README, LICENSE, CHANGELOG, NOTES, TODO by name, or Markdown named by a word in capitals (REVIEW-en.md). */
    public static boolean isNotes(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String ext = dot > 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT) : "";
        if (NOTE_NAME.matcher(stem).matches()) return true;
        return (ext.equals(".md") || ext.equals(".markdown")) && CAPITAL_WORD.matcher(stem).matches();
    }
}
