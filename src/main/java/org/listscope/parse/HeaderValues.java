package org.listscope.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/** Reads header values: RFC 2047 encoded words, and Message-ID lists. */
final class HeaderValues {

    private static final Pattern ANGLED = Pattern.compile("<([^<>]+)>");
    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\t]+");
    private static final Pattern BARE_ID = Pattern.compile("^[^\\s<>@]+@[^\\s<>@]+$");
    /** A run of RFC 2047 encoded words, separated by white space alone. */
    private static final Pattern ENCODED_RUN =
            Pattern.compile("=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?=(?:\\s+=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?=)*");

    private HeaderValues() {
    }

    /**
     * A header value with RFC 2047 encoded words decoded, line breaks and tabs made spaces, and the
     * other C0 control characters left out ({@link #withoutControls}).
     */
    static String decode(String value) {
        if (value == null) return null;
        String v = value.contains("=?") ? DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT) : value;
        return withoutControls(hasBreak(v) ? BREAKS.matcher(v).replaceAll(" ") : v).strip();
    }

    /**
     * An address header's value decoded as {@link #decode} does, except that an encoded word in a
     * phrase (outside quoted strings and comments) whose text holds a bracket, an angle bracket, a
     * quote or a backslash becomes a quoted string: RFC 2047 makes the encoded word one word of the
     * display name, so {@code =?UTF-8?B?...?= <a@b>} for {@code Keith Cheung (張國良)} keeps its
     * {@code (張國良)}, which decoded bare would read as a comment.
     */
    static String decodeAddress(String value) {
        if (value == null || !value.contains("=?")) return decode(value);
        Matcher m = ENCODED_RUN.matcher(value);
        StringBuilder out = null;
        int done = 0;
        while (m.find()) {
            if (Addresses.outsideQuotesAndComments(value, m.start(), i -> false) != m.start()) continue; // in a quote or comment
            String text = DecoderUtil.decodeEncodedWords(m.group(), DecodeMonitor.SILENT);
            if (text.chars().noneMatch(c -> c == '(' || c == ')' || c == '<' || c == '>' || c == '"' || c == '\\')) continue;
            if (out == null) out = new StringBuilder(value.length() + 8);
            out.append(value, done, m.start()).append('"')
                    .append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            done = m.end();
        }
        return out == null ? decode(value) : decode(out.append(value, done, value.length()).toString());
    }

    /**
     * The value without C0 control characters other than tab, CR and LF (which XML 1.0 cannot hold and
     * no reader sees): a run of them between two non-blank characters becomes one space, as the
     * U+001C some 1993 mailers wrote between two values ({@code (Timothy C. May)^\denning@...}) or a
     * typist's backspaces stand for a break; elsewhere it goes.
     */
    static String withoutControls(String v) {
        StringBuilder out = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!isControl(c)) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(v.length()).append(v, 0, i);
            int end = i;
            while (end < v.length() && isControl(v.charAt(end))) end++;
            if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                    && end < v.length() && !Character.isWhitespace(v.charAt(end))) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? v : out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\r' && c != '\n';
    }

    private static boolean hasBreak(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') return true;
        }
        return false;
    }

    /** The Message-IDs in a header value ({@code <a@b> <c@d>}, or one bare {@code a@b}), canonical, in order. */
    static List<String> messageIds(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null || value.isBlank()) return ids;
        Matcher m = ANGLED.matcher(value);
        while (m.find()) {
            String id = MessageIds.canonical(m.group(1));
            if (id != null && !ids.contains(id)) ids.add(id);
        }
        if (ids.isEmpty() && BARE_ID.matcher(value.strip()).matches()) {
            ids.add(MessageIds.canonical(value.strip()));
        }
        return ids;
    }

    /** The first Message-ID in a value, or {@code null}. */
    static String messageId(String value) {
        List<String> ids = messageIds(value);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
