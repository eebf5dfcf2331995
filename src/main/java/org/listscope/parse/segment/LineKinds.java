package org.listscope.parse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.listscope.model.Author;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * The kind, depth and attribution of every line of one body, filled in by the detectors, then
 * joined into segments. Blank lines take the kind of the lines around them when both sides agree
 * (a blank line inside a quote stays in the quote), else they are own text; trailing blank lines
 * after a signature or footer stay with it.
 */
final class LineKinds {

    private final String body;
    private final List<Line> lines;
    private final SegmentKind[] kinds;
    private final int[] depths;
    private final Attribution[] who;
    /** The poster, or null where unknown: a forward of their own message stays their own text. */
    private final Author poster;
    /** Whether the message's subject says it replies: a header block without a forward line then quotes a reply. */
    private final boolean reply;
    /** Whether the body holds the words a press release or a wire story opens with ({@link Releases#mayHold}). */
    private final boolean releaseWords;
    /** See {@link #lastDashes()}; -2 until found. */
    private int lastDashes = -2;
    /** The forward {@link #openTail} opened, and its first line. */
    private Attribution tail;
    private int tailFrom;
    /** See {@link #closingRule()}; -2 until found. */
    private int closingRule = -2;
    /** At most this many lines with text below a rule make it the end of a forward without headers. */
    private static final int CLOSING_LINES = 6;
    /**
     * The mark ({@code |}, {@code :}, or one of {@link #HEADER_MARKS} under quoted headers) this
     * reply quotes with, once a run of such lines was read as a quote (opening the reply, below an
     * attribution or under quoted headers); 0 before. Its later passages behind the same mark are
     * quotes too.
     */
    private char quoteMark;
    /**
     * The marks a message may be quoted behind under its headers ({@code | From: ...}, {@code #
     * Subject: ...}, {@code *To: ...}); once such a block was read, the reply's later passages
     * behind the same mark are quotes too. Only {@code |} and {@code :} quote without headers.
     */
    private static final String HEADER_MARKS = "|:#%*";
    /** A word of letters, an apostrophe in it and a comma or stop after it allowed. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}']*[,.;:!?]?");
    /** The headers a message quoted with {@code |} or {@code :} markers is recognised by. */
    private static final List<String> MARKED_HEADERS = List.of("From:", "Date:", "Subject:", "To:");

    LineKinds(String body, List<Line> lines, Author poster, boolean reply) {
        this.body = body;
        this.lines = lines;
        this.poster = poster;
        this.reply = reply;
        this.releaseWords = Releases.mayHold(body);
        this.kinds = new SegmentKind[lines.size()];
        this.depths = new int[lines.size()];
        this.who = new Attribution[lines.size()];
    }

    SegmentKind[] kinds() {
        return kinds;
    }

    void footers(boolean[] footer) {
        for (int i = 0; i < footer.length; i++) {
            if (footer[i]) {
                kinds[i] = SegmentKind.FOOTER;
                depths[i] = lines.get(i).depth(); // a quoted footer keeps its quote's depth
            }
        }
    }

