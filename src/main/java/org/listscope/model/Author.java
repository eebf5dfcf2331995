package org.listscope.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who wrote a message.
 *
 * @param name    the display name, or {@code null} when the source shows only an address
 * @param address a complete e-mail address ({@code smb@cs.columbia.edu}), or {@code null} where the
 *                source hid or cut it (then {@code shown} keeps what was visible)
 * @param shown   the author exactly as the source showed it ({@code "Steven M. Bellovin smb at"})
 * @param key     a stable key shared by every message of one person
 */
public record Author(String name, String address, String shown, String key) {
    /** A relay's note after a name: {@code ) (by way of ADDRESS (NAME)}. */
    private static final Pattern RELAY_NOTE = Pattern.compile("\\)?\\s*\\(by way of .*$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The address Mailman's archiver writes for a message it kept without a sender. Such an entry is
     * often a piece of another message, filed under a date Mailman made up.
     */
    public static final String MAILMAN_PLACEHOLDER = "bogus@does.not.exist.com";

    public Author {
        shown = shown == null ? "" : shown;
        if (key == null || key.isBlank()) {
            key = defaultKey(name, address, shown);
        }
    }

    /** An author whose key is derived from the address, else the name. */
    public static Author of(String name, String address, String shown) {
        return new Author(name, address, shown, null);
    }

    /**
     * How the author is named as the speaker of what their own text says (an annotation's
     * {@code speaker}): the name, else the header as shown, else the address.
     */
    public String speakerName() {
        if (name != null && !name.isBlank()) return name;
        if (shown != null && !shown.isBlank()) return shown;
        return address;
    }

    /** Returns a copy with another person key (after people were merged). */
    public Author withKey(String newKey) {
        return new Author(name, address, shown, newKey);
    }

    /**
     * How a report names the author: the name, else the address, else what the source showed, else
     * the key (the export formats' and {@code show}'s labels).
     */
    public String label() {
        if (name != null && !name.isBlank()) return name;
        if (address != null) return address;
        return shown.isBlank() ? key : shown;
    }

    /**
     * Whether {@code who} (a name or an address as an attribution line gives it) names this author:
     * their name or their address, compared by ASCII letters and digits alone, so that spacing,
     * punctuation, case, a wrap's split ({@code Timo thy C. May}) and an accented letter the archive
     * lost ({@code Thomas Herv?} for {@code Thomas Herv\u00e9}) do not matter.
     */
    public boolean isNamedBy(String who) {
        String w = asciiLetters(who);
        return !w.isEmpty() && (w.equals(asciiLetters(name)) || w.equals(asciiLetters(address)));
    }

    /**
     * {@code name} without a relay's note after it, as a header's display name carried it and a
     * reply's attribution copies it: {@code Christoph Pagalies) (by way of habs@cmyk.warwick.com
     * (Harry Shapiro)} is {@code Christoph Pagalies}; the relay's address names the relay, not the
     * author.
     */
    public static String withoutRelayNote(String name) {
        if (name == null || !name.contains("(by way of ")) return name;
        return RELAY_NOTE.matcher(name).replaceFirst("").strip();
    }

    private static String asciiLetters(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** The key an author gets before people are merged: lower-case address, else normalised name. */
    public static String defaultKey(String name, String address, String shown) {
        if (address != null && !address.isBlank()) {
            return address.trim().toLowerCase(Locale.ROOT);
        }
        String basis = name != null && !name.isBlank() ? name : shown;
        String norm = basis == null ? "" : NOT_WORD.matcher(basis.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return norm.isEmpty() ? "unknown" : "name:" + norm;
    }
}
