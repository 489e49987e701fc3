package io.finlens.transcript;

import io.finlens.text.Regex;
import io.finlens.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call told as a story: a Chinese write-up that reports the Q&amp;A in its own sentences instead of speaker labels
 * ({@code 电话会上，某证券分析师Alex Wu直接发问：…} / {@code 对此，CFO王明给出了回应：…}). Read only when the document
 * names its executives in a sentence about the call (the prose roster) and an analyst asks; each marker starts a
 * speech that runs to the next marker or to the end of its section (a heading or a rule line closes the exchange).
 *
 * <p>Rules, each the id its speeches carry:
 * <ul>
 *   <li>{@code zh.narrated.analyst}: an analyst word (分析师) with the firm before it and an optional name after it,
 *   then within a few characters a verb of asking (发问, 问及, 指出);</li>
 *   <li>{@code zh.narrated.qa-with}: {@code 在与X的问答中} names the firm of the next analyst who is not named;</li>
 *   <li>{@code zh.narrated.executive}: an executive of the roster (any of their names, or the last part of a
 *   transliterated one: 胡德 for 艾米·胡德) followed within a clause by a verb of speech (回应, 解释, 表示), while an
 *   analyst's exchange is open.</li>
 * </ul>
 */
final class NarratedLayout {
    static final String ID = "narrated";
    /** Verbs of asking; 表示 or 说 after an analyst is a quote (an analyst told a reporter), not a question. */
    private static final String ASK_WORDS = "问及|质疑|追问|发问|提问|问道|询问|问到";
    private static final Pattern ASK = Pattern.compile(ASK_WORDS);
    /** Inside a Q&amp;A the write-up named (在与X的问答中), pointing something out is asking too. */
    private static final Pattern ASK_IN_QA = Pattern.compile(ASK_WORDS + "|指出|关心|关注");
    /** Verbs of answering that a cue list of speech verbs does not hold. */
    private static final Pattern ANSWER = Pattern.compile("回应|回答|解释|答道");
    private static final String SENTENCE_ENDS = "。；;：:！!？?";
    /** Words that frame a clause before the firm: 当, 在随后…中, 来自. */
    private static final Pattern FIRM_FRAME = Pattern.compile("^(?:当|而|另外|此外|随后|其后|接着|最后|还有|另有|来自|据)+");
    private static final Pattern QA_WITH = Pattern.compile("与([^，,。；;：:]{2,30}?)(?:的|之间的)?(?:问答|交流|对话|互动)");
    private static final Pattern LATIN_NAME = Pattern.compile("^[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,2}");
    private static final String CLAUSE_ENDS = "，,。；;：:！!？?";

    private final Names names;
    private final Cues cues;
    private final Brokers brokers;

    NarratedLayout(Names names, Cues cues, Brokers brokers) {
        this.names = names;
        this.cues = cues;
        this.brokers = brokers;
    }

    /** A place where a speech starts, in line {@code line} at normalized index {@code at}. */
    private record Marker(int line, int at, int bodyAt, String speaker, Role role, String firm, String rule) {
    }

