package org.listscope.model;

/**
 * How a message's parent was found.
 *
 * @param how        the method
 * @param confidence 0..1
 */
public record ParentLink(LinkMethod how, double confidence) {

    /** Checks the fields and rounds the confidence to two decimals, as annotations' are. */
    public ParentLink {
        if (how == null) throw new IllegalArgumentException("link method is null");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
        confidence = Math.round(confidence * 100) / 100.0;
    }
}