    /**
     * Marks quotes, attributions and the unprefixed text of messages quoted whole (Outlook's
     * original message, a forward), of a message yanked indented ({@link YankedQuotes}) and of one
     * quoted with {@code |} or {@code :} under its headers; the rest of the non-blank lines is own
     * text. Such a message quoted inside another is one level deeper and belongs to its own sender,
     * and a header block right above a quote is that quote's attribution.
     */
    void quotesAndAttributions() {
        int n = lines.size();
        Attribution[] current = new Attribution[16];
        int base = 0; // the depth of unprefixed lines: 1 after an Outlook block or a forward's headers, ...
        leadingBarQuote();
        colonQuotes();
        for (int i = 0; i < n; i++) {
            if (kinds[i] == SegmentKind.FOOTER) {
                if (lines.get(i).depth() == 0) base = 0;
                continue;
            }
            if (kinds[i] != null) continue; // marked before (PGP armour)
            if (base == 0 && lines.get(i).depth() == 0 && leadingMark(lines.get(i)) != 0) {
                char behind = quotedHeadersBehindMarker(i);
                if (behind != 0 && quoteMark == 0) quoteMark = behind; // "# From: ...": this reply quotes with '#'
                if (behind != 0 || attributionBehindMarker(i) || quoteMark != 0 && otherMarker(lines.get(i)) == quoteMark) {
                    // "| From: ...", "| Subject: ...": a message quoted with bars, or one quoted with its reply's
                    // "| On <date>, Ann wrote:"; or the next of a reply's bar-quoted passages
                    rereadOtherMarkers(i, 0);
                }
            }
            Line l = lines.get(i);
            if (base > 0 && l.depth() == 0 && mayOpenBlock(l) && ForwardLines.ends(l.content(body))) {
                base = 0; // "------- End of Forwarded Message": own text again
                set(i, SegmentKind.TEXT, 0, null);
                continue;
            }
            if (base == 1 && current[1] != null && current[1].untilSignature() && (i == lastDashes() || i == closingRule())) {
                // the poster's "-- " below a forward without headers, or a rule with a few lines below it
                // ("-----", then "Nice quote, that."): their text again, not the forward's
                base = 0;
                clearDeeper(current, 1);
            }
            int depth = Math.min(base + l.depth(), current.length - 2);
            boolean block = mayOpenBlock(l);
            Attribution yanked = block && base == 0 && l.depth() == 0 ? YankedQuotes.detect(body, lines, i, kinds) : null;
            if (yanked != null) { // a reply with the original's headers and text indented (Emacs), the answers between;
                // before the header blocks below, which would take the answers for the original's
                i = attribute(i, yanked, 0, current);
                continue;
            }
            Attribution ob = block ? QuotedHeaders.detect(body, lines, i, reply) : null;
            // or a short one opening a passage of a quote ("> Date: ...", "> From: Matt Blaze <...>")
            if (ob == null && block && l.depth() > 0) ob = QuotedHeaders.inQuote(body, lines, i);
            if (ob != null) {
                // headers inside a reply's quote (Hotmail's ">From: ... >Date:", a digest quoted whole)
                // quote that message in the reply; only a forward's own forwards are forwards again
                if (ob.forward() && depth > 0 && (current[depth] == null || !current[depth].forward())) ob = ob.asReply();
                // another forward in a forward's text (a digest's next message): beside it, not inside
                if (ob.forward() && l.depth() == 0 && base > 0 && current[base] != null && current[base].forward()) depth = base - 1;
                int last = Math.min(n, i + ob.lines());
                for (int k = i; k < last; k++) set(k, SegmentKind.ATTRIBUTION, depth, ob);
                if (ob.forward() && depth == 0 && Posters.same(ob.author(), poster)) {
                    clearDeeper(current, 1); // the poster's own message forwarded again: still their text
                    i = last - 1;
                    continue;
                }
                clearDeeper(current, depth + 1);
                if (l.depth() == 0) {
                    current[depth + 1] = ob;
                    base = depth + 1;
                } else {
                    current[depth] = ob; // a header block inside a quote: the quoted text below it is that sender's,
                    // what that sender quoted (a level deeper) is of nobody named here
                }
                i = last - 1;
                continue;
            }
            Attribution above = block && l.depth() == 0 ? QuotedHeaders.aboveQuote(body, lines, i) : null;
            if (above != null) { // "From: ...", "Date: ..." standing as the attribution of the quote below
                i = attribute(i, above, depth, current);
                continue;
            }
            LeadIns.LeadIn lead = base == 0 && l.depth() == 0 && LeadIns.mayBe(body, l) ? LeadIns.detect(body, lines, i, poster, reply) : null;
            if (lead != null) { // "According to NIST:" above a passage pasted unmarked: the source's words, not the poster's
                set(i, SegmentKind.ATTRIBUTION, 0, lead.attribution());
                for (int k = i + 1; k <= lead.last(); k++) { // the blank lines above the passage too: no own text between
                    if (k < lead.first() || !lines.get(k).blankContent(body)) set(k, SegmentKind.QUOTE, 1, lead.attribution());
                }
                i = lead.last();
                continue;
            }
            Attribution pasted = base == 0 ? pastedWhole(l, i) : null;
            if (pasted != null) { // a bill's or code's text (nobody's words) or a news article (its author's) pasted whole
                current[1] = pasted;
                clearDeeper(current, 2);
                base = 1;
                continue;
            }
            Attribution article = depth > 0 && Bylines.mayBe(body, l) ? bylineWithin(i, depth, current[depth]) : null;
            if (article != null) { // an article pasted whole in a forwarded or quoted message: its author's, not its sender's
                set(i, SegmentKind.ATTRIBUTION, depth - 1, article);
                current[depth] = article;
                clearDeeper(current, depth + 1);
                continue;
            }
            if (mayAttribute(i)) {
                StackedAttribution two = depth + 2 < current.length ? stacked(i, l, base) : null;
                if (two != null) {
                    i = attribute(i, two.outer(), depth, current);
                    current[depth + 2] = two.inner();
                    if (two.marks() == 0) base = 1; // Yahoo! Mail: the message replied to below, unmarked; what it quoted behind ">"
                    continue;
                }
                // the next line at the same depth; or the verb alone, which a rewrapping mailer quoted one level off
                Line next = i + 1 < n && kinds[i + 1] == null && (lines.get(i + 1).depth() == l.depth()
                        || AttributionDetector.verbAlone(lines.get(i + 1).content(body))) ? lines.get(i + 1) : null;
                Line third = next != null && i + 2 < n && kinds[i + 2] == null && lines.get(i + 2).depth() == l.depth()
                        ? lines.get(i + 2) : null;
                Attribution a = AttributionDetector.detect(l.content(body), next == null ? null : next.content(body),
                        third == null ? null : third.content(body));
                if (a == null) a = AttributionDetector.byWriter(l.content(body), writerAt(depth, current));
                if (a == null && depth + 1 < current.length) a = AttributionDetector.byPronoun(l.content(body), current[depth + 1]);
                if (a != null && (a.strong() || introducesQuote(i + a.lines(), l.depth()))) {
                    if (depth > 0 && a.strong() && continuesAtSameDepth(i + a.lines(), l.depth())) {
                        current[depth] = a; // Apple Mail: "> On ..., X wrote:" then X's text at the same depth
                    }
                    rereadOtherMarkers(i + a.lines(), l.depth());
                    i = attribute(i, a, depth, current);
                    continue;
                }
            }
            Attribution from = depth == 1 && base == 0 && quoteMark != 0 && l.marker() == quoteMark
                    ? QuotedHeaders.markedFrom(body, lines, i) : null;
            if (from != null) { // ": From: Ann Lee <...>" above her words behind the same mark: they are hers
                current[1] = from;
                clearDeeper(current, 2);
                set(i, SegmentKind.ATTRIBUTION, 1, from);
                continue;
            }
            if (depth > 0) {
                set(i, SegmentKind.QUOTE, depth, current[depth]);
            } else if (!l.blank(body)) {
                set(i, SegmentKind.TEXT, 0, null);
            }
        }
    }

