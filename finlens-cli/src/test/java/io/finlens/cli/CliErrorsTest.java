package io.finlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every usage error a person can make on the store commands: exit code 2, one line naming the offending value (and
 * the closest stored names for a company or metric nobody stored), never a stack trace. The cases and what they print
 * are listed at the end (the measurement).
 */
class CliErrorsTest {
    @TempDir
    static Path tmp;
    static Path data;
    static final List<String> REPORT = new ArrayList<>();

    @BeforeAll
    static void ingest() {
        data = tmp.resolve("data");
        CliTest.Run r = CliTest.run("ingest", "--data", data.toString(), "--no-progress", CliTest.samplesDir().toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @AfterAll
    static void report() {
        REPORT.forEach(System.out::println);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "facts --from 2024X                                   | not a period: '2024X'",
            "facts --to FY20O5                                    | not a period: 'FY20O5'",
            "facts --from 2025Q3 --to 2025Q1                      | period range ends before it starts: 2025Q3..2025Q1",
            "facts --basis gaap                                   | basis must be reported, non-gaap or consensus: gaap",
            "facts --limit x                                      | Invalid value for option '--limit': 'x' is not an int",
            "facts --limit -1                                     | limit must not be negative: -1",
            "facts --entiy 蓝山                                    | Unknown options: '--entiy'",
            "facts --entity 兰山科技                                | no company '兰山科技' in the store; did you mean 蓝山科技?",
            "facts --entity Harbr                                 | no company 'Harbr' in the store; did you mean",
            "facts --metric revnue                                | no metric 'revnue' among the stored facts; did you mean revenue?",
            "series --entity 蓝山 --metric revenue --kind week      | kind must be one of [half, instant, month, nine_months, quarter, year]: week",
            "series --entity 蓝山 --metric revenue --basis gaap     | basis must be reported, non-gaap or consensus: gaap",
            "series --entity 蓝山 --metric grossmargin              | no metric 'grossmargin' among the stored facts; did you mean gross_margin?",
            "series --entity Lanshan --metric revenue             | no company 'Lanshan' in the store",
            "series --metric revenue                              | Missing required option: '--entity=NAME'",
            "export --format xlsx                                 | export format must be csv, csv-excel, json, parquet or xbrl-json: xlsx",
            "export --format parquet                              | parquet needs --out FILE",
            "export --metric revnue                               | no metric 'revnue' among the stored facts; did you mean revenue?",
            "search --role ceo 广告                                | role must be executive, analyst or operator: ceo",
            "search --lang fr 广告                                 | language must be zh or en: fr",
            "search --from 2025Q9 广告                             | 2025Q9",
            "search --limit 0 广告                                 | limit must be 1..1000: 0",
            "search                                               | blank search text needs at least one filter",
    })
    void aUsageErrorIsOneLineNamingTheValueAndExitCode2(String args, String message) {
        List<String> argv = new ArrayList<>(List.of(args.strip().split("\\s+")));
        argv.add(1, "--data");
        argv.add(2, data.toString());
        CliTest.Run r = CliTest.run(argv.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(r.err().lines().filter(l -> !l.startsWith("(finlens") && !l.startsWith("Possible solutions")).count()).as(r.err()).isEqualTo(1);
        REPORT.add("CLI error: finlens " + args.strip() + " → exit " + r.code() + ": " + r.err().lines().findFirst().orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"facts", "series --entity x --metric revenue", "search x", "export", "reindex", "serve"})
    void aStoreFolderThatDoesNotExistIsAnErrorNotANewStore(String args) {
        Path missing = tmp.resolve("typo");
        List<String> argv = new ArrayList<>(List.of(args.split(" ")));
        argv.add(1, "--data");
        argv.add(2, missing.toString());
        CliTest.Run r = CliTest.run(argv.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--data " + missing + ": no such folder");
        assertThat(Files.exists(missing)).as("nothing created").isFalse();
        REPORT.add("CLI error: finlens " + args.split(" ")[0] + " --data " + missing.getFileName() + " → exit " + r.code() + ": " + r.err().lines().findFirst().orElse(""));
    }
}
