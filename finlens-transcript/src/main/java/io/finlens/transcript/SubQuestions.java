package io.finlens.transcript;

import io.finlens.model.Span;
import io.finlens.text.NormalizedText;
import io.finlens.text.Tsv;
import io.finlens.text.WordList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a question into its parts where the analyst numbers them (第一个问题…第二个问题; first… second…), from the
 * words in {@code ordinals.tsv}. A question is cut only where at least two ordinals appear in increasing order,
 * the first of them the first. Rule id: {@code subquestions.ordinals}.
 */
final class SubQuestions {
    private static final SubQuestions STANDARD = new SubQuestions();
    /** The ordinals, matched ignoring case. */
    private final WordList<Integer> words;

    private SubQuestions() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(SubQuestions.class, "ordinals.tsv", 3, 3)) {
            if (!r.get(0).equals("zh") && !r.get(0).equals("en")) throw r.error("language must be zh or en");
            int n;
            try {
                n = Integer.parseInt(r.get(2));
            } catch (NumberFormatException e) {
                throw r.error("position is not a number: " + r.get(2));
            }
            if (n < 1 || n > 9) throw r.error("position must be 1..9");
            if (m.put(r.get(1), n) != null) throw r.error("ordinal repeats: " + r.get(1));
        }
        words = new WordList<>(m, true);
    }

    static SubQuestions standard() {
        return STANDARD;
    }

    /**
     * The parts of the question at {@code question} (original coordinates, its words without white space around them),
     * or an empty list. An ordinal is looked for from the question's first word, which counts as the text's start.
     */
    List<Span> parts(NormalizedText doc, Span question) {
        NormalizedText n = doc.slice(question.start(), question.end());
        String t = n.text();
        List<int[]> found = new ArrayList<>(); // [start, position]
        int last = 0;
        for (int i = 0; i < t.length(); i++) {
            WordList.Match<Integer> m = words.at(t, i);
            if (m == null) continue;
            int pos = m.value();
            if (found.isEmpty() ? pos == 1 : pos > last) {
                found.add(new int[] {i, pos});
                last = pos;
            }
            i = m.end() - 1;
        }
        if (found.size() < 2) return List.of();
        List<Span> parts = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            int s = found.get(k)[0];
            int e = k + 1 < found.size() ? found.get(k + 1)[0] : t.length();
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
            if (e <= s) continue;
            Span o = n.toOriginal(new Span(s, e));
            parts.add(new Span(question.start() + o.start(), question.start() + o.end()));
        }
        return parts.size() < 2 ? List.of() : parts;
    }
}
