package org.listscope.model;

import java.time.Instant;
import java.util.function.Function;

/**
 * A stretch of a message body of one kind.
 *
 * @param kind          what the stretch is
 * @param start         first UTF-16 index in the body
 * @param end           index after the last char (exclusive)
 * @param depth         quote depth ({@code 0} for own text, {@code 1} for {@code > }, ...)
 * @param quotedAuthor  for quotes and attributions: who wrote the quoted text, where known
 * @param quotedDate    for quotes and attributions: when the quoted message was written, where known
 * @param quotedId      for quotes: the {@code id} of the message the quote came from, where found
 * @param quotedStart   for quotes with a {@code quotedId}: where the quoted text starts in that body, or -1
 * @param quotedEnd     for quotes with a {@code quotedId}: where it ends, or -1
 * @param forwarded     for quotes and attributions: the quoted message was forwarded whole, with its
 *                      header block ({@code From:}, {@code Date:}, {@code Subject:}) in the body, not
 *                      quoted in a reply; its words are its sender's, but the forward replies to nothing
 * @param copied        for quotes: found by its words alone, with no mark or attribution: lines of the
 *                      poster's own text that repeat an earlier message of someone else word for word
 *                      (a quote the segmenter could not see, or a document posted again); a threading
 *                      run that meets it again reads its lines as the poster's text
 */
public record Segment(SegmentKind kind, int start, int end, int depth,
                      String quotedAuthor, Instant quotedDate, String quotedId,
                      int quotedStart, int quotedEnd, boolean forwarded, boolean copied) {

    /**
     * How a mailbox writer escapes a body line starting {@code From } (mboxo, Mailman's monthly
     * archive text): the segmenter reads such a line alone among own lines as own text, and so does
     * threading where a text segment holds it.
     */
    public static final String FROM_ESCAPE = ">From ";

    public Segment {
        if (kind == null) throw new IllegalArgumentException("segment kind is null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment span " + start + ".." + end);
        }
        if (depth < 0) throw new IllegalArgumentException("negative depth " + depth);
    }

    /** A segment with no quote provenance. */
    public static Segment of(SegmentKind kind, int start, int end, int depth) {
        return new Segment(kind, start, end, depth, null, null, null, -1, -1, false, false);
    }

    /** Returns a copy naming the quoted author and date. */
    public Segment withQuoted(String author, Instant date) {
        return new Segment(kind, start, end, depth, author, date, quotedId, quotedStart, quotedEnd, forwarded, copied);
    }

    /** Returns a copy marked as (part of) a message forwarded whole. */
    public Segment asForwarded() {
        return new Segment(kind, start, end, depth, quotedAuthor, quotedDate, quotedId, quotedStart, quotedEnd, true, copied);
    }

    /** Returns a copy marked as found by its words alone ({@code copied}). */
    public Segment asCopied() {
        return new Segment(kind, start, end, depth, quotedAuthor, quotedDate, quotedId, quotedStart, quotedEnd, forwarded, true);
    }

    /** Returns a copy linked to the source message and span of the quote. */
    public Segment withSource(String id, int srcStart, int srcEnd) {
        return new Segment(kind, start, end, depth, quotedAuthor, quotedDate, id, srcStart, srcEnd, forwarded, copied);
    }

    /** Returns a copy covering {@code from..to} instead, which must lie within this segment. */
    public Segment slice(int from, int to) {
        if (from < start || to > end || to < from) {
            throw new IllegalArgumentException("slice " + from + ".." + to + " outside " + start + ".." + end);
        }
        return new Segment(kind, from, to, depth, quotedAuthor, quotedDate, quotedId, quotedStart, quotedEnd, forwarded, copied);
    }

    /**
     * Who wrote this quote's words, as a reader is told: the attribution's name, else who wrote them
     * in the message the quote was found in ({@link Message#wordsAuthor}; {@code messages} gives
     * messages by id, null where not at hand), else null. A forward of a sender nobody named names
     * nobody: a message holding the same words is another copy of it, not its author's.
     */
    public String wordsAuthor(Function<String, Message> messages, Function<Author, String> name) {
        if (quotedAuthor != null && !quotedAuthor.isBlank()) return quotedAuthor;
        if (kind != SegmentKind.QUOTE || forwarded || quotedId == null) return null;
        Message source = messages.apply(quotedId);
        return source == null ? null : source.wordsAuthor(quotedStart, quotedEnd, messages, name);
    }

    /** Length in UTF-16 units. */
    public int length() {
        return end - start;
    }

    /** Whether {@code offset} lies inside this segment. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
