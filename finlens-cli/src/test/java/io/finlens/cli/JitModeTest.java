package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's rule for the JVM's compilers (bin/jit-mode), run by bash on the cases in jit-mode-cases.json. */
class JitModeTest {
    private static final Path SCRIPT = Path.of("..", "bin", "jit-mode").toAbsolutePath().normalize();

    @Test
    void choosesTheCompilersByCommandAndInputSize(@TempDir Path dir) throws Exception {
        Path small = Files.writeString(dir.resolve("q2.txt"), "营收为12.3亿元，同比增长5%。\n");
        JsonNode cases;
        try (InputStream in = JitModeTest.class.getResourceAsStream("jit-mode-cases.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        assertThat(cases.size()).isGreaterThan(5);
        for (JsonNode c : cases) {
            List<String> args = new ArrayList<>();
            for (JsonNode a : c.get("args")) args.add(a.asText().equals("SMALL") ? small.toString() : a.asText());
            Result r = run(args, c.get("env"));
            assertThat(r.exit).as(c.get("name").asText()).isZero();
            assertThat(r.out.strip()).as(c.get("name").asText()).isEqualTo(c.get("opts").asText());
        }
    }

    @Test
    void refusesAnUnknownModeNamingIt() throws Exception {
        Result r = run(List.of("analyze"), new ObjectMapper().readTree("{\"FINLENS_JIT\": \"fast\"}"));
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("FINLENS_JIT must be auto, quick or full, not 'fast'");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> args, JsonNode env) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c",
                ". \"$0\"; finlens_jit_opts \"$@\"; echo \"${FINLENS_JIT_OPTS[*]}\"", SCRIPT.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("FINLENS_JIT");
        pb.environment().remove("FINLENS_QUICK_MAX_BYTES");
        env.fields().forEachRemaining(e -> pb.environment().put(e.getKey(), e.getValue().asText()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        return new Result(p.exitValue(), out, err);
    }
}
