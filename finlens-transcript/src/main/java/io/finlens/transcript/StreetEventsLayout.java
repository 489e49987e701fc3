package io.finlens.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The StreetEvents layout: {@code CORPORATE PARTICIPANTS} and {@code CONFERENCE CALL PARTICIPANTS} blocks (a name on a
 * line, then {@code Firm, Research Division - Title}, possibly wrapped; bulleted {@code * Name} entries in the older
 * variant), then {@code PRESENTATION} and {@code QUESTIONS AND ANSWERS}. A speech opens with the speaker's name on a
 * line and the affiliation on the next ({@code Operator} alone), or, in the older variant, with one line
 * {@code Name, Firm - Title [12]} between rules of dashes.
 *
 * <p>The participants blocks may also be headed {@code Executives} and {@code Analysts} with one line per person
 * ({@code Name - Title}, {@code Name - Firm}); a speech then opens with the name alone on a line.
 *
 * <p>Rule ids: {@code streetevents.block} (name and affiliation lines), {@code streetevents.line} (one line with an
 * index), {@code streetevents.name-line} (a listed name alone), {@code streetevents.operator},
 * {@code streetevents.unidentified}.
 */
final class StreetEventsLayout {
    static final String ID = "streetevents";
    /** An affiliation: {@code Company - Title}. */
    private static final Pattern AFFILIATION = Pattern.compile(".{2,160}? - .{2,200}");
    /** A heading: a line of capitals ({@code PRESENTATION}, {@code QUESTIONS AND ANSWERS}, {@code DISCLAIMER}). */
    private static final Pattern HEADING = Pattern.compile("[A-Z][A-Z &,'/-]{4,60}");
    /** A rule of dashes or equal signs between blocks in the older variant. */
    private static final Pattern RULE = Pattern.compile("[-=_*~]{5,}");
    /** The index a speech line ends with in the older variant: {@code [12]}. */
    private static final Pattern INDEX = Pattern.compile("\\s*\\[\\d{1,4}\\]$");
    private static final Pattern BULLET = Pattern.compile("^[*•·-]\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Names names;
    private final Cues cues;
    private final Brokers brokers;

    StreetEventsLayout(Names names, Cues cues, Brokers brokers) {
        this.names = names;
        this.cues = cues;
        this.brokers = brokers;
    }

    /**
     * A line as this layout sees it: rules are blank, a bullet is dropped. The patterns run only on lines whose first
     * character can start them (a rule's dash, a bullet mark): every other line is its own view.
     */
    private static String view(SourceLines.Line l) {
        String t = l.trimmed();
        if (t.isEmpty() || "-=_*~•·".indexOf(t.charAt(0)) < 0) return t;
        if (RULE.matcher(t).matches()) return "";
        return BULLET.matcher(t).replaceFirst("");
    }

    /** Whether a line is a heading of capitals; the pattern runs only on a line of the right length opening with one. */
    private static boolean capitals(String t) {
        return t.length() >= 5 && t.length() <= 61 && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z' && HEADING.matcher(t).matches();
    }

    /** Whether a line reads {@code Company - Title}; the pattern runs only on a line with the spaced dash it needs. */
    private static boolean affiliation(String t) {
        return t.indexOf(" - ") >= 0 && AFFILIATION.matcher(t).matches();
    }

    private static boolean blank(SourceLines lines, int i) {
        return view(lines.get(i)).isEmpty();
    }

    private boolean isHeading(String t) {
        return capitals(t) || cues.is("corporate-heading", t) || cues.is("analyst-heading", t);
    }

    Reading read(SourceLines lines) {
        Roster roster = new Roster();
        List<String> companies = new ArrayList<>();
        int bodyFrom = participantsBlocks(lines, roster, companies);
        // no participants block: still this layout when a QUESTIONS AND ANSWERS heading and speaker blocks say so
        if (bodyFrom < 0 && !speakerBlocks(lines)) return null;
        Speeches speeches = new Body(lines, roster, companies).read(Math.max(bodyFrom, 0));
        return new Reading(ID, roster, speeches.finish(), speeches.qaStart(), true);
    }

    /** Reads the participants blocks onto the roster; returns the line the body starts at, or -1 when none lists anyone. */
    private int participantsBlocks(SourceLines lines, Roster roster, List<String> companies) {
        int bodyFrom = -1;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).raw();
            if (raw.length() > 60) continue;
            String t = view(lines.get(i));
            boolean corporate = cues.is("corporate-heading", t), conference = cues.is("analyst-heading", t);
            if (!corporate && !conference) continue;
            int before = roster.people().size();
            int end = participants(lines, i + 1, corporate ? Role.EXECUTIVE : Role.ANALYST, roster, companies);
            if (roster.people().size() > before) bodyFrom = Math.max(bodyFrom, end);
            if (bodyFrom >= 0 && i > bodyFrom) break;
        }
        return bodyFrom;
    }

    /**
     * Whether a text without participants blocks has a QUESTIONS AND ANSWERS heading and three speaker blocks (a name,
     * then its affiliation). The heading is looked for first, as without it the blocks need not be counted.
     */
    private boolean speakerBlocks(SourceLines lines) {
        int qa = -1, blocks = 0;
        for (int i = 0; i + 1 < lines.size() && qa < 0; i++) {
            String t = view(lines.get(i));
            if (capitals(t) && cues.is("qa-heading", t)) qa = i;
        }
        if (qa < 0) return false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String t = view(lines.get(i));
            if (t.length() <= 60 && Names.isLatinName(t, false) && !blank(lines, i + 1)
                    && affiliation(view(lines.get(i + 1))) && view(lines.get(i + 1)).length() <= 220) {
                blocks++;
            }
        }
        return blocks >= 3;
    }

    /** What a heading does: starts the Q&amp;A, ends the call, or starts the presentation. */
    private enum Mark { QA, END, PRESENTATION }

    /** The mark a line of the body is, or null for any other line. */
    private Mark mark(String t) {
        if (!isHeading(t) && !(t.length() < 40 && (cues.is("qa-heading", t) || cues.is("presentation-heading", t)))) return null;
        if (cues.is("qa-heading", t)) return Mark.QA;
        if (cues.leading("end", t) != null) return Mark.END;
        return cues.is("presentation-heading", t) ? Mark.PRESENTATION : null;
    }

    /** The body of one transcript, read line by line into speeches against its roster (which it may add to). */
    private final class Body {
        private final SourceLines lines;
        private final Roster roster;
        private final List<String> companies;
        private final Speeches speeches = new Speeches();

        Body(SourceLines lines, Roster roster, List<String> companies) {
            this.lines = lines;
            this.roster = roster;
            this.companies = companies;
        }

        Speeches read(int from) {
            for (int i = from; i < lines.size(); i++) {
                if (blank(lines, i)) continue;
                String t = view(lines.get(i));
                Mark m = mark(t);
                if (m == Mark.END) break;
                if (m == Mark.QA) speeches.startQa();
                else if (m == Mark.PRESENTATION) speeches.close();
                else i = line(i, t);
            }
            return speeches;
        }

        /**
         * Line {@code i} (seen as {@code t}): opens a speech when a rule says so, else extends the one being read.
         * Returns the last line the speech's header takes.
         */
        private int line(int i, String t) {
            SourceLines.Line l = lines.get(i);
            String bare = t.indexOf(']') >= 0 ? INDEX.matcher(t).replaceFirst("") : t; // no index without its bracket
            if (cues.is("operator", bare)) {
                speeches.open(speech(lines, i, i, bare, Role.OPERATOR, null, "streetevents.operator"));
                roster.add(bare, Role.OPERATOR, null, null);
                return i;
            }
            if (cues.is("questioner", bare) || cues.is("answerer", bare)) {
                int last = i + 1 < lines.size() && !blank(lines, i + 1) && affiliation(view(lines.get(i + 1))) ? i + 1 : i;
                speeches.open(unidentified(lines, i, last, cues.is("questioner", bare)));
                return last;
            }
            Roster.Person one = oneLine(bare, !bare.equals(t), roster, companies);
            if (one != null) {
                speeches.open(speech(lines, i, i, one.name, one.role, one.firmWritten, "streetevents.line"));
                return i;
            }
            int after = block(lines, i, roster, companies);
            if (after > i) {
                Roster.Person p = roster.find(t);
                speeches.open(speech(lines, i, after, p.name, p.role, p.firmWritten, "streetevents.block"));
                return after;
            }
            Roster.Person named = t.length() <= 60 ? roster.find(t) : null;
            if (named != null && named.role != Role.OPERATOR) {
                speeches.open(speech(lines, i, i, named.name, named.role, named.firmWritten, "streetevents.name-line"));
            } else {
                speeches.extend(l.content().end());
            }
            return i;
        }
    }

    /** A speech whose header runs from line {@code first} to line {@code last}. */
    private static Speech.Builder speech(SourceLines lines, int first, int last, String name, Role role, String firm, String rule) {
        return new Speech.Builder(name, role, lines.get(first).content().start(), lines.after(last), lines.get(last).content().end(),
                firm, false, rule);
    }

    /** A speech by someone the text does not name (a questioner, management); its header ends on line {@code last}. */
    private static Speech.Builder unidentified(SourceLines lines, int i, int last, boolean analyst) {
        return new Speech.Builder(analyst ? Exchange.UNNAMED : Exchange.MANAGEMENT, analyst ? Role.ANALYST : Role.EXECUTIVE,
                lines.get(i).content().start(), lines.after(last), lines.get(last).content().end(), null, true,
                "streetevents.unidentified");
    }

    /** Reads participant entries from line {@code from}; returns the index of the first line after the block. */
    private int participants(SourceLines lines, int from, Role role, Roster roster, List<String> companies) {
        int i = from;
        while (i < lines.size()) {
            if (blank(lines, i)) {
                i++;
                continue;
            }
            String t = view(lines.get(i));
            if (isHeading(t) && !names.isName(t, false)) return i;
            String inline = inlineName(t);
            if (Names.isLatinName(inline, false)) {
                // one line: Name - Title (executives) or Name - Firm (analysts)
                String desc = t.substring(t.indexOf(" - ") + 3).strip();
                if (role == Role.EXECUTIVE) roster.add(inline, Role.EXECUTIVE, desc, null);
                else roster.add(inline, Role.ANALYST, null, desc);
                i++;
                continue;
            }
            // an entry: the name, then the affiliation, which may wrap onto more lines; a bullet starts the next entry
            List<String> aff = new ArrayList<>();
            int k = i + 1;
            while (k < lines.size() && !blank(lines, k) && !isHeading(view(lines.get(k))) && !BULLET.matcher(lines.get(k).trimmed()).find()) {
                aff.add(view(lines.get(k)));
                k++;
            }
            if (aff.isEmpty() || !Names.isLatinName(t, true)) return i;
            String affiliation = String.join(" ", aff);
            int dash = affiliation.indexOf(" - ");
            String company = dash < 0 ? affiliation : affiliation.substring(0, dash).strip();
            String title = dash < 0 ? null : affiliation.substring(dash + 3).strip();
            Roster.Person p = role == Role.EXECUTIVE ? roster.add(t, Role.EXECUTIVE, title, null) : roster.add(t, Role.ANALYST, null, company);
            p.affiliation = affiliation;
            if (role == Role.EXECUTIVE && !companies.contains(company)) companies.add(company);
            i = k;
        }
        return i;
    }

    /** The name of a one-line entry {@code Name - Description}, or "" when the line is not one. */
    private static String inlineName(String t) {
        int dash = t.indexOf(" - ");
        return dash > 0 && dash < 60 && t.length() < 200 ? t.substring(0, dash).strip() : "";
    }

    /**
     * A speech line of the older variant: {@code Name, Company - Title [12]} (or {@code Name [12]}); without the index
     * only for someone on the roster whose affiliation follows the name.
     */
    private Roster.Person oneLine(String t, boolean indexed, Roster roster, List<String> companies) {
        int comma = t.indexOf(',');
        String name = comma < 0 ? t : t.substring(0, comma).strip();
        String rest = comma < 0 ? "" : t.substring(comma + 1).strip();
        Roster.Person p = roster.find(name);
        if (p != null && rest.isEmpty()) return indexed ? p : null;
        if (p != null && (indexed || p.affiliation != null && squash(rest).equals(squash(p.affiliation)))) return p;
        if (!indexed || !Names.isLatinName(name, false)) return null;
        if (rest.isEmpty() || !affiliation(rest)) return roster.add(name, Role.EXECUTIVE, null, null);
        return newcomer(name, rest, roster, companies);
    }

    /**
     * Whether line {@code i} opens a speaker block: a name followed by its affiliation. Returns the index of the block's
     * last line (the name line's own index when it is not a header). Unknown names are added to the roster.
     */
    private int block(SourceLines lines, int i, Roster roster, List<String> companies) {
        String t = view(lines.get(i));
        if (!Names.isLatinName(t, true)) return i;
        int next = i + 1 < lines.size() && !blank(lines, i + 1) ? i + 1 : -1;
        if (next < 0) return i;
        String first = view(lines.get(next));
        Roster.Person p = roster.find(t);
        if (p != null && p.affiliation == null) return i; // listed in one line: a name line alone opens the speech
        if (p != null) {
            String want = squash(p.affiliation);
            String got = squash(first);
            if (!want.startsWith(got) && !got.startsWith(want)) return affiliation(first) ? next : i;
            int last = next;
            while (!got.startsWith(want) && last + 1 < lines.size() && !blank(lines, last + 1)) {
                String more = squash(got + " " + view(lines.get(last + 1)));
                if (!want.startsWith(more)) break;
                got = more;
                last++;
            }
            return last;
        }
        if (!affiliation(first) || first.length() > 220) return i;
        if (!Names.isLatinName(t, false) && p == null) return i;
        if (p == null) newcomer(t, first, roster, companies);
        return next;
    }

    /** Someone the participants blocks did not list, placed by their affiliation. */
    private Roster.Person newcomer(String name, String affiliation, Roster roster, List<String> companies) {
        int dash = affiliation.indexOf(" - ");
        String company = affiliation.substring(0, dash).strip();
        String title = affiliation.substring(dash + 3).strip();
        boolean analyst = !companies.contains(company) && (company.toLowerCase(Locale.ROOT).contains("research")
                || brokers.lookup(company) != null || title.toLowerCase(Locale.ROOT).contains("analyst"));
        Roster.Person p = analyst ? roster.add(name, Role.ANALYST, null, company) : roster.add(name, Role.EXECUTIVE, title, null);
        if (p.affiliation == null) p.affiliation = affiliation;
        return p;
    }

    private static String squash(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

}
