package io.finlens.text;

import io.finlens.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The title rule of a {@link Document}. */
final class Titles {
    private Titles() {
    }

    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "^\\s*(?:!\\[.*|\\[.*\\]\\(.*\\)\\s*|[#.]?[\\w\\\\-]+\\s*\\{.*|.*\\}\\s*|[-=*_\\s]*|\\d{1,3}|---|[\\w-]+:\\s.*|\\(?\\d{1,2}[/.]\\d{1,2}.*)$");
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("(?m)^title:\\s*[\"']?(.+?)[\"']?\\s*$");

    /**
     * The title line of normalized text {@code s}: a front matter's {@code title:}, else the first line that reads as
     * text (not a style sheet, an image, a link, a rule, a page number or a front-matter key), else the first line that
     * is not blank; an empty span at 0 for a blank text.
     */
    static Span titleLine(String s) {
        if (s.startsWith("---\n")) {
            int close = s.indexOf("\n---", 4);
            if (close > 0) {
                Matcher m = FRONT_MATTER_TITLE.matcher(s).region(4, close);
                if (m.find()) return new Span(m.start(1), m.end(1));
            }
        }
        int i = 0;
        int first = -1;
        while (i < s.length() && i < 4000) {
            int nl = s.indexOf('\n', i);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(i, end);
            if (!line.isBlank()) {
                if (first < 0) first = i;
                if (!NOT_A_TITLE.matcher(line).matches() && letters(line) >= 4) return new Span(i, end);
            }
            i = end + 1;
        }
        if (first < 0) return new Span(0, 0);
        int nl = s.indexOf('\n', first);
        return new Span(first, nl < 0 ? s.length() : nl);
    }

    private static int letters(String line) {
        int n = 0;
        for (int k = 0; k < line.length(); k++) if (Chars.isHan(line.charAt(k)) || Chars.isLatin(line.charAt(k))) n++;
        return n;
    }
}
