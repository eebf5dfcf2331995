package org.listscope.parse.segment;

import java.util.List;
import org.listscope.model.Segment;

/**
 * Lines that mailbox escaping made look like quotes. A mailbox writer turns a body line starting
 * {@code From } into {@code >From } (mboxo, Mailman's monthly archive text, and many mail servers
 * of the early 1990s), so that it cannot be read as a message separator. Such a line alone among
 * own lines ({@code >From reading the docs it looks like ...} followed by the rest of the sentence)
 * is the poster's own text. A {@code >From } line next to a quoted line, or under a line ending in a
 * colon (an attribution), stays a quote, and so do {@code > From } and {@code >From:}.
 */
final class FromEscapes {

    private FromEscapes() {
    }

    /** Rereads, in place, the escaped {@code From } lines of {@code lines} as unquoted. */
    static void reread(String body, List<Line> lines) {
        if (!body.contains(Segment.FROM_ESCAPE)) return;
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (l.depth() != 1 || !body.startsWith(Segment.FROM_ESCAPE, l.start())) continue;
            if (i > 0 && (lines.get(i - 1).depth() > 0 || lines.get(i - 1).endsWithColon(body))) continue;
            if (i + 1 < n && lines.get(i + 1).depth() > 0) continue;
            lines.set(i, l.withDepth(0, l.start(), (char) 0));
        }
    }
}
