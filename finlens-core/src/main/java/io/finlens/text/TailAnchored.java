package io.finlens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose every match ends in a fixed word and starts at most {@code reach} chars before it
 * ({@code 某机构数据显示}: a run of letters, then 数据显示): looked for only in the window before each occurrence of the word,
 * found by {@link String#indexOf}, instead of at every position of the text, where a leading run of letters makes the
 * engine try every run's every start.
 *
 * <p>Matches are those of {@link Matcher#find()} over the region with transparent bounds (a lookbehind sees the text
 * before the window), left to right without overlap. The caller promises that every match ends in the word and is no
 * longer than {@code reach} plus the word.
 */
public final class TailAnchored {
    private final String anchor;
    private final int reach;
    private final Pattern pattern;

    public TailAnchored(String anchor, int reach, Pattern pattern) {
        if (anchor == null || anchor.isEmpty()) throw new IllegalArgumentException("a tail-anchored pattern needs its word: " + pattern);
        if (reach < 0) throw new IllegalArgumentException("reach must not be negative: " + reach);
        this.anchor = anchor;
        this.reach = reach;
        this.pattern = Objects.requireNonNull(pattern, "pattern");
    }

    /** The matches that lie in {@code [from, to)} of {@code s}, in order. */
    public List<MatchResult> in(String s, int from, int to) {
        Objects.checkFromToIndex(from, to, s.length());
        List<MatchResult> out = new ArrayList<>(0);
        Matcher m = null;
        int free = from; // where the next match may start: no overlap with the last one
        for (int at = s.indexOf(anchor, from, to); at >= 0; at = s.indexOf(anchor, at + 1, to)) { // (bounded: no scan past the region)
            int start = Math.max(free, at - reach);
            if (start > at) continue;
            if (m == null) m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            // a match that starts by this occurrence may run on to a later one (the engine is greedy): the window
            // reaches as far as such a match can; one that starts after this occurrence is the next window's
            m.region(start, Math.min(to, at + anchor.length() + reach));
            if (m.find() && m.start() <= at) {
                out.add(m.toMatchResult());
                free = m.end();
            }
        }
        return out;
    }
}
