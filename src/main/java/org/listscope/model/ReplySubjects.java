package org.listscope.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a subject line says of its message: that it replies ({@code Re:} and its translations, after
 * any list tags) or that it forwards ({@code Fwd}). Threading weighs a subject link by the one, the
 * segmenter reads a header block in the body by both.
 */
public final class ReplySubjects {

    private static final Pattern TAGS = Pattern.compile("\\[[^\\]]{1,40}\\]");
    private static final Pattern REPLY = Pattern.compile("^(?:re|aw|sv|vs|antw|odp|ref)(?:\\[\\d+\\]|\\^\\d+|\\(\\d+\\))?\\s*:.*");
    private static final Pattern FORWARD = Pattern.compile("(?i)\\b(?:fwd?|fw)\\b");

    private ReplySubjects() {
    }

    /** Whether the subject says it is a reply ({@code Re:}, {@code [list] AW:}, {@code Re[2]:}). */
    public static boolean isReply(String subject) {
        if (subject == null) return false;
        String s = TAGS.matcher(subject).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return REPLY.matcher(s).matches();
    }

    /** Whether the subject says it forwards ({@code Fwd:}, {@code (fwd)}, {@code FW:}). */
    public static boolean isForward(String subject) {
        return subject != null && FORWARD.matcher(subject).find();
    }
}
