package org.listscope.parse.segment;

import java.util.List;
import java.util.regex.Pattern;
import org.listscope.model.Author;
import org.listscope.model.SegmentKind;

/**
 * Finds the author's signature among own-text lines: the {@code -- } delimiter and what follows
 * (up to a footer, quote or attribution), and sign-offs close to the end of the own text:
 * {@code --Steve Bellovin,}, {@code -- glyph}, {@code -p}, {@code Cheers,} / {@code Thanks,} /
 * {@code Regards,} followed by a short name, {@code Regards, Name}, and a bare capitalised name
 * ({@code Jp}, {@code Ann Lee}) standing alone as the last line after other own text (or a one-word
 * first name after the closing quote of a message with own text above it), and a block of contact
 * lines below a drawn rule ({@link #ruled}) or set in columns ({@link #columned}), or below the
 * poster's own full name ({@link #named}). Conservative: a sign-off must be among the last few
 * lines and short.
 */
final class SignatureDetector {

    private static final Pattern DASH_SIGNOFF = Pattern.compile(
            "[ \t]*(?:--[ \t]?\\p{L}[\\p{L}.'\u2019-]*(?:[ \t]+\\p{L}[\\p{L}.'\u2019-]*){0,3},?|-\\p{L}[\\p{L}.]{0,15})[ \t]*");
    private static final Pattern CLOSING = Pattern.compile(
            "[ \t]*(?:Cheers|Regards|Best regards|Kind regards|Warm regards|Warmest regards|Best wishes|Best|Thanks|Thank you"
            + "|Thanks again|Many thanks|Thanks in advance|Thanks a lot|TIA|Sincerely|Yours|Yours truly|Ciao|Cordially|HTH|Later"
            + "|Take care|Respectfully|Enjoy|Salut|Gru\u00df|Gruss|Greetings|All the best|Peace"
            // other languages', an umlaut or sharp s as the archives keep them ("Gr??en", "Gr?ssen")
            + "|(?:Mit freundlichen|Viele|Beste|Liebe|Sch\\S{1,2}ne) Gr\\S{1,2}(?:\u00df|ss|\\?)en?|Cordialement|Bien cordialement|Saludos"
            + "|Un saludo|Met vriendelijke groet(?:en)?|Groeten|Saluti|Un saluto|Mvh|Hilsen|Pozdrawiam)[ \t]*[,.!]?[ \t]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_INLINE = Pattern.compile(
            "[ \t]*(?:Cheers|Regards|Best regards|Kind regards|Thanks|Best|Sincerely)[ \t]*,[ \t]*\\p{Lu}[\\p{L}.'-]*(?:[ \t]+\\p{Lu}[\\p{L}.'-]*){0,2}[ \t]*");
    private static final Pattern BARE_NAME = Pattern.compile(
            "[ \t]*\\p{Lu}[\\p{L}'-]{0,15}(?:[ \t]+\\p{Lu}[\\p{L}'-]{0,15})?[ \t]*");
    private static final Pattern SHORT_ANSWER = Pattern.compile(
            "[ \t]*(?:yes|no|agreed|indeed|exactly|done|right|sure|correct|nope|yep|ok|okay|fixed|same|ditto|bump|hmm|why|true|false|never|always)[ \t]*",
            Pattern.CASE_INSENSITIVE);
    /** A drawn line: at least 20 of {@code _ = - * ~ # + |}, nothing else but blanks. */
    private static final Pattern RULE = Pattern.compile("[ \t]*[_=\\-*~#+|][_=\\-*~#+| \t]{19,}");
    /** How to reach the author: an address ({@code user@host}, pipermail's {@code user at host}) or a telephone number. */
    private static final Pattern CONTACT = Pattern.compile(
            "[\\w.+-]+(?:@| at )[\\w-]+(?:\\.[\\w-]+)+|\\(\\d{3}\\)\\s*\\d{3}[-.\\s]\\d{4}|\\+\\d{1,3}[\\s-]\\(?\\d|\\+\\d{1,3}\\s?\\(0\\)\\s?\\d"
            + "|\\b\\d{3}[-.]\\d{3}[-.]\\d{4}\\b|\\b(?:[Vv]oice|[Pp]hone|[Tt]el|[Ff]ax)\\b");
    /** A link in a signature's line: a web page, a mail or Skype address in Outlook's {@code <mailto:...>} form. */
    private static final Pattern LINK = Pattern.compile("https?://|www\\.|mailto:|skype:", Pattern.CASE_INSENSITIVE);
    /** A mail header starting the block after a rule: a forwarded message, not a signature. */
    private static final Pattern HEADER = Pattern.compile("[ \t]*(?:From|Date|Subject|To|Cc|Sent)[ \t]*:", Pattern.CASE_INSENSITIVE);
    /** A postscript ({@code P.S.}) or a footnote ({@code [1] http://...}) below a name: more of the message, not a signature. */
    private static final Pattern AFTERTHOUGHT = Pattern.compile("[ \t]*(?:P\\.?\\s?P?\\.?S\\.?\\s*[:.,-]?\\s|\\[\\d{1,2}\\])");
    private static final int MIN_RULE_RUN = 15;
    private static final int MIN_COLUMN_LINES = 3;
    /** Lines without the column allowed after a columned signature (a key's fingerprint). */
    private static final int COLUMN_TAIL = 2;
    private static final int RULED_WINDOW = 9;
    private static final int MAX_RULED_LINES = 8;
    private static final int MAX_DELIMITED_LINES = 15;
    private static final int MAX_LOOSE_DELIMITED_LINES = 8;
    /** Lines a company's block below the poster's name may hold when most of them are ways to reach the poster. */
    private static final int MAX_CONTACT_LINES = 15;
    private static final int SIGNOFF_WINDOW = 4;
    private static final int MAX_NAME_LINE = 40;
    /** More chars other than blanks and tabs than the longest closing ({@code Met vriendelijke groeten,}) holds. */
    private static final int MAX_CLOSING_CHARS = 24;

