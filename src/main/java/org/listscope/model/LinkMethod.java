package org.listscope.model;

import java.util.Locale;

/** How a message's parent was found, strongest evidence first. */
public enum LinkMethod {
    /** In-Reply-To or References headers (or page links carrying them). */
    HEADER,
    /** Pipermail's own thread index ({@code thread.html}). */
    INDEX,
    /** The attribution line names the parent's author and date. */
    ATTRIBUTION,
    /** Quoted text matches the parent's own text. */
    QUOTE,
    /** Normalised subject and time order only. */
    SUBJECT;

    /** The contract's lower-case name. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a contract name ({@code "header"}). */
    public static LinkMethod fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
