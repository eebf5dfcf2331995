package org.listscope.model;

import java.util.List;

/**
 * A policy claim: a sentence or clause asserting what a law, court or policy requires, forbids,
 * allows, is or causes, recommending an action because of it, or predicting a policy outcome.
 *
 * @param kind     one of {@link #KINDS}
 * @param evidence the cues that fired ({@code "can't be subpoenaed"}, a modal verb, a legal term)
 * @param hedged   whether the speaker hedged it ("I think", "IANAL")
 */
public record Claim(String kind, int start, int end, String text, List<String> topics, double confidence,
                    List<String> evidence, boolean hedged, boolean inQuote, String speaker) implements Annotation {

    /** Every kind of claim, in the contract's order; {@code claim:} searches these. */
    public static final List<String> KINDS = List.of("obligation", "prohibition", "permission", "legal-fact",
            "consequence", "recommendation", "prediction");

    public Claim {
        if (kind == null || kind.isBlank()) throw new IllegalArgumentException("claim kind is required");
        Annotation.checkSpan(start, end, text);
        topics = topics == null ? List.of() : List.copyOf(topics);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String type() {
        return "claim";
    }

    /** Returns a copy with who said it. */
    public Claim withSpeaker(boolean quoted, String who) {
        return new Claim(kind, start, end, text, topics, confidence, evidence, hedged, quoted, who);
    }
}