    /**
     * The two attributions line {@code l} holds ({@link StackedAttribution}), where they stand so:
     * unmarked at the margin of a reply that quotes nothing unmarked yet, with a quote below (Yahoo!
     * Mail's {@code Ann wrote:  On ..., Bob wrote:} above Ann's message and Bob's words in it), or
     * with the second one a level deeper than the line ({@code >> Ann wrote:>>> Bob wrote:}); else
     * {@code null}.
     */
    private StackedAttribution stacked(int i, Line l, int base) {
        StackedAttribution two = StackedAttribution.detect(l.content(body));
        if (two == null) return null;
        if (two.marks() == 0) return base == 0 && l.depth() == 0 && introducesQuote(i + 1, 0) ? two : null;
        return two.marks() == l.depth() + 1 ? two : null;
    }

    /** Who wrote the text at {@code depth}: the poster at the margin, else the author of the quote at that depth (or null). */
    private String writerAt(int depth, Attribution[] current) {
        if (depth == 0) return poster == null ? null : poster.name() != null ? poster.name() : poster.address();
        return current[depth] == null ? null : current[depth].author();
    }

    /**
     * Marks the lines of attribution {@code a} from line {@code i} on, at {@code depth}, as the
     * attribution of the quote one level deeper; returns the index of its last line.
     */
    private int attribute(int i, Attribution a, int depth, Attribution[] current) {
        for (int k = i; k < i + a.lines(); k++) set(k, SegmentKind.ATTRIBUTION, depth, a);
        current[depth + 1] = a;
        clearDeeper(current, depth + 2);
        return i + a.lines() - 1;
    }

