package org.listscope.parse.segment;

import java.util.ArrayList;
import java.util.List;
import org.listscope.model.Author;
import org.listscope.model.ReplySubjects;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Splits a message body into own text, quotes (with depth), attributions, signatures and list
 * footers. The body is read line by line ({@link LineScanner}); small detectors each recognise one
 * construct ({@link FooterDetector}, {@link QuotedHeaders}, {@link YankedQuotes}, {@link IndentedReplies}, {@link ForwardLines},
 * {@link AttributionDetector},
 * {@link SignatureDetector}, {@link PgpArmor}, {@link PythonPrompts}, {@link TagQuotes}, {@link FromEscapes});
 * {@link LineKinds} joins the lines into segments.
 *
 * <p>A quote carries the author and date of the attribution that introduces it: a depth-0
 * attribution for depth-1 quotes, a depth-1 attribution inside the quote ({@code > On ..., X
 * wrote:}) for depth-2 quotes, and so on, until another attribution at that level appears. Where an
 * attribution inside a quote is followed by text at its own depth (Apple Mail quotes the
 * attribution with the text: {@code > On ..., X wrote:} / {@code > X's text}), it names that text.
 */
public final class Segmenter {

    private Segmenter() {
    }

    /**
     * Segments covering {@code body} from 0 to its length, in order, without gaps or overlaps, each
     * a whole number of lines; an empty body has none.
     */
    public static List<Segment> segment(String body) {
        return segment(body, null, null);
    }

    /**
     * As {@link #segment(String)}, for a body posted by {@code poster} under {@code subject} (either
     * null where unknown): a message of the poster's own that they forward again stays their own
     * text below its headers, and in a reply ({@code Re: ...}, no {@code Fwd}) a header block without
     * a forward line above it quotes the message replied to (Foxmail's and Lotus Notes' replies).
     */
    public static List<Segment> segment(String body, Author poster, String subject) {
        if (body == null || body.isEmpty()) return List.of();
        List<Line> lines = LineScanner.scan(body);
        FromEscapes.reread(body, lines);
        QuoteMarkers.rereadIndented(body, lines);
        QuoteMarkers.rereadBarAngles(body, lines);
        PythonPrompts.unquote(body, lines);
        TagQuotes.reread(body, lines);
        boolean reply = replies(subject);
        if (reply) IndentedReplies.reread(body, lines);
        LineKinds kinds = new LineKinds(body, lines, poster, reply);
        boolean[] footer = new boolean[lines.size()];
        FooterDetector.mark(body, lines, footer);
        kinds.footers(footer);
        PgpArmor.mark(body, lines, kinds.kinds());
        kinds.quotesAndAttributions();
        boolean tail = kinds.openTail(); // a pasted article's last lines may be the poster's signature
        SignatureDetector.mark(body, lines, kinds.kinds(), poster);
        if (tail && !kinds.closeTail()) SignatureDetector.mark(body, lines, kinds.kinds(), poster);
        return kinds.segments();
    }

    /**
     * Appends the quoted text {@code body[start, end)} (a segment of kind {@code quote}) line by
     * line, each line without its quote marks and name tag ({@code > }, {@code >> }, {@code glyph> }),
     * as the quoted author wrote it.
     */
    public static void appendUnquoted(StringBuilder sb, String body, int start, int end) {
        int i = start;
        while (i < end) {
            int eol = body.indexOf('\n', i);
            int lineEnd = eol < 0 || eol >= end ? end : eol + 1;
            sb.append(body, QuoteMarkers.textStart(body, i, lineEnd), lineEnd);
            i = lineEnd;
        }
    }

    /** Whether a subject says its message replies ({@code Re: ...}) and does not forward ({@code Fwd}). */
    static boolean replies(String subject) {
        return ReplySubjects.isReply(subject) && !ReplySubjects.isForward(subject);
    }
}
