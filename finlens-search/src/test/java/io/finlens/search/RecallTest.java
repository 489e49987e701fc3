package io.finlens.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The query set in recall-queries.json: every must_find passage is found, no must_not_find passage is. */
class RecallTest {
    @TempDir
    static Path dir;
    static SearchIndex index;

    @BeforeAll
    static void build() {
        index = TestDocs.index(dir);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @TestFactory
    List<DynamicTest> queries() throws Exception {
        JsonNode root;
        try (InputStream in = RecallTest.class.getResourceAsStream("recall-queries.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("queries")) {
            JsonNode f = c.path("filters");
            SearchQuery q = new SearchQuery(c.get("query").asText(), text(f, "entityId"), text(f, "speaker"), text(f, "firm"),
                    text(f, "topic"), text(f, "role"), text(f, "language"), text(f, "docId"), text(f, "periodFrom"),
                    text(f, "periodTo"), 100, 0);
            tests.add(DynamicTest.dynamicTest(c.get("query").asText() + (f.isMissingNode() ? "" : " " + f), () -> {
                List<String> found = index.search(q).hits().stream().map(h -> h.passage().text()).toList();
                List<String> missed = new ArrayList<>();
                for (JsonNode m : c.path("must_find")) {
                    if (found.stream().noneMatch(t -> t.contains(m.asText()))) missed.add(m.asText());
                }
                int expected = c.path("must_find").size();
                assertThat(missed).as("recall %d/%d for %s; found %s", expected - missed.size(), expected, q.text(), found).isEmpty();
                for (JsonNode m : c.path("must_not_find")) {
                    assertThat(found).as("%s must not find %s", q.text(), m.asText()).noneMatch(t -> t.contains(m.asText()));
                }
            }));
        }
        return tests;
    }

    private static String text(JsonNode f, String name) {
        JsonNode v = f.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }
}
