package org.listscope.annotate.eval;

import java.util.List;
import org.listscope.model.Annotation;

/**
 * One message of a topic gold set: the policy topics a reader found its author's own words to
 * discuss (quotes, forwards without comment and signatures aside), by
 * docs/annotation-guidelines.md's topic section.
 *
 * @param set       which part of the gold it belongs to ({@code topics-1}, ...), or {@code null}
 * @param source    the archive file, relative to the shared folder ({@code corpus/mbox/...})
 * @param messageId the Message-ID with angle brackets (or, for a source without one, the message's {@code id})
 * @param topics    the topics, each one of {@link Annotation#TOPICS}; empty for none
 */
public record GoldTopics(String set, String source, String messageId, List<String> topics) {

    public GoldTopics {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("gold source is required");
        if (messageId == null || messageId.isBlank()) throw new IllegalArgumentException("gold messageId is required");
        if (topics == null) throw new IllegalArgumentException("gold topics are required (empty for none)");
        for (String t : topics) {
            if (!Annotation.TOPICS.contains(t)) throw new IllegalArgumentException("unknown topic \"" + t + "\"");
        }
        topics = List.copyOf(topics);
    }
}
