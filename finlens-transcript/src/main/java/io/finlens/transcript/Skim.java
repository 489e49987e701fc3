package io.finlens.transcript;

import io.finlens.text.Regex;
import io.finlens.text.Chars;
import java.util.Locale;

/** What a person skimming a call reads first: the gist of a question. */
public final class Skim {
    /** Longest preview, in characters. */
    static final int MAX = 140;

    private Skim() {
    }

    /**
     * The first sentence of the question that is more than courtesy ("Thanks for taking my question." and
     * 谢谢管理层。 are skipped when something follows), on one line, cut at {@link #MAX} characters.
     */
    public static String question(String original, Exchange e) {
        Turn q = e.question();
        String t = Regex.replaceAll(original.substring(q.words().start(), q.words().end()).replace("**", ""), "\\s+", " ").strip();
        String first = null;
        int from = 0;
        while (from < t.length()) {
            int end = sentenceEnd(t, from);
            String s = t.substring(from, end).strip();
            if (first == null) first = s;
            if (!s.isEmpty() && !courtesy(s)) {
                first = s;
                break;
            }
            from = end;
        }
        if (first == null) first = "";
        return first.length() <= MAX ? first : first.substring(0, MAX - 1) + "…";
    }

    private static int sentenceEnd(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '？' || c == '！' || c == '?' || c == '!' || c == '；') return i + 1;
            if (c == '.' && (i + 1 == t.length() || t.charAt(i + 1) == ' ') && !(i > 0 && Character.isUpperCase(t.charAt(i - 1))
                    && (i < 2 || !Character.isLetter(t.charAt(i - 2))))) {
                return i + 1;
            }
        }
        return t.length();
    }

    private static boolean courtesy(String s) {
        String low = s.toLowerCase(Locale.ROOT);
        boolean thanks = low.contains("thank") || low.contains("congrat") || low.startsWith("hi") || low.startsWith("hello")
                || low.startsWith("good morning") || low.startsWith("good afternoon") || low.startsWith("good evening")
                || low.startsWith("great") || low.startsWith("yes") || low.startsWith("okay") || low.startsWith("hey")
                || s.contains("谢谢") || s.contains("感谢") || s.contains("恭喜") || s.contains("祝贺") || s.startsWith("你好") || s.startsWith("大家好");
        int size = Chars.hasHan(s) ? s.length() / 3 : Regex.split(s, "\\s+").length;
        return thanks && size <= 12;
    }
}
