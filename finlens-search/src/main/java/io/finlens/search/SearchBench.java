package io.finlens.search;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.Finlens;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures the index on synthetic data: builds an index of N paragraphs (default 1,000,000) made from the sentences of
 * sample documents with varied figures, companies, periods, speakers and topics, then runs a few thousand queries
 * mixing Chinese and English, a third of them with filters, each returning 10 hits with snippets and highlights.
 * Reports the index rate, p50/p99/max search latency (after a warm-up) and the index size. Same seed, same data and
 * queries. A command, not a test:
 *
 * <pre>java -cp … io.finlens.search.SearchBench [--paragraphs N] [--queries N] [--threads N] [--dir D] samples/*.txt</pre>
 *
 * With {@code --dir} the index is built there and kept; run again with the same {@code --dir} to measure searches
 * on it without rebuilding.
 */
public final class SearchBench {
    static final List<String> TOPICS = List.of("capex", "advertising", "cloud", "margins", "guidance", "ai", "gaming", "ecommerce",
            "buyback", "regulation");
    private static final String ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊帆晨博然瑞思嘉启航晓峰";
    private static final String ZH_NAME_CHARS = "蓝山星河北辰云帆远景天穹海岳东方青松华夏长风九州金桥银湖明德鼎盛瑞丰恒通中和启元光合";
    private static final String[] ZH_SUFFIX = {"科技", "集团", "控股", "网络", "汽车", "银行", "医药", "能源"};
    private static final String[] EN_FIRST = {"Dana", "Marcus", "Priya", "Evan", "Helen", "Thomas", "Grace", "David", "Kevin", "Maria",
            "Ronald", "Laura", "Michael", "Sarah", "James", "Linda", "Robert", "Emily", "Daniel", "Olivia"};
    private static final String[] EN_LAST = {"Whitfield", "Oyelaran", "Raman", "Cho", "Okafor", "Berg", "Ho", "Lam", "Tan", "Gonzalez",
            "Keung", "Smith", "Chen", "Patel", "Nguyen", "Miller", "Garcia", "Kim", "Brown", "Wilson"};
    private static final String[] EN_WORDS = {"Northwind", "Harbor", "Summit", "Granite", "Blue", "Ridge", "Pioneer", "Atlas", "Cedar",
            "Vertex", "Orion", "Lumen", "Falcon", "Meridian", "Beacon", "Sterling"};
    private static final String[] EN_SUFFIX = {"Inc.", "Corp.", "Group", "Holdings", "Technologies", "Systems"};
    private static final String[] FIRMS = {"UBS", "Jefferies", "Morgan Stanley", "Goldman Sachs", "CICC", "J.P. Morgan", "Citi",
            "Bank of America", "Barclays", "Bernstein", "Macquarie", "Nomura", "CLSA", "Huatai", "CITIC Securities"};

    /** What to run. */
    public record Options(int paragraphs, int queries, int threads, Path dir, boolean keep, List<Path> samples, long seed) {
        public Options {
            if (paragraphs < 1) throw new IllegalArgumentException("paragraphs must be >= 1: " + paragraphs);
            if (queries < 1) throw new IllegalArgumentException("queries must be >= 1: " + queries);
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
            samples = List.copyOf(samples);
            if (samples.isEmpty()) throw new IllegalArgumentException("no sample files to make paragraphs from");
        }
    }

