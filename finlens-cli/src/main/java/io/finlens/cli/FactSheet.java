package io.finlens.cli;

import io.finlens.analysis.Analysis;
import io.finlens.model.Change;
import io.finlens.model.Dimension;
import io.finlens.model.Fact;
import io.finlens.model.Issue;
import io.finlens.model.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The readable fact sheet: figures as a reader knows them (1,800亿元, $452.2 million, +13% YoY). */
final class FactSheet {
    private FactSheet() {
    }

    static String render(Analysis a) {
        StringBuilder b = new StringBuilder();
        b.append(a.title()).append('\n');
        b.append("entity: ").append(a.entity()).append("   period: ").append(a.period().id()).append("   language: ")
                .append(a.language().code()).append("   facts: ").append(a.facts().size()).append('\n');
        row(b, "id", "metric", "segment", "period", "value", "changes");
        boolean zh = a.language() == io.finlens.text.Language.ZH;
        for (Fact f : a.facts()) {
            String metric = f.metric() + (f.basis() != null ? " (" + f.basis() + ")" : "") + (f.guidance() ? " [guidance]" : "");
            row(b, f.id(), metric, f.segment() == null ? "-" : f.segment(), f.period().id(), value(f, zh), changes(f));
        }
        if (!a.checks().isEmpty()) {
            b.append("checks:\n");
            for (io.finlens.model.Check c : a.checks()) {
                String mark = switch (c.status()) {
                    case PASS -> "✓";
                    case WARN -> "⚠";
                    case FAIL -> "✗";
                };
                b.append("  ").append(mark).append(' ').append(c.rule()).append(' ').append(c.factIds()).append(": ")
                        .append(c.message()).append('\n');
            }
        }
        if (!a.derived().isEmpty()) {
            b.append("derived (computed, not stated):\n");
            for (io.finlens.check.Derived d : a.derived()) {
                b.append("  = ").append(d.metric()).append(d.segment() == null ? "" : " [" + d.segment() + "]").append(' ')
                        .append(d.period().id()).append(": ").append(d.formula()).append('\n');
            }
        }
        if (a.transcript() != null) {
            b.append("transcript: ").append(a.transcript().participants().size()).append(" participants, ")
                    .append(a.transcript().exchanges().size()).append(" exchanges (finlens transcript FILE to read them)\n");
        }
        for (Issue i : a.issues()) b.append("issue: ").append(i.code()).append(": ").append(i.message()).append('\n');
        b.append('\n');
        return b.toString();
    }

    /** Column widths of the sheet, in display columns (a Chinese character takes two). */
    private static final int[] WIDTHS = {4, 28, 18, 11, 20};

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < WIDTHS.length; i++) b.append(TextTable.pad(cells[i], WIDTHS[i])).append(' ');
        b.append(cells[WIDTHS.length]).append('\n');
    }

    static String value(Fact f, boolean zh) {
        if (f.value() == null && f.range() == null) return "-";
        String q = f.qualifier() == null ? "" : switch (f.qualifier()) {
            case ABOUT -> "~";
            case OVER -> ">";
            case UNDER -> "<";
        };
        if (f.metric().equals("leverage_ratio") && f.value() != null) return q + f.value().stripTrailingZeros().toPlainString() + "x";
        if (f.range() != null) return q + amount(f.range().low(), f.unit(), zh) + " – " + amount(f.range().high(), f.unit(), zh);
        return q + amount(f.value(), f.unit(), zh);
    }

    static String amount(BigDecimal v, Unit u, boolean zh) {
        if (u.dimension() == Dimension.RATIO) return pct(v.movePointRight(2)) + "%";
        BigDecimal abs = v.abs();
        String sign = v.signum() < 0 ? "-" : "";
        String cur = u.isMoney() ? u.currency() : "";
        if (zh) {
            String suffix = u.isMoney() ? ("CNY".equals(cur) ? "元" : " " + cur) : "";
            if (abs.compareTo(BigDecimal.valueOf(100_000_000)) >= 0) return sign + group(abs.movePointLeft(8)) + "亿" + suffix;
            if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) return sign + group(abs.movePointLeft(4)) + "万" + suffix;
            return sign + group(abs) + suffix;
        }
        String sym = "USD".equals(cur) ? "$" : cur.isEmpty() ? "" : cur + " ";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) return sign + sym + group(abs.movePointLeft(9)) + " billion";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) return sign + sym + group(abs.movePointLeft(6)) + " million";
        return sign + sym + group(abs);
    }

    private static String group(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        String plain = s.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) g.append(',');
            g.append(whole.charAt(i));
        }
        return g + frac;
    }

    private static String pct(BigDecimal v) {
        BigDecimal s = v.setScale(Math.max(0, Math.min(4, v.stripTrailingZeros().scale())), RoundingMode.HALF_UP).stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }

    static String changes(Fact f) {
        StringBuilder b = new StringBuilder();
        for (Change c : f.changes()) {
            if (b.length() > 0) b.append(", ");
            String label = c.basis().code().toUpperCase(java.util.Locale.ROOT);
            if (c.value() != null) b.append(c.value().signum() >= 0 ? "+" : "").append(pct(c.value().movePointRight(2))).append("% ");
            else if (c.points() != null) b.append(c.points().signum() >= 0 ? "+" : "").append(pct(c.points())).append("pp ");
            else if (c.range() != null) b.append(pct(c.range().low().movePointRight(2))).append("% to ").append(pct(c.range().high().movePointRight(2))).append("% ");
            else b.append(c.direction().code()).append(' ');
            b.append(label);
        }
        return b.toString();
    }
}
