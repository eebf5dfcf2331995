package org.listscope.parse.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body into lines ({@code \n}, {@code \r\n} or {@code \r}) and reads each line's
 * {@code >} quote markers. Markers {@code |} and {@code :} are read later, where an attribution
 * shows that they quote ({@link QuoteMarkers#other}).
 */
final class LineScanner {

    private LineScanner() {
    }

    /** A banner line framed by arrows ({@code >>>>>> Please write to ... <<<<<<}), not a quote. */
    private static boolean banner(String body, Line line) {
        return line.textEnd() - line.start() >= 6 && body.startsWith("<<<", line.textEnd() - 3);
    }

    static List<Line> scan(String body) {
        List<Line> lines = new ArrayList<>(Math.max(4, body.length() / 40));
        int n = body.length();
        boolean cr = body.indexOf('\r') >= 0; // without CRs, each line ends at the next LF
        int i = 0;
        while (i < n) {
            int start = i;
            if (cr) {
                while (i < n && body.charAt(i) != '\n' && body.charAt(i) != '\r') i++;
            } else {
                i = body.indexOf('\n', i);
                if (i < 0) i = n;
            }
            int textEnd = i;
            if (i < n && body.charAt(i) == '\r') i++;
            if (i < n && body.charAt(i) == '\n' && (i == textEnd || body.charAt(i - 1) == '\r')) i++;
            Line line = QuoteMarkers.angle(body, start, i, textEnd);
            if (line.depth() >= 3 && banner(body, line)) line = line.withDepth(0, start, (char) 0);
            lines.add(line);
        }
        return lines;
    }
}
