package org.listscope.parse;

import java.io.IOException;
import org.listscope.model.Problem;

/**
 * How an input cut short is told, alike by every parser that keeps what came before the cut (a
 * truncated gzip of a month's text archive, an mbox or one message): the reason, the warning on
 * the message the cut falls in, and the problem naming the input.
 */
final class CutShort {

    private CutShort() {
    }

    /** The warning on the message the cut falls in. */
    static final String LAST_MESSAGE = "message cut short: the archive ends inside it";

    /** Why a decompressing stream ended early ({@code e} is its {@code EOFException} or {@code ZipException}). */
    static String reason(IOException e) {
        return "compressed data cut short (" + e.getMessage() + ")";
    }

    /** The problem naming {@code input}: why it ends early, and that its {@code records} before the cut were read. */
    static Problem problem(String input, String reason, String records) {
        return new Problem(input, reason + "; read the " + records + " before the cut, the last one cut short");
    }
}