    private SignatureDetector() {
    }

    /**
     * Marks signature lines in {@code kinds} (only lines marked {@link SegmentKind#TEXT} or unset at
     * depth 0) of a body posted by {@code poster} (null where unknown).
     */
    static void mark(String body, List<Line> lines, SegmentKind[] kinds, Author poster) {
        int n = lines.size();
        int delimited = -1;
        for (int i = 0; i < n && delimited < 0; i++) {
            if (!own(lines, kinds, i)) continue;
            Line l = lines.get(i);
            if (isDelimiter(body, l) && delimiterHolds(body, lines, kinds, i)) delimited = i;
        }
        int tailEnd = delimited >= 0 ? delimited : ownTailEnd(body, lines, kinds);
        int signoff = signoff(body, lines, kinds, tailEnd, poster);
        int ruled = delimited >= 0 ? -1 : ruled(body, lines, kinds, tailEnd);
        if (ruled < 0 && delimited < 0) ruled = columned(body, lines, kinds, tailEnd);
        int named = delimited >= 0 ? -1 : named(body, lines, kinds, tailEnd, poster);
        int block = ruled < 0 ? named : named < 0 ? ruled : Math.min(ruled, named);
        if (block >= 0) block = closingAbove(body, lines, kinds, block); // "Best regards," above the name
        int start = signoff >= 0 && (block < 0 || signoff < block) ? signoff : block >= 0 ? block : delimited;
        if (start < 0) return;
        for (int i = start; i < n && (own(lines, kinds, i)); i++) {
            if (!lines.get(i).blank(body)) kinds[i] = SegmentKind.SIGNATURE;
        }
    }

    /** The closing ({@code Best regards,}) standing alone on the own line with text right above line {@code i}, else {@code i}. */
    private static int closingAbove(String body, List<Line> lines, SegmentKind[] kinds, int i) {
        int k = i - 1;
        while (k >= 0 && own(lines, kinds, k) && lines.get(k).blank(body)) k--;
        return k >= 0 && own(lines, kinds, k) && closing(lines.get(k).text(body)) && ownTextBefore(body, lines, kinds, k) ? k : i;
    }

