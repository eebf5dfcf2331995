package org.listscope.parse.segment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells interactive interpreter sessions ({@code >>> import os}) from quotes three deep: a run of
 * {@code >>>} and {@code ...} lines is a session when the lines around it are not quoted, the
 * line before is not an attribution, and one of its lines reads as code (indented by spaces, a
 * {@code ...} continuation, brackets, operators, double quotes, {@code a.b}, a Python keyword, or
 * fewer than four words): {@code >>> Who here has been in such a news war ...} is a quote.
 */
final class PythonPrompts {

    private PythonPrompts() {
    }

    /** Rereads the lines of interpreter sessions as unquoted, in place. */
    static void unquote(String body, List<Line> lines) {
        int n = lines.size();
        int i = 0;
        while (i < n) {
            if (!prompt(body, lines.get(i))) {
                i++;
                continue;
            }
            int a = i;
            int b = i + 1;
            while (b < n && (prompt(body, lines.get(b)) || continuation(body, lines.get(b)))) b++;
            Line before = neighbour(body, lines, a - 1, -1);
            Line after = neighbour(body, lines, b, 1);
            boolean quotedAround = quoted(body, before) || quoted(body, after);
            boolean attributed = before != null
                    && AttributionDetector.detect(before.content(body), null) != null;
            boolean code = false;
            for (int k = a; k < b && !code; k++) code = continuation(body, lines.get(k)) || code(body, lines.get(k));
            if (!quotedAround && !attributed && code) {
                for (int k = a; k < b; k++) {
                    Line l = lines.get(k);
                    if (l.depth() > 0) lines.set(k, l.withDepth(0, l.start(), (char) 0));
                }
            }
            i = b;
        }
    }

    private static boolean prompt(String body, Line l) {
        int s = l.start();
        while (s < l.textEnd() && (body.charAt(s) == ' ' || body.charAt(s) == '\t')) s++; // an indented session
        return l.depth() == 3 && l.marker() == '>' && s + 3 <= l.textEnd() && body.startsWith(">>>", s)
                && (s + 3 == l.textEnd() || body.charAt(s + 3) == ' ');
    }

    /**
     * Signs of code in a prompt line: brackets, operators, double quotes, {@code a.b}, a keyword no
     * English word shares. Apostrophes, colons and slashes are no sign: prose has them too.
     */
    private static final Pattern CODE = Pattern.compile("[()\\[\\]{}=<>+*%\"`\\\\]|\\w\\.\\w|"
            + "\\b(?:import|def|lambda|yield|None|True|False|elif|except|assert|del)\\b");

    /**
     * Whether a prompt line reads as code: indented by spaces (pasted from a terminal; a tab before
     * quote marks is a mail program's style), a sign of code, or fewer than four words.
     */
    private static boolean code(String body, Line l) {
        if (!prompt(body, l)) return false;
        if (body.charAt(l.start()) == ' ') return true;
        String text = body.substring(l.start(), l.textEnd()).strip().substring(3).strip(); // after ">>>"
        return text.split("\\s+").length < 4 || CODE.matcher(text).find();
    }

    private static boolean quoted(String body, Line l) {
        return l != null && l.depth() > 0 && !prompt(body, l);
    }

    private static boolean continuation(String body, Line l) {
        return l.depth() == 0 && body.startsWith("...", l.start());
    }

    private static Line neighbour(String body, List<Line> lines, int from, int step) {
        for (int k = from; k >= 0 && k < lines.size(); k += step) {
            Line l = lines.get(k);
            if (!l.blank(body)) return l;
        }
        return null;
    }
}
