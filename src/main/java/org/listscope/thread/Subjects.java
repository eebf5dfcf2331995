package org.listscope.thread;

import java.util.Locale;
import java.util.regex.Pattern;

/** Subjects reduced to what a thread shares: no list tags, reply or forward markers, case or spacing. */
final class Subjects {

    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^(?:\\s*(?:\\[[^\\]]{1,40}\\]|(?:re|aw|sv|vs|antw|odp|ref|fwd?|tr|wg)(?:\\[\\d+\\]|\\^\\d+|\\(\\d+\\))?\\s*:))+");
    private static final Pattern FWD_SUFFIX = Pattern.compile("(?i)\\s*\\((?:fwd|fw)\\)\\s*$");

    private Subjects() {
    }

    /**
     * The subject without prefixes, lower case, with nothing but letters and digits: folded header
     * lines put spaces and tabs inside words ({@code "... and th\te GIL"}), so spacing and
     * punctuation are not compared at all. Empty for none.
     */
    static String normalize(String subject) {
        if (subject == null) return "";
        String s = subject.replaceAll("\\s+", " ");
        s = PREFIX.matcher(s).replaceFirst("");
        s = FWD_SUFFIX.matcher(s).replaceFirst("");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Whether the subject says it is a reply ({@code Re:} and its translations). */
    static boolean isReply(String subject) {
        if (subject == null) return false;
        String s = subject.replaceAll("\\[[^\\]]{1,40}\\]", " ").strip().toLowerCase(Locale.ROOT);
        return s.matches("^(?:re|aw|sv|vs|antw|odp|ref)(?:\\[\\d+\\]|\\^\\d+|\\(\\d+\\))?\\s*:.*");
    }
}
