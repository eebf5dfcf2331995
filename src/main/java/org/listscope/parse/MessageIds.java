package org.listscope.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The contract's stable {@code id}: the Message-ID where known, else list + archive location, else
 * a hash of author, date, subject and body. The same input gives the same id on every run.
 */
public final class MessageIds {

    /**
     * The longest Message-ID taken, angle brackets included, in UTF-8 bytes: what one index term
     * holds (Lucene's limit), since a Message-ID is a message's id and its replies' reference. Real
     * archives hold ids longer than RFC 5322's 998-character line (a test message of the IETF's
     * mail archive has one of 1,011 characters); one of 32 KB is garbage.
     */
    static final int MAX_BYTES = 32_766;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BLANK_AROUND = Pattern.compile("\\s*([@.])\\s*");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private MessageIds() {
    }

    private static boolean hasBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) return true;
        }
        return false;
    }

    /**
     * A Message-ID in canonical form: trimmed, one pair of angle brackets; {@code null} for blank
     * or obviously broken values, and for one longer than {@link #MAX_BYTES}.
     */
    public static String canonical(String messageId) {
        if (messageId == null) return null;
        String s = messageId.strip();
        if (s.startsWith("<")) s = s.substring(1);
        if (s.endsWith(">")) s = s.substring(0, s.length() - 1);
        if (s.length() > MAX_BYTES) return null; // before the patterns below: a character is a byte or more
        // obsolete syntax allows blanks around '@' and '.' (<9211202300.AA10992@ casa-next1.Stanford.EDU >)
        s = s.strip();
        boolean blank = hasBlank(s);
        if (blank) s = BLANK_AROUND.matcher(s).replaceAll("$1");
        boolean quoted = s.indexOf('"') >= 0;
        String unquoted = quoted ? QUOTED.matcher(s).replaceAll("") : s;
        // without blanks or quotes, the unquoted text is the stripped text, known to hold none
        if (s.isEmpty() || ((blank || quoted) && hasBlank(unquoted)) || s.indexOf('<') >= 0 || s.indexOf('>') >= 0) return null;
        String id = "<" + s + ">";
        // at most three bytes a char: counted only when it may be too long
        return id.length() <= MAX_BYTES / 3 || id.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES ? id : null;
    }

    /** The id of a message with a known Message-ID: the canonical Message-ID itself. */
    public static String fromMessageId(String messageId) {
        return canonical(messageId);
    }

    /** The id of an archived message without Message-ID: {@code list/month/number}. */
    public static String fromArchive(String list, String month, String number) {
        return (list == null ? "unknown" : list.toLowerCase(Locale.ROOT)) + "/" + month + "/" + number;
    }

    /** The id of a message: its Message-ID where it has one, else {@link #fromContent}. */
    public static String of(String messageId, String authorKey, Instant date, String subject, String body) {
        return messageId != null ? messageId : fromContent(authorKey, date, subject, body);
    }

    /** The id of a message known by content only: a hash of author, date, subject and body. */
    public static String fromContent(String authorKey, Instant date, String subject, String body) {
        String basis = (authorKey == null ? "" : authorKey) + '\u0000' + (date == null ? "" : date.toString())
                + '\u0000' + normalize(subject) + '\u0000' + normalize(body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalize(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
