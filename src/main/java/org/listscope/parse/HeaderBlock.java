package org.listscope.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header block at the start of a plain-text record (pipermail {@code .txt}): header lines up to
 * the first blank line, continuation lines unfolded. Values are decoded as UTF-8 where valid, else
 * windows-1252; RFC 2047 words are left for {@link HeaderValues}.
 */
final class HeaderBlock {

    private final Map<String, String> values;
    private final int bodyStart;
    private final List<String> warnings;

    private HeaderBlock(Map<String, String> values, int bodyStart, List<String> warnings) {
        this.values = values;
        this.bodyStart = bodyStart;
        this.warnings = warnings;
    }

    /** Reads the headers of {@code bytes[0..len)}. The first value of a repeated header wins. */
    static HeaderBlock read(byte[] bytes, int len) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        int pos = 0;
        String name = null;
        StringBuilder value = new StringBuilder();
        while (pos < len) {
            int end = pos;
            while (end < len && bytes[end] != '\n') end++;
            int lineEnd = end > pos && bytes[end - 1] == '\r' ? end - 1 : end;
            int next = Math.min(end + 1, len);
            if (lineEnd == pos) { // blank line: headers end
                pos = next;
                break;
            }
            Charsets.Decoded d = Charsets.guess(bytes, pos, lineEnd - pos);
            if (d.warning() != null && warnings.isEmpty()) warnings.add("header " + d.warning());
            String line = d.text();
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.strip());
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                    break; // not a header: the body starts here (no blank line after headers)
                }
                if (name != null) values.putIfAbsent(name, value.toString().strip());
                name = line.substring(0, colon).toLowerCase(Locale.ROOT);
                value.setLength(0);
                value.append(line, colon + 1, line.length());
            }
            pos = next;
        }
        if (name != null) values.putIfAbsent(name, value.toString().strip());
        return new HeaderBlock(values, pos, warnings);
    }

    /** A header's value, or {@code null}. */
    String get(String name) {
        return values.get(name.toLowerCase(Locale.ROOT));
    }

    /** The header names, lower case, in order. */
    java.util.Set<String> names() {
        return values.keySet();
    }

    /** Where the body starts in the record's bytes. */
    int bodyStart() {
        return bodyStart;
    }

    /** What was odd about the header bytes. */
    List<String> warnings() {
        return warnings;
    }
}
