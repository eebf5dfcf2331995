package org.listscope.thread;

import java.util.ArrayList;
import java.util.List;
import org.listscope.model.Batch;
import org.listscope.model.Message;

/**
 * Rebuilds reply trees. PLACEHOLDER until the threading work lands: every message is its own root.
 */
public final class Threader {

    private Threader() {
    }

    /**
     * The batch's messages with {@code parentId}, {@code threadId}, {@code parentLink} and quote
     * provenance ({@code quotedId}) set.
     */
    public static List<Message> thread(Batch batch) {
        List<Message> out = new ArrayList<>();
        for (Message m : batch.messages()) {
            out.add(m.withThread(null, m.id(), null));
        }
        return out;
    }
}
