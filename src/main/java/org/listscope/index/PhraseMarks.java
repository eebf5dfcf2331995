package org.listscope.index;

import java.util.regex.Pattern;

/**
 * Joins the marks of a snippet that only blanks or a hyphen separate: a phrase reads
 * {@code <b>key escrow</b>}, not {@code <b>key</b> <b>escrow</b>}, and words of a query standing
 * side by side read as one. Lucene's highlighter marks each word of a phrase apart unless it scores
 * passages from {@code Weight.matches()}, which loses a bare word's matches beside a {@code cites:}
 * clause; snippets are made from terms and joined here, locally and from SolrCloud alike.
 */
public final class PhraseMarks {

    private static final Pattern BETWEEN = Pattern.compile("</b>(\\s+|-)<b>");

    private PhraseMarks() {
    }

    /** The snippet with each two marks that only blanks or one hyphen separate made one. */
    public static String join(String snippet) {
        return snippet.contains("</b>") ? BETWEEN.matcher(snippet).replaceAll("$1") : snippet;
    }
}
