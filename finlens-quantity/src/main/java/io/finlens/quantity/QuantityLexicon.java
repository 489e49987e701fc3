package io.finlens.quantity;

import io.finlens.model.Direction;
import io.finlens.model.Qualifier;
import io.finlens.model.Unit;
import io.finlens.text.Tsv;
import io.finlens.text.WordList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The words quantity rules use, loaded once from the TSV files beside this class. */
final class QuantityLexicon {
    enum UnitKind { PERCENT, POINTS, BPS, MULTIPLE }

    record Verb(Direction direction, boolean loss) {
    }

    final WordList<Integer> scales;
    final WordList<String> currencyPrefix;
    final WordList<String> currencySuffix;
    /** Currency words that name a fraction of the unit: 港仙 is 10^-2 Hong Kong dollars. */
    final Map<String, Integer> currencyExponent = new LinkedHashMap<>();
    final WordList<String> countUnits;
    final WordList<Qualifier> qualifierPrefix;
    final WordList<Qualifier> qualifierSuffix;
    final WordList<UnitKind> units;
    final WordList<Verb> verbs;

    private static final QuantityLexicon INSTANCE = new QuantityLexicon();

    static QuantityLexicon get() {
        return INSTANCE;
    }

    private QuantityLexicon() {
        Map<String, Integer> sc = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "scales.tsv", 3, 3)) {
            try {
                sc.put(r.get(0), Integer.parseInt(r.get(1)));
            } catch (NumberFormatException e) {
                throw r.error("exponent is not an integer: " + r.get(1));
            }
        }
        scales = new WordList<>(sc, false);
        Map<String, String> pre = new LinkedHashMap<>(), suf = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "currencies.tsv", 3, 4)) {
            if (!Unit.isCurrencyCode(r.get(1))) throw r.error("not an ISO 4217 code: " + r.get(1));
            if (r.cells().size() == 4) {
                try {
                    currencyExponent.put(r.get(0), Integer.parseInt(r.get(3)));
                } catch (NumberFormatException e) {
                    throw r.error("exponent is not an integer: " + r.get(3));
                }
            }
            switch (r.get(2)) {
                case "prefix" -> pre.put(r.get(0), r.get(1));
                case "suffix" -> suf.put(r.get(0), r.get(1));
                default -> throw r.error("position must be prefix or suffix: " + r.get(2));
            }
        }
        currencyPrefix = new WordList<>(pre, false);
        currencySuffix = new WordList<>(suf, false);
        Map<String, String> cu = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "count-units.tsv", 2, 2)) cu.put(r.get(0), r.get(1));
        countUnits = new WordList<>(cu, true);
        Map<String, Qualifier> qp = new LinkedHashMap<>(), qs = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "qualifiers.tsv", 3, 3)) {
            Qualifier q = enumOf(Qualifier.class, r, 1);
            switch (r.get(2)) {
                case "prefix" -> qp.put(r.get(0), q);
                case "suffix" -> qs.put(r.get(0), q);
                default -> throw r.error("position must be prefix or suffix: " + r.get(2));
            }
        }
        qualifierPrefix = new WordList<>(qp, true);
        qualifierSuffix = new WordList<>(qs, true);
        Map<String, UnitKind> un = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "units.tsv", 3, 3)) un.put(r.get(0), enumOf(UnitKind.class, r, 1));
        units = new WordList<>(un, true);
        Map<String, Verb> vb = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "directions.tsv", 3, 3)) {
            if (!r.get(2).equals("true") && !r.get(2).equals("false")) throw r.error("loss must be true or false");
            vb.put(r.get(0), new Verb(enumOf(Direction.class, r, 1), Boolean.parseBoolean(r.get(2))));
        }
        verbs = new WordList<>(vb, true);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, Tsv.Row r, int col) {
        try {
            return Enum.valueOf(type, r.get(col).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error("unknown " + type.getSimpleName() + ": " + r.get(col));
        }
    }
}
