package io.finlens.cli;

import io.finlens.analysis.Analysis;
import io.finlens.analysis.ContractJson;
import io.finlens.analysis.Finlens;
import io.finlens.model.Fact;
import io.finlens.model.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzing the readers and the whole pipeline: inputs generated from the project's own samples (text, Markdown, GBK,
 * UTF-16, HTML, PDF, DOCX forms of them) and mutated (bytes flipped, cut, spliced, repeated, figures and control
 * characters inserted), each analyzed by {@link Finlens#analyze(String, byte[])} and written as the contract JSON.
 * Nothing may escape; evidence spans must lie in the text. One input per seed ({@link #input(long)}), so a failure is
 * reproduced from its seed alone. The suite runs a few hundred seeds ({@code PipelineFuzzTest}); {@link #main} runs
 * millions on all cores and reports the count and the worst time per KB.
 */
final class PipelineFuzz {
    /** An input and how it was made (for the report of a failure). */
    record Input(String name, byte[] bytes, String how) {
    }

    private static final List<byte[]> SEEDS = seeds();
    private static final String[] INSERTS = {"\u0000", "\uFFFD", "1,284.6亿元", "$12.4 million", "同比增长14%", "%", "亿", "万",
            "(", ")", "（", "）", "。", ".", "\n\n", "\t", "Q3", "2025年第二季度", "up 8% year over year", "-", "−", "0.", "9999999999999999",
            "１２３", "\u202E", "\uD83D\uDE00", "𠀀", "<p>", "</td><td>", "**", "#", "|", "Analyst:", "Operator", "问：", "答：", "e", "E+308"};

    private PipelineFuzz() {
    }

    private static List<byte[]> seeds() {
        try {
            List<byte[]> out = new ArrayList<>();
            for (String f : List.of("lanshan-2025q2-zh.txt", "harbor-2025q3-en.txt")) {
                byte[] b = Files.readAllBytes(sample(f));
                String s = new String(b, StandardCharsets.UTF_8);
                out.add(b);
                out.add(s.getBytes(Charset.forName("GB18030")));
                out.add(("\uFEFF" + s).getBytes(StandardCharsets.UTF_16LE));
                out.add(("<!doctype html><html><head><title>t</title></head><body><article><p>"
                        + s.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>") + "</p>"
                        + "<table><tr><td>Revenue</td><td>1,284.6</td><td>1,126.8</td></tr></table></article></body></html>").getBytes(StandardCharsets.UTF_8));
                out.add(docx(s));
            }
            out.add(pdf(Files.readString(sample("harbor-2025q3-en.txt"))));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sample(String name) {
        for (Path p : List.of(Path.of("samples", name), Path.of("../samples", name))) if (Files.exists(p)) return p;
        throw new IllegalStateException("sample not found: " + name);
    }

    private static byte[] docx(String text) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String para : text.split("\n")) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</w:t></w:r></w:p>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static byte[] pdf(String text) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 9);
                cs.newLineAtOffset(40, 750);
                int lines = 0;
                for (String line : text.split("\n")) {
                    for (int i = 0; i < line.length() && lines < 70; i += 110, lines++) {
                        cs.showText(line.substring(i, Math.min(line.length(), i + 110)).replaceAll("[^\\x20-\\x7E]", " "));
                        cs.newLineAtOffset(0, -10);
                    }
                }
                cs.endText();
            }
            doc.getDocumentInformation().setCreationDate(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The input of one seed: a slice of a seed document in one of its forms, mutated 0 to 8 times. */
    static Input input(long seed) {
        Random r = new Random(seed);
        int which = r.nextInt(SEEDS.size());
        byte[] b = SEEDS.get(which);
        StringBuilder how = new StringBuilder("seed-doc " + which);
        boolean binaryForm = b.length > 4 && (b[0] == '%' || b[0] == 'P');
        if (!binaryForm && r.nextInt(3) > 0) {
            // a slice keeps inputs small: most real breakage sits in a few lines
            int len = 1 + r.nextInt(Math.min(b.length, 256 << r.nextInt(4)));
            int from = r.nextInt(b.length - len + 1);
            b = java.util.Arrays.copyOfRange(b, from, from + len);
            how.append(", slice ").append(from).append('+').append(len);
        }
        int mutations = r.nextInt(9);
        for (int i = 0; i < mutations && b.length > 0; i++) {
            int at = r.nextInt(b.length + 1);
            switch (r.nextInt(7)) {
                case 0 -> {
                    if (at < b.length) b[at] = (byte) r.nextInt(256);
                    how.append(", flip ").append(at);
                }
                case 1 -> {
                    b = java.util.Arrays.copyOf(b, Math.max(1, at));
                    how.append(", cut ").append(at);
                }
                case 2 -> {
                    byte[] ins = INSERTS[r.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
                    b = splice(b, at, ins);
                    how.append(", insert@").append(at);
                }
                case 3 -> {
                    int len = Math.min(b.length - Math.min(at, b.length), 1 + r.nextInt(200));
                    byte[] part = java.util.Arrays.copyOfRange(b, Math.min(at, b.length), Math.min(at, b.length) + len);
                    b = splice(b, Math.min(at, b.length), part.length == 0 ? part : repeat(part, 1 + r.nextInt(8)));
                    how.append(", repeat@").append(at);
                }
                case 4 -> {
                    byte[] other = SEEDS.get(r.nextInt(SEEDS.size()));
                    int from = r.nextInt(other.length);
                    b = splice(b, at, java.util.Arrays.copyOfRange(other, from, Math.min(other.length, from + 1 + r.nextInt(500))));
                    how.append(", splice@").append(at);
                }
                case 5 -> {
                    byte[] noise = new byte[1 + r.nextInt(16)];
                    r.nextBytes(noise);
                    b = splice(b, at, noise);
                    how.append(", noise@").append(at);
                }
                default -> {
                    if (at < b.length) b = splice(java.util.Arrays.copyOf(b, at), at, java.util.Arrays.copyOfRange(b, Math.min(b.length, at + 1 + r.nextInt(64)), b.length));
                    how.append(", delete@").append(at);
                }
            }
        }
        String[] names = {"doc.txt", "doc.md", "doc.html", "doc.pdf", "doc.docx", "doc"};
        return new Input(names[r.nextInt(names.length)], b, how.toString());
    }

    private static byte[] splice(byte[] b, int at, byte[] ins) {
        byte[] out = new byte[b.length + ins.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(ins, 0, out, at, ins.length);
        System.arraycopy(b, at, out, at + ins.length, b.length - at);
        return out;
    }

    private static byte[] repeat(byte[] part, int n) {
        byte[] out = new byte[part.length * n];
        for (int i = 0; i < n; i++) System.arraycopy(part, 0, out, i * part.length, part.length);
        return out;
    }

    /**
     * Analyzes one input and writes its contract JSON; throws {@link AssertionError} naming the seed when something
     * escaped or an evidence span lies outside the text. Returns the nanoseconds taken and the input's length.
     */
    static long[] check(Finlens finlens, long seed) {
        Input in = input(seed);
        long t0 = System.nanoTime();
        try {
            Analysis a = finlens.analyze(in.name(), in.bytes());
            ContractJson.write(a, true);
            int n = a.original().length();
            for (Fact f : a.facts()) {
                for (Span s : f.evidence()) {
                    if (s.start() < 0 || s.end() > n || s.start() > s.end()) throw new AssertionError("evidence " + s + " outside a text of " + n + " chars");
                }
            }
        } catch (Throwable t) {
            throw new AssertionError("seed " + seed + " (" + in.name() + ", " + in.bytes().length + " bytes, " + in.how() + "): " + t, t);
        }
        return new long[] {System.nanoTime() - t0, in.bytes().length};
    }

    /** The issue's bound on analysis time: no input may take longer than this per KB. */
    static final double LIMIT_MS_PER_KB = 50;
    /** Inputs over the limit on their first timing that are kept to be timed again (a stalled machine may give many). */
    static final int OVER_KEPT = 10_000;

    /** Milliseconds per KB, inputs under 1 KB counted as 1 KB (a fixed cost per document is not a slope). */
    static double msPerKb(long nanos, int bytes) {
        return nanos / 1e6 / Math.max(1.0, bytes / 1024.0);
    }

    /** {@code PipelineFuzz [COUNT [THREADS [FIRST_SEED]]]}: runs COUNT seeds and prints the count, failures and worst ms/KB. */
    public static void main(String[] args) throws InterruptedException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        long first = args.length > 2 ? Long.parseLong(args[2]) : 0;
        AtomicLong next = new AtomicLong(first);
        LongAdder done = new LongAdder(), failures = new LongAdder(), bytes = new LongAdder();
        AtomicLong worstSeed = new AtomicLong(-1);
        double[] worst = {0};
        java.util.PriorityQueue<double[]> slowest = new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble((double[] x) -> x[0]));
        // every input over the limit on its first timing (up to OVER_KEPT of them), timed again warm at the end
        List<Long> over = new ArrayList<>();
        LongAdder overCount = new LongAdder();
        long t0 = System.nanoTime();
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            ts.add(Thread.ofPlatform().start(() -> {
                Finlens f = new Finlens();
                for (long s = next.getAndIncrement(); s < first + count; s = next.getAndIncrement()) {
                    try {
                        long[] r = check(f, s);
                        long ns = r[0];
                        int len = (int) r[1];
                        bytes.add(len);
                        double perKb = msPerKb(ns, len);
                        synchronized (worst) {
                            if (perKb > worst[0]) {
                                worst[0] = perKb;
                                worstSeed.set(s);
                            }
                            slowest.add(new double[] {perKb, s});
                            if (slowest.size() > 20) slowest.poll();
                            if (perKb > LIMIT_MS_PER_KB) {
                                overCount.increment();
                                if (over.size() < OVER_KEPT) over.add(s);
                            }
                        }
                    } catch (AssertionError e) {
                        failures.increment();
                        System.out.println("FAIL " + e.getMessage());
                    }
                    done.increment();
                    if (done.sum() % 50_000 == 0) {
                        System.out.printf(Locale.ROOT, "%d inputs, %.0f s, %d failures, worst so far %.2f ms/KB (seed %d), %d over %.0f ms/KB%n",
                                done.sum(), (System.nanoTime() - t0) / 1e9, failures.sum(), worst[0], worstSeed.get(), overCount.sum(), LIMIT_MS_PER_KB);
                    }
                }
            }));
        }
        for (Thread t : ts) t.join();
        // the slowest may have been a cold JVM or a machine busy with other work: time the 20 slowest again, warm (best of 3)
        Finlens warm = new Finlens();
        double warmWorst = 0;
        long warmSeed = -1;
        java.util.Set<Long> again = new java.util.TreeSet<>(over);
        for (double[] x : slowest) again.add((long) x[1]);
        long stillOver = 0;
        for (long seed : again) {
            long best = Long.MAX_VALUE;
            int len = 0;
            for (int i = 0; i < 3; i++) {
                long[] r = check(warm, seed);
                best = Math.min(best, r[0]);
                len = (int) r[1];
            }
            if (msPerKb(best, len) > LIMIT_MS_PER_KB) {
                stillOver++;
                System.out.printf(Locale.ROOT, "OVER seed %d: %.2f ms/KB warm (%d bytes)%n", seed, msPerKb(best, len), len);
            }
            if (msPerKb(best, len) > warmWorst) {
                warmWorst = msPerKb(best, len);
                warmSeed = seed;
            }
        }
        System.out.printf(Locale.ROOT, "over %.0f ms/KB on the first timing: %d inputs; these (up to %d) and the 20 slowest timed again, warm"
                + " (best of 3): %d inputs, %d still over, worst %.2f ms/KB (seed %d)%n", LIMIT_MS_PER_KB, overCount.sum(), OVER_KEPT,
                again.size(), stillOver, warmWorst, warmSeed);
        Input w = worstSeed.get() < 0 ? null : input(worstSeed.get());
        System.out.printf(Locale.ROOT, "fuzz: %d inputs (%.1f MB) in %.0f s on %d threads, %d failures; worst %.2f ms/KB (seed %d, %s, %d bytes)%n",
                done.sum(), bytes.sum() / 1e6, (System.nanoTime() - t0) / 1e9, threads, failures.sum(), worst[0], worstSeed.get(),
                w == null ? "-" : w.name(), w == null ? 0 : w.bytes().length);
    }
}
