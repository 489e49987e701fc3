package io.finlens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code finlens corpus}: the Spark job ({@code finlens-spark}) on this machine. Spark is not on the CLI's class path
 * (the other commands start without it): this command starts a JVM with {@code finlens-spark.jar} and the Spark
 * libraries the build listed in {@code finlens-spark/target/classpath.txt}, hands it the arguments as given, and
 * returns its exit code. Options and their checks are the job's own ({@code finlens corpus --help}).
 */
@Command(name = "corpus", description = {"Analyze a corpus on Spark (local or a cluster's master) into Parquet datasets; "
        + "`finlens ingest --parquet OUT` loads them into a store.",
        "Usage: finlens corpus [--master URL] [--mode append-new|overwrite] [--input files|parquet|json] IN... OUT "
                + "(finlens corpus --help says more). Needs the source tree's build of finlens-spark; on a cluster: "
                + "spark-submit --class io.finlens.spark.Corpus finlens-spark.jar IN... OUT"})
final class CorpusCommand implements Callable<Integer> {
    @CommandLine.Unmatched
    List<String> args = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path target = sparkTarget();
        Path jar = target.resolve("finlens-spark.jar");
        Path cp = target.resolve("classpath.txt");
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(cp)) {
            throw new IllegalStateException("finlens corpus needs the finlens-spark module built (" + jar + " and " + cp
                    + " are missing): run bin/finlens from the source tree, or `mvn -pl finlens-spark -am package`");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED", "-cp",
                jar + java.io.File.pathSeparator + Files.readString(cp, StandardCharsets.UTF_8).strip(), "io.finlens.spark.Corpus"));
        // JDK 23+ warns at every start that Spark's Platform uses sun.misc.Unsafe; Spark 4.2 needs it and says so itself
        if (Runtime.version().feature() >= 23) cmd.add(1, "--sun-misc-unsafe-memory-access=allow");
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        // Spark names this machine by its address unless told: a local run stays on the loopback interface
        pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start().waitFor();
    }

    /** {@code finlens-spark/target} beside the CLI's own build ({@code finlens-cli/target/finlens-cli.jar}), or as $FINLENS_SPARK says. */
    static Path sparkTarget() {
        String env = System.getenv("FINLENS_SPARK");
        if (env != null && !env.isBlank()) return Path.of(env);
        try {
            Path jar = Path.of(CorpusCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().getParent().resolve("finlens-spark").resolve("target");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of("finlens-spark", "target");
        }
    }
}
