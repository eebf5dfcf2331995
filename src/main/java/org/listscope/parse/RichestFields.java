package org.listscope.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.listscope.model.Author;
import org.listscope.model.Message;

/**
 * Merges two records of one message into one, keeping the richest field of each: the Message-ID,
 * In-Reply-To and References that a text archive has and a page may lack; the URL that a page has;
 * the address where one source shows it whole; a date read without guessing; the longer body (a
 * stripped rendering loses links) with its segments and source. Warnings are united.
 */
final class RichestFields {

    private RichestFields() {
    }

    /** {@code kept} merged with the later record {@code other}. */
    static Message merge(Message kept, Message other) {
        String messageId = kept.messageId() != null ? kept.messageId() : other.messageId();
        Message bodyFrom = other.body().strip().length() > kept.body().strip().length() ? other : kept;
        Message dateFrom = kept.date() != null && !hasDateWarning(kept) ? kept
                : other.date() != null && !hasDateWarning(other) ? other
                : kept.date() != null ? kept : other;
        List<String> warnings = new ArrayList<>(new LinkedHashSet<>(concat(kept.warnings(), other.warnings())));
        return Message.builder()
                .id(id(kept, other, messageId))
                .messageId(messageId)
                .list(kept.list() != null ? kept.list() : other.list())
                .subject(kept.subject().isBlank() ? other.subject() : kept.subject())
                .from(author(kept.from(), other.from()))
                .date(dateFrom.date())
                .dateShown(dateFrom.dateShown())
                .inReplyTo(longer(kept.inReplyTo(), other.inReplyTo()))
                .references(longer(kept.references(), other.references()))
                .url(kept.url() != null ? kept.url() : other.url())
                .source(bodyFrom.source())
                .body(bodyFrom.body())
                .segments(bodyFrom.segments())
                .warnings(warnings)
                .annotations(bodyFrom.annotations())
                .build();
    }

    /** The Message-ID where any source had one, else an archive-derived id, else the first record's. */
    private static String id(Message a, Message b, String messageId) {
        if (messageId != null && a.id().equals(a.messageId())) return a.id();
        if (messageId != null && b.id().equals(b.messageId())) return b.id();
        if (a.id().startsWith("h:") && !b.id().startsWith("h:")) return b.id();
        return a.id();
    }

    /** The author with the most parts known: whole address first, then the name. */
    static Author author(Author a, Author b) {
        String address = a.address() != null ? a.address() : b.address();
        String name = a.name() != null && !a.name().isBlank() ? a.name() : b.name();
        Author shownFrom = a.address() != null || b.address() == null ? a : b;
        if (address == a.address() && name == a.name()) return a;
        if (address == b.address() && name == b.name()) return b;
        return Author.of(name, address, shownFrom.shown());
    }

    private static boolean hasDateWarning(Message m) {
        for (String w : m.warnings()) {
            if (w.contains("date") || w.contains("zone")) return true;
        }
        return false;
    }

    private static List<String> longer(List<String> a, List<String> b) {
        return b.size() > a.size() ? b : a;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
