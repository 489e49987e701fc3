package io.finlens.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finlens.model.Check;
import io.finlens.model.Fact;
import io.finlens.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the checks on the development corpus ({@code ../shared/corpus/dev/*-zh.txt}): runs the real pipeline,
 * prints every fail and warn with its message, and (in the report file) sets each gold {@code checks} entry beside
 * what was found.
 * Nothing is asserted: the corpus is other publishers' text, measured, never a test fixture. The report is also
 * written to {@code target/dev-checks.txt}. Skipped, saying so, where the corpus is absent; another folder can
 * be given with {@code -Dfinlens.dev=PATH}.
 */
class DevCorpusReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void report() throws IOException {
        Path dir = corpus();
        Assumptions.assumeTrue(dir != null, "the development corpus (../shared/corpus/dev) is absent: nothing to measure");
        List<Path> docs;
        try (Stream<Path> s = Files.list(dir)) {
            docs = s.filter(p -> p.getFileName().toString().endsWith("-zh.txt")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        int fails = 0, warns = 0, passes = 0, derived = 0, goldFound = 0, goldAll = 0;
        for (Path p : docs) {
            String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
            List<Fact> facts;
            try {
                facts = Pipeline.facts(text);
            } catch (RuntimeException e) {
                out.append("== ").append(name).append(": the pipeline stopped (").append(e).append("), no checks\n");
                continue;
            }
            CheckResult r = Checks.standard().run(facts, text);
            int f = 0, w = 0;
            for (Check c : r.checks()) {
                if (c.status() == Status.FAIL) f++;
                else if (c.status() == Status.WARN) w++;
            }
            fails += f;
            warns += w;
            passes += r.checks().size() - f - w;
            derived += r.derived().size();
            out.append("== ").append(name).append(": ").append(facts.size()).append(" facts, ").append(r.checks().size()).append(" checks (")
                    .append(r.checks().size() - f - w).append(" pass, ").append(w).append(" warn, ").append(f).append(" fail), ")
                    .append(r.derived().size()).append(" derived, ").append(r.structure().breakdowns().size()).append(" breakdowns\n");
            for (Check c : r.checks()) {
                if (c.status() != Status.PASS) {
                    out.append("  ").append(c.status().code().toUpperCase(Locale.ROOT)).append(' ').append(c.rule()).append(' ')
                            .append(c.factIds()).append(": ").append(c.message()).append('\n');
                }
            }
            r.issues().forEach(i -> out.append("  ISSUE ").append(i).append('\n'));
            Path gold = dir.resolve(name + ".gold.json");
            if (Files.exists(gold)) {
                for (JsonNode g : JSON.readTree(gold.toFile()).path("checks")) {
                    goldAll++;
                    Check found = match(g, r, facts);
                    if (found != null && found.status().code().equals(g.path("status").asText())) goldFound++;
                    out.append("  gold ").append(g.path("rule").asText()).append(' ').append(g.path("status").asText()).append(' ')
                            .append(g.has("parent") ? g.get("parent").asText() : g.path("target").asText(g.path("facts").toString()))
                            .append(" (").append(g.path("note").asText()).append(")\n       → ")
                            .append(found == null ? "not found" : found.status().code() + ": " + found.message()).append('\n');
                }
            }
        }
        out.append(String.format("%n%d documents: %d pass, %d warn, %d fail, %d derived; gold checks reproduced (same rule and status): %d of %d%n",
                docs.size(), passes, warns, fails, derived, goldFound, goldAll));
        Path report = Path.of("target", "dev-checks.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
        // on the console the fails and warnings; the file also sets the gold checks beside what was found
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("==") || line.startsWith("  WARN") || line.startsWith("  FAIL") || line.startsWith("  ISSUE")
                    || line.matches("\\d+ documents.*")) System.out.println(line);
        }
        System.out.println("(full report with the gold checks: " + report.toAbsolutePath() + ")");
    }

    /**
     * The found check that a gold entry describes: the same rule (a gold consistency entry about a change may be a
     * growth_implied check), and for a sum the same parent and the most parts in common; the first such check.
     */
    private static Check match(JsonNode g, CheckResult r, List<Fact> facts) {
        String rule = g.path("rule").asText();
        Check best = null;
        int bestScore = 0;
        for (Check c : r.checks()) {
            boolean sameRule = c.rule().equals(rule) || (rule.equals("consistency") && c.rule().equals("growth_implied"));
            if (!sameRule) continue;
            List<Fact> fs = new ArrayList<>();
            for (String id : c.factIds()) facts.stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(fs::add);
            if (fs.isEmpty()) continue;
            int score = switch (rule) {
                case "segments_sum" -> sameParent(g.path("parent").asText(), fs.get(0)) ? parts(g.path("children"), fs.subList(1, fs.size())) : 0;
                case "bridge" -> g.path("target").asText().endsWith(fs.get(0).metric()) ? 1 : 0;
                case "consistency" -> {
                    String hay = (g.path("facts").toString() + " " + g.path("note").asText()).replace(",", "");
                    int hits = 0;
                    for (Fact f : fs) if (hay.contains(digits(f))) hits++;
                    yield hits >= Math.min(2, fs.size()) ? hits : 0;
                }
                default -> 0;
            };
            int needed = rule.equals("segments_sum") ? Math.max(1, g.path("children").size() - 1) : 1;
            if (score >= needed && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** A fact's figure as the text writes it, without grouping commas: 362845, 2.34 (万), 201.3 (亿). */
    private static String digits(Fact f) {
        if (f.value() == null) return "\u0000";
        int e = f.precision() == null ? 0 : f.precision().scaleExponent();
        return f.value().abs().movePointLeft(e).stripTrailingZeros().toPlainString();
    }

    private static boolean sameParent(String parent, Fact whole) {
        String[] p = parent.split("/", 2);
        if (p.length == 1) return whole.metric().equals(p[0]) && whole.segment() == null;
        return whole.metric().equals(p[0]) && whole.segment() != null && similar(p[1], whole.segment());
    }

    private static int parts(JsonNode children, List<Fact> parts) {
        int hit = 0;
        for (JsonNode ch : children) {
            for (Fact p : parts) {
                if (similar(ch.asText(), p.segment() != null ? p.segment() : p.metric())) {
                    hit++;
                    break;
                }
            }
        }
        return hit;
    }

    /** Labels that name one line: equal without generic words, or one's characters in order within the other's. */
    private static boolean similar(String a, String b) {
        String x = label(a), y = label(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        return x.equals(y) || subsequence(x, y) || subsequence(y, x);
    }

    private static boolean subsequence(String small, String big) {
        int i = 0;
        for (int k = 0; k < big.length() && i < small.length(); k++) if (big.charAt(k) == small.charAt(i)) i++;
        return i == small.length() && small.length() >= 2;
    }

    private static String label(String s) {
        return s.replace("业务", "").replace("电动汽车", "电动车").strip();
    }

    private static Path corpus() {
        String prop = System.getProperty("finlens.dev");
        List<Path> candidates = prop != null ? List.of(Path.of(prop))
                : List.of(Path.of("..", "shared", "corpus", "dev"), Path.of("..", "..", "shared", "corpus", "dev"));
        for (Path p : candidates) if (Files.isDirectory(p)) return p.toAbsolutePath().normalize();
        return null;
    }
}
