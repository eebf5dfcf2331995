package org.listscope.parse.segment;

import java.time.Instant;

/**
 * Who wrote the text a quote holds, and when, as an attribution line says.
 *
 * @param author the author's name (or address where no name is given), or {@code null}; cleaned by {@link QuotedNames}
 * @param date   when the quoted message was written, or {@code null}
 * @param lines  how many lines the attribution spans
 * @param strong whether the form alone shows it is an attribution ({@code On ..., X wrote:}), as
 *               against a bare {@code X wrote:} that must be followed by a quote
 * @param forward whether it is the header block of a message forwarded whole, not of one quoted in a reply
 * @param untilSignature whether the forward, opened without a header block (a forward line alone, a
 *               news article's byline, a statute's first heading), ends at the poster's last {@code -- }
 *               line or a closing rule where no end line comes first
 */
record Attribution(String author, Instant date, int lines, boolean strong, boolean forward, boolean untilSignature) {

    /** Every detector's name is cleaned here ({@link QuotedNames}). */
    Attribution {
        author = QuotedNames.clean(author);
    }

    /** An attribution of a quote, or a forward's header block. */
    Attribution(String author, Instant date, int lines, boolean strong, boolean forward) {
        this(author, date, lines, strong, forward, false);
    }

    /** An attribution of a quote in a reply. */
    Attribution(String author, Instant date, int lines, boolean strong) {
        this(author, date, lines, strong, false);
    }

    /** The same attribution of a quote in a reply. */
    Attribution asReply() {
        return new Attribution(author, date, lines, strong, false);
    }

    /** The same attribution spanning another number of lines. */
    Attribution withLines(int n) {
        return new Attribution(author, date, n, strong, forward, untilSignature);
    }
}
