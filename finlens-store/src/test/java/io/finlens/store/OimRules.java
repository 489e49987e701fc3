package io.finlens.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of xBRL-JSON 1.0 and the OIM (xbrl-json REC 2021-10-13, oim REC 2021-10-13) a reader can check without
 * loading the taxonomies: the document type; every prefix used declared in {@code namespaces}; a taxonomy entry point
 * named for each standard prefix used; fact ids that are NCNames; the core dimensions concept, entity and period on
 * every fact, with the OIM lexical forms (SQName entity, xs:dateTime period or interval); numeric values in the
 * decimal lexical space as strings, with integer decimals and a unit; other dimensions as prefixed QNames.
 */
final class OimRules {
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    private static final Pattern QNAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_.\\-]*):([A-Za-z_][A-Za-z0-9_.\\-]*)");
    private static final Pattern SQNAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_.\\-]*):(\\S+)");
    private static final String DT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}";
    private static final Pattern PERIOD = Pattern.compile(DT + "(/" + DT + ")?");
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Set<String> CORE = Set.of("concept", "entity", "period", "unit", "language", "noteId");
    private static final Map<String, String> ENTRY = Map.of("us-gaap", "us-gaap", "ifrs-full", "ifrs", "finlens", "finlens");

    private OimRules() {
    }

    /** What breaks a rule, one line each; empty when the document keeps every checked rule. */
    static List<String> check(JsonNode root) {
        List<String> broken = new ArrayList<>();
        JsonNode info = root.path("documentInfo");
        if (!"https://xbrl.org/2021/xbrl-json".equals(info.path("documentType").asText())) broken.add("documentType " + info.path("documentType"));
        JsonNode ns = info.path("namespaces");
        JsonNode taxonomy = info.path("taxonomy");
        if (!taxonomy.isArray() || taxonomy.isEmpty()) broken.add("no taxonomy");
        Set<String> used = new java.util.TreeSet<>();
        for (Map.Entry<String, JsonNode> e : root.path("facts").properties()) {
            String id = e.getKey();
            JsonNode f = e.getValue();
            if (!NCNAME.matcher(id).matches()) broken.add(id + ": fact id is not an NCName");
            JsonNode d = f.path("dimensions");
            for (String core : List.of("concept", "entity", "period")) if (!d.hasNonNull(core)) broken.add(id + ": no " + core);
            prefixOf(QNAME, d.path("concept").asText(), id + " concept", broken, used);
            prefixOf(SQNAME, d.path("entity").asText(), id + " entity", broken, used);
            if (!PERIOD.matcher(d.path("period").asText()).matches()) broken.add(id + ": period " + d.path("period"));
            if (!f.path("value").isTextual()) broken.add(id + ": value is not a string");
            boolean numeric = d.has("unit");
            if (numeric) {
                for (String u : d.path("unit").asText().split("[/*]")) prefixOf(QNAME, u, id + " unit", broken, used);
                if (!DECIMAL.matcher(f.path("value").asText()).matches()) broken.add(id + ": value " + f.path("value") + " is not a decimal");
            }
            if (f.has("decimals") && !(numeric && f.path("decimals").isInt())) broken.add(id + ": decimals " + f.path("decimals"));
            for (Iterator<String> names = d.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (CORE.contains(name)) continue;
                prefixOf(QNAME, name, id + " dimension", broken, used);
            }
        }
        for (String p : used) if (!ns.has(p)) broken.add("prefix " + p + " is used but not declared");
        for (Map.Entry<String, String> e : ENTRY.entrySet()) {
            if (used.contains(e.getKey()) && !taxonomy.toString().contains(e.getValue())) broken.add("no taxonomy entry point for " + e.getKey());
        }
        return broken;
    }

    private static void prefixOf(Pattern p, String qname, String what, List<String> broken, Set<String> used) {
        java.util.regex.Matcher m = p.matcher(qname);
        if (!m.matches()) broken.add(what + ": not a " + (p == QNAME ? "QName" : "SQName") + ": " + qname);
        else used.add(m.group(1));
    }
}
