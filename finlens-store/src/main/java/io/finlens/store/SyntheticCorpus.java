package io.finlens.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus for measuring, generated from sample articles: each document is a sample with its company renamed (one of
 * {@code companies} invented names), its figures scaled and its years shifted, so documents differ in content hash,
 * entity, period and values while keeping the shape of real coverage. Deterministic for a seed.
 */
public final class SyntheticCorpus {
    private static final String[] ZH_A = {"蓝", "金", "星", "云", "海", "华", "瑞", "安", "嘉", "恒", "鼎", "博", "远", "新", "宏", "泰", "凯", "锦", "盛", "达"};
    private static final String[] ZH_B = {"山", "河", "桥", "港", "峰", "湾", "川", "原", "城", "林", "岭", "舟", "岳", "江", "泉", "谷", "洲", "石", "湖", "田"};
    private static final String[] EN_A = {"Harbor", "Summit", "Cedar", "Granite", "Beacon", "Maple", "Silver", "Falcon", "Aurora", "Pioneer",
            "Crescent", "Redwood", "Atlas", "Meridian", "Northwind", "Sterling", "Orion", "Juniper", "Keystone", "Lakeshore"};
    private static final String[] EN_B = {"Freightways", "Logistics", "Systems", "Networks", "Foods", "Motors", "Energy", "Health",
            "Robotics", "Media", "Capital", "Retail", "Software", "Pharma", "Airlines", "Steel", "Telecom", "Mining", "Games", "Labs"};
    /** A figure not part of a date: digits with optional thousands separators and decimals. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?![\\d年月日,]|\\.\\d)");
    private static final Pattern YEAR = Pattern.compile("20[12]\\d(?=年|财年|\\b|Q)");

    private final List<String> samples;
    private final int companies;
    private final long seed;

    public SyntheticCorpus(List<String> samples, int companies, long seed) {
        if (samples.isEmpty()) throw new IllegalArgumentException("no sample texts");
        if (companies < 1 || companies > ZH_A.length * ZH_B.length) throw new IllegalArgumentException("companies must be 1.." + ZH_A.length * ZH_B.length + ": " + companies);
        this.samples = List.copyOf(samples);
        this.companies = companies;
        this.seed = seed;
    }

    /** The samples in files, read as UTF-8. */
    public static List<String> read(List<Path> files) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : files) out.add(Files.readString(f, StandardCharsets.UTF_8));
        return out;
    }

    /** Document {@code i} of the corpus. */
    public String document(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        String t = samples.get(i % samples.size());
        int c = r.nextInt(companies);
        String zh = ZH_A[c % ZH_A.length] + ZH_B[c / ZH_A.length % ZH_B.length];
        String en = EN_A[c % EN_A.length] + " " + EN_B[c / EN_A.length % EN_B.length];
        t = t.replace("蓝山", zh).replace("Harbor Freightways", en).replace("HBFW", ticker(c));
        int shift = r.nextInt(8);
        if (shift > 0) {
            Matcher y = YEAR.matcher(t);
            StringBuilder b = new StringBuilder();
            while (y.find()) y.appendReplacement(b, String.valueOf(Integer.parseInt(y.group()) - shift));
            y.appendTail(b);
            t = b.toString();
        }
        double factor = 0.5 + r.nextDouble() * 1.5;
        Matcher m = FIGURE.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, scale(m.group(), factor));
        m.appendTail(b);
        return b.append("\n\n(").append(i).append(")\n").toString();
    }

    private static String ticker(int c) {
        return "" + (char) ('A' + c % 26) + (char) ('A' + c / 26 % 26) + "X" + (char) ('A' + c / 676 % 26);
    }

    private static String scale(String figure, double factor) {
        String plain = figure.replace(",", "");
        int dot = plain.indexOf('.');
        int decimals = dot < 0 ? 0 : plain.length() - dot - 1;
        double v = Double.parseDouble(plain) * factor;
        String s = String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
        if (figure.indexOf(',') < 0) return s;
        String intPart = dot < 0 ? s : s.substring(0, s.indexOf('.'));
        String frac = dot < 0 ? "" : s.substring(s.indexOf('.'));
        StringBuilder g = new StringBuilder();
        for (int k = 0; k < intPart.length(); k++) {
            if (k > 0 && (intPart.length() - k) % 3 == 0) g.append(',');
            g.append(intPart.charAt(k));
        }
        return g + frac;
    }

    /** Writes documents {@code 0..n-1} as {@code dir/NNNNNN.txt} in folders of 1000. */
    public void write(Path dir, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format("%04d/%07d.txt", i / 1000, i));
            if (i % 1000 == 0) Files.createDirectories(f.getParent());
            Files.writeString(f, document(i), StandardCharsets.UTF_8);
        }
    }

    /** The Chinese name of company {@code c} (for queries). */
    public static String zhName(int c) {
        return ZH_A[c % ZH_A.length] + ZH_B[c / ZH_A.length % ZH_B.length] + "科技";
    }
}
