package io.finlens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The job's command line refuses bad arguments before Spark starts: exit 2, one line naming the value, no stack trace. */
class CorpusCommandTest {
    static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Corpus.run(args);
        } finally {
            System.setErr(err);
        }
        return new String[] {String.valueOf(code), buf.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void badArgumentsExit2NamingTheValue() {
        String[] mode = run("--mode", "sometimes", "in", "out");
        assertThat(mode[0]).isEqualTo("2");
        assertThat(mode[1]).contains("expected overwrite or append-new: sometimes").doesNotContain("\tat ");
        String[] missing = run("/no/such/corpus", "out");
        assertThat(missing[0]).isEqualTo("2");
        assertThat(missing[1]).contains("no such file or folder: /no/such/corpus");
        assertThat(run("only-one")[1]).contains("IN... OUT");
        assertThat(run("--partitions", "-3", "in", "out")[1]).contains("--partitions must be >= 0: -3");
        assertThat(run("--opensearch", "ftp://x", "in", "out")[1]).contains("http:// or https://: ftp://x");
    }
}
