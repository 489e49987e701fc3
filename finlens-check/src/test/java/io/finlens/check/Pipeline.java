package io.finlens.check;

import io.finlens.fact.FactExtractor;
import io.finlens.model.Change;
import io.finlens.model.Fact;
import io.finlens.model.Quantity;
import io.finlens.model.Span;
import io.finlens.quantity.QuantityRecognizer;
import io.finlens.text.Language;
import io.finlens.text.NormalizedText;
import io.finlens.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** The real pipeline for tests: text → facts with evidence (and changes, conversions) in original coordinates. */
final class Pipeline {
    private static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();

    private Pipeline() {
    }

    static List<Fact> facts(String original) {
        NormalizedText nt = Normalizer.normalize(original);
        var qs = RECOGNIZER.recognize(nt);
        var r = new FactExtractor().extract(nt.text(), qs, Language.detect(nt.text()) == Language.ZH);
        List<Fact> out = new ArrayList<>();
        for (Fact f : r.facts()) {
            List<Span> ev = new ArrayList<>();
            for (Span s : f.evidence()) ev.add(nt.toOriginal(s));
            List<Change> ch = new ArrayList<>();
            for (Change c : f.changes()) {
                ch.add(new Change(c.basis(), c.value(), c.points(), c.range(), c.direction(), c.span() == null ? null : nt.toOriginal(c.span())));
            }
            Quantity conv = f.conversion() == null ? null : f.conversion().withSpan(nt.toOriginal(f.conversion().span()));
            out.add(new Fact(f.id(), f.entity(), f.metric(), f.segment(), f.basis(), f.period(), f.value(), f.unit(), f.qualifier(),
                    f.range(), f.guidance(), ch, ev, f.rules(), conv, f.precision()));
        }
        return out;
    }
}
