package io.finlens.store;

import io.finlens.text.Tsv;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a name means: 腾讯, 腾讯控股, 腾讯集团 and Tencent are one company with the id {@code tencent}. Three sources, in
 * order: the lexicon {@code entities.tsv} (well-known companies), aliases documents declare
 * ({@code 蓝山科技控股有限公司（以下简称"蓝山"）}: 蓝山 means the declared company), and a fallback id, the name's
 * normalized form (case folded, punctuation and corporate suffixes such as 有限公司, 控股, Holdings, Inc. dropped).
 * Ids are stable: the same names give the same id whatever the order documents arrive in.
 */
public final class Entities {
    /** Corporate suffixes dropped from the end of a name, longest first; repeated until none applies. */
    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "控股有限公司", "集团有限公司", "有限公司",
            "控股集团", "集团", "控股", "公司", "股份", "-w", "-sw", "holdingslimited", "grouplimited", "corporation",
            "incorporated", "holdings", "holding", "limited", "group", "corp", "inc", "ltd", "plc", "co");
    /** {@code （以下简称“Y”）}, {@code ("Y")}: the bracket of a declaration; the full name is read backwards from it. */
    private static final Pattern DECLARED = Pattern.compile(
            "[（(]\\s*(?:以下简称|以下称|下称|简称|the\\s+)?[:：]?\\s*[“\"「『]([^”\"」』（）()]{1,20})[”\"」』]\\s*(?:或“本公司”|or\\s+the\\s+\"Company\")?\\s*[)）]");
    /** A full company name ending right before the bracket. */
    private static final Pattern FULL_NAME = Pattern.compile(
            "[\\p{IsHan}A-Za-z0-9·&.\\- ]{2,40}(?:有限公司|集团|公司|Limited|Ltd\\.?|Inc\\.?|Corporation|Group|Holdings)\\s*$");

    private final Map<String, String> lexicon; // normalized alias → id
    private final Map<String, String> canonical; // id → canonical name
    private final Map<String, String> declared = new HashMap<>(); // normalized alias → id, learned from documents

    private Entities(Map<String, String> lexicon, Map<String, String> canonical) {
        this.lexicon = lexicon;
        this.canonical = canonical;
    }

    /** The bundled lexicon, no declared aliases yet. */
    public static Entities standard() {
        Map<String, String> lex = new HashMap<>();
        Map<String, String> can = new TreeMap<>();
        for (Tsv.Row r : Tsv.load(Entities.class, "entities.tsv", 3, 3)) {
            String id = r.get(0).strip();
            if (!id.matches("[a-z0-9][a-z0-9-]*")) throw r.error("id is not a lower-case slug: " + id);
            if (can.put(id, r.get(1).strip()) != null) throw r.error("duplicate id " + id);
            for (String alias : (r.get(1) + ";" + r.get(2)).split(";")) {
                String k = key(alias);
                if (k.isEmpty()) continue;
                String prev = lex.put(k, id);
                if (prev != null && !prev.equals(id)) throw r.error("alias '" + alias.strip() + "' names both " + prev + " and " + id);
            }
        }
        return new Entities(lex, can);
    }

    private static volatile Entities standardLexicon;

    /** The bundled lexicon, loaded once per JVM and shared: call {@link #fresh()} on it before learning aliases. */
    public static Entities standardLexicon() {
        Entities e = standardLexicon;
        if (e == null) {
            synchronized (Entities.class) {
                e = standardLexicon;
                if (e == null) standardLexicon = e = standard();
            }
        }
        return e;
    }

    /** The same lexicon without any declared alias (the lexicon's maps are shared: they are never changed). */
    public Entities fresh() {
        return new Entities(lexicon, canonical);
    }

    /** The normalized form of a name: NFKC-ish folding of case and width, punctuation and spaces dropped, corporate suffixes dropped. */
    public static String key(String name) {
        Objects.requireNonNull(name, "name");
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> Character.isLetterOrDigit(cp) || cp == '-').forEach(b::appendCodePoint);
        String k = b.toString();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String suf : SUFFIXES) {
                if (k.length() > suf.length() && k.endsWith(suf)) {
                    String rest = k.substring(0, k.length() - suf.length());
                    if (rest.codePointCount(0, rest.length()) >= 2 || !rest.chars().allMatch(c -> c < 128)) {
                        k = rest;
                        changed = true;
                        break;
                    }
                }
            }
        }
        while (k.endsWith("-")) k = k.substring(0, k.length() - 1);
        return k;
    }

    /** The stable id of a name: lexicon, then declared aliases, then the normalized name itself ("unknown" for none). */
    public synchronized String resolve(String name) {
        if (name == null || name.isBlank()) return "unknown";
        String k = key(name);
        if (k.isEmpty()) return "unknown";
        String id = lexicon.get(k);
        if (id != null) return id;
        id = declared.get(k);
        if (id != null) return id;
        return k;
    }

    /** The canonical name of an id from the lexicon, or null when the id is not a lexicon entry. */
    public String canonicalName(String id) {
        return canonical.get(id);
    }

    /** Learns an alias: {@code alias} means {@code id} (ignored when the lexicon already knows the alias). */
    public synchronized void learn(String alias, String id) {
        String k = key(alias);
        if (k.isEmpty() || lexicon.containsKey(k) || k.equals(id)) return;
        // the first declaration wins, compared by id so the result does not depend on arrival order
        declared.merge(k, id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    /** A declaration found in a text: the full name as written, the short name, and the id they both mean. */
    public record Declaration(String fullName, String alias, String id) {
        public Declaration {
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(id, "id");
        }
    }

    /** The short names a text declares for companies, each with the id of the full name. */
    public List<Declaration> declarations(String text) {
        Map<String, Declaration> out = new TreeMap<>();
        Matcher m = DECLARED.matcher(text);
        while (m.find()) {
            Matcher n = FULL_NAME.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
            if (!n.find()) continue;
            String full = n.group().strip();
            String alias = m.group(1).strip();
            int at = full.indexOf(alias);
            if (at > 0) full = full.substring(at); // 据悉蓝山科技控股有限公司（“蓝山”）: the name starts where the short name does
            if (key(alias).isEmpty() || alias.equalsIgnoreCase("company") || alias.equals("本公司") || alias.equals("公司")) continue;
            String id = resolve(full);
            out.putIfAbsent(key(alias), new Declaration(full, alias, id));
        }
        return List.copyOf(out.values());
    }

    /** Learned aliases, for tests and reports. */
    public synchronized Map<String, String> declared() {
        return Collections.unmodifiableMap(new TreeMap<>(declared));
    }
}
