package org.listscope.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.listscope.model.Annotation;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.TopicEvidence;

/**
 * The policy topics a message's author discusses: those of the annotations of the own text, and
 * those whose words ({@link Lexicon#TOPICS}) stand in an own sentence that speaks of law or policy
 * (a legal word, {@link Lexicon#ANCHOR}, or a policy actor, {@link Lexicon#WEAK_ANCHOR}). A
 * question or an argument about a topic counts as much as a claim: "Would the FBI need a warrant
 * to read PGP mail?" discusses legal process and encryption, though it asserts nothing. A topic's
 * word beside no law or actor ("I encrypt my mail with PGP") does not make the topic. Each topic
 * comes with the first span that gave it.
 */
final class MessageTopics {

    private MessageTopics() {
    }

    /**
     * The topics with their evidence, in {@link Annotation#TOPICS} order.
     *
     * @param text        the message's text
     * @param segments    its segments
     * @param words       where words that may anchor a claim start ({@link Words#anchors}), ascending
     * @param annotations its annotations
     */
    static List<TopicEvidence> of(Text text, List<Segment> segments, int[] words, List<Annotation> annotations) {
        Map<String, TopicEvidence> first = new HashMap<>();
        for (Annotation a : annotations) {
            if (!a.inQuote()) {
                for (String t : a.topics()) keepFirst(first, new TopicEvidence(t, a.start(), a.end()));
            }
        }
        if (words.length > 0) {
            for (int[] own : ownStretches(segments)) {
                if (!Claims.contains(words, words.length, own[0], own[1])) continue;
                for (int[] sentence : Sentences.split(text.body(), text.clean(), own[0], own[1])) {
                    if (!Claims.contains(words, words.length, sentence[0], sentence[1])) continue;
                    for (String t : policyTopics(text, sentence)) keepFirst(first, new TopicEvidence(t, sentence[0], sentence[1]));
                }
            }
        }
        List<TopicEvidence> out = new ArrayList<>(first.size());
        for (String t : Annotation.TOPICS) {
            TopicEvidence e = first.get(t);
            if (e != null) out.add(e);
        }
        return out;
    }

    private static void keepFirst(Map<String, TopicEvidence> first, TopicEvidence e) {
        first.merge(e.topic(), e, (a, b) -> b.start() < a.start() ? b : a);
    }

    /** The topics of a sentence that speaks of law or policy; none for any other. */
    private static List<String> policyTopics(Text text, int[] sentence) {
        String s = text.clean().substring(sentence[0], sentence[1]);
        List<String> topics = Lexicon.topicsOf(s);
        if (topics.isEmpty()) return topics;
        return Lexicon.ANCHOR.matcher(s).find() || Lexicon.WEAK_ANCHOR.matcher(s).find() ? topics : List.of();
    }

    /** The own text as stretches: neighbouring {@code text} segments joined, so a sentence may run over their line breaks. */
    private static List<int[]> ownStretches(List<Segment> segments) {
        List<int[]> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.kind() != SegmentKind.TEXT) continue;
            if (!out.isEmpty() && out.get(out.size() - 1)[1] == s.start()) out.get(out.size() - 1)[1] = s.end();
            else out.add(new int[] {s.start(), s.end()});
        }
        return out;
    }
}
