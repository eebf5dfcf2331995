package org.listscope.parse.segment;

import java.util.List;

/**
 * Reads a reply that quotes by indenting with a tab, without marks, headers or attribution: it
 * opens with two or more lines led by a tab, then, after a blank line, answers at the margin
 * ({@code \t What's to stop you from creating 250 other pseudonyms?} / blank / {@code Even in the
 * simple system I described, ...}). Those lines are a quote of the message replied to, and so is
 * every later run of tab-led lines that an answer at the margin follows. A body that opens at the
 * margin, or whose indented opening runs on into more indented text (paragraphs indented as a
 * whole), is left as it is; so is one that is no reply (the caller checks).
 */
final class IndentedReplies {

    /** The shortest opening run of tab-led lines read as a quote. */
    private static final int MIN_LINES = 2;

    private IndentedReplies() {
    }

    /** Rereads, in place, the quoted runs of a reply that quotes by indenting with a tab. */
    static void reread(String body, List<Line> lines) {
        int n = lines.size();
        int first = 0;
        while (first < n && lines.get(first).blank(body)) first++;
        int end = runEnd(body, lines, first);
        if (end - first < MIN_LINES || !answeredAt(body, lines, end)) return;
        quote(body, lines, first, end);
        int i = end;
        while (i < n) {
            if (!tabLed(body, lines.get(i)) || !lines.get(i - 1).blank(body)) {
                i++;
                continue;
            }
            int runEnd = runEnd(body, lines, i);
            if (answeredAt(body, lines, runEnd)) quote(body, lines, i, runEnd);
            i = runEnd;
        }
    }

    /** The index after the run of tab-led lines from {@code from} (no blank line inside). */
    private static int runEnd(String body, List<Line> lines, int from) {
        int k = from;
        while (k < lines.size() && tabLed(body, lines.get(k))) k++;
        return k;
    }

    /** Whether, after the blank lines from {@code from}, the next line has text at the margin. */
    private static boolean answeredAt(String body, List<Line> lines, int from) {
        int k = from;
        if (k >= lines.size() || !lines.get(k).blank(body)) return false;
        while (k < lines.size() && lines.get(k).blank(body)) k++;
        if (k == lines.size()) return false;
        Line l = lines.get(k);
        char c = body.charAt(l.start());
        return l.depth() == 0 && c != ' ' && c != '\t';
    }

    private static void quote(String body, List<Line> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            int content = l.start() + 1;
            if (content < l.textEnd() && body.charAt(content) == ' ') content++;
            lines.set(k, l.withDepth(1, content, '\t'));
        }
    }

    /** A line of depth 0 that starts with a tab and has text after it. */
    private static boolean tabLed(String body, Line l) {
        return l.depth() == 0 && l.ledByTab(body) && !l.blankContent(body);
    }
}
