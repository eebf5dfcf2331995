package org.listscope.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a subject line says of its message: that it replies ({@code Re:} and its translations, after
 * any list tags) or that it forwards ({@code Fwd}), and its {@link #key} without either. Threading weighs a subject link by the one, the
 * segmenter reads a header block in the body by both.
 */
public final class ReplySubjects {

    private static final Pattern TAGS = Pattern.compile("\\[[^\\]]{1,40}\\]");
    private static final Pattern REPLY = Pattern.compile("^(?:re|aw|sv|vs|antw|odp|ref)(?:\\[\\d+\\]|\\^\\d+|\\(\\d+\\))?\\s*:.*");
    private static final Pattern FORWARD = Pattern.compile("(?i)\\b(?:fwd?|fw)\\b");
    private static final Pattern PREFIXES =
            Pattern.compile("^(\\s*(re|fw|fwd|aw|sv|antw)\\s*(\\[\\d+\\])?\\s*:|\\s*\\[[^\\]]{1,40}\\])+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReplySubjects() {
    }

    /** Whether the subject says it is a reply ({@code Re:}, {@code [list] AW:}, {@code Re[2]:}). */
    public static boolean isReply(String subject) {
        if (subject == null) return false;
        String s = TAGS.matcher(subject).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return REPLY.matcher(s).matches();
    }

    /**
     * The subject without list tags and reply prefixes ({@code Re: [Twisted-Python] }), lower case,
     * spaces collapsed: the key under which the messages of one subject meet.
     */
    public static String key(String subject) {
        if (subject == null) return "";
        String s = PREFIXES.matcher(subject).replaceFirst("");
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the subject says it forwards ({@code Fwd:}, {@code (fwd)}, {@code FW:}). */
    public static boolean isForward(String subject) {
        return subject != null && FORWARD.matcher(subject).find();
    }
}
