package org.listscope.model;

import java.util.List;

/**
 * A cited reference: a statute, bill, case, regulation, docket, RFC, URL, another message, or a
 * pointer whose target was lost.
 *
 * @param kind       one of {@link #KINDS}
 * @param normalized the canonical form ({@code 47 U.S.C. § 1001}), or {@code null} for a pointer
 * @param link       a canonical URL where one exists, else {@code null}
 * @param target     for {@code message} citations: the {@code id} of the cited message when it is known
 * @param evidence   what matched (the extractor or short-form rule), for checking by a human
 */
public record Citation(String kind, int start, int end, String text, String normalized, String link,
                       String target, List<String> topics, double confidence, List<String> evidence,
                       boolean inQuote, String speaker) implements Annotation {

    /** Every kind of citation, in the contract's order; {@code citekind:} searches these. */
    public static final List<String> KINDS = List.of("usc", "cfr", "public-law", "bill", "case", "fed-reg", "fcc",
            "executive-order", "fips", "standard", "eu-law", "act", "court-rule", "rfc", "internet-draft", "url", "message", "pointer");

    public Citation {
        if (kind == null || kind.isBlank()) throw new IllegalArgumentException("citation kind is required");
        Annotation.checkSpan(start, end, text);
        topics = topics == null ? List.of() : List.copyOf(topics);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String type() {
        return "citation";
    }

    /** Returns a copy with who said it. */
    public Citation withSpeaker(boolean quoted, String who) {
        return new Citation(kind, start, end, text, normalized, link, target, topics, confidence, evidence, quoted, who);
    }

    /** Returns a copy pointing at a resolved message id. */
    public Citation withTarget(String messageId) {
        return new Citation(kind, start, end, text, normalized, link, messageId, topics, confidence, evidence, inQuote, speaker);
    }
}
