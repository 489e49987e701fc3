package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class UserQueryTest {
    static List<String> chunks(String text) {
        return UserQuery.chunks(text).stream()
                .map(c -> (c.orWithPrevious() ? "|" : "") + (c.negated() ? "-" : "") + (c.phrase() ? "\"" + c.text() + "\"" : c.text()))
                .toList();
    }

    @Test
    void chunksOfWhatUsersType() {
        assertThat(chunks("GPU 推理")).containsExactly("GPU", "推理");
        assertThat(chunks("\"free cash flow\" -capex")).containsExactly("\"free cash flow\"", "-capex");
        assertThat(chunks("“资本开支” OR 算力 AND 云")).containsExactly("\"资本开支\"", "|算力", "云");
        assertThat(chunks("NOT 广告 元宝")).containsExactly("-广告", "元宝");
        assertThat(chunks("\"cloud margins")).containsExactly("cloud", "margins");
        assertThat(chunks("- -- + OR")).containsExactly("-", "--"); // a lone minus is a word; "--" excludes "-"
        assertThat(chunks("x ".repeat(100))).hasSize(UserQuery.MAX_CHUNKS);
    }

    @Test
    void aCommonWordIsNotAlsoSearchedAsBigrams() throws Exception {
        Analyzer a = SearchIndex.analyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(a))) {
            for (String t : List.of("营收为820亿元", "营收同比增长15%", "元宝")) {
                Document d = new Document();
                d.add(new TextField(PassageFields.TEXT, t, Field.Store.NO));
                w.addDocument(d);
            }
        }
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            UserQuery q = new UserQuery(a, a, 1);
            Query common = q.parse("营收", r);
            assertThat(common.toString()).contains("text:营收").doesNotContain("text_bg");
            Query rare = q.parse("元宝", r);
            assertThat(rare.toString()).contains("text:元宝").contains("text_bg:元宝");
            assertThat(new UserQuery(a, a).parse("营收", r).toString()).contains("text_bg:营收");
            assertThat(q.parse("的 the", r)).isNull();
        }
    }
}
