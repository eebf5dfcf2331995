package org.listscope.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.listscope.model.Author;
import org.listscope.model.Message;

/**
 * Gives one {@code from.key} to every message of one person shown under several names or addresses.
 * Conservative, evidence first:
 * <ol>
 * <li>a name and an address shown together in one message belong together, unless the address is a
 * stand-in or a list's own address, or is shown with names of different people (a gateway; names
 * that are variants of one name, or one letter apart, are one person's);</li>
 * <li>a full name (two words or more) shown with two addresses joins them (same-name evidence);
 * one-word names never join anything;</li>
 * <li>a name never shown with an address joins the one person whose name it is a variant of
 * ({@link PersonNames#variants}: same family name, compatible given names, Jaro-Winkler), and
 * nobody when two people fit.</li>
 * </ol>
 * The key is the person's most used address, else {@code name:} and the most used name.
 * Linear in the number of messages (union-find over hash maps; variants bucketed by family name).
 */
final class People {

    private static final Set<String> STAND_IN_LOCALS = Set.of("nobody", "noreply", "no-reply", "mailer-daemon",
            "postmaster", "root", "anonymous", "unknown", "daemon", "listserv", "majordomo", "mailman");

    private People() {
    }

    /** The messages with person keys merged. */
    static List<Message> merge(List<Message> messages) {
        Trust trust = new Trust(messages);
        Map<String, String> keys = keys(messages, trust);
        List<Message> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            String k = keys.get(trust.node(m));
            out.add(k == null || k.equals(m.from().key()) ? m : m.withFrom(m.from().withKey(k)));
        }
        return out;
    }

    /**
     * The merges made: for each person key that more than one key was folded into, those keys as
     * {@link Author#defaultKey} gives them before merging (sorted). For reports and tests.
     */
    static Map<String, Set<String>> groups(List<Message> messages) {
        Trust trust = new Trust(messages);
        Map<String, String> keys = keys(messages, trust);
        Map<String, Set<String>> groups = new TreeMap<>();
        for (Message m : messages) {
            String k = keys.get(trust.node(m));
            Author f = m.from();
            if (k != null) groups.computeIfAbsent(k, x -> new TreeSet<>()).add(Author.defaultKey(f.name(), f.address(), f.shown()));
        }
        groups.values().removeIf(s -> s.size() < 2);
        return groups;
    }

    /** node -> person key. */
    private static Map<String, String> keys(List<Message> messages, Trust trust) {
        UnionFind uf = new UnionFind();
        Map<String, Map<String, Integer>> use = new HashMap<>();
        for (Message m : messages) {
            String node = trust.node(m);
            uf.add(node);
            String n = PersonNames.normalize(m.from().name());
            if (node.startsWith("a:") && PersonNames.isFull(n)) {
                uf.union(node, "n:" + n);
            }
            String display = node.startsWith("a:") ? node.substring(2) : Author.defaultKey(m.from().name(), null, m.from().shown());
            use.computeIfAbsent(node, x -> new HashMap<>()).merge(display, 1, Integer::sum);
        }
        joinNameVariants(uf);
        // the key of each person: the most used address, else the most used name, counted over all its nodes
        Map<String, Map<String, Integer>> perRoot = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : use.entrySet()) {
            Map<String, Integer> sum = perRoot.computeIfAbsent(uf.find(e.getKey()), x -> new HashMap<>());
            e.getValue().forEach((k, v) -> sum.merge(k, v, Integer::sum));
        }
        Map<String, String> keyOfRoot = new HashMap<>();
        perRoot.forEach((root, counts) -> {
            String chosen = null;
            int n = 0;
            for (Map.Entry<String, Integer> c : new TreeMap<>(counts).entrySet()) {
                if (chosen == null || better(c.getKey(), c.getValue(), chosen, n)) {
                    chosen = c.getKey();
                    n = c.getValue();
                }
            }
            keyOfRoot.put(root, chosen);
        });
        Map<String, String> out = new HashMap<>();
        for (String node : use.keySet()) out.put(node, keyOfRoot.get(uf.find(node)));
        return out;
    }

    /** Addresses beat names; then the more used; then the smaller string, for a stable choice. */
    private static boolean better(String cand, int c, String cur, int curCount) {
        boolean ca = !cand.startsWith("name:");
        boolean cu = !cur.startsWith("name:");
        if (ca != cu) return ca;
        if (c != curCount) return c > curCount;
        return cand.compareTo(cur) < 0;
    }

    /** Joins names never shown with an address to the one full name they are a variant of. */
    private static void joinNameVariants(UnionFind uf) {
        Map<String, List<String>> byLast = new HashMap<>();
        for (String node : uf.nodes()) {
            if (node.startsWith("n:")) {
                String n = node.substring(2);
                if (PersonNames.isFull(n)) byLast.computeIfAbsent(PersonNames.last(n), x -> new ArrayList<>()).add(n);
            }
        }
        for (List<String> names : byLast.values()) {
            if (names.size() < 2) continue;
            names.sort(null);
            for (String n : names) {
                // only a name that is its own person (never shown with an address) may join another
                if (uf.hasAddress("n:" + n)) continue;
                String match = null;
                boolean ambiguous = false;
                for (String other : names) {
                    if (other.equals(n) || !PersonNames.variants(n, other)) continue;
                    String r = uf.find("n:" + other);
                    if (match != null && !uf.find("n:" + match).equals(r)) ambiguous = true;
                    match = other;
                }
                if (match != null && !ambiguous) uf.union("n:" + n, "n:" + match);
            }
        }
    }

    /** Which addresses may join names: not stand-ins, list addresses or gateways. */
    private static final class Trust {
        private final Map<String, Set<String>> namesByAddress = new HashMap<>();
        private final Map<String, Boolean> trusted = new HashMap<>();

        Trust(List<Message> messages) {
            for (Message m : messages) {
                String a = address(m.from());
                String n = PersonNames.normalize(m.from().name());
                if (a != null && !n.isEmpty()) namesByAddress.computeIfAbsent(a, x -> new TreeSet<>()).add(n);
            }
        }

        /**
         * The graph node of a message's author: its address where that address is trusted (or
         * there is no name), else its name, else what was shown.
         */
        String node(Message m) {
            String a = address(m.from());
            String n = PersonNames.normalize(m.from().name());
            if (a != null && (n.isEmpty() || trusted.computeIfAbsent(a, x -> isTrusted(x, m.list(), namesByAddress.get(x))))) {
                return "a:" + a;
            }
            if (!n.isEmpty()) return "n:" + n;
            return "k:" + m.from().key();
        }
    }

    private static String address(Author a) {
        if (a.address() != null) return a.address().toLowerCase(Locale.ROOT);
        String fromName = Addresses.address(a.name());
        return fromName == null ? null : fromName.toLowerCase(Locale.ROOT);
    }

    private static boolean isTrusted(String address, String list, Set<String> names) {
        if (isStandIn(address, list)) return false;
        if (names == null || names.size() < 2) return true;
        // a gateway shows names of different people: all names must be variants of one another,
        // or one name mistyped ("Ralf Schmmitt" beside "Ralf Schmitt" is no second person)
        List<String> full = names.stream().filter(PersonNames::isFull).toList();
        for (int i = 0; i < full.size(); i++) {
            for (int j = i + 1; j < full.size(); j++) {
                String a = full.get(i);
                String b = full.get(j);
                if (!PersonNames.variants(a, b) && !PersonNames.mistyped(a, b)) return false;
            }
        }
        return true;
    }

    static boolean isStandIn(String address, String list) {
        int at = address.indexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        return address.equals(Author.MAILMAN_PLACEHOLDER) || STAND_IN_LOCALS.contains(local)
                || (list != null && local.equals(list)) || local.endsWith("-request") || local.endsWith("-bounces")
                || local.endsWith("-admin") || local.endsWith("-owner");
    }

    /** Union-find over string nodes, remembering which sets hold an address node. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String n) {
            parent.putIfAbsent(n, n);
        }

        String find(String n) {
            add(n);
            String r = n;
            while (!parent.get(r).equals(r)) r = parent.get(r);
            String c = n;
            while (!c.equals(r)) {
                String p = parent.get(c);
                parent.put(c, r);
                c = p;
            }
            return r;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.equals(rb)) return;
            // keep an address node as the root where there is one, so hasAddress stays cheap
            if (rb.startsWith("a:") && !ra.startsWith("a:")) parent.put(ra, rb);
            else if (ra.compareTo(rb) <= 0 || ra.startsWith("a:")) parent.put(rb, ra);
            else parent.put(ra, rb);
        }

        boolean hasAddress(String n) {
            return find(n).startsWith("a:");
        }

        Set<String> nodes() {
            return new TreeSet<>(parent.keySet());
        }
    }
}
