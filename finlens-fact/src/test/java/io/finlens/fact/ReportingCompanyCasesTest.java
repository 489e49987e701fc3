package io.finlens.fact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.text.Normalizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per case in {@code cases/context/company.json}: the reporting company a text names for itself
 * ({@code entity}), and where stated the rule that found it; each candidate's span is the text it names.
 */
class ReportingCompanyCasesTest {
    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        JsonNode all;
        try (InputStream in = ReportingCompanyCasesTest.class.getResourceAsStream("/cases/context/company.json")) {
            all = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> out = new ArrayList<>();
        for (JsonNode c : all) {
            out.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                assertThat(c.path("why").asText()).isNotBlank();
                String s = Normalizer.normalize(c.get("text").asText()).text();
                int[] t = DocumentContext.titleLine(s);
                ReportingCompany.Found f = ReportingCompany.find(s, t[1], s.substring(t[0], t[1]).strip());
                assertThat(f.name()).as("entity; candidates %s", f.candidates()).isEqualTo(c.get("entity").asText());
                if (c.has("rule")) assertThat(f.rule()).isEqualTo(c.get("rule").asText());
                for (ReportingCompany.Candidate k : f.candidates()) {
                    assertThat(s.substring(k.span().start(), k.span().end())).as("span of %s", k).contains(ReportingCompany.stem(k.name()));
                }
            }));
        }
        return out.stream();
    }
}
