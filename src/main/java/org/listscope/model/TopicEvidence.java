package org.listscope.model;

/**
 * Where a message's own text gives it a topic: the span of the first own citation or claim that
 * carries the topic, or of the first own sentence about law or policy that holds the topic's
 * words. Search shows it as the snippet of a hit found by {@code topic:}.
 *
 * @param topic one of {@link Annotation#TOPICS}
 * @param start where the span starts in the body (UTF-16)
 * @param end   where it ends, exclusive
 */
public record TopicEvidence(String topic, int start, int end) {

    /** Checks the fields. */
    public TopicEvidence {
        if (!Annotation.TOPICS.contains(topic)) throw new IllegalArgumentException("unknown topic: " + topic);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end + " of topic " + topic);
    }
}
