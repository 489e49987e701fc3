package io.finlens.fact;

import java.util.Locale;

/**
 * When two segment labels name the same business line: compared without case, spaces and punctuation, and without
 * the words a label may end on (业务收入, 业务, 收入, 板块, 部门, segment, revenue), stripped until none is left, so that
 * 其他业务部门 and 其他业务, or "Cloud segment revenue" and "Cloud", are one line. Used by the fact merger and the table merge.
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
        String k = segment.toLowerCase(Locale.ROOT).replaceAll("[\\s·•._\\-()（）的]", "");
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (k.endsWith(suffix) && k.length() > suffix.length()) {
                    k = k.substring(0, k.length() - suffix.length());
                    stripped = true;
                }
            }
        }
        return k;
    }
}