    /**
     * The forward without headers that line {@code i} opens, with its lines so far marked: a bill's
     * or code's text pasted whole (nobody's words, from its opening line to this section heading,
     * all quoted), a press release or a wire story from its opening line ({@link Releases}), or a
     * news article below its byline (the byline an attribution); else {@code null}.
     */
    private Attribution pastedWhole(Line l, int i) {
        if (LegalTexts.mayOpen(body, l)) {
            Attribution statute = LegalTexts.detect(body, lines, i);
            if (statute != null) {
                for (int k = LegalTexts.start(body, lines, i); k <= i; k++) {
                    if (kinds[k] == null || kinds[k] == SegmentKind.TEXT) set(k, SegmentKind.QUOTE, 1, statute);
                }
                return statute;
            }
        }
        Attribution release = releaseWords && Releases.mayOpen(body, l) ? Releases.detect(body, lines, i, poster) : null;
        if (release != null) {
            set(i, SegmentKind.QUOTE, 1, release);
            return release;
        }
        Attribution by = l.depth() == 0 && Bylines.mayBe(body, l) ? Bylines.detect(body, lines, i, poster) : null;
        if (by != null) set(i, SegmentKind.ATTRIBUTION, 0, by);
        return by;
    }

    /**
     * The byline at line {@code i} of a news article pasted whole into a message forwarded or quoted
     * at {@code depth}, whose sender is {@code sender} (null where unknown): an attribution of the
     * article's author that ends where the sender's forward or quote does; else {@code null}.
     */
    private Attribution bylineWithin(int i, int depth, Attribution sender) {
        String name = sender == null ? null : sender.author();
        Author writer = name == null ? null : Author.of(name.indexOf('@') < 0 ? name : null, name.indexOf('@') < 0 ? null : name, name);
        Attribution by = Bylines.detect(body, lines, i, writer);
        if (by == null) return null;
        boolean forward = sender != null && sender.forward();
        return new Attribution(by.author(), null, 1, true, forward, forward && sender.untilSignature());
    }

    /**
     * Where a forward without headers runs to the end of the body, its unprefixed lines are read as
     * own text again while signatures are looked for ({@link #closeTail} puts back those that are
     * none): the poster's sign-off or contact block below a pasted article is theirs, not the
     * article's. Returns whether there was such a tail.
     */
    boolean openTail() {
        int last = lines.size() - 1;
        while (last >= 0 && (kinds[last] == null || lines.get(last).blankContent(body) || kinds[last] == SegmentKind.FOOTER)) last--;
        if (last < 0 || kinds[last] != SegmentKind.QUOTE || depths[last] != 1 || who[last] == null || !who[last].untilSignature()) return false;
        tail = who[last];
        int first = last;
        while (first > 0 && who[first - 1] == tail && kinds[first - 1] == SegmentKind.QUOTE) first--;
        tailFrom = first;
        for (int i = first; i <= last; i++) {
            if (lines.get(i).depth() == 0 && kinds[i] == SegmentKind.QUOTE) set(i, SegmentKind.TEXT, 0, null);
        }
        return true;
    }

    /**
     * Puts the lines {@link #openTail} opened and no signature took back into their forward; returns
     * whether a signature took any (if not, signatures are to be looked for again with the forward
     * closed: the poster's may stand above it).
     */
    boolean closeTail() {
        if (tail == null) return false;
        int signature = tailFrom;
        while (signature < lines.size() && kinds[signature] != SegmentKind.SIGNATURE) signature++;
        for (int i = tailFrom; i < lines.size(); i++) {
            if (kinds[i] != SegmentKind.TEXT || lines.get(i).depth() != 0) continue;
            if (i < signature) set(i, SegmentKind.QUOTE, 1, tail);
            else if (lines.get(i).blankContent(body)) kinds[i] = null; // a blank line inside the signature: resolved with its neighbours
        }
        tail = null;
        return signature < lines.size();
    }

