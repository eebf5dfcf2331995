package org.listscope.thread;

import org.listscope.model.LinkMethod;

/**
 * A proposed parent for one message.
 *
 * @param parent     the parent's number in the {@link Corpus}
 * @param how        the evidence
 * @param confidence 0..1
 */
record Link(int parent, LinkMethod how, double confidence) {
}
