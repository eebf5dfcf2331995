package org.listscope.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.listscope.model.Annotation;
import org.listscope.model.Claim;
import org.listscope.model.TopicEvidence;

/**
 * The policy topics a message's author discusses: those of the annotations of the own text, and
 * those whose words ({@link Lexicon#TOPICS}) stand in an own sentence that speaks of law or policy,
 * through a legal word ({@link Lexicon#ANCHOR}) or a policy actor ({@link Lexicon#WEAK_ANCHOR}). A
 * question or an argument about a topic counts as much as a claim: "Would the FBI need a warrant
 * to read PGP mail?" discusses legal process and encryption, though it asserts nothing. A topic's
 * word beside no law or actor ("I encrypt my mail with PGP") does not make the topic; but many
 * topic words are legal words or actors themselves ("warrant", "privacy", "the NSA", "tax"), and
 * they make theirs alone. The sentences are those {@link Claims#find} read, as it read them: with
 * an anchor word or a legal citation, lookalikes masked ("Pretty Good Privacy", "warrant" as a
 * verb), standing licence text left out; jokes and program text give no topic either. Each topic
 * comes with the first span that gave it and a count of its own annotations and sentences, which
 * ranks the message for {@code topic:}; a sentence that holds an own claim of a topic adds nothing
 * more to that topic's count, since the claim is that sentence read again.
 */
final class MessageTopics {

    private MessageTopics() {
    }

    /**
     * The topics with their evidence, in {@link Annotation#TOPICS} order.
     *
     * @param sentences   the sentences {@link Claims#find} read, own text and quotes
     * @param own         the own text as stretches ({@link Annotator#stretches})
     * @param annotations the message's annotations
     */
    static List<TopicEvidence> of(List<Claims.Read> sentences, List<int[]> own, List<Annotation> annotations) {
        Map<String, TopicEvidence> first = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Annotation a : annotations) {
            if (!a.inQuote()) {
                for (String t : a.topics()) {
                    keepFirst(first, new TopicEvidence(t, a.start(), a.end()));
                    count.merge(t, 1, Integer::sum);
                }
            }
        }
        for (Claims.Read r : sentences) {
            if (!inside(own, r.start())) continue;
            for (String t : policyTopics(r)) {
                keepFirst(first, new TopicEvidence(t, r.start(), r.end()));
                if (!claimed(annotations, r, t)) count.merge(t, 1, Integer::sum);
            }
        }
        List<TopicEvidence> out = new ArrayList<>(first.size());
        for (String t : Annotation.TOPICS) {
            TopicEvidence e = first.get(t);
            if (e != null) out.add(e.withCount(count.get(t)));
        }
        return out;
    }

    /** Whether an own claim of the topic starts inside the sentence (and so already counted it). */
    private static boolean claimed(List<Annotation> annotations, Claims.Read r, String topic) {
        for (Annotation a : annotations) {
            if (a instanceof Claim && !a.inQuote() && r.start() <= a.start() && a.start() < r.end()
                    && a.topics().contains(topic)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> stretches, int at) {
        for (int[] s : stretches) {
            if (s[0] <= at && at < s[1]) return true;
        }
        return false;
    }

    private static void keepFirst(Map<String, TopicEvidence> first, TopicEvidence e) {
        first.merge(e.topic(), e, (a, b) -> b.start() < a.start() ? b : a);
    }

    /** The topics of a sentence that speaks of law or policy; none for any other. */
    private static List<String> policyTopics(Claims.Read r) {
        SentencePatterns found = r.found();
        List<String> topics = found.topics();
        if (topics.isEmpty() || found.has(SentencePatterns.JOKE)) return List.of();
        if (!found.has(SentencePatterns.ANCHOR) && !found.has(SentencePatterns.WEAK_ANCHOR)) return List.of();
        return Claims.code(r.text()) ? List.of() : topics;
    }
}
