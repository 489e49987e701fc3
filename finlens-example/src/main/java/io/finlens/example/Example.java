package io.finlens.example;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.Finlens;
import io.finlens.model.Fact;
import io.finlens.model.Span;
import java.io.PrintStream;

/**
 * The smallest program using finlens as a library: analyses a string (the arguments joined, or a sentence of its own)
 * and prints one line per fact: metric, period, value with its unit, and the text it was read from.
 */
public final class Example {
    /** The text analysed when no arguments are given (invented, like every sample of the project). */
    static final String TEXT = "Northwind Robotics reported third quarter 2025 revenue of $412.5 million, up 18% year over year.";

    private Example() {
    }

    public static void main(String[] args) {
        print(args.length == 0 ? TEXT : String.join(" ", args), System.out);
    }

    /** Analyses {@code text} and prints its facts to {@code out}. */
    static void print(String text, PrintStream out) {
        Finlens finlens = new Finlens(); // thread-safe: one instance can serve a whole application
        Analysis analysis = finlens.analyze("example.txt", text);
        out.println(analysis.entity() + ", " + analysis.period().id() + ": " + analysis.facts().size() + " fact(s)");
        for (Fact f : analysis.facts()) {
            Span where = f.evidence().getFirst();
            out.println(f.metric() + "\t" + f.period().id() + "\t" + (f.value() == null ? "-" : f.value().toPlainString())
                    + " " + f.unit() + "\t" + f.changes().size() + " change(s)\t\"" + text.substring(where.start(), where.end()) + "\"");
        }
    }
}
