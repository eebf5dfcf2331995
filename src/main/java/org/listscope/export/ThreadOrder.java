package org.listscope.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.listscope.model.Message;

/**
 * Puts messages in reading order: threads by their first message's date, and inside a thread
 * depth-first down the reply tree, siblings by date. A message whose parent is not among the
 * messages (an export of matches only) starts a branch of its own within its thread. Duplicate ids
 * keep their first occurrence; reply cycles cannot loop.
 */
public final class ThreadOrder {

    /**
     * A message in place.
     *
     * @param message the message
     * @param depth   0 for a thread root (or a message whose parent is absent), 1 for its replies, ...
     * @param thread  the thread's number in the order, from 0
     */
    public record Placed(Message message, int depth, int thread) {
    }

    private static final Comparator<Message> BY_DATE = Comparator
            .comparing(Message::date, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Message::id);

    private ThreadOrder() {
    }

    /** The messages in reading order, without depths. */
    public static List<Message> messages(List<Message> messages) {
        List<Placed> placed = place(messages);
        List<Message> out = new ArrayList<>(placed.size());
        for (Placed p : placed) out.add(p.message());
        return out;
    }

    /** The messages in reading order, each with its depth and thread number. */
    public static List<Placed> place(List<Message> messages) {
        Map<String, Message> byId = new LinkedHashMap<>();
        for (Message m : messages) byId.putIfAbsent(m.id(), m);

        Map<String, List<Message>> threads = new LinkedHashMap<>();
        Map<String, List<Message>> children = new HashMap<>();
        for (Message m : byId.values()) {
            threads.computeIfAbsent(threadKey(m), k -> new ArrayList<>()).add(m);
            if (m.parentId() != null && byId.containsKey(m.parentId()) && !m.parentId().equals(m.id())) {
                children.computeIfAbsent(m.parentId(), k -> new ArrayList<>()).add(m);
            }
        }
        children.values().forEach(list -> list.sort(BY_DATE));

        List<List<Message>> ordered = new ArrayList<>(threads.values());
        for (List<Message> t : ordered) t.sort(BY_DATE);
        ordered.sort(Comparator.comparing((List<Message> t) -> t.get(0), BY_DATE));

        List<Placed> out = new ArrayList<>(byId.size());
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < ordered.size(); t++) {
            List<Message> thread = ordered.get(t);
            for (Message m : thread) {
                boolean root = m.parentId() == null || !byId.containsKey(m.parentId()) || m.parentId().equals(m.id());
                if (root) walk(m, 0, t, children, seen, out);
            }
            for (Message m : thread) {
                // members of a reply cycle have no root: start from the earliest one not yet placed
                if (!seen.contains(m.id())) walk(m, 0, t, children, seen, out);
            }
        }
        return out;
    }

    private static String threadKey(Message m) {
        return m.threadId() != null ? m.threadId() : m.id();
    }

    private static void walk(Message start, int startDepth, int thread, Map<String, List<Message>> children,
                             Set<String> seen, List<Placed> out) {
        // an explicit stack: reply chains in real archives run hundreds deep
        ArrayList<Placed> stack = new ArrayList<>();
        stack.add(new Placed(start, startDepth, thread));
        while (!stack.isEmpty()) {
            Placed p = stack.remove(stack.size() - 1);
            if (!seen.add(p.message().id())) continue;
            out.add(p);
            List<Message> kids = children.getOrDefault(p.message().id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(new Placed(kids.get(i), p.depth() + 1, thread));
            }
        }
    }
}
