package io.finlens.fact;

import io.finlens.text.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * English segment names: the business line an English metric mention is about (no rule id of its own: the segment
 * is part of the fact's key). The words right before the metric that are not framing (the, our, total, reported,
 * third quarter…: {@code segment-stop-en}), not verbs (generated, realized), not the company's own name, without a
 * trailing "segment" or "business": "Advisory Services segment operating profit" → Advisory Services; "Logistics and
 * Brokerage revenue" keeps its "and".
 */
final class EnSegmentNames {
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s,;:]+");

    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&]+$");

    /** Words that say how a figure is measured or where, standing between a line's name and its metric. */
    private static final java.util.Set<String> MEASURED = java.util.Set.of("adjusted", "operational", "worldwide", "reported",
            "non-gaap", "gaap", "organic", "comparable", "underlying", "constant-currency", "gross", "net");

    private EnSegmentNames() {
    }

    /**
     * An English business line before a metric: the words right before it that are not framing (the, our,
     * total, reported, third quarter...), not verbs (generated, realized), not the company's own name, and
     * without a trailing "segment" or "business". "Advisory Services segment" → Advisory Services.
     */
    static String name(String cand, DocumentContext doc, FactLexicon lex) {
        String[] words = WORD_SPLIT.split(ZhSegmentNames.BRACKETED.matcher(cand).replaceAll(" ").strip());
        List<String> kept = new ArrayList<>();
        for (int i = words.length - 1; i >= 0; i--) {
            String w = WORD_EDGES.matcher(words[i]).replaceAll("");
            String lw = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty()) break;
            boolean stop = lex.segmentStopEn.contains(lw) || possessive(lw)
                    || (lw.endsWith("ed") && lw.length() > 4 && Character.isLowerCase(w.charAt(0)))
                    || (lw.endsWith("ing") && lw.length() > 5 && Character.isLowerCase(w.charAt(0)) && !kept.isEmpty())
                    || w.chars().allMatch(Character::isDigit) || isEntityWord(w, doc) || spokenWord(w);
            String prevWord = i > 0 ? WORD_EDGES.matcher(words[i - 1]).replaceAll("") : "";
            String prevLower = prevWord.toLowerCase(Locale.ROOT);
            boolean bothCapital = !kept.isEmpty() && Character.isUpperCase(kept.get(0).charAt(0)) && !prevWord.isEmpty()
                    && Character.isUpperCase(prevWord.charAt(0));
            // "Subscription and support revenues" at a sentence's start: the first word is capitalized for the sentence only
            boolean sentenceInitial = i - 1 == 0 && !prevWord.isEmpty() && Character.isUpperCase(prevWord.charAt(0))
                    && prevWord.substring(1).chars().allMatch(Character::isLowerCase);
            boolean bothPlain = kept.size() == 1 && !prevWord.isEmpty() && (Character.isLowerCase(prevWord.charAt(0)) || sentenceInitial)
                    && Character.isLowerCase(kept.get(0).charAt(0)) && !lex.segmentStopEn.contains(prevLower)
                    && !prevLower.endsWith("ed") && !prevLower.endsWith("ing") && prevLower.chars().allMatch(Character::isLetter);
            if ((lw.equals("and") || lw.equals("&")) && (bothCapital || bothPlain) && !isEntityWord(prevWord, doc)) {
                kept.add(0, w); // Logistics and Brokerage, Construction & Forestry: one name
                continue;
            }
            if (stop && kept.isEmpty() && Regex.matches(w, "(?:19|20)\\d\\d")) continue; // construction and forestry 2022 net sales
            // "Consumer Health worldwide adjusted operational sales": how the figure is measured, between the line and its metric
            if (kept.isEmpty() && MEASURED.contains(lw)) {
                if (lw.equals("gaap") && (prevLower.equals("us") || prevLower.equals("u.s"))) break; // U.S. GAAP: a standard
                continue;
            }
            // "Global RIM", "Global Data Center": a capitalized Global opening a capitalized name is part of it
            if (stop && lw.equals("global") && Character.isUpperCase(w.charAt(0)) && !kept.isEmpty()
                    && Character.isUpperCase(kept.get(0).charAt(0))) {
                kept.add(0, w);
                break;
            }
            if (stop) {
                if (kept.isEmpty() && (lw.equals("segment") || lw.equals("business") || lw.equals("segments")
                        || lw.equals("division"))) continue; // Advisory Services segment operating profit
                if (kept.isEmpty() && i == words.length - 1 && lw.endsWith("ed") && Character.isLowerCase(w.charAt(0))) {
                    continue; // Investment Management realized operating profit
                }
                break;
            }
            kept.add(0, w);
            if (kept.size() == 4) break;
        }
        if (kept.size() == 1 && WHOLE_COMPANY.contains(kept.get(0))) return null; // "enterprise revenue": the whole company's
        if (kept.isEmpty()) return null;
        // en.segment.product-line: "Specialty product sales" is the line of specialty products, named in the plural
        if (kept.size() >= 2 && kept.get(kept.size() - 1).equals("product")) kept.set(kept.size() - 1, "products");
        return String.join(" ", kept);
    }

    /** "we're", "you've", "didn't": a contraction belongs to speech around a figure, never to a line's name. */
    private static final Pattern CONTRACTION = Pattern.compile("['’](?:ve|re|ll|d|m|t)$", Pattern.CASE_INSENSITIVE);

    /** "Kestrel's", "company’s": a possessive names whose line, never the line. */
    static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("’s");
    }

    /**
     * Words of speech that a call puts before a metric and that name no line: contractions ("we're projecting comps")
     * and a lone lower-case letter left of a possessive ("quarters' net interest income").
     */
    static boolean spokenWord(String w) {
        return CONTRACTION.matcher(w).find() || w.length() == 1 && Character.isLowerCase(w.charAt(0));
    }

    /** Lower-case words that name the whole company where a line's name would stand (a capitalized Enterprise may be a line). */
    private static final java.util.Set<String> WHOLE_COMPANY = java.util.Set.of("enterprise", "company", "companywide", "group");

    /** Whether {@code w} is a word of the company's own name or one of its aliases, or a company ending (Inc, Group). */
    static boolean isEntityWord(String w, DocumentContext doc) {
        String lw = w.toLowerCase(Locale.ROOT);
        for (String part : Regex.split(doc.entity(), "[\\s,.&]+")) if (part.length() > 1 && part.equalsIgnoreCase(w)) return true;
        for (String a : doc.aliases()) if (a.equalsIgnoreCase(w)) return true;
        return lw.equals("inc") || lw.equals("corporation") || lw.equals("group");
    }
}
