package io.finlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Finlens} is thread-safe (docs/library.md): one instance shared by many threads gives, for every document,
 * the same contract JSON as analysing the documents one after another.
 */
class ConcurrentAnalysisTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 3;

    @Test
    void oneFinlensSharedByThreadsEqualsSequentialAnalyses() throws Exception {
        List<Path> docs = documents();
        assertThat(docs).hasSizeGreaterThan(4);
        Finlens finlens = new Finlens();
        List<String> sequential = new ArrayList<>();
        for (Path d : docs) sequential.add(json(finlens, d));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < docs.size() * ROUNDS; i++) {
                Path d = docs.get(i % docs.size());
                Callable<String> task = () -> {
                    start.await();
                    return json(finlens, d);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("concurrent analysis of %s", docs.get(i % docs.size()))
                        .isEqualTo(sequential.get(i % docs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String json(Finlens finlens, Path doc) throws Exception {
        return ContractJson.write(finlens.analyze(doc.getFileName().toString(), Files.readAllBytes(doc)), true);
    }

    /** The samples and the English precision documents: Chinese and English, articles, releases and calls. */
    private static List<Path> documents() throws Exception {
        Path root = GoldenSamplesTest.repoRoot();
        List<Path> docs = new ArrayList<>(GoldenSamplesTest.samples());
        try (Stream<Path> s = Files.list(root.resolve("finlens-analysis/src/test/resources/precision-en"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(docs::add);
        }
        return docs;
    }
}
