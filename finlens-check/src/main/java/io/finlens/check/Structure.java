package io.finlens.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the facts of one document nest: each breakdown names a parent fact, the facts the text gives as its
 * parts, and the rule that inferred the relation from the text. A parent may have several breakdowns (by
 * business and by region); a fact may be a part in one breakdown and a parent in another.
 */
public record Structure(List<Breakdown> breakdowns) {
    public static final Structure EMPTY = new Structure(List.of());

    /** What the parts are: the same metric for business lines (segments), or other metrics (components). */
    public enum Kind {
        /** 增值服务 921 = 本土市场游戏 429 + 国际市场游戏 166 + 社交网络 326: one metric, parts by segment. */
        SEGMENTS,
        /** 总成本和支出 = 营收成本 + 研发 + 销售 + 行政: one whole, parts by metric. */
        COMPONENTS;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One parent and its stated parts, in text order.
     *
     * @param rule the structure rule that inferred it, e.g. {@code structure.of-which}
     */
    public record Breakdown(String parent, List<String> children, Kind kind, String rule) {
        public Breakdown {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(rule, "rule");
            children = List.copyOf(children);
            if (children.isEmpty()) throw new IllegalArgumentException("a breakdown needs a part: " + parent);
            if (children.contains(parent)) throw new IllegalArgumentException("a fact is no part of itself: " + parent);
            if (children.stream().distinct().count() != children.size()) {
                throw new IllegalArgumentException("a part listed twice: " + children);
            }
        }
    }

    public Structure {
        breakdowns = List.copyOf(breakdowns);
    }

    /** The breakdowns whose parent is {@code factId}, in order. */
    public List<Breakdown> of(String factId) {
        List<Breakdown> out = new ArrayList<>();
        for (Breakdown b : breakdowns) if (b.parent().equals(factId)) out.add(b);
        return out;
    }

    /** The parents of {@code factId}: every breakdown that lists it as a part. */
    public List<String> parentsOf(String factId) {
        List<String> out = new ArrayList<>();
        for (Breakdown b : breakdowns) if (b.children().contains(factId) && !out.contains(b.parent())) out.add(b.parent());
        return out;
    }
}
