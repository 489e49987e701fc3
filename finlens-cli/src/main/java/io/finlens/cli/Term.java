package io.finlens.cli;

import java.util.Map;

/**
 * What the terminal gets: colour only on a terminal and never when {@code NO_COLOR} is set to anything non-empty
 * (https://no-color.org) or {@code TERM=dumb}. picocli's own help honours {@code NO_COLOR} the same way.
 */
final class Term {
    private Term() {
    }

    /** Whether to colour what goes to a terminal. */
    static boolean color() {
        return colorAllowed(System.getenv()) && terminal();
    }

    /** Whether the environment allows colour: no non-empty {@code NO_COLOR}, and a {@code TERM} other than dumb. */
    static boolean colorAllowed(Map<String, String> env) {
        String no = env.get("NO_COLOR");
        if (no != null && !no.isEmpty()) return false;
        return !"dumb".equals(env.get("TERM"));
    }

    /** Whether stdout is likely a terminal: a console that says it is one (JDK 22+ gives a console even when redirected). */
    static boolean terminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }
}
