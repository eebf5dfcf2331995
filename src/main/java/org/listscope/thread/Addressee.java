package org.listscope.thread;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Author;

/**
 * Whom the first line of a reply's own text names ({@code Hi Itamar,}, {@code Tim, I doubt it},
 * {@code Jim Choate wants to hear...}, {@code Some comments on Duncan's post:}): a reply without
 * quotes that names someone there most often answers that person's message. A first name counts
 * unless another capitalised word follows it that is not the person's last name ({@code John Gage}
 * is not John Gilmore); the word a greeting opens with also stands for a longer first name it begins
 * ({@code Tim,} for Timothy); the whole name counts more than the first name alone.
 */
final class Addressee {

    /** How well a line names an author: not at all, by first name, by full name. */
    static final int NONE = 0;
    static final int FIRST = 1;
    static final int FULL = 2;

    /** The shortest first name taken. */
    private static final int MIN_NAME = 3;
    private static final Pattern GREETING = Pattern.compile(
            "^\\s*(?:(?:hi|hello|dear|hey|thanks|thank you|ok|yes|no|well)[,!]?\\s+)?(\\p{L}{3,})\\s*[,:!-]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)|[\"',]");
    /** A contraction after a word ({@code Don't}, {@code Will've}): no name. */
    private static final Pattern CONTRACTION = Pattern.compile("['\u2019](?:t|ll|re|ve|d)\\b", Pattern.CASE_INSENSITIVE);

    private final String line;
    private final String lower;
    private final String greeted;
    /** Per author name asked about: how well the line names it (a subject's regulars are asked about again and again). */
    private final Map<String, Integer> byName = new HashMap<>();

    private Addressee(String line) {
        this.line = line;
        this.lower = SPACES.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ");
        Matcher g = GREETING.matcher(line);
        greeted = g.find() ? g.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The addressee of a body: its first unquoted line that is not blank. */
    static Addressee of(String body) {
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf('\n', i);
            if (eol < 0) eol = body.length();
            if (QuoteLines.depth(body, i) == 0 && !body.substring(i, eol).isBlank()) return new Addressee(body.substring(i, eol));
            i = eol + 1;
        }
        return new Addressee("");
    }

    /** How well the line names {@code a}: {@link #NONE}, {@link #FIRST} or {@link #FULL}. */
    int names(Author a) {
        if (a.name() == null || line.isBlank()) return NONE;
        return byName.computeIfAbsent(a.name(), this::names);
    }

    private int names(String name) {
        String[] parts = SPACES.split(PARENS.matcher(name).replaceAll(" ").strip().toLowerCase(Locale.ROOT));
        String first = parts[0];
        if (first.length() < MIN_NAME || !first.chars().allMatch(Character::isLetter)) return NONE;
        String last = parts.length > 1 && parts[parts.length - 1].chars().allMatch(Character::isLetter) ? parts[parts.length - 1] : null;
        if (last != null && fullName(first, last)) return FULL;
        if (greeted != null && first.startsWith(greeted)) return FIRST;
        Matcher m = Pattern.compile("\\b" + Pattern.quote(first) + "\\b", Pattern.CASE_INSENSITIVE).matcher(line);
        while (m.find()) {
            if (!Character.isUpperCase(line.charAt(m.start())) || CONTRACTION.matcher(line).region(m.end(), line.length()).lookingAt()) continue;
            String next = nextWord(line, m.end());
            boolean otherName = next != null && Character.isUpperCase(next.charAt(0)) && next.length() > 1
                    && !next.toLowerCase(Locale.ROOT).equals(last);
            if (!otherName) return FIRST;
        }
        return NONE;
    }

    /** Whether the line has the last name after the first name, or a short form of it, and an initial or none. */
    private boolean fullName(String first, String last) {
        Matcher m = Pattern.compile("\\b(\\p{L}{3,}) (?:\\p{L}\\.? )?" + Pattern.quote(last) + "\\b").matcher(lower);
        while (m.find()) {
            if (first.startsWith(m.group(1))) return true;
        }
        return false;
    }

    /** The word after {@code from} (past spaces only), or {@code null} where none follows directly. */
    private static String nextWord(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
        return j > i ? s.substring(i, j) : null;
    }
}
