package org.listscope.parse.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a bill or statute pasted into a message ({@code SEC. 2. PURPOSE.}, {@code Sec. 2511.
 * Interception and disclosure ...}, {@code SECTION 3. REIMBURSEMENT AND FUNDING.}): nobody's own
 * words, so it is read as a forward of a sender nobody named, from its first section heading (or a
 * bill's "A BILL" line, or the higher headings, "TITLE 18.", right above it) to an end line, the
 * poster's last {@code -- } or a closing rule. A heading counts only unprefixed and
 * where two more follow in the body: one heading alone is more likely a poster's commentary.
 */
final class LegalTexts {

    /** A section heading as bills and codes are drafted: "SEC. 2.", "Sec. 2510.", "SECTION 1.", "§ 2703.", its number's dot, then its title. */
    private static final Pattern HEADING = Pattern.compile("[ \\t]*(?:SEC\\.|Sec\\.|SECTION|\u00a7{1,2})[ \\t]*\\d{1,5}[a-z]?(?:\\([\\w]+\\))*\\.[ \\t]+\\S.*");
    /** How many headings, the first included, make a pasted text. */
    private static final int HEADINGS = 3;
    /** A heading of a higher level above the sections: "TITLE 18.  CRIMES ...", "CHAPTER 119.", "PART I.  CRIMES". */
    private static final Pattern UPPER = Pattern.compile("(?:TITLE|Title|SUBTITLE|Subtitle|CHAPTER|Chapter|SUBCHAPTER|PART|Part)"
            + "[ \\t]+(?:\\d{1,4}|[IVXLC]{1,6}|[A-Z])\\b.*");
    /** The line a bill's text opens with: "A BILL", "AN ACT". */
    private static final Pattern BILL = Pattern.compile("(?:A[ \\t]+BILL|AN[ \\t]+ACT|A[ \\t]+Bill|An[ \\t]+Act)[ \\t.]*");
    /** How many lines above the first section heading a bill's opening line or a higher heading may be. */
    private static final int PREAMBLE_REACH = 20;

    private LegalTexts() {
    }

    /** Cheap test before the pattern: the unprefixed line starts with "SEC", "Sec" or "§" after blanks. */
    static boolean mayOpen(String body, Line l) {
        if (l.depth() != 0) return false;
        int c = l.firstVisible(body);
        return c < l.textEnd() && (body.charAt(c) == '\u00a7' || body.startsWith("SEC", c) || body.startsWith("Sec", c));
    }

    /**
     * Where the pasted text whose first section heading is line {@code heading} starts: at a bill's
     * opening line ("A BILL", then its preamble) within {@link #PREAMBLE_REACH} lines above, else at
     * the higher headings right above the section ("TITLE 18.", "PART I.", "CHAPTER 119."), else at
     * the section heading itself.
     */
    static int start(String body, List<Line> lines, int heading) {
        int start = heading;
        boolean text = false; // a line above that is no heading: higher headings above it are not the text's
        for (int k = heading - 1; k >= 0 && k >= heading - PREAMBLE_REACH; k--) {
            Line l = lines.get(k);
            if (l.depth() != 0) break;
            if (l.blankContent(body)) continue;
            String c = l.content(body).strip();
            if (BILL.matcher(c).matches()) return k;
            if (UPPER.matcher(c).matches()) {
                if (!text) start = k;
            } else if (!c.equals(c.toUpperCase(Locale.ROOT))) {
                text = true; // a line in capitals is a heading's second line ("INTERCEPTION OF ORAL COMMUNICATIONS")
            }
        }
        return start;
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
