package io.finlens.transcript;

import io.finlens.text.Regex;
import io.finlens.text.Chars;
import io.finlens.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label layout: each speech is a paragraph that opens with the speaker and a colon. It covers Chinese news
 * write-ups of a call ({@code 杰弗瑞分析师Thomas Chong:}, {@code 刘炽平:}, continuation paragraphs without a label,
 * follow-ups by the bare name), Chinese call minutes with bold labels ({@code **蔡崇信：**}) and unnamed questioners
 * ({@code 有机构问及…}, {@code 问:}), and English excerpts ({@code Priya Raman, Northgate Securities:}).
 *
 * <p>Label rules, tried in order (their ids name the speeches they make): {@code label.operator},
 * {@code label.questioner}, {@code label.answerer}, {@code label.known} (a name already on the roster),
 * {@code label.name-paren} (张伟(中金)), {@code zh.label.firm-analyst-name} (杰弗瑞分析师Thomas Chong),
 * {@code zh.label.firm-name} (高盛Ronald Keung), {@code zh.label.title-only} (首席财务官: the roster's holder of the title),
 * {@code zh.label.title-name} (总裁刘炽平), {@code zh.label.name} (a bare name, inside the Q&amp;A only),
 * {@code en.label.name-desc} (Name, Firm / Name, Title), {@code en.label.name}; {@code lead.question} opens an unnamed
 * question without a label (有机构问及…).
 */
final class LabelLayout {
    static final String ID = "labels";
    private static final Pattern NAME_DESC = Pattern.compile("(.+?)(?:,| -{1,2}| —)\\s+(.+)");
    private static final Pattern PAREN = Pattern.compile("(.+?)\\s*\\((.+?)\\)");
    private static final Pattern FIRM_WORDS = Pattern.compile(
            "(?i).*\\b(securities|capital|partners|research|bank|banc|markets|advisors|advisory|associates|group|llc|inc|& co"
                    + "|management|investments|asset|equities|brokerage|financial)\\b.*");
    private static final String ZH_FIRM_ENDINGS = "证券 资本 基金 投资 资管 研究 研究所 银行 国际 控股 资产 财富 集团 保险 信托";
    private static final String LEAD_CHARS = " \t*>-•●■◆▌▶【[";
    /** Numbered question and answer labels: Q1, 问题2, A1, 答2. */
    private static final Pattern NUMBERED_Q = Pattern.compile("(?i)(?:q|问|问题|question)\\s*\\d{1,2}");
    private static final Pattern NUMBERED_A = Pattern.compile("(?i)(?:a|答|answer)\\s*\\d{1,2}");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}[、.)]|[(（]\\d{1,2}[)）])\\s*");

    private final Names names;
    private final Cues cues;
    private final Brokers brokers;

    LabelLayout(Names names, Cues cues, Brokers brokers) {
        this.names = names;
        this.cues = cues;
        this.brokers = brokers;
    }

    /** A recognized label: who (null name for an unnamed questioner), and where the words start in the line. */
    record Label(String name, Role role, String title, String firm, String rule, int start, int bodyStart) {
    }

    Reading read(SourceLines lines) {
        Roster roster = new Roster();
        new ProseRoster(names, cues).read(lines, roster);
        List<Speech> speeches = speeches(lines, roster);
        boolean asked = false;
        for (Speech s : speeches) asked |= s.role() == Role.ANALYST;
        if (!asked) return null;
        return new Reading(ID, roster, speeches, 0, false);
    }

    /** The speeches, line by line; the Q&amp;A (the zone) starts at its heading or the first analyst's speech. */
    private List<Speech> speeches(SourceLines lines, Roster roster) {
        Speeches speeches = new Speeches();
        boolean zone = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLines.Line l = lines.get(i);
            if (l.blank()) continue;
            if (!mayMatter(l.raw(), zone)) {
                speeches.extend(l.content().end());
                continue;
            }
            String t = lines.norm(i).text();
            if (isEnd(t)) {
                if (zone) break;
                speeches.close();
                continue;
            }
            if (isQaHeading(t)) {
                speeches.close();
                zone = true;
                continue;
            }
            Speech.Builder opened = opens(lines, i, t, roster, zone);
            if (opened == null) {
                speeches.extend(l.content().end());
                continue;
            }
            speeches.open(opened);
            zone |= opened.role == Role.ANALYST;
        }
        return speeches.finish();
    }

    /** The speech line {@code i} (normalized: {@code t}) opens with a label or a question's lead, or null. */
    private Speech.Builder opens(SourceLines lines, int i, String t, Roster roster, boolean zone) {
        Label lab = parse(t, roster, zone);
        if (lab != null) return labelled(lines, i, lab, roster);
        String follow = cues.leading("follow-up-lead", t);
        String lead = follow != null ? follow : cues.leading("question-lead", t);
        if (lead == null || !zone && follow != null) return null;
        SourceLines.Line l = lines.get(i);
        return new Speech.Builder(Exchange.UNNAMED, Role.ANALYST, l.content().start(), l.content().start(), l.content().end(),
                null, follow != null, follow != null ? "lead.follow-up" : "lead.question");
    }

    /** The speech a label opens, its speaker added to the roster (a known one's role and written firm kept). */
    private static Speech.Builder labelled(SourceLines lines, int i, Label lab, Roster roster) {
        String speaker = Exchange.UNNAMED;
        Role role = lab.role();
        String firm = lab.firm();
        if (Exchange.MANAGEMENT.equals(lab.name())) {
            speaker = Exchange.MANAGEMENT;
        } else if (lab.name() != null) {
            Roster.Person p = roster.add(lab.name(), lab.role(), lab.title(), lab.firm());
            speaker = p.name;
            if (lab.rule().equals("label.known")) role = p.role;
            if (firm == null && role == Role.ANALYST) firm = p.firmWritten;
        }
        return new Speech.Builder(speaker, role, lines.original(i, lab.start()), lines.original(i, lab.bodyStart()),
                lines.get(i).content().end(), firm, false, lab.rule());
    }

    /**
     * Whether a line may be more than words of the current speech: a colon near its start (a label), short (a heading,
     * a footer), or in the Q&amp;A opening with a lead (有机构问及). Other lines are not normalized at all.
     */
    private boolean mayMatter(String raw, boolean zone) {
        int n = raw.length();
        if (n <= 100) return true;
        int limit = Math.min(n, 100);
        for (int k = 0; k < limit; k++) {
            char c = raw.charAt(k);
            if (c == ':' || c == '：') return true;
        }
        String t = raw.strip();
        while (t.startsWith("*")) t = t.substring(1);
        return cues.leading("question-lead", t) != null || cues.leading("follow-up-lead", t) != null
                || zone && (cues.leading("end", t) != null || cues.inside("end-contains", t.substring(0, Math.min(t.length(), 120))));
    }

    /**
     * A line that ends the call: a footer, a disclaimer, an editor's line. Footer words inside a line (侵权, 不构成投资建议)
     * end it only in a numbered footnote or when two of them meet, so a speech about a lawsuit goes on.
     */
    boolean isEnd(String line) {
        String s = line.strip();
        boolean numbered = false;
        if (!s.isEmpty() && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '(' || s.charAt(0) == '（')) {
            String cut = NUMBERING.matcher(s).replaceFirst("");
            numbered = cut.length() < s.length();
            s = cut;
        }
        String cue = cues.leading("end", s);
        if (cue != null) {
            char last = cue.charAt(cue.length() - 1);
            if (!Character.isLetterOrDigit(last) || s.length() == cue.length()) return true;
            char next = s.charAt(cue.length());
            if (next == ':' || next == ']' || next == '】' || next == ')' || next == ' ' || next == '|') return true;
        }
        if (s.length() > 120) return false;
        int found = cues.count("end-contains", s);
        return found >= 2 || numbered && found >= 1;
    }

    /** A short line announcing the Q&amp;A (以下为分析师问答环节主要内容:, Questions and Answers). */
    boolean isQaHeading(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > (Chars.hasHan(s) ? 40 : 60)) return false;
        int colon = s.indexOf(':');
        if (colon >= 0 && colon < s.length() - 1) return false; // a label with words after it
        return cues.inside("qa-heading", s);
    }

    /** The label opening {@code line} (normalized), or null. */
    Label parse(String line, Roster roster, boolean zone) {
        int i = 0;
        while (i < line.length() && LEAD_CHARS.indexOf(line.charAt(i)) >= 0) i++;
        int limit = Math.min(line.length(), i + 81);
        int colon = -1;
        for (int k = i; k < limit; k++) {
            if (line.charAt(k) == ':') {
                colon = k;
                break;
            }
        }
        if (colon <= i) return null;
        String label = line.substring(i, colon).strip();
        while (!label.isEmpty() && "】]".indexOf(label.charAt(label.length() - 1)) >= 0) label = label.substring(0, label.length() - 1).strip();
        if (label.isEmpty()) return null;
        if (colon + 1 < line.length() && Character.isDigit(line.charAt(colon + 1)) && Character.isDigit(label.charAt(label.length() - 1))) {
            return null; // a time, 10:30
        }
        if (label.toLowerCase(Locale.ROOT).endsWith("http") || label.toLowerCase(Locale.ROOT).endsWith("https")) return null;
        int body = colon + 1;
        while (body < line.length() && " \t*】]".indexOf(line.charAt(body)) >= 0) body++;
        return classify(label, roster, zone, i, body);
    }

    private Label classify(String label, Roster roster, boolean zone, int start, int body) {
        boolean han = Chars.hasHan(label);
        if (!plausible(label, han)) return null;
        Label word = roleWord(label, start, body);
        if (word != null) return word;
        Roster.Person known = roster.find(label);
        if (known != null) return new Label(known.name, known.role, null, null, "label.known", start, body);
        Matcher paren = PAREN.matcher(label);
        if (paren.matches() && names.isName(paren.group(1).strip(), true)) {
            Label l = nameAndDescription(paren.group(1).strip(), paren.group(2).strip(), start, body, "label.name-paren");
            if (l != null) return l;
        }
        return han ? chinese(label, roster, zone, start, body) : english(label, zone, start, body);
    }

    /** Whether a label may name a speaker: no sentence punctuation, short enough, not a word listed as no speaker. */
    private boolean plausible(String label, boolean han) {
        for (int k = 0; k < label.length(); k++) {
            if ("。;!?“”\"「」《》…".indexOf(label.charAt(k)) >= 0) return false;
        }
        if (han && (label.indexOf(',') >= 0 || label.length() > 30)) return false;
        if (label.length() > 80) return false;
        return !cues.is("not-speaker", label);
    }

    /** A label that is a role word: the operator, a questioner (问, Q1), an answerer (答, A1). */
    private Label roleWord(String label, int start, int body) {
        if (cues.is("operator", label)) return new Label(label, Role.OPERATOR, null, null, "label.operator", start, body);
        if (cues.is("questioner", label) || NUMBERED_Q.matcher(label).matches()) {
            return new Label(null, Role.ANALYST, null, null, "label.questioner", start, body);
        }
        if (cues.is("answerer", label) || NUMBERED_A.matcher(label).matches()) {
            return new Label(Exchange.MANAGEMENT, Role.EXECUTIVE, null, null, "label.answerer", start, body);
        }
        return null;
    }

    /** A Chinese label: a firm's analyst, a title, a broker and a name, a title and a name, or (in the Q&amp;A) a name. */
    private Label chinese(String label, Roster roster, boolean zone, int start, int body) {
        int[] aw = cues.find("analyst-word", label);
        if (aw != null) return firmAnalystName(label, aw, roster, start, body);
        if (cues.inside("speech-verb", label)) return null;
        if (names.isTitle(label)) {
            Roster.Person p = roster.withTitle(label);
            return new Label(p != null ? p.name : label, Role.EXECUTIVE, label, null, "zh.label.title-only", start, body);
        }
        Label broker = brokerAndName(label, start, body);
        if (broker != null) return broker;
        Names.TitledName tn = names.titled(label, roster);
        if (tn != null) return new Label(tn.name(), Role.EXECUTIVE, tn.title(), null, "zh.label.title-name", start, body);
        if (zone && (names.isChineseName(label) || Names.isTransliterated(label))) {
            return new Label(label, Role.EXECUTIVE, null, null, "zh.label.name", start, body);
        }
        return null;
    }

    /** 杰弗瑞分析师Thomas Chong: the firm before the analyst word ({@code aw}: where and how long), the name after it. */
    private Label firmAnalystName(String label, int[] aw, Roster roster, int start, int body) {
        String firm = Regex.replaceFirst(Regex.replaceFirst(label.substring(0, aw[0]).strip(), "^来自", ""), "的$", "").strip();
        String name = label.substring(aw[0] + aw[1]).strip();
        String verb = trailing("ask-verb", name);
        if (verb != null) {
            name = name.substring(0, name.length() - verb.length()).strip();
            if (name.isEmpty()) return null; // 分析师表示: reported speech, not a label
        }
        if (!name.isEmpty() && !names.isName(name, true) && roster.find(name) == null) return null;
        if (firm.length() > 20 || cues.inside("speech-verb", firm)) return null;
        return new Label(name.isEmpty() ? null : name, Role.ANALYST, null, firm.isEmpty() ? null : firm,
                "zh.label.firm-analyst-name", start, body);
    }

    /** A broker and a name without the word analyst: 高盛Ronald Keung, 中金张伟. */
    private Label brokerAndName(String label, int start, int body) {
        for (int k = 2; k <= label.length() - 2 && k <= 12; k++) {
            String firm = label.substring(0, k), name = label.substring(k).strip();
            if (brokers.exact(firm) != null && names.isName(name, true)) {
                return new Label(name, Role.ANALYST, null, firm, "zh.label.firm-name", start, body);
            }
        }
        return null;
    }

    /** A Latin label: Name, Firm or Name, Title; or (in the Q&amp;A) a bare name. */
    private Label english(String label, boolean zone, int start, int body) {
        Matcher dash = NAME_DESC.matcher(label);
        if (dash.matches() && Names.isLatinName(dash.group(1).strip(), false)) {
            return nameAndDescription(dash.group(1).strip(), dash.group(2).strip(), start, body, "en.label.name-desc");
        }
        if (zone && Names.isLatinName(label, false)) return new Label(label, Role.EXECUTIVE, null, null, "en.label.name", start, body);
        return null;
    }

    /** The longest cue of {@code kind} that {@code text} ends with, or null. */
    private String trailing(String kind, String text) {
        String low = text.toLowerCase(Locale.ROOT);
        for (String c : cues.of(kind)) if (low.endsWith(c) && text.length() >= c.length()) return text.substring(text.length() - c.length());
        return null;
    }

    /** A name with what is said about them: a firm (an analyst) or a title (an executive). */
    private Label nameAndDescription(String name, String desc, int start, int body, String rule) {
        String lower = desc.toLowerCase(Locale.ROOT);
        int[] aw = cues.find("analyst-word", desc);
        if (aw != null) {
            String joined = (desc.substring(0, aw[0]) + " " + desc.substring(aw[0] + aw[1])).strip();
            String firm = Regex.replaceAll(Regex.replaceFirst(Regex.replaceFirst(joined, "(?i)^(at|of|with|from)\\s+", ""), "的$", ""),
                    "^[,\\s-]+|[,\\s-]+$", "").strip();
            return new Label(name, Role.ANALYST, null, firm.isEmpty() ? null : firm, rule, start, body);
        }
        if (brokers.lookup(desc) != null) return new Label(name, Role.ANALYST, null, desc, rule, start, body);
        if (Chars.hasHan(desc)) {
            if (names.containsTitle(desc)) {
                return new Label(name, Role.EXECUTIVE, desc, null, rule, start, body);
            }
            for (String end : ZH_FIRM_ENDINGS.split(" ")) {
                if (desc.endsWith(end)) return new Label(name, Role.ANALYST, null, desc, rule, start, body);
            }
            return new Label(name, Role.EXECUTIVE, desc, null, rule, start, body);
        }
        if (names.looksLikeTitle(desc)) return new Label(name, Role.EXECUTIVE, desc, null, rule, start, body);
        if (FIRM_WORDS.matcher(lower).matches()) return new Label(name, Role.ANALYST, null, desc, rule, start, body);
        return new Label(name, Role.EXECUTIVE, desc, null, rule, start, body);
    }
}
