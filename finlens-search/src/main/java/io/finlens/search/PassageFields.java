package io.finlens.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The layout of a {@link SearchIndex}: the names of its fields, how a {@link Passage} becomes a Lucene document (text
 * fields with offsets for highlighting, keyword fields holding {@link #key keys} for exact filters, a period end for
 * ranges, a sort key for ties) and how a stored document is read back as the passage it was.
 */
final class PassageFields {
    static final String TEXT = "text";
    static final String TEXT_BIGRAMS = "text_bg";
    static final String DOC_ID = "doc_id";
    /** Document id and start offset: hits of equal score come in this order, whatever order documents were indexed in. */
    static final String ORDER = "order";
    static final String ENTITY = "entity";
    static final String PERIOD = "period";
    static final String PERIOD_END = "period_end";
    static final String DOCUMENT = "document";
    static final String KIND = "kind";
    static final String EXCHANGE = "exchange";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_SHOWN = "speaker_shown";
    static final String ALIAS = "alias";
    static final String ROLE = "role";
    static final String FIRM = "firm";
    static final String FIRM_SHOWN = "firm_shown";
    static final String TOPIC = "topic";
    static final String LANGUAGE = "language";
    static final String START = "start";
    static final String END = "end";

    private static final FieldType TEXT_TYPE = textType(true);
    private static final FieldType BIGRAM_TYPE = textType(false);

    private PassageFields() {
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Filter values are compared case-, width- and space-insensitively. */
    static String key(String s) {
        if (s == null) return null;
        String k = SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return k.isEmpty() ? null : k;
    }

    /** The Lucene documents of passages, in their order. */
    static List<Document> documents(List<Passage> passages) {
        List<Document> docs = new ArrayList<>(passages.size());
        java.util.Map<String, PeriodRange> periods = new java.util.HashMap<>(); // a document's passages share its period
        for (Passage p : passages) docs.add(document(Objects.requireNonNull(p, "passage"), periods));
        return docs;
    }

    /** The Lucene document of one passage. */
    static Document document(Passage p) {
        return document(p, new java.util.HashMap<>());
    }

    private static Document document(Passage p, java.util.Map<String, PeriodRange> periods) {
        Document d = new Document();
        d.add(new StringField(DOC_ID, p.docId(), Field.Store.YES));
        d.add(new SortedDocValuesField(ORDER, new BytesRef(order(p.docId(), p.start()))));
        keyword(d, ENTITY, p.entityId());
        if (p.period() != null) {
            keyword(d, PERIOD, p.period());
            PeriodRange r = periods.computeIfAbsent(p.period(), PeriodRange::parse);
            if (r != null) d.add(new IntPoint(PERIOD_END, r.last()));
        }
        d.add(new StoredField(DOCUMENT, p.document()));
        keyword(d, KIND, p.kind());
        if (p.exchange() != null) d.add(new StoredField(EXCHANGE, p.exchange()));
        if (p.speaker() != null) {
            d.add(new StoredField(SPEAKER_SHOWN, p.speaker()));
            Set<String> names = new LinkedHashSet<>();
            names.add(key(p.speaker()));
            for (String a : p.aliases()) {
                d.add(new StoredField(ALIAS, a));
                names.add(key(a));
            }
            for (String k : names) {
                if (k != null) d.add(new StringField(SPEAKER, k, Field.Store.NO));
            }
        }
        if (p.role() != null) keyword(d, ROLE, p.role());
        if (p.firm() != null) {
            d.add(new StoredField(FIRM_SHOWN, p.firm()));
            d.add(new StringField(FIRM, key(p.firm()), Field.Store.NO));
        }
        for (String t : p.topics()) keyword(d, TOPIC, t);
        keyword(d, LANGUAGE, p.language());
        d.add(new StoredField(START, p.start()));
        d.add(new StoredField(END, p.end()));
        d.add(new Field(TEXT, p.text(), TEXT_TYPE));
        d.add(new Field(TEXT_BIGRAMS, p.text(), BIGRAM_TYPE));
        return d;
    }

    /** The sort key of ties: document id, a colon and the start offset in ten digits ({@code %010d}). */
    static String order(String docId, int start) {
        String n = Integer.toString(start);
        if (start < 0 || n.length() >= 10) return docId + ":" + String.format(Locale.ROOT, "%010d", start);
        return docId + ":" + "0000000000".substring(n.length()) + n;
    }

    /** Stores the value as given and indexes its key. */
    private static void keyword(Document d, String field, String value) {
        d.add(new StoredField(field, value));
        String k = key(value);
        if (k != null) d.add(new StringField(field, k, Field.Store.NO));
    }

    /** The passage a stored Lucene document holds. */
    static Passage passage(Document d) {
        IndexableField ex = d.getField(EXCHANGE);
        List<String> topics = new ArrayList<>(List.of(d.getValues(TOPIC)));
        return new Passage(d.get(DOC_ID), d.get(ENTITY), d.get(PERIOD), d.get(DOCUMENT), d.get(KIND),
                ex == null ? null : ex.numericValue().intValue(), d.get(SPEAKER_SHOWN), d.get(ROLE), d.get(FIRM_SHOWN),
                topics, d.get(LANGUAGE), d.getField(START).numericValue().intValue(), d.getField(END).numericValue().intValue(),
                d.get(TEXT), List.of(d.getValues(ALIAS)));
    }
}
