package org.listscope.parse;

import java.util.Collection;
import java.util.Map;
import org.listscope.model.Message;

/**
 * Copies of one message read at different times: what parsing merges within one batch
 * ({@link DuplicateMerger}: Message-ID, else subject and time, author and body), asked of messages
 * already indexed. The index uses it so that a message first read from a page's rendering (an id
 * derived from the archive) and later from the month's {@code .txt.gz} (its Message-ID) stays one
 * message, as one run over both inputs makes it.
 */
public final class Duplicates {

    private Duplicates() {
    }

    /**
     * The messages of {@code fresh} that are copies of messages of {@code held} under another id:
     * fresh id -> held id. Each held message answers for one fresh message at most.
     */
    public static Map<String, String> copiesOf(Collection<Message> held, Collection<Message> fresh) {
        return DuplicateMerger.copiesOf(held, fresh);
    }

    /**
     * {@code fresh} under an id of its own where {@code held}, indexed under the same id, its
     * Message-ID, is another message reusing that Message-ID (an archiver's placeholder id), as one
     * batch holding both keeps them apart; else {@code fresh} itself.
     */
    public static Message apart(Message held, Message fresh) {
        return DuplicateMerger.apart(held, fresh);
    }
}
