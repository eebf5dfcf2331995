package org.listscope.annotate.eval;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The matching rule of docs/annotation-guidelines.md: a prediction matches a gold annotation of
 * the same type when their spans overlap; one to one, greedily in body order. For per-kind scores
 * the kinds must be equal too.
 */
final class Matching {

    private Matching() {
    }

    /** Adds one message's counts to {@code scores}; returns how many matched citations agree on {@code normalized}. */
    static int[] score(List<Span> gold, List<Span> predicted, Scores scores) {
        return score(gold, predicted, scores, (what, span) -> { }, (span, right) -> { });
    }

    /**
     * As {@link #score(List, List, Scores)}, also telling {@code errors} of every gold span no
     * prediction overlaps ({@code "missed"}), every prediction that overlaps no gold span
     * ({@code "extra"}), and every gold span matched by a prediction of another kind
     * ({@code "kind <predicted kind>"}); and telling {@code judged} of every prediction whether it
     * matched a gold span of its type (right) or not.
     */
    static int[] score(List<Span> gold, List<Span> predicted, Scores scores, BiConsumer<String, Span> errors,
                       BiConsumer<Span, Boolean> judged) {
        int[] normalizedAgreement = new int[2];
        for (String type : List.of("citation", "claim")) {
            List<Span> g = gold.stream().filter(s -> s.type().equals(type)).toList();
            List<Span> p = predicted.stream().filter(s -> s.type().equals(type)).toList();
            // per type
            boolean[] gUsed = new boolean[g.size()];
            boolean[] pUsed = new boolean[p.size()];
            String[] matchedKind = new String[g.size()];
            for (int i = 0; i < p.size(); i++) {
                for (int j = 0; j < g.size(); j++) {
                    if (!gUsed[j] && p.get(i).overlaps(g.get(j))) {
                        gUsed[j] = true;
                        pUsed[i] = true;
                        matchedKind[j] = p.get(i).kind();
                        scores.truePositive(type);
                        if (type.equals("citation") && g.get(j).normalized() != null) {
                            normalizedAgreement[1]++;
                            if (g.get(j).normalized().equals(p.get(i).normalized())) normalizedAgreement[0]++;
                        }
                        break;
                    }
                }
            }
            for (int i = 0; i < p.size(); i++) {
                judged.accept(p.get(i), pUsed[i]);
                if (!pUsed[i]) {
                    scores.falsePositive(type);
                    errors.accept("extra", p.get(i));
                }
            }
            for (int j = 0; j < g.size(); j++) {
                if (!gUsed[j]) {
                    scores.falseNegative(type);
                    errors.accept("missed", g.get(j));
                }
            }
            // per kind
            boolean[] gk = new boolean[g.size()];
            boolean[] pk = new boolean[p.size()];
            for (int i = 0; i < p.size(); i++) {
                for (int j = 0; j < g.size(); j++) {
                    if (!gk[j] && p.get(i).kind().equals(g.get(j).kind()) && p.get(i).overlaps(g.get(j))) {
                        gk[j] = true;
                        pk[i] = true;
                        scores.truePositive(type + "/" + p.get(i).kind());
                        break;
                    }
                }
            }
            for (int i = 0; i < p.size(); i++) if (!pk[i]) scores.falsePositive(type + "/" + p.get(i).kind());
            for (int j = 0; j < g.size(); j++) {
                if (gk[j]) continue;
                scores.falseNegative(type + "/" + g.get(j).kind());
                if (gUsed[j]) errors.accept("kind " + matchedKind[j], g.get(j));
            }
        }
        return normalizedAgreement;
    }
}
