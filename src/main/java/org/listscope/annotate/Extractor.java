package org.listscope.annotate;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * One citation kind's finder: a cheap prefilter, a pattern, and a constructor that turns a match
 * into a citation (or rejects it). Adding a citation kind means adding one of these to
 * {@link Extractors#ALL}.
 *
 * @param name     a short name, kept as evidence on what it finds
 * @param triggers lower-case substrings of which at least one must occur before the pattern runs
 *                 (empty: always run); a space in one stands for any white space, a line break too
 * @param pattern  the pattern, run on the cleaned text
 * @param starts   the characters a match can start with (the pattern is tried only there)
 * @param build    makes the citation, or returns {@code null} to reject the match
 */
record Extractor(String name, List<String> triggers, Pattern pattern, Scan starts, Build build) {

    Extractor {
        if (name == null || pattern == null || starts == null || build == null) throw new IllegalArgumentException("incomplete extractor");
        triggers = List.copyOf(triggers);
        starts = starts.refine(pattern);
    }

    /** Turns one match into a citation. */
    @FunctionalInterface
    interface Build {
        /** The citation for {@code m} in {@code text}, or {@code null} when the match is not one. */
        Citation build(MatchResult m, Text text, String name);
    }
}
