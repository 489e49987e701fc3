package io.finlens.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the JSON cases under {@code cases/input}: kind detection and what each reader keeps and drops. */
class InputCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode load(String name) throws IOException {
        try (InputStream in = InputCasesTest.class.getResourceAsStream("/cases/input/" + name)) {
            return JSON.readTree(in);
        }
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = InputCasesTest.class.getResourceAsStream("/forms/" + name)) {
            if (in == null) throw new IllegalStateException("no fixture " + name);
            return in.readAllBytes();
        }
    }

    static byte[] zip(JsonNode entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().asText().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(JsonNode c) throws IOException {
        if (c.has("fixture")) return fixture(c.get("fixture").asText());
        if (c.has("zip")) return zip(c.get("zip"));
        if (c.has("htmlGbk")) return c.get("htmlGbk").asText().getBytes(Charset.forName("GB18030"));
        if (c.has("html")) return c.get("html").asText().getBytes(StandardCharsets.UTF_8);
        return c.get("text").asText().getBytes(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> kinds() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : load("kinds.json").get("cases")) {
            String name = c.get("name").asText();
            tests.add(DynamicTest.dynamicTest(name + " → " + c.get("kind").asText(), () -> {
                byte[] b = bytes(c);
                assertThat(DocumentReader.sniff(name, b)).as(c.path("why").asText(name)).isEqualTo(c.get("kind").asText());
                assertThat(DocumentReader.read(name, b).kind()).isEqualTo(c.get("kind").asText());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> readers() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : load("readers.json").get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                String name = c.has("fixture") ? c.get("fixture").asText() : "page.html";
                ReadDocument d = DocumentReader.read(name, bytes(c));
                assertThat(d.kind()).isEqualTo(c.get("kind").asText());
                String text = d.text();
                if (c.has("firstLine")) assertThat(text.lines().findFirst().orElse("")).isEqualTo(c.get("firstLine").asText());
                for (JsonNode s : c.get("contains")) assertThat(text).contains(s.asText());
                for (JsonNode s : c.get("absent")) assertThat(text).doesNotContain(s.asText());
                List<String> want = new ArrayList<>();
                for (JsonNode s : c.get("issues")) want.add(s.asText());
                assertThat(d.issues()).extracting(io.finlens.model.Issue::code).containsExactlyElementsOf(want);
                for (io.finlens.model.Issue i : d.issues()) assertThat(i.message()).startsWith(name + ": ");
                assertThat(DocumentReader.read(name, bytes(c))).as("same bytes, same text").isEqualTo(d);
            }));
        }
        return tests.stream();
    }
}