    /** The last unprefixed signature line ({@code -- }), or -1: found on first use, when a forward without headers needs it. */
    private int lastDashes() {
        if (lastDashes == -2) {
            lastDashes = -1;
            for (int i = lines.size() - 1; i >= 0 && lastDashes < 0; i--) {
                Line l = lines.get(i);
                if (l.depth() == 0 && SignatureDetector.isDelimiter(body, l)) lastDashes = i;
            }
        }
        return lastDashes;
    }

    /**
     * The last unprefixed rule line ({@code -----}, {@code *****}, {@code ===}) with at most
     * {@link #CLOSING_LINES} lines of text below it, or -1: found on first use, when a forward without
     * headers needs it.
     */
    private int closingRule() {
        if (closingRule == -2) {
            closingRule = -1;
            int text = 0;
            for (int i = lines.size() - 1; i >= 0 && closingRule < 0 && text <= CLOSING_LINES; i--) {
                Line l = lines.get(i);
                if (l.depth() == 0 && isRule(l)) closingRule = i;
                else if (!l.blankContent(body)) text++;
            }
        }
        return closingRule;
    }

    /** A line of three rule characters or more and nothing else. */
    private boolean isRule(Line l) {
        return l.ruleMarks(body, "-=*_~#+") >= 3;
    }

    /**
     * Cheap test before {@link QuotedHeaders}' and {@link ForwardLines}' patterns: the line starts
     * with a rule, with a header name and a colon (a blank before it, as French writes it), or with
     * a word a forward line starts with ({@code Begin}, {@code End}).
     */
    private boolean mayOpenBlock(Line l) {
        int c = l.firstVisible(body); // Outlook indents an original with a tab
        if (c >= l.textEnd()) return false;
        char ch = body.charAt(c);
        if (ch == '-' || ch == '=' || ch == '*' || ch == '_') return true;
        if (ch == '8' && c + 1 < l.textEnd() && body.charAt(c + 1) == '<') return true; // scissors: "8<------ Begin forwarded message"
        int k = c;
        while (k < l.textEnd() && k - c < 30 && (Character.isLetterOrDigit(body.charAt(k)) || body.charAt(k) == '-')) k++;
        if (k == c || k == l.textEnd() || !Character.isLetter(ch)) return false;
        if (body.charAt(k) == ':') return true;
        if (body.charAt(k) == ' ' && k + 1 < l.textEnd() && body.charAt(k + 1) == ':') return true; // French Outlook: "De : Ann"
        return body.charAt(k) == ' ' && ForwardLines.isFirstWord(body, c, k);
    }

    /**
     * Cheap test before the attribution patterns: the line, or one of the next two, ends with a
     * colon, or the line is one of the few that name the quoted author without one.
     */
    private boolean mayAttribute(int i) {
        Line l = lines.get(i);
        if (l.endsWithColon(body) || AttributionDetector.opensWithoutColon(body, l.contentStart(), l.textEnd())) return true;
        return i + 1 < lines.size() && lines.get(i + 1).endsWithColon(body)
                || i + 2 < lines.size() && lines.get(i + 2).endsWithColon(body); // a dated attribution wrapped over three lines
    }

