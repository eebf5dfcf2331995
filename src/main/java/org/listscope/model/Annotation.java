package org.listscope.model;

import java.util.List;

/**
 * Something found in a message body: a cited reference or a policy claim. Every annotation keeps
 * its exact span, so {@code body.substring(start, end).equals(text)}.
 */
public sealed interface Annotation permits Citation, Claim {

    /**
     * Every policy topic an annotation can carry ({@link #topics()}), the annotator's cue-word topics
     * first; {@code topic:} searches these.
     */
    List<String> TOPICS = List.of("lawful-intercept", "data-retention", "legal-process", "privacy", "encryption",
            "export-control", "net-neutrality", "copyright", "patents", "spam", "free-speech", "surveillance",
            "computer-crime", "taxes", "financial-privacy", "national-security", "open-government",
            "telecom-regulation", "arms", "self-incrimination", "federalism", "due-process");

    /** {@code citation} or {@code claim}. */
    String type();

    /** The kind within the type ({@code usc}, {@code rfc}, {@code obligation}, ...). */
    String kind();

    /** First UTF-16 index in the body. */
    int start();

    /** Index after the last char (exclusive). */
    int end();

    /** The annotated text, equal to the body slice. */
    String text();

    /** Policy topics, each one of {@link #TOPICS}. */
    List<String> topics();

    /** 0..1. */
    double confidence();

    /** Whether the span lies in quoted text. */
    boolean inQuote();

    /** Who said it: the poster, or the quoted author for quotes. */
    String speaker();

    /** Checks a span shared by both kinds. */
    static void checkSpan(int start, int end, String text) {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("text does not fit span " + start + ".." + end);
        }
    }
}
