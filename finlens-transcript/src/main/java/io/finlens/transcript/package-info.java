/**
 * Earnings-call transcripts: layouts, participants, brokers, exchanges and topics.
 *
 * <p>{@link io.finlens.transcript.TranscriptReader#read} finds the call in a document and returns a
 * {@link io.finlens.transcript.Transcript}: the {@link io.finlens.transcript.Participant participants} and the Q&amp;A as
 * {@link io.finlens.transcript.Exchange exchanges} (one analyst's time at the microphone) of
 * {@link io.finlens.transcript.Turn turns} with spans into the original text. Layouts are detected, strongest markers
 * first: StreetEvents participants blocks, dash header lines ({@code Name -- Firm -- Analyst}), then speaker labels
 * with a colon (Chinese write-ups and call minutes, English excerpts).
 *
 * <p>Words are data, beside the classes: {@code brokers.tsv} (brokers' usual English names, Chinese names and other
 * forms), {@code cues.tsv} (role labels, section headings, moderation, footers), {@code titles-zh.tsv},
 * {@code title-words-en.tsv}, {@code surnames-zh.tsv}, {@code ordinals.tsv} (numbered sub-questions),
 * {@code topics.tsv} with {@code topic-cues-zh.tsv} and {@code topic-cues-en.tsv}.
 */
package io.finlens.transcript;