    Reading read(SourceLines lines) {
        Roster roster = new Roster();
        new ProseRoster(names, cues).read(lines, roster);
        List<Roster.Person> executives = new ArrayList<>();
        for (Roster.Person p : roster.people()) if (p.role == Role.EXECUTIVE) executives.add(p);
        if (executives.isEmpty()) return null;
        for (Roster.Person p : executives) {
            int dot = lastDot(p.name);
            if (dot > 0 && p.name.length() - dot - 1 >= 2) roster.alias(p, p.name.substring(dot + 1)); // 艾米·胡德 → 胡德
        }
        List<Speech> speeches = new ArrayList<>();
        Speech.Builder cur = null;
        boolean open = false;
        String pendingFirm = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLines.Line l = lines.get(i);
            if (l.blank()) continue;
            if (ruleLine(l.trimmed())) continue;
            if (heading(lines, i)) {
                // a heading ends the exchange, unless it introduces an executive's answer (CEO王明：我们看重长期价值)
                if (!namesExecutive(lines.norm(i).text(), executives)) {
                    if (cur != null) speeches.add(cur.build());
                    cur = null;
                    open = false;
                }
                continue;
            }
            String t = lines.norm(i).text();
            if (!Chars.hasHan(t)) {
                if (cur != null) cur.extend(l.content().end());
                continue;
            }
            Matcher qa = QA_WITH.matcher(t);
            if (qa.find()) pendingFirm = qa.group(1).strip(); // zh.narrated.qa-with
            List<Marker> markers = markers(t, i, roster, executives, pendingFirm);
            for (Marker m : markers) {
                if (m.role() == Role.EXECUTIVE && !open) continue;
                if (m.role() == Role.ANALYST) {
                    open = true;
                    if (m.firm() != null && m.firm().equals(pendingFirm)) pendingFirm = null;
                }
                int start = lines.original(i, m.at());
                if (cur != null) {
                    cur.end = Math.max(cur.start, Math.min(cur.end, start));
                    speeches.add(cur.build());
                }
                String speaker = m.speaker();
                if (m.role() == Role.ANALYST && !Exchange.UNNAMED.equals(speaker)) speaker = roster.add(speaker, Role.ANALYST, null, m.firm()).name;
                cur = new Speech.Builder(speaker, m.role(), start, lines.original(i, m.bodyAt()), l.content().end(), m.firm(), false, m.rule());
            }
            if (markers.isEmpty() && cur != null) cur.extend(l.content().end());
        }
        if (cur != null) speeches.add(cur.build());
        boolean asked = false, answered = false;
        for (Speech s : speeches) {
            asked |= s.role() == Role.ANALYST;
            answered |= s.role() == Role.EXECUTIVE;
        }
        return asked && answered ? new Reading(ID, roster, speeches, 0, false) : null;
    }

    /** The speech markers of one line (normalized text {@code t}), in order. */
    private List<Marker> markers(String t, int line, Roster roster, List<Roster.Person> executives, String pendingFirm) {
        List<Marker> out = new ArrayList<>();
        for (String word : cues.of("analyst-word")) {
            for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
                Marker m = analyst(t, line, at, word.length(), pendingFirm);
                if (m != null && out.stream().noneMatch(x -> Math.abs(x.at() - m.at()) < 4)) out.add(m);
            }
        }
        List<int[]> named = new ArrayList<>(); // where executives' names stand: a short name inside a full one is the same mention
        for (Roster.Person p : executives) {
            List<String> forms = new ArrayList<>(p.aliases);
            forms.add(0, p.name);
            forms.sort(java.util.Comparator.comparingInt(String::length).reversed());
            for (String form : forms) {
                for (int at = t.indexOf(form); at >= 0; at = t.indexOf(form, at + 1)) {
                    int a = at, z = at + form.length();
                    if (named.stream().anyMatch(r -> a < r[1] && z > r[0])) continue;
                    named.add(new int[] {a, z});
                    int verbEnd = speechVerbAfter(t, z);
                    if (verbEnd < 0) continue;
                    out.add(new Marker(line, titleBefore(t, at), bodyAfter(t, verbEnd), p.name, Role.EXECUTIVE, null, "zh.narrated.executive"));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Marker::at));
        return out;
    }

    /** Rule zh.narrated.analyst at the analyst word {@code at}, or null when no verb of asking follows. */
    private Marker analyst(String t, int line, int at, int len, String pendingFirm) {
        int k = at + len;
        while (k < t.length() && t.charAt(k) == ' ') k++;
        if (k < t.length() && t.charAt(k) == '的') return null; // 回答了分析师的提问: the analysts' questions, nobody asking
        String name = Exchange.UNNAMED;
        Matcher latin = LATIN_NAME.matcher(t.substring(k));
        if (latin.find() && Names.isLatinName(latin.group(), false)) {
            name = latin.group();
            k += latin.end();
        } else {
            for (int n = 4; n >= 2; n--) { // (a name ends before a stop word: 张翔对… is 张翔)
                if (k + n <= t.length() && names.isChineseName(t.substring(k, k + n))
                        && (k + n == t.length() || cues.leading("name-stop", t.substring(k + n)) != null
                            || CLAUSE_ENDS.indexOf(t.charAt(k + n)) >= 0 || Chars.isLatin(t.charAt(k + n)))) {
                    name = t.substring(k, k + n);
                    k += n;
                    break;
                }
            }
        }
        int verbEnd = verbWithin(t, k, 8, pendingFirm != null ? ASK_IN_QA : ASK, CLAUSE_ENDS);
        if (verbEnd < 0) return null;
        // the firm: the clause before the analyst word, without its framing words (当巴克莱银行分析师问及 → 巴克莱银行)
        int clause = at;
        while (clause > 0 && CLAUSE_ENDS.indexOf(t.charAt(clause - 1)) < 0 && at - clause < 24) clause--;
        String before = FIRM_FRAME.matcher(t.substring(clause, at).strip()).replaceFirst("");
        if (before.endsWith("的")) before = before.substring(0, before.length() - 1);
        String firm = before.isBlank() ? null : before.strip();
        if (firm != null && brokers.lookup(firm) == null && !Chars.isLatin(firm.charAt(0))) firm = null; // 电话会上 is no firm
        if (firm == null) firm = pendingFirm;
        return new Marker(line, clause, bodyAfter(t, verbEnd), name, Role.ANALYST, firm, "zh.narrated.analyst");
    }

    /** The end of a verb of speech within the sentence after an executive's name (回应, 解释称), or -1. */
    private int speechVerbAfter(String t, int from) {
        int end = verbWithin(t, from, 20, ANSWER, SENTENCE_ENDS);
        if (end >= 0) return end;
        int limit = Math.min(t.length(), from + 20);
        for (int k = from; k < limit && SENTENCE_ENDS.indexOf(t.charAt(k)) < 0; k++) {
            String cue = cues.leading("speech-verb", t.substring(k));
            if (cue != null) return k + cue.length();
        }
        return -1;
    }

    /** The end of the first of {@code verbs} starting within {@code reach} characters, before any of {@code stops}. */
    private static int verbWithin(String t, int from, int reach, Pattern verbs, String stops) {
        Matcher m = verbs.matcher(t);
        int limit = Math.min(t.length(), from + reach);
        for (int k = from; k < limit; k++) {
            if (stops.indexOf(t.charAt(k)) >= 0 && k > from) return -1;
            if (m.region(k, t.length()).lookingAt()) return m.end();
        }
        return -1;
    }

    /** Where the words start after a verb: past 道, 称, a colon and quotes. */
    private static int bodyAfter(String t, int k) {
        while (k < t.length() && "道称:：“\" ".indexOf(t.charAt(k)) >= 0) k++;
        return k;
    }

    /** The start of an executive's title right before their name (CFO艾米·胡德), else the name's start. */
    private int titleBefore(String t, int at) {
        for (int k = Math.max(0, at - 8); k < at; k++) {
            var m = names.zhTitles().at(t, k);
            if (m != null && m.end() == at) return k;
        }
        int k = at;
        while (k > 0 && Chars.isLatin(t.charAt(k - 1))) k--; // CFO胡德
        return k < at && Regex.matches(t.substring(k, at), "[A-Z]{2,5}") ? k : at;
    }

    /** A rule line (---, ===, ***): decoration, or the underline of the heading above it. */
    private static boolean ruleLine(String t) {
        return t.length() >= 3 && t.chars().allMatch(c -> c == '-' || c == '=' || c == '*' || c == '_' || c == ' ');
    }

    /** A Markdown heading, or a line underlined by the next one. */
    private static boolean heading(SourceLines lines, int i) {
        if (lines.get(i).trimmed().startsWith("#")) return true;
        return i + 1 < lines.size() && ruleLine(lines.get(i + 1).trimmed()) && Regex.matches(lines.get(i + 1).trimmed(), "[-=]+");
    }

    private static boolean namesExecutive(String t, List<Roster.Person> executives) {
        for (Roster.Person p : executives) {
            if (t.contains(p.name)) return true;
            for (String a : p.aliases) if (t.contains(a)) return true;
        }
        return false;
    }

    private static int lastDot(String name) {
        int best = -1;
        for (int k = 0; k < name.length(); k++) if ("·•・‧".indexOf(name.charAt(k)) >= 0) best = k;
        return best;
    }
}
