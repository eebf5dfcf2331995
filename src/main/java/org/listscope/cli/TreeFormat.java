package org.listscope.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;

/**
 * Threads as indented trees for {@code thread --format text}: one line per message (subject, author,
 * date), two spaces per level, and how the parent was found where it was not by headers. Threads
 * come in order of their first message; replies in date order.
 */
final class TreeFormat {

    private static final Comparator<Message> BY_DATE = Comparator.comparing(
            (Message m) -> m.date() == null ? Instant.MAX : m.date());

    private TreeFormat() {
    }

    static void print(List<Message> messages, PrintWriter out) {
        Map<String, Message> byId = new HashMap<>();
        for (Message m : messages) byId.putIfAbsent(m.id(), m);
        Map<String, List<Message>> children = new HashMap<>();
        Map<String, List<Message>> threads = new LinkedHashMap<>();
        for (Message m : messages) {
            if (m.parentId() != null && byId.containsKey(m.parentId())) {
                children.computeIfAbsent(m.parentId(), k -> new ArrayList<>()).add(m);
            } else {
                threads.computeIfAbsent(m.threadId() == null ? m.id() : m.threadId(), k -> new ArrayList<>()).add(m);
            }
        }
        children.values().forEach(c -> c.sort(BY_DATE));
        List<Map.Entry<String, List<Message>>> ordered = new ArrayList<>(threads.entrySet());
        ordered.forEach(e -> e.getValue().sort(BY_DATE));
        ordered.sort(Comparator.comparing(e -> e.getValue().get(0), BY_DATE));
        for (Map.Entry<String, List<Message>> thread : ordered) {
            List<Message> roots = thread.getValue();
            int base = 0;
            if (!byId.containsKey(thread.getKey()) && roots.size() > 0 && !thread.getKey().equals(roots.get(0).id())) {
                out.println("(not in the input: " + thread.getKey() + ")");
                base = 1;
            }
            Deque<Object[]> stack = new ArrayDeque<>();
            for (int k = roots.size() - 1; k >= 0; k--) stack.push(new Object[] {roots.get(k), base});
            while (!stack.isEmpty()) {
                Object[] top = stack.pop();
                Message m = (Message) top[0];
                int depth = (Integer) top[1];
                out.println(line(m, depth));
                List<Message> kids = children.getOrDefault(m.id(), List.of());
                for (int k = kids.size() - 1; k >= 0; k--) stack.push(new Object[] {kids.get(k), depth + 1});
            }
            out.println();
        }
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
