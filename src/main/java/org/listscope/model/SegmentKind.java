package org.listscope.model;

import java.util.Locale;

/** What a stretch of a message body is. */
public enum SegmentKind {
    /** The author's own words. */
    TEXT,
    /** Text quoted from an earlier message ({@code > ...}). */
    QUOTE,
    /** A line introducing a quote ({@code On ..., X wrote:}, an Outlook header block). */
    ATTRIBUTION,
    /** The author's signature. */
    SIGNATURE,
    /** A list footer added by the list software. */
    FOOTER;

    /** The contract's lower-case name. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a contract name ({@code "quote"}). */
    public static SegmentKind fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
