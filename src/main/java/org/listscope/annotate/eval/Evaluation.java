package org.listscope.annotate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Message;

/**
 * Scores the annotator and the baselines on a gold set, with the matching rule of
 * {@link Matching}.
 *
 * @param system     the annotator's scores
 * @param baseline   the baselines' scores (citations from baseline a, claims from baseline b)
 * @param messages   how many gold messages were scored
 * @param missing    gold messages or anchors that could not be found, one line each
 * @param normalized matched citations whose gold names a canonical form: {agreeing, all}
 * @param errors     the annotator's errors, one line each: a gold annotation it missed, one it
 *                   found that the gold lacks, or one it gave another kind; with the text
 * @param calibration how far the annotator's confidences predict which of its annotations the gold has
 */
public record Evaluation(Scores system, Scores baseline, int messages, List<String> missing, int[] normalized,
                         List<String> errors, Calibration calibration) {

    private static final int CONTEXT = 60;
    private static final int MAX_SHOWN = 240;

    /**
     * Runs the evaluation.
     *
     * @param gold     the gold messages
     * @param messages finds a gold message's parsed message (or returns {@code null})
     * @param annotate the system under test: the annotations of a gold message's parsed message
     */
    public static Evaluation run(List<GoldMessage> gold, Function<GoldMessage, Message> messages,
                                 BiFunction<GoldMessage, Message, List<Annotation>> annotate) {
        return runSpans(gold, messages, (g, m) -> {
            List<Span> out = new ArrayList<>();
            for (Annotation a : annotate.apply(g, m)) {
                out.add(new Span(a.type(), a.kind(), a.start(), a.end(), a instanceof Citation c ? c.normalized() : null,
                        a.confidence()));
            }
            return out;
        });
    }

    /**
     * Scores a second reader's annotations of the same messages against the gold, as if they were
     * the system's: inter-annotator agreement. The reader's citations span their anchors; its claims
     * span the sentence around their anchors, as the annotator's claims do.
     *
     * @param gold     the gold messages
     * @param messages finds a gold message's parsed message (or returns {@code null})
     * @param reader   the second reader's annotations of a message, by its gold Message-ID (empty if none)
     */
    public static Evaluation agreement(List<GoldMessage> gold, Function<GoldMessage, Message> messages,
                                       Function<String, List<GoldSpan>> reader) {
        return runSpans(gold, messages, (g, m) -> {
            List<Span> out = new ArrayList<>();
            for (GoldSpan s : reader.apply(g.messageId())) {
                int[] at = Anchors.find(m.body(), s.anchor(), s.occurrence());
                if (at == null) continue;
                if (s.type().equals("claim")) at = Anchors.sentenceAround(m.body(), at);
                out.add(new Span(s.type(), s.kind(), at[0], at[1], s.normalized()));
            }
            return out;
        });
    }

    private static Evaluation runSpans(List<GoldMessage> gold, Function<GoldMessage, Message> messages,
                                       BiFunction<GoldMessage, Message, List<Span>> annotate) {
        Scores system = new Scores();
        Scores baseline = new Scores();
        List<String> missing = new ArrayList<>();
        int[] normalized = new int[2];
        List<String> errors = new ArrayList<>();
        Calibration calibration = new Calibration();
        int scored = 0;
        for (GoldMessage g : gold) {
            Message m = messages.apply(g);
            if (m == null) {
                missing.add(g.source() + " " + g.messageId() + ": message not found");
                continue;
            }
            List<Span> goldSpans = new ArrayList<>();
            for (GoldSpan s : g.annotations()) {
                int[] at = Anchors.find(m.body(), s.anchor(), s.occurrence());
                if (at == null) {
                    missing.add(g.messageId() + ": anchor not found: \"" + s.anchor() + "\"");
                    continue;
                }
                goldSpans.add(new Span(s.type(), s.kind(), at[0], at[1], s.normalized()));
            }
            List<Span> predicted = annotate.apply(g, m);
            String body = m.body();
            int[] agree = Matching.score(goldSpans, predicted, system,
                    (what, span) -> errors.add(error(g.messageId(), what, span, body, !what.equals("extra"))),
                    (span, right) -> calibration.add(span.type(), span.confidence(), right));
            normalized[0] += agree[0];
            normalized[1] += agree[1];
            List<Span> base = new ArrayList<>(Baselines.citations(m.body()));
            base.addAll(Baselines.claims(m.body()));
            Matching.score(goldSpans, base, baseline);
            scored++;
        }
        return new Evaluation(system, baseline, scored, List.copyOf(missing), normalized, List.copyOf(errors), calibration);
    }

    /** One error line: where, what, the label and the text (a gold anchor with the words around it). */
    private static String error(String messageId, String what, Span span, String body, boolean gold) {
        int from = gold ? Math.max(0, span.start() - CONTEXT) : span.start();
        int to = gold ? Math.min(body.length(), span.end() + CONTEXT) : span.end();
        String text = body.substring(from, to).replaceAll("[\\s>]+", " ").strip();
        if (text.length() > MAX_SHOWN) text = text.substring(0, MAX_SHOWN) + "...";
        String anchor = gold ? " [" + body.substring(span.start(), span.end()).replaceAll("[\\s>]+", " ") + "]" : "";
        return messageId + " " + what + " " + span.type() + "/" + span.kind() + anchor + ": " + text;
    }

    /** The results as a Markdown table: per type, then per kind. */
    public String table() {
        return Scores.table(system, baseline, List.of("citation", "claim"));
    }

    /** System precision, recall and F1 per label. */
    public Map<String, double[]> asMap() {
        Map<String, double[]> out = new java.util.TreeMap<>();
        for (String l : system.labels()) {
            out.put(l, new double[] {system.precision(l), system.recall(l), system.f1(l)});
        }
        return out;
    }
}
