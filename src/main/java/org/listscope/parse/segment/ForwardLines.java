package org.listscope.parse.segment;

import java.util.regex.Pattern;

/**
 * The lines around a message quoted whole: the separator above its header block (Outlook's
 * {@code -----Original Message-----}, a forward's {@code ------- Forwarded Message}, {@code Begin
 * forwarded message:}, {@code ----- Begin Included Message -----}, {@code --- forwarded message follows ---})
 * and the line that ends a forward
 * ({@code ------- End of Forwarded Message}, {@code ---- end include ----}), also behind scissors
 * ({@code 8<------ Begin forwarded message}). Each line is tried by a
 * word test first, since most lines are none of these.
 */
final class ForwardLines {

    /** Rule characters, scissors ({@code 8<}) and white space before the words of a forward line. */
    private static final String RULE = "(?:8<|>8|[-=*_\\s])*";

    /**
     * Outlook's "Original Message" in the languages of its separator line, the German one also with
     * its {@code \u00fc} lost on the way ({@code Urspr?ngliche}).
     */
    private static final String ORIGINAL = "Original Message|Urspr(?:\u00fc|ue|\\?|\ufffd)ngliche Nachricht|Message d'origine"
            + "|Messaggio originale|Mensaje original|Oorspronkelijk bericht";
    /** Outlook's line above the header block of the message a reply quotes. */
    private static final Pattern REPLY_SEPARATOR = Pattern.compile("-{3,}\\s*(?:" + ORIGINAL + ")\\s*-{3,}", Pattern.CASE_INSENSITIVE);
    /** Any separator line: Outlook's or a forward's. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "-{3,}\\s*(?:" + ORIGINAL + "|Forwarded message)\\s*-{3,}"
                    + "|" + RULE + "(?:(?:begin|start\\s+of)\\s+(?:the\\s+)?)?(?:forwarded|included|fwd\\.?)\\s+"
                    + "(?:message|mail|article|letter|text)s?(?:\\s*\\([^)]*\\))?(?:\\s+(?:follows|below))?[-=*_\\s:.]*"
                    + "|" + RULE + "begin\\s+(?:message|include)[-=*_\\s:]*",
            Pattern.CASE_INSENSITIVE);
    /** The line that ends a forward: {@code ------- End of Forwarded Message}, {@code ---- end include ----}. */
    private static final Pattern END = Pattern.compile(RULE + "end\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:forwarded|included|fwd\\.?|original)\\s+"
            + "(?:message|mail|article|letter|text)s?|messages?|mail|include|article)[-=*_\\s.]*", Pattern.CASE_INSENSITIVE);
    /** The words a separator line starts with once its rule is left out. */
    private static final String[] SEPARATOR_WORDS = {"original", "urspr", "message d", "messaggio", "mensaje", "oorspronkelijk",
        "forwarded", "begin", "start", "included", "fwd"};

    /** The words a forward line without a rule may start with ({@code Begin forwarded message:}, {@code End of ...}). */
    private static final String[] FIRST_WORDS = {"begin", "start", "forwarded", "included", "fwd", "end"};

    private ForwardLines() {
    }

    /** Whether {@code s} from {@code start} to {@code end} is a word a forward line may start with, in any case. */
    static boolean isFirstWord(String s, int start, int end) {
        for (String w : FIRST_WORDS) {
            if (w.length() == end - start && s.regionMatches(true, start, w, 0, w.length())) return true;
        }
        return false;
    }

    /** Whether the stripped line is a separator above a quoted message's header block. */
    static boolean opens(String text) {
        return namesAForward(text) && SEPARATOR.matcher(text).matches();
    }

    /** Whether the stripped separator line is Outlook's, above the message a reply quotes (not a forward). */
    static boolean opensAReplysQuote(String text) {
        return REPLY_SEPARATOR.matcher(text).matches();
    }

    /** Whether the line ends a forwarded message ({@code ------- End of Forwarded Message}). */
    static boolean ends(String content) {
        String text = content.strip();
        return namesAnEnd(text) && END.matcher(text).matches();
    }

    /** Cheap test before the separator patterns: after any rule, the line starts with one of their words. */
    private static boolean namesAForward(String text) {
        int k = afterRule(text);
        for (String w : SEPARATOR_WORDS) {
            if (text.regionMatches(true, k, w, 0, w.length())) return true;
        }
        return false;
    }

    /** Cheap test before the end pattern: after any rule, the line starts with "end". */
    private static boolean namesAnEnd(String text) {
        return text.regionMatches(true, afterRule(text), "end ", 0, 4);
    }

    private static int afterRule(String text) {
        int k = 0;
        while (k < text.length()) {
            if ("-=*_ \t".indexOf(text.charAt(k)) >= 0) k++;
            else if (text.startsWith("8<", k) || text.startsWith(">8", k)) k += 2;
            else break;
        }
        return k;
    }
}
