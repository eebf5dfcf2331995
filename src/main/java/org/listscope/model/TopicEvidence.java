package org.listscope.model;

/**
 * Where a message's own text gives it a topic: the span of the first own citation or claim that
 * carries the topic, or of the first own sentence about law or policy that holds the topic's
 * words. Search shows it as the snippet of a hit found by {@code topic:}, and ranks a message found
 * by {@code topic:} by its {@code count}.
 *
 * @param topic one of {@link Annotation#TOPICS}
 * @param start where the span starts in the body (UTF-16)
 * @param end   where it ends, exclusive
 * @param count how many own citations, claims and sentences about law or policy carry the topic, at
 *              least 1 (a message written before counts were kept reads as 1)
 */
public record TopicEvidence(String topic, int start, int end, int count) {

    /** Checks the fields. */
    public TopicEvidence {
        if (!Annotation.TOPICS.contains(topic)) throw new IllegalArgumentException("unknown topic: " + topic);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end + " of topic " + topic);
        if (count < 0) throw new IllegalArgumentException("negative count " + count + " of topic " + topic);
        count = Math.max(1, count); // absent from older JSON, read as 0
    }

    /** The evidence of a topic given once. */
    public TopicEvidence(String topic, int start, int end) {
        this(topic, start, end, 1);
    }

    /** The same span with another count. */
    public TopicEvidence withCount(int newCount) {
        return new TopicEvidence(topic, start, end, newCount);
    }
}
