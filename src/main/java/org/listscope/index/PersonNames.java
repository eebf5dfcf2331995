package org.listscope.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.listscope.parse.PersonEvidence;

/**
 * How the {@code from} facet names a person: the name to show of the names a person's messages
 * show, and the labels that name and the person key make. {@link PersonLabels} reads the names from
 * a local index and checks which label finds the person's messages alone; a Solr collection's
 * searcher takes the first.
 */
public final class PersonNames {

    private static final String NAME_KEY = "name:";
    /** A name spelt with letters, spaces and the punctuation of names only. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .,'-]*");

    private PersonNames() {
    }

    /**
     * The name to show, of the names as shown with how many messages show each: of the full personal
     * names (two words or more, {@link PersonEvidence#fullName(String)}), the one most messages show
     * as one name ("Hal Finney" beside a more frequent "Hal"; "Bill Stewart" for
     * "Bill_Stewart(HOY002)1305" and "Bill Stewart" together), in its plainest spelling (letters and
     * punctuation only, no digits or address), else its most frequent; without a full name the most
     * frequent name. Ties: the longer, then the smaller string. Null when no message shows a name.
     */
    public static String best(Map<String, Integer> counts) {
        Map<String, String> fullNames = new HashMap<>(); // name as shown -> full name, where it is one
        Map<String, Integer> byPerson = new HashMap<>();
        counts.forEach((name, c) -> {
            String full = PersonEvidence.fullName(name);
            if (full == null) return;
            fullNames.put(name, full);
            byPerson.merge(full, c, Integer::sum);
        });
        String person = mostFrequent(byPerson);
        if (person == null) return mostFrequent(counts);
        Map<String, Integer> plain = new HashMap<>();
        Map<String, Integer> spellings = new HashMap<>();
        fullNames.forEach((name, full) -> {
            if (!full.equals(person)) return;
            spellings.put(name, counts.get(name));
            if (PLAIN.matcher(name).matches()) plain.put(name, counts.get(name));
        });
        return mostFrequent(plain.isEmpty() ? spellings : plain);
    }

    /**
     * The labels of a person, the one to prefer first: for an address key the name and the address in
     * angle brackets ({@code Hal Finney <hfinney@shell.portal.com>}), or without a name the address,
     * then the address in brackets; for a name-only key ({@code name:...}) the name, then the name with
     * the key in brackets.
     *
     * @param name the name to show ({@link #best}), or null
     */
    public static List<String> labels(String key, String name) {
        if (!key.startsWith(NAME_KEY) && key.contains("@")) {
            return name != null ? List.of(name + " <" + key + ">") : List.of(key, "<" + key + ">");
        }
        String bare = name != null ? name : key.startsWith(NAME_KEY) ? key.substring(NAME_KEY.length()) : key;
        return List.of(bare, bare.equals(key) ? "<" + key + ">" : bare + " <" + key + ">");
    }

    /** Counts of messages for checking a label, in a local index or a collection. */
    public interface Counts {
        /** How many messages {@code from:"LABEL"} matches (0 for a label the query language cannot read). */
        long of(String label) throws IOException;

        /** How many of those have the person key. */
        long withKey(String label, String key) throws IOException;
    }

    /**
     * The label of a person: the first of {@link #labels} that finds exactly the {@code messages} with
     * the key, so that every label is a query for its bucket alone. A label ending in the key in
     * brackets does by construction (the query language reads it as the key); another is counted. A
     * key no query can name (it holds angle brackets) gets the last, still apart from every other.
     */
    public static String label(String key, String name, long messages, Counts counts) throws IOException {
        List<String> candidates = labels(key, name);
        for (String c : candidates) {
            if (bracketsTheKey(c, key)) return c;
            if (counts.of(c) == messages && counts.withKey(c, key) == messages) return c;
        }
        return candidates.get(candidates.size() - 1);
    }

    /**
     * Whether the label ends in the key in brackets, and the query language reads it back as a term
     * on that key alone, so it finds exactly the key's messages without being counted: the key holds
     * no bracket, no space at either end, and no upper case (whose lower-case form the query also
     * takes, and which could be another key).
     */
    static boolean bracketsTheKey(String label, String key) {
        return label.endsWith("<" + key + ">") && key.indexOf('<') < 0 && key.indexOf('>') < 0
                && key.strip().equals(key) && key.toLowerCase(Locale.ROOT).equals(key);
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String s = e.getKey();
            int c = e.getValue();
            if (best == null || c > n || (c == n && (s.length() > best.length()
                    || (s.length() == best.length() && s.compareTo(best) < 0)))) {
                best = s;
                n = c;
            }
        }
        return best;
    }
}
