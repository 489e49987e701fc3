/**
 * Full-text search over paragraphs and transcript turns: {@link io.finlens.search.Passages} cuts an analysis into
 * {@link io.finlens.search.Passage}s, {@link io.finlens.search.SearchIndex} keeps them in Lucene with a Chinese-aware
 * analyzer ({@link io.finlens.search.FinlensAnalyzer}: HanLP words for Han runs, an English chain for Latin runs)
 * and a CJK-bigram sub-field, and answers {@link io.finlens.search.SearchQuery}s with ranked
 * {@link io.finlens.search.Hit}s whose highlights are offsets into the original text.
 */
package io.finlens.search;
