package io.finlens.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the known names closest to a name nobody knows (edit distance, case and spacing ignored). */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * At most {@code max} of {@code known} closest to {@code given}, nearest first (ties in the order given): those
     * within an edit distance of a third of the name's length (at least 2), or that contain it or are contained in it.
     */
    public static List<String> closest(String given, Collection<String> known, int max) {
        String g = fold(given);
        record Scored(String name, int distance, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        int i = 0;
        for (String k : known) {
            String f = fold(k);
            int d = distance(g, f);
            // a name typed short (Harbr for Harbor Freightways) is compared with the beginning of the known one too
            for (int n = Math.max(1, g.length() - 1); n <= Math.min(f.length(), g.length() + 1); n++) d = Math.min(d, distance(g, f.substring(0, n)) + 1);
            boolean near = d <= Math.max(2, g.length() / 3) || (g.length() >= 2 && (f.contains(g) || g.contains(f)) && !f.isEmpty());
            if (near && !k.equals(given)) scored.add(new Scored(k, d, i));
            i++;
        }
        scored.sort(java.util.Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
        return scored.stream().map(Scored::name).distinct().limit(max).toList();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.,&]+", "");
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1], cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
