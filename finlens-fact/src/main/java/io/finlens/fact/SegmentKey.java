package io.finlens.fact;

import io.finlens.text.Regex;
import io.finlens.text.Tsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When two segment labels name the same business line: compared without case, spaces and punctuation, and without
 * the words a label may end on (业务收入, 业务, 收入, 板块, 部门, segment, revenue), stripped until none is left, so that
 * 其他业务部门 and 其他业务, or "Cloud segment revenue" and "Cloud", are one line; a place's adjective ends as the
 * place's name ({@code segment-demonyms-en.tsv}: "Canadian segment" and "Canada"). Used by the fact merger and the table merge.
 */
public final class SegmentKey {
    private static final String[] SUFFIXES = {"业务收入", "业务", "收入", "板块", "部门", "segment", "revenues", "revenue"};

    private SegmentKey() {
    }

    /**
     * {@return the key of a segment label; labels with equal keys name one line; null for null (the whole company)}
     *
     * @param segment a segment label, or null
     */
    public static String of(String segment) {
        if (segment == null) return null;
        String k = Regex.replaceAll(segment.toLowerCase(Locale.ROOT), "[\\s·•._\\-()（）的]", "");
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (k.endsWith(suffix) && k.length() > suffix.length()) {
                    k = k.substring(0, k.length() - suffix.length());
                    stripped = true;
                }
            }
        }
        for (String[] d : DEMONYMS) {
            if (k.endsWith(d[0])) return k.substring(0, k.length() - d[0].length()) + d[1]; // "Canadian" is Canada's line
        }
        return k;
    }

    /** {@code segment-demonyms-en.tsv}: a place's adjective and its name, longest adjective first. */
    private static final List<String[]> DEMONYMS = loadDemonyms();

    private static List<String[]> loadDemonyms() {
        List<String[]> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.load(SegmentKey.class, "segment-demonyms-en.tsv", 2, 2)) out.add(new String[] {r.get(0), r.get(1)});
        out.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        return List.copyOf(out);
    }
}
