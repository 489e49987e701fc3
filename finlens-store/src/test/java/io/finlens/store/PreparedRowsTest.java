package io.finlens.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.analysis.Analysis;
import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import io.finlens.model.Change;
import io.finlens.model.ChangeBasis;
import io.finlens.model.Direction;
import io.finlens.model.Range;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows {@link Prepared} makes from the analysis records hold what the contract JSON says: offsets, evidence texts
 * and the changes array equal to the written contract read back as a JSON tree (as they were stored before).
 */
class PreparedRowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rowsEqualTheContractReadBack() throws Exception {
        Finlens f = new Finlens();
        List<byte[]> texts = new ArrayList<>();
        for (String p : List.of("../samples/lanshan-2025q2-zh.txt", "../samples/harbor-2025q3-en.txt", "src/test/resources/docs/lanshan-2025q3-zh.txt")) {
            texts.add(Files.readAllBytes(Path.of(p)));
        }
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.read(List.of(Path.of("../samples/lanshan-2025q2-zh.txt"),
                Path.of("../samples/harbor-2025q3-en.txt"))), 20, 3);
        for (int i = 0; i < 20; i++) texts.add(corpus.document(i).getBytes(StandardCharsets.UTF_8));
        // a character outside the BMP before the figures: code-point offsets differ from UTF-16 ones
        texts.add(("\uD83D\uDCC8 " + new String(texts.get(0), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        int facts = 0, turns = 0;
        for (byte[] b : texts) {
            Analysis a = f.analyze("doc.txt", b);
            Prepared p = Prepared.of("id", "doc.txt", b.length, a, Entities.standardLexicon().fresh());
            JsonNode root = JSON.readTree(ContractJson.write(a, false));
            assertFactsAsContract(p, root);
            assertTurnsAsContract(p, root);
            facts += p.facts().size();
            turns += p.turns().size();
        }
        assertThat(facts).isGreaterThan(100);
        assertThat(turns).isGreaterThan(0);
    }

    private static void assertFactsAsContract(Prepared p, JsonNode root) {
        JsonNode jf = root.path("facts");
        assertThat(p.facts()).hasSize(jf.size());
        for (int i = 0; i < jf.size(); i++) {
            Prepared.FactRow r = p.facts().get(i);
            JsonNode ev = jf.get(i).path("evidence");
            assertThat(r.changes()).isEqualTo(jf.get(i).path("changes").toString());
            assertThat(r.evidenceCount()).isEqualTo(ev.size());
            assertThat(r.evidenceStart()).isEqualTo(ev.get(0).path("start").asInt());
            assertThat(r.evidenceEnd()).isEqualTo(ev.get(0).path("end").asInt());
            assertThat(r.evidenceText()).isEqualTo(ev.get(0).path("text").asText());
        }
    }

    private static void assertTurnsAsContract(Prepared p, JsonNode root) {
        List<JsonNode> turns = new ArrayList<>();
        for (JsonNode e : root.path("transcript").path("exchanges")) e.path("turns").forEach(turns::add);
        assertThat(p.turns()).hasSize(turns.size());
        for (int i = 0; i < turns.size(); i++) {
            assertThat(p.turns().get(i).start()).isEqualTo(turns.get(i).path("start").asInt());
            assertThat(p.turns().get(i).end()).isEqualTo(turns.get(i).path("end").asInt());
        }
    }

    @Test
    void changesPrintTheirNumbersAsAJsonTreeDoes() throws Exception {
        List<Change> changes = List.of(Change.relative(ChangeBasis.YOY, new BigDecimal("0.1300"), null),
                Change.relative(ChangeBasis.QOQ, new BigDecimal("0.0001"), null),
                Change.points(ChangeBasis.YOY, new BigDecimal("12"), null),
                Change.relative(ChangeBasis.YOY, new BigDecimal("123456789.125"), null),
                Change.relative(ChangeBasis.YOY, new BigDecimal("-0.123456789012345678901"), null),
                Change.relative(ChangeBasis.YOY, new BigDecimal("1E+30"), null),
                Change.band(ChangeBasis.HOH, new Range(new BigDecimal("0.10"), new BigDecimal("2E+1")), null),
                new Change(ChangeBasis.QOQ, null, null, null, Direction.DOWN, null));
        // what the contract writes for them (plain decimals), read back as the rows were before
        String contract = "[{\"basis\":\"yoy\",\"value\":0.13},{\"basis\":\"qoq\",\"value\":0.0001},{\"basis\":\"yoy\",\"points\":12},"
                + "{\"basis\":\"yoy\",\"value\":123456789.125},{\"basis\":\"yoy\",\"value\":-0.123456789012345678901},"
                + "{\"basis\":\"yoy\",\"value\":1000000000000000000000000000000},{\"basis\":\"hoh\",\"range\":[0.1,20]},"
                + "{\"basis\":\"qoq\",\"direction\":\"down\"}]";
        assertThat(ContractParts.changes(changes)).isEqualTo(JSON.readTree(contract).toString())
                .contains("\"value\":1.0E-4}", "1.23456789125E8", "\"range\":[0.1,20]");
        assertThat(ContractParts.changes(List.of())).isEqualTo("[]");
    }
}
