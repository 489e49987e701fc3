package io.finlens.transcript;

import io.finlens.text.Chars;
import io.finlens.text.Tsv;
import io.finlens.text.WordList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person's name and a job title look like, in Chinese and in English. Words are data: Chinese surnames
 * ({@code surnames-zh.tsv}), Chinese titles ({@code titles-zh.tsv}), English title words ({@code title-words-en.tsv}).
 */
final class Names {
    private static final Names STANDARD = new Names();
    /** A Latin name: capitalized words, initials, particles; A.J. Rice, Patrick Joseph O'Shaughnessy, Tien-Tsin Huang. */
    private static final Pattern LATIN_WORD = Pattern.compile("(?:[A-Z](?:\\.[A-Z])*\\.?|[A-Z][a-zà-ÿ'’]*(?:[-'’][A-Za-zà-ÿ]+)*\\.?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+)");
    /** An initial, or initials run together: A., A.J. (patterns compiled once: names are tested on every header line). */
    private static final Pattern INITIALS = Pattern.compile("[A-Z](?:\\.[A-Z])*\\.");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");
    private static final Pattern ROMAN = Pattern.compile("I{2,3}|IV");
    private static final Pattern MIDDLE_DOTS = Pattern.compile("[·•・‧]");
    private static final Pattern TITLE_WORD_BREAKS = Pattern.compile("[\\s,&/()]+");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le",
            "du", "dos", "das", "bin", "al", "el", "st.", "ter", "y");
    /** Capitalized words that start sentences, not names. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "and", "yes", "no", "thanks", "thank", "okay", "ok", "good",
            "great", "hi", "hello", "so", "well", "sure", "got", "it", "we", "i", "our", "my", "your", "this", "that", "what", "how",
            "why", "when", "where", "who", "in", "on", "at", "for", "with", "as", "if", "but", "or", "a", "an", "to", "of", "by",
            "from", "all", "any", "some", "let", "now", "then", "next", "first", "second", "question", "questions", "answer",
            "answers", "revenue", "revenues", "total", "net", "note", "notes", "source", "q", "a.", "operator", "presentation",
            "remarks", "prepared", "call", "participants", "duration", "disclaimer", "definitions", "outlook", "guidance",
            "highlights", "summary", "conference", "excerpt", "full-year", "quarter", "fiscal", "adjusted", "gaap", "non-gaap");

    private final Set<String> surnames = new HashSet<>();
    private final WordList<String> zhTitles;
    private final Set<String> enTitleWords = new HashSet<>();

    private Names() {
        for (Tsv.Row r : Tsv.load(Names.class, "surnames-zh.tsv", 1, 1)) {
            String s = r.get(0);
            if (s.isEmpty() || s.length() > 2 || !allHan(s)) throw r.error("a surname is one or two Han characters: '" + s + "'");
            if (!surnames.add(s)) throw r.error("surname repeats: " + s);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(Names.class, "titles-zh.tsv", 1, 1)) {
            if (titles.put(r.get(0), r.get(0)) != null) throw r.error("title repeats: " + r.get(0));
        }
        zhTitles = new WordList<>(titles, true);
        for (Tsv.Row r : Tsv.load(Names.class, "title-words-en.tsv", 1, 1)) {
            if (!enTitleWords.add(r.get(0).toLowerCase(Locale.ROOT))) throw r.error("title word repeats: " + r.get(0));
        }
    }

    static Names standard() {
        return STANDARD;
    }

    WordList<String> zhTitles() {
        return zhTitles;
    }

    /** A Chinese name: a surname and one or two more characters (两个 or 三个 with a compound surname). */
    boolean isChineseName(String s) {
        if (!allHan(s) || s.length() < 2 || s.length() > 4) return false;
        if (s.length() >= 3 && surnames.contains(s.substring(0, 2))) return true;
        return s.length() <= 3 && surnames.contains(s.substring(0, 1));
    }

    /** A name written in Han characters joined by a middle dot: 詹姆斯·米歇尔. */
    static boolean isTransliterated(String s) {
        if (s.length() < 3 || s.length() > 20) return false;
        String[] parts = MIDDLE_DOTS.split(s, -1);
        if (parts.length < 2) return false;
        for (String p : parts) if (p.isEmpty() || p.length() > 8 || !allHan(p)) return false;
        return true;
    }

    /** A Latin-script person's name of up to five words; one word only when {@code single} allows it. */
    static boolean isLatinName(String s, boolean single) {
        if (s.isEmpty() || s.length() > 50 || !s.equals(s.strip())) return false;
        // every shape of a first word (LATIN_WORD) starts with a capital: anything else is no name, without splitting
        if (s.charAt(0) < 'A' || s.charAt(0) > 'Z') return false;
        String[] words = s.split(" ", -1);
        if (words.length > 5 || (words.length == 1 && !single)) return false;
        int capitalized = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) return false;
            String low = w.toLowerCase(Locale.ROOT);
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(low)) continue;
            // the patterns only where they can match: initials end with a dot; a stop to drop needs a dot or a comma
            boolean initial = w.endsWith(".") && INITIALS.matcher(w).matches();
            String bare = low.indexOf('.') < 0 && low.indexOf(',') < 0 ? low : TRAILING_STOP.matcher(low).replaceAll("");
            if (!initial && NOT_NAME_WORDS.contains(bare) && (i == 0 || low.length() > 1)) return false;
            if (!LATIN_WORD.matcher(w).matches()) return false;
            if (w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.contains(".") && !ROMAN.matcher(w).matches()) return false;
            capitalized++;
        }
        return capitalized >= 1;
    }

    /** Any of the shapes a speaker's name takes. */
    boolean isName(String s, boolean singleLatinWord) {
        return isChineseName(s) || isTransliterated(s) || isLatinName(s, singleLatinWord);
    }

    /** Whether a label is only a title, or titles joined by 兼 (首席财务官, 董事长兼CEO). */
    boolean isTitle(String label) {
        int i = 0;
        while (i < label.length()) {
            WordList.Match<String> m = zhTitles.at(label, i);
            if (m == null) return false;
            i = m.end();
            if (i < label.length() && label.charAt(i) == '兼') i++;
        }
        return !label.isEmpty();
    }

    /** Whether a Chinese text holds a job title (总裁, 首席财务官). */
    boolean containsTitle(String s) {
        for (int i = 0; i < s.length(); i++) if (zhTitles.at(s, i) != null) return true;
        return false;
    }

    /** Whether an English description (after a name) reads as a job title rather than a firm. */
    boolean looksLikeTitle(String desc) {
        for (String w : TITLE_WORD_BREAKS.split(desc)) {
            if (!w.isEmpty() && enTitleWords.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The key two spellings of one name share: lower case, without spaces, dots and middle dots. */
    static String key(String name) {
        return key(name, Integer.MAX_VALUE);
    }

    /** The {@link #key(String)} of {@code name}, or null when it is longer than {@code max}. */
    static String key(String name, int max) {
        int count = 0;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetterOrDigit(name.charAt(i)) && ++count > max) return null;
        }
        StringBuilder b = new StringBuilder(count);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    static boolean allHan(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Chars.isHan(s.charAt(i))) return false;
        return true;
    }

    /** A title and the name after it in a label such as 总裁张明 or 星河董事长兼CEO李华; null when the label is not one. */
    record TitledName(String title, String name) {
    }

    TitledName titled(String label, Roster roster) {
        // the last title whose rest is a name; earlier titles joined to it by 兼 / 及 / 、 belong to the title
        int n = label.length();
        int[] starts = new int[n], ends = new int[n];
        int count = 0;
        for (int i = 0; i < n; ) {
            WordList.Match<String> m = zhTitles.at(label, i);
            if (m == null) {
                i++;
                continue;
            }
            starts[count] = m.start();
            ends[count] = m.end();
            count++;
            i = m.end();
        }
        for (int k = count - 1; k >= 0; k--) {
            String rest = label.substring(ends[k]).strip();
            if (rest.isEmpty()) continue;
            if (!(isName(rest, false) || roster.find(rest) != null)) continue;
            int first = k;
            while (first > 0) {
                String gap = label.substring(ends[first - 1], starts[first]);
                if (gap.isEmpty() || gap.equals("兼") || gap.equals("及") || gap.equals("、") || gap.equals("和")) first--;
                else break;
            }
            return new TitledName(label.substring(starts[first], ends[k]), rest);
        }
        return null;
    }
}