    /** What was measured. Times in milliseconds; rates per second. */
    public record Report(long paragraphs, long chars, double indexSeconds, double paragraphsPerSecond, double charsPerSecond,
                         long indexBytes, int queries, double p50, double p90, double p99, double max, double cpuP50,
                         double cpuP99, double cpuMax, double meanTotal, double queriesPerSecondTwoThreads, double loadAverage) {
        public String format() {
            return String.format(Locale.ROOT, """
                    paragraphs       %,d (%,d chars)
                    index            %.1f s: %,.0f paragraphs/s, %,.0f chars/s
                    index size       %,.1f MB
                    queries          %,d (10 hits each, snippets and highlights; zh and en, a third filtered)
                    latency          p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (wall clock, one thread)
                    cpu per query    p50 %.2f ms, p99 %.2f ms, max %.2f ms (thread CPU time: what other load on the machine does not change)
                    mean total hits  %,.0f
                    throughput       %,.0f queries/s (two threads)
                    load average     %.1f (1 min, at the end; other processes share the cores)
                    """, paragraphs, chars, indexSeconds, paragraphsPerSecond, charsPerSecond, indexBytes / 1e6, queries, p50, p90,
                    p99, max, cpuP50, cpuP99, cpuMax, meanTotal, queriesPerSecondTwoThreads, loadAverage);
        }
    }

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int paragraphs = 1_000_000;
        int queries = 3000;
        int threads = 2;
        Path dir = null;
        boolean keep = false;
        List<Path> samples = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--paragraphs" -> paragraphs = Integer.parseInt(args[++i].replace("_", ""));
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--keep" -> keep = true;
                default -> samples.add(Path.of(args[i]));
            }
        }
        if (samples.isEmpty()) {
            try (Stream<Path> s = Files.list(Path.of("samples"))) {
                samples.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
        Report r = run(new Options(paragraphs, queries, threads, dir, keep, samples, 42), System.err);
        System.out.print(r.format());
    }

    /** Builds the index (in {@code dir}, or a temporary directory removed afterwards unless {@code keep}) and measures. */
    public static Report run(Options o, PrintStream log) throws IOException, InterruptedException {
        Objects.requireNonNull(o, "options");
        Corpus corpus = Corpus.of(o.samples());
        Path dir = o.dir() != null ? Files.createDirectories(o.dir()) : Files.createTempDirectory("finlens-search-bench");
        try {
            long t0 = System.nanoTime();
            AtomicLong chars = new AtomicLong();
            try (SearchIndex index = SearchIndex.open(dir)) {
                boolean build = index.count() == 0;
                if (!build) log.printf(Locale.ROOT, "reusing the index in %s (%,d paragraphs): measuring searches only%n", dir, index.count());
                ExecutorService pool = Executors.newFixedThreadPool(o.threads());
                List<Future<?>> jobs = new ArrayList<>();
                int batch = 1000;
                int batches = (o.paragraphs() + batch - 1) / batch;
                AtomicLong done = new AtomicLong();
                for (int t = 0; build && t < o.threads(); t++) {
                    int thread = t;
                    jobs.add(pool.submit(() -> {
                        for (int b = thread; b < batches; b += o.threads()) {
                            List<Passage> ps = corpus.batch(o.seed(), b * batch, Math.min(batch, o.paragraphs() - b * batch));
                            long c = 0;
                            for (Passage p : ps) c += p.text().length();
                            chars.addAndGet(c);
                            index.add(ps);
                            long n = done.addAndGet(ps.size());
                            if (n % 100_000 < batch) log.printf(Locale.ROOT, "indexed %,d paragraphs in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
                        }
                        return null;
                    }));
                }
                pool.shutdown();
                for (Future<?> f : jobs) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("indexing failed", e.getCause());
                    }
                }
                if (build) index.commit(Map.of("bench.paragraphs", String.valueOf(o.paragraphs())));
                double indexSeconds = (System.nanoTime() - t0) / 1e9;
                if (build) {
                    log.printf(Locale.ROOT, "committed in %.1f s; waiting for merges%n", indexSeconds);
                    index.awaitMerges();
                    index.commit(Map.of("bench.paragraphs", String.valueOf(o.paragraphs())));
                }
                long bytes = size(dir);
                if (build) log.printf(Locale.ROOT, "index built: %,d paragraphs in %.1f s, %,.1f MB%n", index.count(), indexSeconds, bytes / 1e6);

                List<SearchQuery> qs = corpus.queries(o.seed() + 1, o.queries());
                for (SearchQuery q : corpus.queries(o.seed() + 2, Math.min(1000, o.queries()))) index.search(q); // warm-up
                double[] ms = new double[qs.size()];
                double[] cpu = new double[qs.size()];
                java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                double totals = 0;
                for (int i = 0; i < qs.size(); i++) {
                    long c = mx.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    SearchResult r = index.search(qs.get(i));
                    ms[i] = (System.nanoTime() - s) / 1e6;
                    cpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
                    totals += r.total();
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                // two threads, the same queries split between them
                long s2 = System.nanoTime();
                ExecutorService two = Executors.newFixedThreadPool(2);
                List<Future<?>> halves = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int from = t;
                    halves.add(two.submit(() -> {
                        for (int i = from; i < qs.size(); i += 2) index.search(qs.get(i));
                        return null;
                    }));
                }
                two.shutdown();
                for (Future<?> f : halves) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("search failed", e.getCause());
                    }
                }
                double qps = qs.size() / ((System.nanoTime() - s2) / 1e9);
                if (!build) indexSeconds = Double.NaN;
                return new Report(index.count(), chars.get(), indexSeconds, o.paragraphs() / indexSeconds, chars.get() / indexSeconds,
                        bytes, qs.size(), pct(ms, 0.50), pct(ms, 0.90), pct(ms, 0.99), ms[ms.length - 1], pct(cpu, 0.50), pct(cpu, 0.99),
                        cpu[cpu.length - 1], totals / qs.size(), qps, load());
            }
        } finally {
            if (!o.keep() && o.dir() == null) delete(dir);
        }
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Sentences of the samples by language, their words for queries, and pools of names. */
    record Corpus(List<String> zh, List<String> en, List<String> zhWords, List<String> enWords, List<String> replaceable) {
        static Corpus of(List<Path> samples) {
            Finlens finlens = new Finlens();
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Path p : samples) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read sample " + p, e);
                }
                Analysis a = finlens.analyze(p.toString(), bytes);
                if (a.entity() != null && a.entity().length() >= 2 && !a.entity().equals("unknown")) names.add(a.entity());
                if (a.transcript() != null) a.transcript().participants().forEach(x -> names.add(x.name()));
                for (Passage ps : Passages.of("sample", "sample", a)) {
                    for (String s : sentences(ps.text())) (ps.language().equals("zh") ? zh : en).add(s);
                }
            }
            if (zh.isEmpty() && en.isEmpty()) throw new IllegalArgumentException("no sentences in " + samples);
            names.sort(Comparator.comparingInt(String::length).reversed());
            return new Corpus(zh, en, words(zh, true), words(en, false), names);
        }

        private static List<String> sentences(String text) {
            List<String> out = new ArrayList<>();
            int s = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean end = "。！？；".indexOf(c) >= 0 || ((c == '.' || c == '?' || c == ';') && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
                if (end || i + 1 == text.length()) {
                    String x = text.substring(s, i + 1).strip();
                    if (x.length() >= 8) out.add(x);
                    s = i + 1;
                }
            }
            return out;
        }

        /** Surface forms of the words of the sentences (Han words of 2+ chars, Latin words of 3+ letters), distinct. */
        private static List<String> words(List<String> sentences, boolean han) {
            java.util.TreeSet<String> out = new java.util.TreeSet<>();
            try (FinlensAnalyzer a = new FinlensAnalyzer()) {
                for (String s : sentences) {
                    try (var ts = a.tokenStream(PassageFields.TEXT, s)) {
                        var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                        var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            String w = s.substring(off.startOffset(), off.endOffset());
                            boolean isHan = type.type().equals(HanLatinTokenizer.HAN);
                            if (han && isHan && w.length() >= 2) out.add(w);
                            if (!han && !isHan && w.length() >= 3 && Character.isLetter(w.charAt(0))) out.add(w);
                        }
                        ts.end();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return List.copyOf(out);
        }

        /** Paragraphs number {@code from}.. of the synthetic corpus: the same numbers give the same paragraphs. */
        List<Passage> batch(long seed, int from, int n) {
            List<Passage> out = new ArrayList<>(n);
            for (int i = from; i < from + n; i++) out.add(paragraph(seed, i));
            return out;
        }

        Passage paragraph(long seed, int i) {
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
            int doc = i / 40;
            SplittableRandom d = new SplittableRandom(seed * 7919L + doc);
            boolean chinese = en.isEmpty() || (!zh.isEmpty() && d.nextInt(100) < 60);
            List<String> pool = chinese ? zh : en;
            String company = chinese ? zhCompany(d.nextInt(400)) : enCompany(d.nextInt(400));
            StringBuilder sb = new StringBuilder();
            int sentences = 1 + r.nextInt(4);
            for (int k = 0; k < sentences; k++) {
                if (k > 0 && !chinese) sb.append(' ');
                sb.append(vary(pool.get(r.nextInt(pool.size())), r, company, chinese));
            }
            String text = sb.toString();
            int start = (i % 40) * 400;
            int year = 2019 + d.nextInt(7);
            String period = year + "Q" + (1 + d.nextInt(4));
            String docId = "doc-" + doc;
            int kindRoll = r.nextInt(100);
            String kind = kindRoll < 70 ? "paragraph" : kindRoll < 85 ? "question" : "answer";
            if (kind.equals("paragraph")) {
                return new Passage(docId, "E" + (doc % 2000), period, docId + ".txt", kind, null, null, null, null, List.of(),
                        chinese ? "zh" : "en", start, start + text.length(), text);
            }
            int exchange = 1 + r.nextInt(8);
            boolean analyst = kind.equals("question");
            int person = r.nextInt(300);
            String speaker = chinese && person % 2 == 0 ? zhPerson(person) : enPerson(person);
            List<String> aliases = chinese && person % 4 == 0 ? List.of(enPerson(person)) : List.of();
            List<String> topics = new ArrayList<>();
            topics.add(TOPICS.get(r.nextInt(TOPICS.size())));
            if (r.nextBoolean()) {
                String t = TOPICS.get(r.nextInt(TOPICS.size()));
                if (!topics.contains(t)) topics.add(t);
            }
            return new Passage(docId, "E" + (doc % 2000), period, docId + ".txt", kind, exchange, speaker,
                    analyst ? "analyst" : "executive", analyst ? FIRMS[person % FIRMS.length] : null, topics, chinese ? "zh" : "en",
                    start, start + text.length(), text, aliases);
        }

        private String vary(String sentence, SplittableRandom r, String company, boolean chinese) {
            StringBuilder sb = new StringBuilder(sentence.length() + 8);
            for (int i = 0; i < sentence.length(); i++) {
                char c = sentence.charAt(i);
                sb.append(c >= '0' && c <= '9' ? (char) ('0' + r.nextInt(10)) : c);
            }
            String s = sb.toString();
            for (String name : replaceable) {
                if (s.contains(name)) s = s.replace(name, chinese == containsHan(name) ? company : name);
            }
            return s;
        }

        private static boolean containsHan(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (HanLatinTokenizer.isHan(s.charAt(i))) return true;
            }
            return false;
        }

        static String zhCompany(int n) {
            int m = ZH_NAME_CHARS.length();
            return "" + ZH_NAME_CHARS.charAt(n % m) + ZH_NAME_CHARS.charAt((n / m + n) % m) + ZH_SUFFIX[n % ZH_SUFFIX.length];
        }

        static String enCompany(int n) {
            return EN_WORDS[n % EN_WORDS.length] + " " + EN_WORDS[(n / EN_WORDS.length + 3) % EN_WORDS.length] + " "
                    + EN_SUFFIX[n % EN_SUFFIX.length];
        }

        static String zhPerson(int n) {
            return "" + ZH_SURNAMES.charAt(n % ZH_SURNAMES.length()) + ZH_GIVEN.charAt((n * 7) % ZH_GIVEN.length())
                    + ZH_GIVEN.charAt((n * 13 + 5) % ZH_GIVEN.length());
        }

        static String enPerson(int n) {
            return EN_FIRST[n % EN_FIRST.length] + " " + EN_LAST[(n / EN_FIRST.length + n) % EN_LAST.length];
        }

        /** Queries: 45% Chinese (one or two words), 45% English (one or two words, some quoted), 10% mixed; a third filtered. */
        List<SearchQuery> queries(long seed, int n) {
            SplittableRandom r = new SplittableRandom(seed);
            List<SearchQuery> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int roll = r.nextInt(100);
                String text;
                if (roll < 45 && !zhWords.isEmpty()) {
                    text = pick(zhWords, r) + (r.nextInt(3) == 0 ? " " + pick(zhWords, r) : "");
                } else if (roll < 90 && !enWords.isEmpty()) {
                    int k = r.nextInt(10);
                    text = k < 6 ? pick(enWords, r) : k < 9 ? pick(enWords, r) + " " + pick(enWords, r) : "\"" + phrase(r) + "\"";
                } else {
                    text = (enWords.isEmpty() ? "GPU" : pick(enWords, r)) + " " + (zhWords.isEmpty() ? "推理" : pick(zhWords, r));
                }
                SearchQuery q = SearchQuery.of(text);
                switch (r.nextInt(15)) {
                    case 0 -> q = q.withEntity("E" + r.nextInt(2000));
                    case 1 -> q = q.withSpeaker(r.nextBoolean() ? zhPerson(2 * r.nextInt(150)) : enPerson(r.nextInt(300)));
                    case 2 -> q = q.withTopic(TOPICS.get(r.nextInt(TOPICS.size())));
                    case 3 -> {
                        int y = 2019 + r.nextInt(7);
                        q = q.withPeriods(y + "Q1", y + "Q" + (1 + r.nextInt(4)));
                    }
                    case 4 -> q = q.withLanguage(r.nextBoolean() ? "zh" : "en").withRole("analyst");
                    default -> { }
                }
                out.add(q);
            }
            return out;
        }

        private String phrase(SplittableRandom r) {
            String s = en.get(r.nextInt(en.size()));
            String[] w = s.split(" ");
            int at = r.nextInt(Math.max(1, w.length - 1));
            return w.length < 2 ? s : w[at] + " " + w[at + 1];
        }

        private static String pick(List<String> xs, SplittableRandom r) {
            return xs.get(r.nextInt(xs.size()));
        }
    }
}
