package io.finlens.text;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches}, {@link String#replaceAll} and {@link String#replaceFirst} with their patterns compiled once:
 * the String methods compile the regular expression on every call, which in a rule run for every figure costs more
 * than the match. Same results as the String methods; the patterns are the rules' own constants, so the cache stays
 * as small as the code.
 */
public final class Regex {
    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {
    }

    /** The pattern of {@code regex}, compiled on first use. */
    public static Pattern of(String regex) {
        Pattern p = COMPILED.get(regex);
        return p != null ? p : COMPILED.computeIfAbsent(Objects.requireNonNull(regex, "regex"), Pattern::compile);
    }

    /** {@code s.matches(regex)}. */
    public static boolean matches(CharSequence s, String regex) {
        return of(regex).matcher(s).matches();
    }

    /** {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }

    /** {@code s.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceFirst(replacement);
    }

    /** {@code s.split(regex)}. */
    public static String[] split(String s, String regex) {
        return of(regex).split(s);
    }

    /** {@code s.split(regex, limit)}. */
    public static String[] split(String s, String regex, int limit) {
        return of(regex).split(s, limit);
    }
}
