package org.listscope.index;

import java.util.Comparator;
import java.util.Map;
import org.listscope.json.Json;
import org.listscope.model.Message;

/**
 * Two records of the same message (same {@code id}), from two inputs or from the index and a new
 * input, made one. The richer record wins (more known fields; then the more telling source
 * format; then, for a stable answer whatever the order, the greater JSON), and fields it lacks are
 * filled from the other. Thread fields and annotations are left for threading and annotation to
 * set again.
 */
final class Merge {

    private static final Map<String, Integer> FORMAT_RANK = Map.of(
            "pipermail-html", 5, "mbox", 4, "pipermail-txt", 3, "warc", 2, "rendering", 1);

    private static final Comparator<Message> RICHER = Comparator
            .comparingInt(Merge::known)
            .thenComparingInt(m -> FORMAT_RANK.getOrDefault(m.source().format(), 0))
            .thenComparing(Merge::strippedJson);

    private Merge() {
    }

    /** One message from two records of it. */
    static Message of(Message a, Message b) {
        Message win = RICHER.compare(a, b) >= 0 ? a : b;
        Message lose = win == a ? b : a;
        Message.Builder m = win.toBuilder();
        if (win.messageId() == null) m.messageId(lose.messageId());
        if (win.url() == null) m.url(lose.url());
        if (win.date() == null && lose.date() != null) m.date(lose.date()).dateShown(lose.dateShown());
        if (blank(win.list())) m.list(lose.list());
        if (win.from().address() == null && lose.from().address() != null) m.from(lose.from());
        if (win.inReplyTo().isEmpty()) m.inReplyTo(lose.inReplyTo());
        if (win.references().isEmpty()) m.references(lose.references());
        return m.build();
    }

    /** A record as parsing made it: without thread fields and annotations. */
    static Message stripped(Message m) {
        return m.withThread(null, null, null).withAnnotations(java.util.List.of());
    }

    private static String strippedJson(Message m) {
        return Json.line(stripped(m));
    }

    private static int known(Message m) {
        int n = 0;
        if (m.messageId() != null) n++;
        if (m.url() != null) n++;
        if (m.date() != null) n++;
        if (!blank(m.list())) n++;
        if (m.from().address() != null) n++;
        if (!m.inReplyTo().isEmpty()) n++;
        if (!m.references().isEmpty()) n++;
        if (!m.segments().isEmpty()) n++;
        return n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
