package org.listscope.annotate.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.listscope.model.Message;

/**
 * Scores the topics a search facet gives each message ({@code topic:}: the message's
 * {@link Message#topics()}, those of its author's own text) against a reader's topics of the same messages, per
 * message and topic; beside a baseline that gives a message every topic whose cue words stand
 * anywhere in its own text.
 *
 * @param system   the annotator's scores: label {@code topic} over all topics, {@code topic/NAME} per topic
 * @param baseline the cue-word baseline's scores, same labels
 * @param messages how many gold messages were scored
 * @param missing  gold messages that could not be found, one line each
 * @param errors   the annotator's errors, one line each: a topic missed or given wrongly
 */
public record TopicEvaluation(Scores system, Scores baseline, int messages, List<String> missing, List<String> errors) {

    /**
     * Runs the evaluation.
     *
     * @param gold     the gold messages
     * @param messages finds a gold message's parsed message (or returns {@code null})
     * @param annotate the system under test: a gold message's parsed message, annotated (its {@link Message#topics()})
     * @param cueWords the baseline: the topics whose cue words stand in a text
     */
    public static TopicEvaluation run(List<GoldTopics> gold, Function<GoldTopics, Message> messages,
                                      BiFunction<GoldTopics, Message, Message> annotate,
                                      Function<String, List<String>> cueWords) {
        return score(gold, messages, (g, m) -> new TreeSet<>(annotate.apply(g, m).topics()), cueWords);
    }

    /**
     * Scores a second reader's topics of the same messages against the gold, as if they were the
     * system's: how far two readers agree.
     *
     * @param reader the second reader's topics of a message, by its gold Message-ID (empty if none)
     */
    public static TopicEvaluation agreement(List<GoldTopics> gold, Function<GoldTopics, Message> messages,
                                            Function<String, List<String>> reader, Function<String, List<String>> cueWords) {
        return score(gold, messages, (g, m) -> new TreeSet<>(reader.apply(g.messageId())), cueWords);
    }

    private static TopicEvaluation score(List<GoldTopics> gold, Function<GoldTopics, Message> messages,
                                         BiFunction<GoldTopics, Message, Set<String>> topics,
                                         Function<String, List<String>> cueWords) {
        Scores system = new Scores();
        Scores baseline = new Scores();
        List<String> missing = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int scored = 0;
        for (GoldTopics g : gold) {
            Message m = messages.apply(g);
            if (m == null) {
                missing.add(g.source() + " " + g.messageId() + ": message not found");
                continue;
            }
            Set<String> want = new TreeSet<>(g.topics());
            count(want, topics.apply(g, m), system, g.messageId(), errors);
            count(want, new TreeSet<>(cueWords.apply(m.ownText())), baseline, null, null);
            scored++;
        }
        return new TopicEvaluation(system, baseline, scored, List.copyOf(missing), List.copyOf(errors));
    }

    /** Counts one message's topics, each once for {@code topic} and once for its own label; an error line per disagreement. */
    private static void count(Set<String> want, Set<String> found, Scores s, String id, List<String> errors) {
        Set<String> all = new LinkedHashSet<>(want);
        all.addAll(found);
        for (String t : all) {
            boolean w = want.contains(t);
            boolean f = found.contains(t);
            for (String label : List.of("topic", "topic/" + t)) {
                if (w && f) s.truePositive(label);
                else if (f) s.falsePositive(label);
                else s.falseNegative(label);
            }
            if (errors != null && w != f) errors.add(id + (w ? " missed topic " : " extra topic ") + t);
        }
    }

    /** The results as a Markdown table: all topics, then per topic. */
    public String table() {
        return Scores.table(system, baseline, List.of("topic"));
    }

}
