package io.finlens.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example runs as a user would run it, through its main, and prints what docs/library.md shows. */
class ExampleTest {
    @Test
    void mainPrintsTheFactsOfItsSentence() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            Example.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
                Northwind Robotics, 2025Q3: 1 fact(s)
                revenue\t2025Q3\t412500000 USD\t1 change(s)\t"revenue of $412.5 million"
                """);
    }

    @Test
    void argumentsAreTheText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Example.print("蓝山科技2025年第二季度营收为120.5亿元，同比增长12%。", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("revenue\t2025Q2\t12050000000 CNY\t1 change(s)\t\"营收为120.5亿元\"");
    }
}
