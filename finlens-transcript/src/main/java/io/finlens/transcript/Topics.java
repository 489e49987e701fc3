package io.finlens.transcript;

import io.finlens.text.Regex;
import io.finlens.text.Tsv;
import io.finlens.text.WordList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Topics of an exchange (multi-label) from cue words: {@code topics.tsv} lists the ids, {@code topic-cues-zh.tsv} and
 * {@code topic-cues-en.tsv} the cues with a weight. The question counts four times, the answers once (the question says what the exchange is about; answers are longer); a topic is kept when
 * its score reaches {@link #MIN_SCORE} and a fraction {@link #RELATIVE} of the best topic's, at most {@link #MAX}
 * topics, strongest first. Rule id: {@code topics.cues}.
 */
public final class Topics {
    static final double MIN_SCORE = 2;
    static final double RELATIVE = 0.4;
    static final int MAX = 3;
    static final double QUESTION_WEIGHT = 4;

    private static final Topics STANDARD = new Topics();

    private final List<String> ids = new ArrayList<>();
    /**
     * cue → [topic index, weight], both languages in one list (cues in one language rarely occur in the other); every
     * position of every exchange is looked up (a {@link WordList} walks its trie once per position).
     */
    private final WordList<int[]> cues;

    private Topics() {
        for (Tsv.Row r : Tsv.load(Topics.class, "topics.tsv", 2, 2)) {
            if (!Regex.matches(r.get(0), "[a-z_]+")) throw r.error("topic id must be snake_case: " + r.get(0));
            if (ids.contains(r.get(0))) throw r.error("topic repeats: " + r.get(0));
            ids.add(r.get(0));
        }
        Map<String, int[]> m = new LinkedHashMap<>();
        for (String file : List.of("topic-cues-zh.tsv", "topic-cues-en.tsv")) {
            for (Tsv.Row r : Tsv.load(Topics.class, file, 3, 3)) {
                int t = ids.indexOf(r.get(0));
                if (t < 0) throw r.error("unknown topic '" + r.get(0) + "' (topics.tsv)");
                int w;
                try {
                    w = Integer.parseInt(r.get(2));
                } catch (NumberFormatException e) {
                    throw r.error("weight is not a number: " + r.get(2));
                }
                if (w < 1 || w > 3) throw r.error("weight must be 1..3");
                if (m.put(r.get(1), new int[] {t, w}) != null) throw r.error("cue repeats: " + r.get(1));
            }
        }
        cues = new WordList<>(m, true);
    }

    public static Topics standard() {
        return STANDARD;
    }

    /** The topic ids, in {@code topics.tsv} order. */
    public List<String> ids() {
        return List.copyOf(ids);
    }

    /** Adds the cue weights found in {@code text}, times {@code factor}, to {@code scores} (indexed like {@link #ids()}). */
    void score(String text, double factor, double[] scores) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a Latin cue starts a word: inside a word there is nothing to look up
            if (i > 0 && io.finlens.text.Chars.isLatin(c) && io.finlens.text.Chars.isLatin(text.charAt(i - 1))) continue;
            if (c <= ' ') continue;
            WordList.Match<int[]> m = cues.at(text, i);
            if (m == null) continue;
            scores[m.value()[0]] += m.value()[1] * factor;
            i = m.end() - 1;
        }
    }

    double[] newScores() {
        return new double[ids.size()];
    }

    /** The chosen topics for the scores, strongest first (ties in {@code topics.tsv} order). */
    List<String> choose(double[] scores) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) order.add(i);
        order.sort(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        double best = scores[order.get(0)];
        Set<String> out = new LinkedHashSet<>();
        for (int i : order) {
            if (out.size() >= MAX || scores[i] < MIN_SCORE || scores[i] < RELATIVE * best) break;
            out.add(ids.get(i));
        }
        return List.copyOf(out);
    }

    /** The topics of one text on its own. */
    public List<String> of(String text) {
        double[] s = newScores();
        score(text, 1, s);
        return choose(s);
    }
}
