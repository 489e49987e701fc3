package io.finlens.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a Lucene query; never throws on any text. Whitespace separates chunks; every chunk
 * must match (a chunk is a word, a run of Chinese, or a "quoted phrase"), {@code OR} between chunks makes either
 * enough, {@code -chunk} (or {@code NOT chunk}) excludes, {@code AND} and {@code +} are accepted and ignored. An
 * unbalanced quote is read as an ordinary character.
 *
 * <p>A chunk searches two fields: the word field (HanLP words and stemmed English, boosted; several words as a
 * phrase allowing one gap, exact when quoted) and, when it holds two Han characters in a row, the bigram field as an exact phrase,
 * which finds the string even where the segmenter cut the passage differently from the query (except for a
 * one-word chunk whose word is in more than {@value #NET_MAX_DOCS} passages, see {@link #common}).
 */
final class UserQuery {
    static final int MAX_CHARS = 1000;
    static final int MAX_CHUNKS = 32;
    static final int MAX_TERMS = 64;
    static final float WORD_BOOST = 2f;
    /** Above this many passages holding a query word, the word is not also searched as bigrams. */
    static final int NET_MAX_DOCS = 20_000;

    /** A piece of the user's text. */
    record Chunk(String text, boolean phrase, boolean negated, boolean orWithPrevious) {
    }

    private final Analyzer words;
    private final Analyzer bigrams;
    private final int netMaxDocs;

    UserQuery(Analyzer words, Analyzer bigrams) {
        this(words, bigrams, NET_MAX_DOCS);
    }

    UserQuery(Analyzer words, Analyzer bigrams, int netMaxDocs) {
        this.words = words;
        this.bigrams = bigrams;
        this.netMaxDocs = netMaxDocs;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '＂';
    }

    /** Splits the user's text into chunks. */
    static List<Chunk> chunks(String text) {
        String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Chunk> out = new ArrayList<>();
        boolean negateNext = false;
        boolean orNext = false;
        int i = 0;
        int n = s.length();
        while (i < n && out.size() < MAX_CHUNKS) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
                continue;
            }
            boolean negated = negateNext;
            int at = i;
            if ((c == '-' || c == '－') && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = true;
                at = i + 1;
            } else if (c == '+' && i + 1 < n) {
                at = i + 1;
            }
            if (isQuote(s.charAt(at))) {
                int close = -1;
                for (int j = at + 1; j < n; j++) {
                    if (isQuote(s.charAt(j))) {
                        close = j;
                        break;
                    }
                }
                if (close > at) {
                    out.add(new Chunk(s.substring(at + 1, close), true, negated, orNext));
                    negateNext = false;
                    orNext = false;
                    i = close + 1;
                    continue;
                }
                at++; // an unbalanced quote: an ordinary character, skipped
            }
            int end = at;
            while (end < n && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '\u3000' && !isQuote(s.charAt(end))) end++;
            String word = s.substring(at, end);
            i = Math.max(end, at);
            if (word.isEmpty()) continue;
            switch (word) {
                case "OR", "||", "|" -> orNext = true;
                case "AND", "&&", "&" -> { }
                case "NOT", "!" -> negateNext = true;
                default -> {
                    out.add(new Chunk(word, false, negated, orNext));
                    negateNext = false;
                    orNext = false;
                }
            }
        }
        return out;
    }

    /** The query for the user's text, or null when nothing in it can be searched for. */
    Query parse(String text, IndexReader reader) {
        List<List<Query>> groups = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        for (Chunk c : chunks(text)) {
            Query q = chunkQuery(c.text(), c.phrase(), reader);
            if (q == null) continue;
            if (c.negated()) {
                excluded.add(q);
            } else if (c.orWithPrevious() && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(q);
            } else {
                groups.add(new ArrayList<>(List.of(q)));
            }
        }
        if (groups.isEmpty()) return null;
        if (groups.size() == 1 && groups.get(0).size() == 1 && excluded.isEmpty()) return groups.get(0).get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<Query> g : groups) {
            if (g.size() == 1) {
                b.add(g.get(0), Occur.MUST);
            } else {
                BooleanQuery.Builder or = new BooleanQuery.Builder();
                for (Query q : g) or.add(q, Occur.SHOULD);
                b.add(or.build(), Occur.MUST);
            }
        }
        for (Query q : excluded) b.add(q, Occur.MUST_NOT);
        return b.build();
    }

    private Query chunkQuery(String text, boolean phrase, IndexReader reader) {
        Query word = fieldQuery(words, PassageFields.TEXT, text, phrase ? 0 : 1);
        Query bigram = hasHanPair(text) && !common(word, reader) ? fieldQuery(bigrams, PassageFields.TEXT_BIGRAMS, text, 0) : null;
        if (word == null) return bigram;
        if (bigram == null) return word;
        // the better of the two scores, nothing added for the other: with a tie-breaker a dis-max passes no minimum
        // competitive score down, and every match of a common two-word chunk would be verified and scored
        return new DisjunctionMaxQuery(List.of(new BoostQuery(word, WORD_BOOST), bigram), 0f);
    }

    /**
     * Whether the chunk is one word found in more than {@value #NET_MAX_DOCS} passages: then every page is full of
     * word matches and the bigram net, which would add only the rare passages where the segmenter cut the word
     * differently, is left out (it costs tens of milliseconds on a word that common in a million passages).
     */
    private boolean common(Query word, IndexReader reader) {
        if (reader == null || !(word instanceof TermQuery t)) return false;
        try {
            return reader.docFreq(t.getTerm()) > netMaxDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two Han characters in a row: a bigram to search (a lone character is a unigram only where it stands alone). */
    private static boolean hasHanPair(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (HanLatinTokenizer.isHan(s.charAt(i)) && HanLatinTokenizer.isHan(s.charAt(i - 1))) return true;
        }
        return false;
    }

    private static Query fieldQuery(Analyzer a, String field, String text, int slop) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken() && terms.size() < MAX_TERMS) {
                pos += Math.max(1, inc.getPositionIncrement());
                terms.add(term.toString());
                positions.add(pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (terms.isEmpty()) return null;
        if (terms.size() == 1) return new TermQuery(new Term(field, terms.get(0)));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int first = positions.get(0);
        for (int i = 0; i < terms.size(); i++) b.add(new Term(field, terms.get(i)), positions.get(i) - first);
        b.setSlop(slop);
        return b.build();
    }
}
