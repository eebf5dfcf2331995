package org.listscope.parse.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Author;

/**
 * A line that leads into a passage pasted without quote marks and names where it comes from:
 * {@code From Black's Law Dictionary:}, {@code According to NIST:}, {@code From The Washington
 * Post, Monday, January 24, 1994, page A1:}, {@code Excerpted from the RSA Factoring Challenge
 * news:}, or a list member's words pasted unmarked ({@code From Hal:}). The passage is the
 * source's words, not the poster's: its first paragraph, or, where a rule of dots, dashes or stars
 * closes it within {@link #RULE_REACH} lines ({@code .........}, as some posters end what they
 * paste), everything above the rule.
 */
final class LeadIns {

    /** The lead-in on a line of its own, ending with a colon; the source is group 1. */
    private static final Pattern LEAD_IN = Pattern.compile("[ \\t]*(?:From|According to|Excerpted from|Excerpts? from|Reprinted from"
            + "|Taken from|Quoted from)[ \\t]+(?:the[ \\t]+)?(\\p{Lu}[^:]{0,70}?)[ \\t]*:[ \\t]*");
    /** Where a source's name ends: before a comma, a bracket, a dash or a date ("Network World, April 19, 1993"). */
    private static final Pattern NAME_END = Pattern.compile(",|\\s\\(|\\s-+\\s|\\s+of\\s+\\d|\\s+on\\s+\\p{Lu}\\p{Ll}+day"
            + "|\\s+of\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.?\\s+\\d");
    /** Whose words the named source passes on ({@code Pat Farrell, quoting Peter Denning}): what follows. */
    private static final Pattern QUOTING = Pattern.compile(",\\s+quoting\\s+");
    /** How many lines below the lead-in a closing rule is looked for. */
    static final int RULE_REACH = 40;
    /** A passage of fewer words (an address, a picture in letters) is no excerpt. */
    private static final int MIN_WORDS = 6;
    /** A word of two letters or more. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /**
     * A lead-in and the passage it leads into.
     *
     * @param attribution the source, as the attribution of a quote one level deeper
     * @param first       the passage's first line
     * @param last        its last line
     */
    record LeadIn(Attribution attribution, int first, int last) {
    }

    private LeadIns() {
    }

    /** Cheap test before the pattern: the line ends with a colon and starts with a letter a lead-in starts with. */
    static boolean mayBe(String body, Line l) {
        int c = l.firstVisible(body);
        return c < l.textEnd() && "FAERTQ".indexOf(body.charAt(c)) >= 0 && l.endsWithColon(body);
    }

    /**
     * The lead-in at unprefixed line {@code i} and the passage below it, or {@code null} where the
     * line is none: not alone in its paragraph, naming the poster, or above a quote (an attribution
     * line, read as such elsewhere), a signature or too few words. In a message whose subject does
     * not say it replies, the passage is a forward: a document passed on, not words answered, so
     * threading does not look for a parent by it.
     */
    static LeadIn detect(String body, List<Line> lines, int i, Author poster, boolean reply) {
        Line l = lines.get(i);
        if (l.depth() != 0 || i > 0 && !lines.get(i - 1).blankContent(body) && lines.get(i - 1).depth() == 0) return null;
        Matcher m = LEAD_IN.matcher(l.content(body));
        if (!m.matches()) return null;
        String source = source(m.group(1));
        if (source == null || Posters.same(source, poster)) return null;
        int first = i + 1;
        while (first < lines.size() && first <= i + 2 && lines.get(first).depth() == 0 && lines.get(first).blankContent(body)) first++;
        if (first >= lines.size() || !plain(body, lines.get(first))) return null;
        int last = closedByRule(body, lines, first);
        if (last < 0) { // the first paragraph
            last = first;
            while (last + 1 < lines.size() && plain(body, lines.get(last + 1))) last++;
        }
        int words = 0;
        for (int k = first; k <= last; k++) {
            Matcher w = WORD.matcher(lines.get(k).content(body));
            while (w.find()) words++;
        }
        if (words < MIN_WORDS) return null;
        // in a reply, the words it answers ("From Hal:"); else a document passed on, which answers nothing
        return new LeadIn(new Attribution(source, null, 1, true, !reply), first, last);
    }

    /** The source named in a lead-in, without the date, page or remarks after it; {@code null} where none is left. */
    static String source(String named) {
        Matcher quoting = QUOTING.matcher(named);
        if (quoting.find()) named = named.substring(quoting.end()); // "Pat Farrell, quoting Peter Denning": Denning's words
        Matcher end = NAME_END.matcher(named);
        String s = (end.find() ? named.substring(0, end.start()) : named).strip();
        // "From the Virtual Desktop of:", "From the desk of:": a signature's heading, no source
        if (s.isEmpty() || s.chars().noneMatch(Character::isLetter) || s.endsWith(" of") || s.endsWith(" by")) return null;
        return s;
    }

    /** An unprefixed line with text that is no signature's delimiter or rule. */
    private static boolean plain(String body, Line l) {
        return l.depth() == 0 && !l.blankContent(body) && !SignatureDetector.isDelimiter(body, l) && !isRule(body, l);
    }

    /**
     * The last line above a rule that closes the passage starting at {@code first} (some text above
     * it, no quote, signature delimiter or other lead-in on the way), or -1.
     */
    private static int closedByRule(String body, List<Line> lines, int first) {
        int text = 0;
        for (int k = first; k < lines.size() && k <= first + RULE_REACH; k++) {
            Line l = lines.get(k);
            if (l.depth() != 0 || SignatureDetector.isDelimiter(body, l)) return -1;
            if (isRule(body, l)) {
                if (text == 0) continue; // a rule opening the passage (a newsletter's stars)
                int last = k - 1;
                while (last > first && lines.get(last).blankContent(body)) last--;
                return last;
            }
            if (mayBe(body, l) && LEAD_IN.matcher(l.content(body)).matches()) return -1;
            if (!l.blankContent(body)) text++;
        }
        return -1;
    }

    /** A line of five rule characters or more ({@code .} among them) and nothing else. */
    private static boolean isRule(String body, Line l) {
        return l.ruleMarks(body, ".-=*_~") >= 5;
    }
}
