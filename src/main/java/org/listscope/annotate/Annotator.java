package org.listscope.annotate;

import java.util.List;
import org.listscope.model.Message;

/**
 * Finds citations and claims. PLACEHOLDER until the annotation work lands: annotates nothing.
 */
public final class Annotator {

    /** Messages (threaded, so that quotes can be credited) with {@code annotations} set. */
    public List<Message> annotate(List<Message> messages) {
        return messages;
    }
}
