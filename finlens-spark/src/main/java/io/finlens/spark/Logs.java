package io.finlens.spark;

/** Spark's logging outside {@code spark-submit}: warnings and errors only (a cluster's own log configuration is kept). */
final class Logs {
    private Logs() {
    }

    /** Points log4j at {@code log4j2-corpus.properties}, unless run by spark-submit or configured already; before Spark starts. */
    static void quiet() {
        if (System.getenv("SPARK_HOME") != null || System.getProperty("log4j2.configurationFile") != null) return;
        java.net.URL u = Logs.class.getResource("log4j2-corpus.properties");
        if (u != null) System.setProperty("log4j2.configurationFile", u.toString());
    }
}
