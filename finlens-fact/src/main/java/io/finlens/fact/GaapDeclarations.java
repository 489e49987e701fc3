package io.finlens.fact;

import io.finlens.model.Fact;
import io.finlens.model.Span;
import io.finlens.text.KeyedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Measures a release declares GAAP although their name says "adjusted": "'Adjusted Resort EBITDA' is the Company's
 * reportable segment GAAP measure". Figures stated under that name are on the reported basis.
 */
final class GaapDeclarations {
    private GaapDeclarations() {
    }

    /** A quoted measure name declared the segment measure or a GAAP measure. */
    private static final KeyedPattern DECLARED = new KeyedPattern("\"“", "(?i)[\"“]([A-Za-z][^\"”\\n]{2,60}?)[\"”]\\s+is\\s+(?:the|a|an|our)\\s+(?:company['’]s\\s+)?(?:reportable\\s+)?"
                    + "(?:segment\\s+(?:gaap\\s+)?(?:profit\\s+)?measure|gaap\\s+(?:financial\\s+)?measure)");

    /**
     * Rule en.basis.gaap-declaration: where the text declares a quoted measure a (segment) GAAP measure, a non-GAAP fact
     * whose first evidence begins with that name ("Adjusted Resort EBITDA of $512 million", its margin) is on the
     * reported basis; a name with more before it ("Same-Store Adjusted Resort EBITDA") is another measure.
     */
    static List<Fact> apply(String s, List<Fact> facts) {
        if (!s.contains("easure") && !s.contains("EASURE")) return facts; // no "measure": nothing declared (a cheap scan first)
        List<String> names = new ArrayList<>();
        KeyedPattern.Finder m = DECLARED.in(s, 0, s.length());
        while (m.find()) names.add(m.group(1).strip().toLowerCase(Locale.ROOT));
        if (names.isEmpty()) return facts;
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) out.add(declared(s, f, names) ? reported(f) : f);
        return out;
    }

    /** A word before the name that makes it another measure: "Same-Store Adjusted Resort EBITDA". */
    private static final Pattern QUALIFIED = Pattern.compile("(?i)(?:same[- ]store|comparable|hold[- ]adjusted|pro forma)\\s*$");

    private static boolean declared(String s, Fact f, List<String> names) {
        if (!"non-gaap".equals(f.basis()) || f.evidence().isEmpty()) return false;
        Span ev = f.evidence().get(0);
        String t = s.substring(ev.start(), ev.end()).toLowerCase(Locale.ROOT);
        if (QUALIFIED.matcher(s.substring(Math.max(0, ev.start() - 24), ev.start())).find()) return false;
        for (String n : names) if (t.startsWith(n)) return true;
        return false;
    }

    private static Fact reported(Fact f) {
        List<String> rules = new ArrayList<>(f.rules());
        rules.add("en.basis.gaap-declaration");
        return new Fact(f.id(), f.entity(), f.metric(), f.segment(), null, f.period(), f.value(), f.unit(), f.qualifier(), f.range(),
                f.guidance(), f.changes(), f.evidence(), rules, f.conversion(), f.precision());
    }
}