    private static boolean own(List<Line> lines, SegmentKind[] kinds, int i) {
        return lines.get(i).depth() == 0 && (kinds[i] == null || kinds[i] == SegmentKind.TEXT);
    }

    /** Whether the line is {@code --}, {@code -- } or {@code --<tab>}. */
    static boolean isDelimiter(String body, Line l) {
        int len = l.textEnd() - l.start();
        return (len == 2 || len == 3) && body.startsWith("--", l.start())
                && (len == 2 || body.charAt(l.start() + 2) == ' ' || body.charAt(l.start() + 2) == '\t');
    }

    /** Whether a {@code --} line at {@code i} opens a signature: short enough up to the next non-own line. */
    private static boolean delimiterHolds(String body, List<Line> lines, SegmentKind[] kinds, int i) {
        boolean strict = lines.get(i).text(body).equals("-- ");
        int max = strict ? MAX_DELIMITED_LINES : MAX_LOOSE_DELIMITED_LINES;
        int count = 0;
        for (int k = i + 1; k < lines.size() && own(lines, kinds, k); k++) {
            if (!lines.get(k).blank(body) && ++count > max) return false;
        }
        return strict || count > 0;
    }

    /**
     * The line after the last non-blank line of own text, looking past footers and past a quote
     * block that ends the message (a top-posted reply signs off above the text it quotes); -1 when
     * there is no own text.
     */
    private static int ownTailEnd(String body, List<Line> lines, SegmentKind[] kinds) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).blank(body) || !own(lines, kinds, i)) continue;
            return i + 1;
        }
        return -1;
    }

    /**
     * A signature set off by a rule instead of {@code -- }: the last rule line ({@code ____},
     * {@code ====+====}, {@code +-----+}) among the last {@link #RULED_WINDOW} own lines before
     * {@code end}, with own text above it and, below it up to {@code end}, at most
     * {@link #MAX_RULED_LINES} lines that give a way to reach the author (an address, a telephone
     * number), hold at most one line of running text and do not start with a mail header (a
     * forwarded message). -1 for none.
     */
    private static int ruled(String body, List<Line> lines, SegmentKind[] kinds, int end) {
        if (end <= 0) return -1;
        int[] rules = new int[RULED_WINDOW];
        int found = 0;
        int seen = 0;
        for (int i = end - 1; i >= 0 && seen < RULED_WINDOW; i--) {
            if (lines.get(i).blank(body)) continue;
            if (!own(lines, kinds, i)) break;
            seen++;
            String t = lines.get(i).text(body);
            if (RULE.matcher(t).matches() && longRun(t)) rules[found++] = i;
        }
        // the highest rule first: a box has a rule above and below its lines
        for (int r = found - 1; r >= 0; r--) {
            if (contactBlock(body, lines, rules[r], end) && ownTextBefore(body, lines, kinds, rules[r])) return rules[r];
        }
        return -1;
    }

    /**
     * A signature set in columns without a rule: at least {@link #MIN_COLUMN_LINES} lines in a row
     * that hold a {@code |} at the same place, ending at most {@link #COLUMN_TAIL} lines before
     * {@code end}, giving an address or telephone number, with own text above. The first of those
     * lines, or -1.
     */
    private static int columned(String body, List<Line> lines, SegmentKind[] kinds, int end) {
        if (end <= 0) return -1;
        int tail = 0;
        int i = end - 1;
        int column = -1;
        int first = -1;
        int count = 0;
        for (; i >= 0; i--) {
            Line l = lines.get(i);
            if (!own(lines, kinds, i) || l.blank(body)) break;
            String t = l.text(body);
            int bar = column >= 0 && column < t.length() && t.charAt(column) == '|' ? column : column < 0 ? t.indexOf('|') : -1;
            if (bar <= 0) { // none, or at the line's start: a box's edge or a quote mark, no column
                if (count > 0 || ++tail > COLUMN_TAIL) break;
                continue;
            }
            column = bar;
            first = i;
            if (++count > MAX_RULED_LINES + 2) return -1;
        }
        if (count < MIN_COLUMN_LINES || !ownTextBefore(body, lines, kinds, first)) return -1;
        StringBuilder block = new StringBuilder();
        for (int k = first; k < end; k++) block.append(lines.get(k).text(body)).append('\n');
        return CONTACT.matcher(block).find() ? first : -1;
    }

    /**
     * A signature that starts with the poster's own full name on a line of its own ({@code Ed Suominen}
     * / {@code Registered Patent Agent} / {@code Web Site: ...}), among the last {@link #RULED_WINDOW}
     * own lines before {@code end}, with own text above it and below it a block like the one below a
     * rule, except that it needs no address: the name is evidence enough. A company's longer block
     * (title, telephone numbers, addresses, links, the firm's registration: up to
     * {@link #MAX_CONTACT_LINES} lines) counts too where at least half its lines are ways to reach
     * the poster. -1 for none.
     */
    private static int named(String body, List<Line> lines, SegmentKind[] kinds, int end, Author poster) {
        if (end <= 0 || poster == null || !Posters.hasFullName(poster)) return -1;
        int seen = 0;
        for (int i = end - 2; i >= 0 && seen < MAX_CONTACT_LINES + 1; i--) {
            if (lines.get(i).blank(body)) continue;
            if (!own(lines, kinds, i)) break;
            seen++;
            String t = lines.get(i).text(body).strip();
            if (t.length() > MAX_NAME_LINE || !Posters.isFullName(t, poster)) continue;
            // a short block near the end, or a company's block rich in ways to reach the poster
            int[] b = block(body, lines, i, end, MAX_CONTACT_LINES);
            boolean signed = b != null && (seen <= RULED_WINDOW && b[0] <= MAX_RULED_LINES || 2 * b[2] >= b[0]);
            return signed && !afterthought(body, lines, i, end) && ownTextBefore(body, lines, kinds, i) ? i : -1;
        }
        return -1;
    }

    private static boolean afterthought(String body, List<Line> lines, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (AFTERTHOUGHT.matcher(lines.get(k).text(body)).lookingAt()) return true;
        }
        return false;
    }

    /**
     * The lines after {@code from}, up to {@code end}, as a signature's block of at most {@code max}
     * lines (blank lines and rules aside), at most one of running text, not starting with a mail
     * header: {lines, lines giving an address or a telephone number, lines giving either or a link};
     * else {@code null}.
     */
    private static int[] block(String body, List<Line> lines, int from, int end, int max) {
        int count = 0;
        int prose = 0;
        int contact = 0;
        int reach = 0;
        for (int k = from + 1; k < end; k++) {
            String t = lines.get(k).text(body);
            if (lines.get(k).blank(body) || RULE.matcher(t).matches()) continue;
            if (count == 0 && HEADER.matcher(t).lookingAt()) return null;
            if (++count > max) return null;
            if (prose(t) && ++prose > 1) return null;
            boolean c = CONTACT.matcher(t).find();
            if (c) contact++;
            if (c || LINK.matcher(t).find()) reach++;
        }
        return count > 0 ? new int[] {count, contact, reach} : null;
    }

    /** Whether the lines after the rule at {@code rule}, up to {@code end}, are a short block with an address or telephone number. */
    private static boolean contactBlock(String body, List<Line> lines, int rule, int end) {
        int[] b = block(body, lines, rule, end, MAX_RULED_LINES);
        return b != null && b[1] > 0;
    }

    /**
     * Whether a line reads as running text: eight words or more, not set in columns (no {@code |},
     * no gap of three blanks, no fields between middle dots). A signature holds at most one such line (a motto).
     */
    private static boolean prose(String t) {
        if (t.indexOf('|') >= 0 || t.contains("   ") || t.indexOf('\t') >= 0) return false;
        // fields set apart by middle dots or bullets, or by the "?" an archive left of them: an address line
        if (t.indexOf('\u00b7') >= 0 || t.indexOf('\u2022') >= 0 || t.indexOf(" ? ") != t.lastIndexOf(" ? ")) return false;
        int words = 0;
        boolean in = false;
        for (int k = 0; k < t.length(); k++) {
            boolean word = t.charAt(k) != ' ';
            if (word && !in) words++;
            in = word;
        }
        return words >= 8;
    }

    /** Whether a rule line holds a run of one char: a drawn line, not a row of mixed punctuation. */
    private static boolean longRun(String t) {
        int best = 0;
        int run = 0;
        char prev = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ' ' || c == '\t') continue;
            run = c == prev ? run + 1 : 1;
            prev = c;
            best = Math.max(best, run);
        }
        return best >= MIN_RULE_RUN;
    }

    /**
     * The first line of a sign-off among the last own lines before {@code end}, or -1; the poster's
     * own name or given name as the last line counts wherever it stands alone ({@code Manlio
     * Perillo} below a closing quote).
     */
    private static int signoff(String body, List<Line> lines, SegmentKind[] kinds, int end, Author poster) {
        if (end <= 0) return -1;
        int[] window = new int[SIGNOFF_WINDOW];
        int count = 0;
        for (int i = end - 1; i >= 0 && count < SIGNOFF_WINDOW; i--) {
            if (lines.get(i).blank(body)) continue;
            if (!own(lines, kinds, i)) break;
            window[count++] = i;
        }
        for (int w = count - 1; w >= 0; w--) {
            int i = window[w];
            String t = lines.get(i).text(body);
            int after = w; // non-blank own lines after this one, up to end
            if (after <= 2 && t.strip().startsWith("-") && DASH_SIGNOFF.matcher(t).matches()
                    && !isDelimiter(body, lines.get(i)) && shortLines(body, lines, window, w)) {
                return i;
            }
            if (after >= 1 && after <= 3 && closing(t) && shortLines(body, lines, window, w)) {
                return i;
            }
            if (after == 0 && CLOSING_INLINE.matcher(t).matches()) return i;
            if (after == 0 && t.strip().length() <= MAX_NAME_LINE && Posters.isName(t, poster) && endsSentence(body, lines, i)) return i;
            if (after == 0 && (w + 1 < count || firstName(t) && ownTextBefore(body, lines, kinds, window[count - 1]))
                    && BARE_NAME.matcher(t).matches() && !closing(t)
                    && !SHORT_ANSWER.matcher(t).matches()
                    && endsSentence(body, lines, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code t} is one word that may be a first name: after a quote a sign-off is told from
     * a short answer ({@code Typical IBM}, {@code WOOOOOO}) by that alone.
     */
    private static boolean firstName(String t) {
        String w = t.strip();
        if (w.isEmpty() || w.indexOf(' ') >= 0 || w.indexOf('\t') >= 0) return false;
        int upper = 0;
        for (int k = 0; k < w.length(); k++) {
            if (Character.isUpperCase(w.charAt(k))) upper++;
        }
        return w.length() <= 3 || upper < w.length();
    }

    /** Whether own text stands anywhere before line {@code i} (above a quote that the sign-off follows). */
    private static boolean ownTextBefore(String body, List<Line> lines, SegmentKind[] kinds, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (own(lines, kinds, k) && !lines.get(k).blank(body)) return true;
        }
        return false;
    }

    /** Whether {@code t} is a closing ({@link #CLOSING}); lines with more than {@link #MAX_CLOSING_CHARS} visible chars skip the regex. */
    private static boolean closing(String t) {
        int visible = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c != ' ' && c != '\t' && ++visible > MAX_CLOSING_CHARS) return false;
        }
        return CLOSING.matcher(t).matches();
    }

    /** Whether the line before {@code i} is blank or ends a sentence, so that line {@code i} stands alone. */
    private static boolean endsSentence(String body, List<Line> lines, int i) {
        if (i == 0) return false;
        Line prev = lines.get(i - 1);
        if (prev.blank(body)) return true;
        String t = prev.text(body).stripTrailing();
        char c = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ')' || c == '\u2026';
    }

    private static boolean shortLines(String body, List<Line> lines, int[] window, int w) {
        for (int k = w - 1; k >= 0; k--) {
            if (lines.get(window[k]).text(body).strip().length() > MAX_NAME_LINE) return false;
        }
        return true;
    }
}
