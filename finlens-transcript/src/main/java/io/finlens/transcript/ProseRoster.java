package io.finlens.transcript;

import io.finlens.text.Chars;
import io.finlens.text.WordList;

/**
 * The roster a Chinese write-up gives in prose: {@code 董事长兼CEO马化腾、总裁刘炽平、首席战略官詹姆斯·米歇尔(James
 * Mitchell)及CFO罗硕瀚等公司高管召开了财报电话会议}. Only sentences that speak of the call (call cues) are read; in
 * them each title is followed by a name, and a Latin name in brackets after it is the same person (an alias).
 * Rule id: {@code zh.roster.title-name}.
 */
final class ProseRoster {
    private static final java.util.regex.Pattern SENTENCE_ENDS = java.util.regex.Pattern.compile("[。!?;]");
    private static final String DELIMITERS = "、,;:()“”\"《》.。!?/ \t";

    private final Names names;
    private final Cues cues;

    ProseRoster(Names names, Cues cues) {
        this.names = names;
        this.cues = cues;
    }

    void read(SourceLines lines, Roster roster) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank() || !Chars.hasHan(lines.get(i).raw()) || !cues.inside("call-cue", lines.get(i).raw())) continue;
            String t = lines.norm(i).text();
            for (String sentence : SENTENCE_ENDS.split(t)) {
                if (sentence.length() < 6 || !cues.inside("call-cue", sentence)) continue;
                sentence(sentence, roster);
            }
        }
    }

    private void sentence(String s, Roster roster) {
        WordList<String> titles = names.zhTitles();
        int i = 0;
        while (i < s.length()) {
            WordList.Match<String> m = titles.at(s, i);
            if (m == null) {
                i++;
                continue;
            }
            int titleStart = m.start();
            int end = m.end();
            // titles chained by 兼 (董事长兼CEO) or written one after another
            while (true) {
                int k = end;
                if (k < s.length() && s.charAt(k) == '兼') k++;
                WordList.Match<String> more = titles.at(s, k);
                if (more == null) break;
                end = more.end();
            }
            int nameEnd = name(s, end);
            if (nameEnd < 0) {
                i = end;
                continue;
            }
            String name = s.substring(end, nameEnd).strip();
            Roster.Person p = roster.add(name, Role.EXECUTIVE, s.substring(titleStart, end), null);
            int k = nameEnd;
            while (k < s.length() && s.charAt(k) == ' ') k++;
            if (k < s.length() && s.charAt(k) == '(') {
                int close = s.indexOf(')', k);
                if (close > k) {
                    String alias = s.substring(k + 1, close).strip();
                    if (names.isName(alias, true) && !alias.equals(name)) roster.alias(p, alias);
                    k = close + 1;
                }
            }
            i = Math.max(k, end);
        }
    }

    /** The end of a name starting at {@code at}, or -1 when none starts there. */
    private int name(String s, int at) {
        int j = at;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        if (j >= s.length()) return -1;
        char c = s.charAt(j);
        if (Chars.isLatin(c)) {
            int k = j, lastGood = -1;
            while (k < s.length()) {
                int w = k;
                while (w < s.length() && (Character.isLetter(s.charAt(w)) && !Chars.isHan(s.charAt(w)) || s.charAt(w) == '.'
                        || s.charAt(w) == '\'' || s.charAt(w) == '-')) w++;
                if (w == k) break;
                if (Names.isLatinName(s.substring(j, w), false)) lastGood = w;
                if (w < s.length() && s.charAt(w) == ' ' && w + 1 < s.length() && Chars.isLatin(s.charAt(w + 1))) k = w + 1;
                else break;
            }
            return lastGood;
        }
        if (!Chars.isHan(c)) return -1;
        // a transliterated name: 詹姆斯·米歇尔
        int k = j;
        while (k < s.length() && Chars.isHan(s.charAt(k)) && k - j < 8) k++;
        if (k < s.length() && "·•・‧".indexOf(s.charAt(k)) >= 0) {
            int e = k;
            while (e < s.length() && "·•・‧".indexOf(s.charAt(e)) >= 0) {
                int seg = e + 1;
                int segEnd = seg;
                while (segEnd < s.length() && Chars.isHan(s.charAt(segEnd)) && segEnd - seg < 8) segEnd++;
                if (segEnd == seg) break;
                // the last segment ends where a delimiter or a stop word begins
                int best = -1;
                for (int len = 1; seg + len <= segEnd; len++) {
                    if (boundary(s, seg + len)) {
                        best = seg + len;
                        break;
                    }
                }
                if (best < 0) return -1;
                e = best;
                if (e < s.length() && "·•・‧".indexOf(s.charAt(e)) >= 0) continue;
                return Names.isTransliterated(s.substring(j, e)) ? e : -1;
            }
            return -1;
        }
        for (int len = 2; len <= 4 && j + len <= s.length(); len++) {
            String cand = s.substring(j, j + len);
            if (!Names.allHan(cand)) break;
            if (names.isChineseName(cand) && boundary(s, j + len)) return j + len;
        }
        return -1;
    }

    /** Whether a name may end at {@code k}: the text's end, a delimiter, a stop word, or Latin text. */
    private boolean boundary(String s, int k) {
        if (k >= s.length()) return true;
        char c = s.charAt(k);
        if (DELIMITERS.indexOf(c) >= 0) return true;
        if (Chars.isLatin(c) || Chars.isDigit(c)) return true;
        return cues.leading("name-stop", s.substring(k, Math.min(s.length(), k + 4))) != null;
    }
}
