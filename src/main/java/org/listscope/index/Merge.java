package org.listscope.index;

import java.util.List;
import org.listscope.model.Message;
import org.listscope.parse.RichestFields;

/**
 * Two records of the same message (same {@code id}), from two inputs or from the index and a new
 * input, made one as parsing makes one of its duplicates ({@link RichestFields}): the copy with the
 * longer body is the primary and gives body, subject and source, the more telling format decides
 * between equal bodies, and every other field is taken where it is richest, whichever copy comes
 * first. A copy read again from the input the kept body came from replaces
 * that body whatever its length, so that a restored, edited or cut input takes effect; an identical
 * re-read changes nothing. Thread fields and annotations are left for threading and annotation to
 * set again.
 */
final class Merge {

    private Merge() {
    }

    /** One message from a record held ({@code held}, the index's or read first) and one read after it. */
    static Message of(Message held, Message read) {
        return RichestFields.reread(held, read);
    }

    /**
     * One message from a copy held under one id and a copy read under another (a rendering's
     * archive-derived id, then the Message-ID of the month's text archive), merged as parsing merges
     * the copies of one batch, its id the one that batch would give; stripped.
     */
    static Message copies(Message held, Message read) {
        return stripped(RichestFields.merge(held, read));
    }

    /** A record as parsing made it: without thread fields and annotations. */
    static Message stripped(Message m) {
        return m.withThread(null, null, null).withAnnotations(List.of(), List.of());
    }
}
