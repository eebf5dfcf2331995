package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import org.listscope.model.Citation;

/**
 * Resolves citations of other messages (Message-IDs and archive URLs) to the {@code id} of the
 * message when it is in the batch; a plain URL that is a batch message's archive URL becomes a
 * {@code message} citation.
 */
final class MessageLinks {

    private MessageLinks() {
    }

    /** The citations with {@code target} set where the cited message is known. */
    static List<Citation> resolve(List<Citation> citations, MessageIndex index) {
        List<Citation> out = null;
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            Citation r = c;
            if (c.kind().equals("message")) {
                String id = c.normalized().startsWith("<") ? index.idForMessageId(c.normalized()) : index.idForUrl(c.normalized());
                if (id != null) r = c.withTarget(id);
            } else if (c.kind().equals("url")) {
                String id = index.idForUrl(c.normalized());
                if (id != null) {
                    r = new Citation("message", c.start(), c.end(), c.text(), c.normalized(), c.link(), id, c.topics(),
                            c.confidence(), List.of("archive URL of a message in the batch"), c.inQuote(), c.speaker());
                }
            }
            if (r != c) {
                if (out == null) out = new ArrayList<>(citations);
                out.set(i, r);
            }
        }
        return out == null ? citations : out;
    }
}
