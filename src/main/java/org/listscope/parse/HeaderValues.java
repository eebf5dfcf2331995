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

    private HeaderValues() {
    }

    /** A header value with RFC 2047 encoded words decoded and whitespace runs collapsed. */
    static String decode(String value) {
        if (value == null) return null;
        String v = value.contains("=?") ? DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT) : value;
        return (hasBreak(v) ? BREAKS.matcher(v).replaceAll(" ") : v).strip();
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
