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
        Headers hs = new Headers(lines);
        int participants = callParticipants(lines);
        int headers = countHeaders(hs, participants);
        if (headers < 3 && !(participants >= 0 && headers >= 1)) return null;
        Roster roster = new Roster();
        if (participants >= 0) readParticipants(hs, participants, roster);
        Speeches speeches = speeches(hs, participants >= 0 ? participants : lines.size(), roster);
        return new Reading(ID, roster, speeches.finish(), speeches.qaStart(), true);
    }

    /** The index of the first {@code Call participants:} line, or -1. */
    private static int callParticipants(SourceLines lines) {
        for (int i = 0; i < lines.size(); i++) {
            // "Call participants:" is 17 or 18 characters after stripping; a shorter line cannot be it
            if (lines.get(i).raw().length() < 17) continue;
            String t = lines.get(i).trimmed();
            if (t.equalsIgnoreCase("Call participants:") || t.equalsIgnoreCase("Call participants")) return i;
        }
        return -1;
    }

    /** How many lines are headers that stand out (strict, or alone between blank lines), the participants line aside. */
    private static int countHeaders(Headers hs, int participants) {
        int headers = 0;
        for (int i = 0; i < hs.lines.size(); i++) {
            if (i == participants) continue;
            Header h = hs.at(i);
            if (h != null && (h.strict() || hs.lines.standalone(i))) headers++;
        }
        return headers;
    }

    /** The header lines under {@code Call participants:}, onto the roster (unnamed questioners and answerers aside). */
    private void readParticipants(Headers hs, int participants, Roster roster) {
        for (int i = participants + 1; i < hs.lines.size(); i++) {
            if (hs.lines.get(i).blank()) continue;
            Header h = hs.at(i);
            if (h == null) break;
            if (cues.is("questioner", h.name()) || cues.is("answerer", h.name())) continue;
            roster.add(h.name(), h.role(), h.title(), h.firm());
        }
    }

    /** The speeches of the lines before {@code stop}. */
    private Speeches speeches(Headers hs, int stop, Roster roster) {
        Speeches speeches = new Speeches();
        for (int i = 0; i < stop; i++) {
            SourceLines.Line l = hs.lines.get(i);
            if (l.blank()) continue;
            String t = l.trimmed();
            String bare = t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
            if (cues.is("qa-heading", bare)) {
                speeches.startQa();
                continue;
            }
            if (cues.is("presentation-heading", bare)) {
                speeches.close();
                continue;
            }
            if (t.startsWith("Duration:") || cues.leading("end", t) != null && t.length() < 40) break;
            Speech.Builder opened = opens(hs, i, t, roster);
            if (opened != null) speeches.open(opened);
            else speeches.extend(l.content().end());
        }
        return speeches;
    }

    /**
     * The speech line {@code i} (stripped: {@code t}) opens, or null: the operator, or a header that stands out or names
     * someone listed.
     */
    private Speech.Builder opens(Headers hs, int i, String t, Roster roster) {
        SourceLines.Line l = hs.lines.get(i);
        int bodyStart = hs.lines.after(i);
        if (cues.is("operator", t) && (hs.lines.standalone(i) || t.equals(l.raw()))) {
            roster.add(t, Role.OPERATOR, null, null);
            return new Speech.Builder(t, Role.OPERATOR, l.content().start(), bodyStart, l.content().end(), null, false, "dash.operator");
        }
        Header h = hs.at(i);
        if (h == null || !(h.strict() || hs.lines.standalone(i) || roster.find(h.name()) != null)) return null;
        if (cues.is("questioner", h.name()) || cues.is("answerer", h.name())) {
            boolean asks = cues.is("questioner", h.name()) || h.role() == Role.ANALYST && !cues.is("answerer", h.name());
            return new Speech.Builder(asks ? Exchange.UNNAMED : Exchange.MANAGEMENT, asks ? Role.ANALYST : Role.EXECUTIVE,
                    l.content().start(), bodyStart, l.content().end(), h.firm(), true, "dash.unidentified");
        }
        Roster.Person p = roster.find(h.name());
        if (p == null) p = roster.add(h.name(), h.role(), h.title(), h.firm());
        String firm = h.firm() != null ? h.firm() : p.firmWritten;
        return new Speech.Builder(p.name, p.role, l.content().start(), bodyStart, l.content().end(), firm, false,
                h.role() == Role.ANALYST ? "dash.analyst" : "dash.executive");
    }
}
