package org.listscope.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two bodies are one text, as the same message looks in a text archive, on an HTML page and
 * in a stripped rendering: the share of the smaller body's distinct words that the other body also
 * holds. Linear in the body lengths (word sets in hash sets), so it is cheap enough for every pair of
 * candidate duplicates.
 */
final class BodySimilarity {

    /** Words compared per body: enough to tell messages apart, bounded for very long bodies. */
    private static final int MAX_WORDS = 2_000;
    /** The share of words that must be shared. Renderings drop link lines, so not 1. */
    static final double THRESHOLD = 0.6;

    private BodySimilarity() {
    }

    /** Whether the bodies are the same text, allowing for dropped links, footers and markup. */
    static boolean similar(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) return wa.isEmpty() && wb.isEmpty() || Math.max(wa.size(), wb.size()) <= 3;
        return shared(wa, wb) >= THRESHOLD * Math.min(wa.size(), wb.size());
    }

    /**
     * Whether each body holds most of the other's words: one text, where {@link #similar} also
     * accepts a reply that quotes the whole of a shorter message. For copies whose times cannot be
     * compared (a date that was garbage), so that the body alone must tell the message.
     */
    static boolean similarBothWays(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) return wa.isEmpty() && wb.isEmpty();
        return shared(wa, wb) >= THRESHOLD * Math.max(wa.size(), wb.size());
    }

    /** How many words the two sets share. */
    private static int shared(Set<String> wa, Set<String> wb) {
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> large = small == wa ? wb : wa;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) shared++;
        }
        return shared;
    }

    static Set<String> words(String body) {
        Set<String> out = new HashSet<>();
        if (body == null) return out;
        int n = body.length();
        int i = 0;
        while (i < n && out.size() < MAX_WORDS) {
            while (i < n && !Character.isLetterOrDigit(body.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetterOrDigit(body.charAt(i))) i++;
            if (i - start >= 2) out.add(body.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
