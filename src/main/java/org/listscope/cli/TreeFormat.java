package org.listscope.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.listscope.export.ThreadOrder;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;

/**
 * Threads as indented trees for {@code thread --format text}: one line per message (subject, author,
 * date), two spaces per level, and how the parent was found where it was not by headers; in the
 * reading order of {@link ThreadOrder}.
 */
final class TreeFormat {

    private TreeFormat() {
    }

    static void print(List<Message> messages, PrintWriter out) {
        Set<String> ids = new HashSet<>();
        for (Message m : messages) ids.add(m.id());
        int thread = -1;
        int base = 0;
        for (ThreadOrder.Placed p : ThreadOrder.place(messages)) {
            Message m = p.message();
            if (p.thread() != thread) {
                if (thread >= 0) out.println();
                thread = p.thread();
                // a thread whose root is absent: its replies are shown under a line naming it
                String key = m.threadId() == null ? m.id() : m.threadId();
                base = ids.contains(key) || key.equals(m.id()) ? 0 : 1;
                if (base == 1) out.println("(not in the input: " + key + ")");
            }
            out.println(line(m, base + p.depth()));
        }
        if (thread >= 0) out.println();
    }

    static String line(Message m, int depth) {
        StringBuilder sb = new StringBuilder();
        sb.append("  ".repeat(depth));
        sb.append(m.subject().isBlank() ? "(no subject)" : m.subject().replaceAll("\\s+", " ").strip());
        String who = m.from().name() != null && !m.from().name().isBlank() ? m.from().name() : m.from().shown();
        sb.append("  -- ").append(who);
        sb.append(", ").append(m.date() == null ? (m.dateShown() == null ? "no date" : m.dateShown()) : m.date());
        if (m.parentLink() != null && m.parentLink().how() != LinkMethod.HEADER) {
            sb.append(String.format("  [%s %.2f]", m.parentLink().how().label(), m.parentLink().confidence()));
        }
        return sb.toString();
    }
}
