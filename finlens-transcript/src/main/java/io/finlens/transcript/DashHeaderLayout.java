package io.finlens.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The dash-header layout (Motley Fool style): {@code Prepared Remarks:}, {@code Questions & Answers:} and
 * {@code Call participants:} sections; each speech opens with a line of its own, {@code Name -- Title} for the
 * company's people, {@code Name -- Firm -- Analyst} for analysts, {@code Operator} for the operator.
 */
final class DashHeaderLayout {
    static final String ID = "dash-headers";
    /** Two or three parts joined by a spaced double dash (or a spaced dash). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:--|—|–)\\s+");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");

    private final Names names;
    private final Cues cues;

    DashHeaderLayout(Names names, Cues cues) {
        this.names = names;
        this.cues = cues;
    }

    /** A header line's parts: the name, the title or firm, and the role word when there is one. */
    record Header(String name, Role role, String title, String firm, boolean strict) {
    }

    Header header(String line) {
        if (line.length() > 220 || !hasDash(line)) return null;
        String t = line.strip();
        if (t.length() > 200 || t.endsWith(".") || t.endsWith("?") || t.endsWith(":")) return null;
        String[] parts = SEPARATOR.split(t, -1);
        if (parts.length < 2 || parts.length > 3) return null;
        for (String p : parts) if (p.isBlank() || p.length() > 120) return null;
        String name = TRAILING_COMMA.matcher(parts[0].strip()).replaceAll("").strip();
        if (!Names.isLatinName(name, true)) return null;
        String last = parts[parts.length - 1].strip();
        boolean analyst = cues.is("analyst-word", last) || last.toLowerCase(Locale.ROOT).endsWith(" analyst");
        // strict: the parts say what they are (an analyst's role word, a job title), so the line needs no blank lines around it
        if (parts.length == 3) {
            if (analyst) return new Header(name, Role.ANALYST, null, parts[1].strip(), true);
            return new Header(name, Role.EXECUTIVE, last, null, names.looksLikeTitle(last));
        }
        if (analyst) return new Header(name, Role.ANALYST, null, null, true);
        return new Header(name, Role.EXECUTIVE, last, null, names.looksLikeTitle(last) && last.length() <= 100);
    }

    /** Whether the text holds a double dash or a dash character: a header line has one of its separators. */
    private static boolean hasDash(String s) {
        return s.indexOf("--") >= 0 || s.indexOf('—') >= 0 || s.indexOf('–') >= 0;
    }

    /** Each line's header, read once: the line is looked at by the count, the roster and the speeches. */
    private final class Headers {
        private final SourceLines lines;
        private final Header[] headers;
        private final boolean[] read;

        Headers(SourceLines lines) {
            this.lines = lines;
            this.headers = new Header[lines.size()];
            this.read = new boolean[lines.size()];
        }

        Header at(int i) {
            if (!read[i]) {
                // a line without a dash is no header (stripping never adds one): no need to strip it
                headers[i] = hasDash(lines.get(i).raw()) ? header(lines.get(i).trimmed()) : null;
                read[i] = true;
            }
            return headers[i];
        }
    }

    Reading read(SourceLines lines) {
        int participants = -1, headers = 0;
        Headers hs = new Headers(lines);
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).raw();
            // "Call participants:" is 17 or 18 characters after stripping; a shorter line cannot be it
            if (participants < 0 && raw.length() >= 17) {
                String t = lines.get(i).trimmed();
                if (t.equalsIgnoreCase("Call participants:") || t.equalsIgnoreCase("Call participants")) {
                    participants = i;
                    continue;
                }
            }
            Header h = hs.at(i);
            if (h != null && (h.strict() || lines.standalone(i))) headers++;
        }
        if (headers < 3 && !(participants >= 0 && headers >= 1)) return null;

        Roster roster = new Roster();
        if (participants >= 0) {
            for (int i = participants + 1; i < lines.size(); i++) {
                SourceLines.Line l = lines.get(i);
                if (l.blank()) continue;
                Header h = hs.at(i);
                if (h == null) break;
                if (cues.is("questioner", h.name()) || cues.is("answerer", h.name())) continue;
                roster.add(h.name(), h.role(), h.title(), h.firm());
            }
        }
        List<Speech> speeches = new ArrayList<>();
        int qaStart = -1;
        Speech.Builder cur = null;
        int stop = participants >= 0 ? participants : lines.size();
        for (int i = 0; i < stop; i++) {
            SourceLines.Line l = lines.get(i);
            if (l.blank()) continue;
            String t = l.trimmed();
            String bare = t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
            if (cues.is("qa-heading", bare)) {
                if (cur != null) speeches.add(cur.build());
                cur = null;
                qaStart = speeches.size();
                continue;
            }
            if (cues.is("presentation-heading", bare)) {
                if (cur != null) speeches.add(cur.build());
                cur = null;
                continue;
            }
            if (t.startsWith("Duration:") || cues.leading("end", t) != null && t.length() < 40) break;
            int bodyStart = i + 1 < lines.size() ? lines.get(i + 1).start() : l.end();
            if (cues.is("operator", t) && (lines.standalone(i) || t.equals(l.raw()))) {
                if (cur != null) speeches.add(cur.build());
                cur = new Speech.Builder(t, Role.OPERATOR, l.content().start(), bodyStart, l.content().end(), null, false, "dash.operator");
                roster.add(t, Role.OPERATOR, null, null);
                continue;
            }
            Header h = hs.at(i);
            if (h != null && (h.strict() || lines.standalone(i) || roster.find(h.name()) != null)) {
                if (cur != null) speeches.add(cur.build());
                if (cues.is("questioner", h.name()) || cues.is("answerer", h.name())) {
                    boolean asks = cues.is("questioner", h.name()) || h.role() == Role.ANALYST && !cues.is("answerer", h.name());
                    cur = new Speech.Builder(asks ? Exchange.UNNAMED : Exchange.MANAGEMENT, asks ? Role.ANALYST : Role.EXECUTIVE,
                            l.content().start(), bodyStart, l.content().end(), h.firm(), true, "dash.unidentified");
                    continue;
                }
                Roster.Person p = roster.find(h.name());
                if (p == null) p = roster.add(h.name(), h.role(), h.title(), h.firm());
                String firm = h.firm() != null ? h.firm() : p.firmWritten;
                cur = new Speech.Builder(p.name, p.role, l.content().start(), bodyStart, l.content().end(), firm, false,
                        h.role() == Role.ANALYST ? "dash.analyst" : "dash.executive");
                continue;
            }
            if (cur != null) cur.extend(l.content().end());
        }
        if (cur != null) speeches.add(cur.build());
        return new Reading(ID, roster, speeches, qaStart < 0 ? 0 : qaStart, true);
    }
}
