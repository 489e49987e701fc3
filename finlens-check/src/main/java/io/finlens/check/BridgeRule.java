package io.finlens.check;

import io.finlens.check.Doc.Key;
import io.finlens.check.Vocabulary.Bridge;
import io.finlens.check.Vocabulary.Term;
import io.finlens.model.Fact;
import io.finlens.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bridge}: a stated figure equals the stated figures it is made of ({@code bridges.tsv}): free cash flow
 * = operating cash flow − capex − media content payments − lease payments as stated; gross profit = revenue −
 * cost of revenue; operating profit = revenue − costs and expenses, or gross profit − operating expenses; net
 * income = pretax income − income tax; net cash = cash − debt. All terms share entity, segment, period, basis
 * and currency; tolerance is half a unit of the last stated place per figure.
 * <ul>
 * <li>pass: within rounding;</li>
 * <li>warn: the target is smaller than the terms give and a deduction the formula allows is not stated (the
 * difference may be it), or the formula may leave out a line (on_mismatch warn), or a figure is approximate;</li>
 * <li>fail: an identity does not hold.</li>
 * </ul>
 */
final class BridgeRule implements CheckRule {
    public String id() {
        return "bridge";
    }

    public void apply(Run run) {
        Doc doc = run.doc;
        for (Bridge br : doc.vocab.bridges) {
            for (Key k : doc.keys()) {
                if (!k.metric().equals(br.target()) || k.guidance()) continue;
                Fact target = doc.best(k);
                if (target == null) continue;
                List<Fact> terms = new ArrayList<>();
                List<Term> used = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                boolean complete = true;
                for (Term t : br.terms()) {
                    Fact f = doc.best(k.withMetric(t.metric()));
                    if (f == null) {
                        if (!t.optional()) complete = false;
                        else missing.add(t.metric());
                        continue;
                    }
                    terms.add(f);
                    used.add(t);
                }
                if (!complete) continue;
                check(run, br, target, terms, used, missing);
            }
        }
    }

    private void check(Run run, Bridge br, Fact target, List<Fact> terms, List<Term> used, List<String> missing) {
        Doc doc = run.doc;
        BigDecimal computed = BigDecimal.ZERO;
        BigDecimal tol = Doc.half(target);
        boolean approx = Doc.approximate(target);
        for (int i = 0; i < terms.size(); i++) {
            Fact f = terms.get(i);
            computed = computed.add(f.value().multiply(BigDecimal.valueOf(used.get(i).sign())));
            tol = tol.add(Doc.half(f));
            approx |= Doc.approximate(f);
        }
        BigDecimal diff = target.value().subtract(computed);
        boolean within = diff.abs().compareTo(tol) <= 0;

        List<Fact> all = new ArrayList<>(terms);
        all.add(target);
        int scale = doc.units.scaleOf(target) != 0 ? doc.units.scaleOf(target) : doc.units.scaleOf(all);
        int decimals = 0;
        for (Fact f : terms) decimals = Math.max(decimals, Units.decimals(f, scale));
        StringBuilder arith = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            String v = Units.stated(terms.get(i), scale);
            boolean minus = used.get(i).sign() < 0;
            if (i == 0) {
                arith.append(minus ? Units.MINUS + v : v);
                names.append(minus ? Units.MINUS : "").append(terms.get(i).metric());
            } else {
                arith.append(minus ? " " + Units.MINUS + " " : " + ").append(v.startsWith(Units.MINUS) ? "(" + v + ")" : v);
                names.append(minus ? " " + Units.MINUS + " " : " + ").append(terms.get(i).metric());
            }
        }
        String stated = Units.stated(target, scale);
        if (diff.signum() == 0) arith.append(" = ").append(stated);
        else arith.append(" = ").append(Units.number(computed, scale, decimals)).append(" vs ").append(stated);
        arith.append(doc.suffix(target.unit(), scale));
        names.append(" = ").append(target.metric()).append(" (").append(Doc.context(target, false)).append(')');

        String rounding = "±" + Units.plain(tol, scale);
        String gap = Units.number(diff.abs(), scale, Math.max(decimals, Units.decimals(target, scale)));
        Status status;
        String why;
        if (within) {
            status = Status.PASS;
            why = diff.signum() == 0 ? "" : ": within rounding (" + rounding + ")";
        } else if (diff.signum() < 0 && !missing.isEmpty()) {
            status = Status.WARN;
            why = ": " + target.metric() + " is " + gap + " lower, more than rounding (" + rounding + "); the text does not state "
                    + String.join(", ", missing) + ", which may make up the difference";
        } else {
            status = br.failOnMismatch() && !approx ? Status.FAIL : Status.WARN;
            why = ": off by " + gap + " (" + SegmentsSum.percentOf(diff.abs(), target.value()) + "), more than rounding (" + rounding
                    + ")" + (status == Status.WARN ? (approx ? "; an approximate figure (约) is involved"
                    : "; the formula may leave out a line the text does not state") : "");
        }
        List<Fact> ids = new ArrayList<>();
        ids.add(target);
        ids.addAll(terms);
        run.check(id(), status, ids, target.value(), computed, arith + why + "; " + names + " [" + br.id() + "]");
    }
}
