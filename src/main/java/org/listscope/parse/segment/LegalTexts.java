package org.listscope.parse.segment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a bill or statute pasted into a message ({@code SEC. 2. PURPOSE.}, {@code Sec. 2511.
 * Interception and disclosure ...}, {@code SECTION 3. REIMBURSEMENT AND FUNDING.}): nobody's own
 * words, so it is read as a forward of a sender nobody named, from its first section heading to an
 * end line, the poster's last {@code -- } or a closing rule. A heading counts only unprefixed and
 * where two more follow in the body: one heading alone is more likely a poster's commentary.
 */
final class LegalTexts {

    /** A section heading as bills and codes are drafted: "SEC. 2.", "Sec. 2510.", "SECTION 1.", "§ 2703.", its number's dot, then its title. */
    private static final Pattern HEADING = Pattern.compile("[ \\t]*(?:SEC\\.|Sec\\.|SECTION|\u00a7{1,2})[ \\t]*\\d{1,5}[a-z]?(?:\\([\\w]+\\))*\\.[ \\t]+\\S.*");
    /** How many headings, the first included, make a pasted text. */
    private static final int HEADINGS = 3;

    private LegalTexts() {
    }

    /** Cheap test before the pattern: the unprefixed line starts with "S", "s" or "§" after blanks. */
    static boolean mayOpen(String body, Line l) {
        if (l.depth() != 0) return false;
        int c = l.firstVisible(body);
        return c < l.textEnd() && (body.charAt(c) == 'S' || body.charAt(c) == '\u00a7');
    }

    /** The forward of nobody named that a pasted legal text opens at line {@code i}, or {@code null}. */
    static Attribution detect(String body, List<Line> lines, int i) {
        if (!HEADING.matcher(lines.get(i).content(body)).matches()) return null;
        int found = 1;
        for (int k = i + 1; k < lines.size() && found < HEADINGS; k++) {
            Line l = lines.get(k);
            if (mayOpen(body, l) && HEADING.matcher(l.content(body)).matches()) found++;
        }
        return found < HEADINGS ? null : new Attribution(null, null, 0, true, true, true);
    }
}