    /** Whether the next non-blank line after {@code from} quotes deeper than {@code depth}, with any marker. */
    private boolean introducesQuote(int from, int depth) {
        for (int k = from; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.depth() == depth && l.blankContent(body)) continue;
            if (l.depth() > depth) return true;
            char m = otherMarker(l);
            return m != 0 && depth == 0;
        }
        return false;
    }

    /** Whether the next line with content after {@code from} is quoted exactly {@code depth} deep. */
    private boolean continuesAtSameDepth(int from, int depth) {
        for (int k = from; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.depth() == depth && l.blankContent(body)) continue;
            return l.depth() == depth;
        }
        return false;
    }

    /**
     * After an attribution, reads a run of {@code |} or {@code :} quoted lines as quotes; the marker
     * of the lines it rereads becomes the {@link #quoteMark}. A line that ends with a bar too is a
     * table's row, not a quote.
     */
    private void rereadOtherMarkers(int from, int depth) {
        if (depth != 0) return;
        char marker = 0;
        for (int k = from; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.blank(body)) continue;
            if (l.depth() > 0 || tableRow(l)) break;
            if (marker == 0) marker = otherMarker(l);
            if (marker == 0) break;
            Line read = QuoteMarkers.other(body, l, marker);
            if (read.depth() == 0) break;
            lines.set(k, read);
            quoteMark = marker;
        }
    }

    /**
     * A reply that opens with the words it answers behind bars, no attribution above them: two or
     * more {@code |} lines first (blank lines between them aside), then unmarked text. Rereads them
     * as a quote.
     */
    private void leadingBarQuote() {
        int first = 0;
        while (first < lines.size() && lines.get(first).blank(body)) first++;
        if (quotedHeadersBehindMarker(first) != 0) return; // a message quoted under its headers: read with them below
        int bars = 0;
        int after = first;
        for (; after < lines.size(); after++) {
            Line l = lines.get(after);
            if (l.blank(body)) continue;
            if (l.depth() != 0 || otherMarker(l) != '|' || tableRow(l)) break;
            bars++;
        }
        if (bars >= 2 && after < lines.size() && lines.get(after).depth() == 0 && otherMarker(lines.get(after)) == 0) {
            rereadOtherMarkers(first, 0);
        }
    }

    /**
     * A reply quoted in the colon style of old newsreaders ({@code : text}, {@code : > deeper}), with
     * no attribution the quote follows: where a run of two or more lines behind a colon (blank lines
     * between them aside), one of them prose, is followed by unmarked text, this reply quotes with
     * {@code :} ({@link #quoteMark}), so that run and its other passages behind a colon are quotes.
     * Colons with no prose behind them (ASCII art, an emptied quote), a colon block that ends the
     * message (FidoNet's address lines) and reST's {@code :param x:} make none.
     */
    private void colonQuotes() {
        if (quoteMark != 0) return;
        int n = lines.size();
        int i = 0;
        while (i < n) {
            if (!colonLine(i)) {
                i++;
                continue;
            }
            int marked = 0;
            boolean prose = false;
            int k = i;
            for (; k < n; k++) {
                Line l = lines.get(k);
                if (l.blank(body)) continue;
                if (!colonLine(k)) break;
                marked++;
                prose |= prose(QuoteMarkers.other(body, l, ':').content(body));
            }
            if (marked >= 2 && prose && k < n && lines.get(k).depth() == 0 && kinds[k] == null) {
                quoteMark = ':';
                return;
            }
            i = k;
        }
    }

    /** Whether line {@code i}, unmarked so far, starts with a colon behind which a space, a {@code >} or nothing follows. */
    private boolean colonLine(int i) {
        Line l = lines.get(i);
        if (l.depth() != 0 || kinds[i] != null || leadingMark(l) != ':') return false;
        int c = body.indexOf(':', l.start()) + 1;
        return c >= l.textEnd() || body.charAt(c) == ' ' || body.charAt(c) == '\t' || body.charAt(c) == '>';
    }

    /** Five words or more, two in three of its tokens words of letters: a line of prose, not code, art or an address. */
    private static boolean prose(String text) {
        int tokens = 0;
        int words = 0;
        for (String t : text.strip().split("\\s+")) {
            if (t.isEmpty()) continue;
            tokens++;
            if (WORD.matcher(t).matches()) words++;
        }
        return words >= 5 && 3 * words >= 2 * tokens;
    }

    private boolean tableRow(Line l) {
        int end = l.textEnd();
        while (end > l.start() && body.charAt(end - 1) == ' ') end--;
        return end > l.start() + 1 && body.charAt(end - 1) == '|';
    }

    /**
     * Where line {@code i} and the next start with the same marker ({@code |}, {@code :}, or one of
     * {@link #HEADER_MARKS}) and a {@code From:}, {@code Date:}, {@code Subject:} or {@code To:}
     * header after it: the marker; else 0.
     */
    private char quotedHeadersBehindMarker(int i) {
        if (i + 1 >= lines.size() || lines.get(i).depth() != 0) return 0;
        char marker = leadingMark(lines.get(i));
        return marker != 0 && headerBehind(lines.get(i), marker) && headerBehind(lines.get(i + 1), marker) ? marker : 0;
    }

    /**
     * Whether line {@code i} and the next that is not blank start with the same {@code |} or
     * {@code :} marker, and an attribution follows the first one's marker: a reply quoted whole
     * with its attribution. A strong one ({@code | On <date>, Ann wrote:}) counts as it stands, a
     * bare one ({@code : Ann writes:}) where the next line with text is quoted deeper ({@code : >
     * ...}).
     */
    private boolean attributionBehindMarker(int i) {
        char marker = lines.get(i).depth() == 0 ? otherMarker(lines.get(i)) : 0;
        if (marker == 0) return false;
        int next = i + 1;
        while (next < lines.size() && lines.get(next).blank(body)) next++;
        if (next == lines.size() || otherMarker(lines.get(next)) != marker) return false;
        Line read = QuoteMarkers.other(body, lines.get(i), marker);
        if (read.depth() != 1) return false;
        Attribution a = AttributionDetector.detect(read.content(body), null);
        if (a == null || a.strong()) return a != null;
        for (int k = next; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.blank(body)) continue;
            if (l.depth() != 0 || otherMarker(l) != marker) return false;
            Line deeper = QuoteMarkers.other(body, l, marker);
            if (!deeper.blankContent(body)) return deeper.depth() >= 2;
        }
        return false;
    }

    private boolean headerBehind(Line l, char marker) {
        Line read = QuoteMarkers.other(body, l, marker);
        if (read.depth() != 1) return false;
        int c = read.firstVisible(body);
        for (String name : MARKED_HEADERS) {
            if (body.regionMatches(true, c, name, 0, name.length())) return true;
        }
        return false;
    }

    /** The {@code |} or {@code :} that starts line {@code l} after up to three spaces, or this reply's {@link #quoteMark}; else 0. */
    private char otherMarker(Line l) {
        char c = leadingMark(l);
        return c == '|' || c == ':' || c == quoteMark ? c : 0;
    }

    /** The first char of line {@code l} after up to three spaces, where it is one of {@link #HEADER_MARKS}; else 0. */
    private char leadingMark(Line l) {
        for (int k = l.start(); k < l.textEnd() && k < l.start() + 4; k++) {
            char c = body.charAt(k);
            if (c != ' ') return HEADER_MARKS.indexOf(c) >= 0 ? c : 0;
        }
        return 0;
    }

    private static void clearDeeper(Attribution[] current, int from) {
        for (int k = from; k < current.length; k++) current[k] = null;
    }

    private void set(int i, SegmentKind kind, int depth, Attribution a) {
        kinds[i] = kind;
        depths[i] = depth;
        who[i] = a;
    }

    /** Joins the lines into segments, resolving blank lines. */
    List<Segment> segments() {
        int n = lines.size();
        resolveBlanks();
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && kinds[j] == kinds[i] && depths[j] == depths[i] && who[j] == who[i]) j++;
            Segment s = Segment.of(kinds[i], lines.get(i).start(), lines.get(j - 1).end(), depths[i]);
            if (who[i] != null && (kinds[i] == SegmentKind.QUOTE || kinds[i] == SegmentKind.ATTRIBUTION)) {
                s = s.withQuoted(who[i].author(), who[i].date());
                if (who[i].forward()) s = s.asForwarded();
            }
            out.add(s);
            i = j;
        }
        return out;
    }

    private void resolveBlanks() {
        int n = lines.size();
        int prev = -1;
        int i = 0;
        while (i < n) {
            if (kinds[i] != null) {
                prev = i++;
                continue;
            }
            int j = i;
            while (j < n && kinds[j] == null) j++;
            int next = j < n ? j : -1;
            int from = -1;
            if (prev >= 0 && next >= 0 && kinds[prev] == kinds[next] && depths[prev] == depths[next] && who[prev] == who[next]) {
                from = prev;
            } else if (prev >= 0 && (next < 0 || kinds[next] == SegmentKind.FOOTER)
                    && (kinds[prev] == SegmentKind.SIGNATURE || kinds[prev] == SegmentKind.FOOTER)) {
                from = prev;
            }
            for (int k = i; k < j; k++) {
                if (from >= 0) set(k, kinds[from], depths[from], who[from]);
                else set(k, SegmentKind.TEXT, 0, null);
            }
            i = j;
        }
    }
}
