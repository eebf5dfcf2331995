package org.listscope.thread;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Subjects reduced to what a thread shares: no list tags, reply or forward markers, case or spacing. */
final class Subjects {

    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^(?:\\s*(?:\\[[^\\]]{1,40}\\]|(?:re|aw|sv|vs|antw|odp|ref|fwd?|tr|wg)(?:\\[\\d+\\]|\\^\\d+|\\(\\d+\\))?\\s*:))+");
    private static final Pattern FWD_SUFFIX = Pattern.compile("(?i)\\s*\\((?:fwd|fw)\\)\\s*$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** {@code New topic (was: Re: old topic)}, {@code New topic WAS Re: old topic}, {@code [was: old topic]}. */
    private static final Pattern FORMER = Pattern.compile("(?i)(?:^|[\\s(\\[])was(?:\\s*:|\\s+re\\s*:)\\s*(.+?)\\s*[)\\]]?\\s*$");

    /**
     * Normalised subjects that say nothing: mail programs fill them in for a message sent without
     * one, so messages sharing them share no topic.
     */
    private static final Set<String> PLACEHOLDERS = Set.of("nosubject", "nosubj", "none", "untitled", "notitle",
            "subject", "blank", "empty");

    /**
     * Normalised subjects of requests sent to the list instead of its robot ({@code subscribe},
     * {@code unsubscribe me}, {@code help}): many posters send the same one, and none answers another.
     */
    private static final Set<String> REQUESTS = Set.of("subscribe", "unsubscribe", "unsubscribeme", "subscribeme", "signoff",
            "remove", "removeme", "pleaseremoveme", "pleaseunsubscribeme", "help", "test", "testing", "testmessage");

    private Subjects() {
    }

    /** Whether a normalised subject is a request to the list's robot ({@link #REQUESTS}). */
    static boolean request(String normalized) {
        return REQUESTS.contains(normalized);
    }

    /**
     * The subject without prefixes, lower case, with nothing but letters and digits: folded header
     * lines put spaces and tabs inside words ({@code "... and th\te GIL"}), so spacing and
     * punctuation are not compared at all. Empty for none, and for a placeholder such as
     * {@code (no subject)}.
     */
    static String normalize(String subject) {
        if (subject == null) return "";
        String s = SPACES.matcher(subject).replaceAll(" ");
        s = PREFIX.matcher(s).replaceFirst("");
        s = FWD_SUFFIX.matcher(s).replaceFirst("");
        String key = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return PLACEHOLDERS.contains(key) ? "" : key;
    }

    /**
     * The subject's three forms as threading compares them: {@link #normalize}d; without the topic
     * it says it was ({@code new topic} from {@code Re: New topic (was: Re: old topic)}); and that
     * topic, empty when it names none. Each is normalised.
     */
    static String[] forms(String subject) {
        String whole = normalize(subject);
        if (subject == null) return new String[] {whole, whole, ""};
        String s = SPACES.matcher(subject).replaceAll(" ");
        Matcher m = FORMER.matcher(s);
        if (!m.find()) return new String[] {whole, whole, ""};
        return new String[] {whole, normalize(s.substring(0, m.start())), normalize(m.group(1))};
    }
}
