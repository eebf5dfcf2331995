package org.listscope.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Author;

/**
 * Matches the author an attribution names ({@code Bad_Bob}, {@code Jp Calderone <exarkun at
 * divmod.com>}) against the authors of messages: by address local part, else by name words.
 */
final class Authors {

    private static final Pattern ADDRESS = Pattern.compile("([\\w.+-]+)\\s*(?:@|\\s+at\\s+)\\s*[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern CUT_ADDRESS = Pattern.compile("([\\w.+-]+)\\s+at\\s*$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final Pattern TRAILING_CUT = Pattern.compile("\\b[\\w.+-]+\\s+at\\s*$");
    private static final Pattern BRACKETS = Pattern.compile("[<>()\"']");
    /** How well an attribution must name an author ({@link #score(Names, Names)}) to be taken for them. */
    private static final double NAMED = 0.5;

    /**
     * An author or attribution reduced to what can be compared: the words of the name, the local
     * part of the address, and for an author whose display name is another address
     * ({@code bill.stewart@pleasantonca.ncr.com <wcs@anchor.ho.att.com>}) that address's local part.
     */
    record Names(Set<String> words, String local, String nameLocal) {
        Names(Set<String> words, String local) {
            this(words, local, null);
        }

        boolean isEmpty() {
            return words.isEmpty() && local == null;
        }
    }

    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final Map<String, int[]> sorted = new HashMap<>();
    private final List<Names> names = new ArrayList<>();
    private final Corpus corpus;

    /** Indexes every author of the corpus. */
    Authors(Corpus corpus) {
        this.corpus = corpus;
        for (int i = 0; i < corpus.size(); i++) add(i, corpus.get(i).from());
        for (Map.Entry<String, List<Integer>> e : byWord.entrySet()) {
            int[] ms = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            Integer[] boxed = java.util.Arrays.stream(ms).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(boxed, java.util.Comparator.comparingInt(m -> corpus.rank[m]));
            sorted.put(e.getKey(), java.util.Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
        }
        byWord.clear();
    }

    private final Map<Author, Names> seen = new HashMap<>();

    private void add(int i, Author a) {
        Names n = seen.computeIfAbsent(a, Authors::of);
        names.add(n);
        Set<String> keys = new LinkedHashSet<>(n.words());
        if (n.local() != null) keys.add("@" + n.local());
        if (n.nameLocal() != null) keys.add("@" + n.nameLocal());
        for (String k : keys) byWord.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
    }

    /**
     * Messages before {@code i}, at most {@code seconds} older, whose author has {@code who}'s address,
     * or else its rarest name word: a look-up by the rarest key keeps common first names cheap.
     */
    List<Integer> candidates(Names who, int i, long seconds) {
        List<Integer> out = new ArrayList<>();
        if (who.local() != null) {
            window(sorted.get("@" + who.local()), i, seconds, out);
            window(sorted.get(who.local()), i, seconds, out);
        }
        int[] rarest = null;
        for (String w : who.words()) {
            int[] p = sorted.get(w);
            if (p != null && (rarest == null || p.length < rarest.length)) rarest = p;
        }
        window(rarest, i, seconds, out);
        return out;
    }

    private void window(int[] ms, int i, long seconds, List<Integer> out) {
        if (ms == null) return;
        // ms is in time order: find the last message before i, then walk back while within the window
        int lo = 0;
        int hi = ms.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (corpus.rank[ms[mid]] < corpus.rank[i]) lo = mid + 1;
            else hi = mid;
        }
        long from = corpus.time[i] - seconds;
        for (int k = lo - 1; k >= 0 && corpus.time[ms[k]] >= from; k--) out.add(ms[k]);
    }

    /**
     * How well {@code who} names message {@code i}'s author, 0..1: the same address local part, or
     * the share of name words in common; a given name shared under other surnames scores at most 0.25.
     */
    double score(Names who, int i) {
        return score(who, names.get(i));
    }

    /** Whether {@code who}, an attribution's name, names {@code author} well enough to be taken for them. */
    static boolean names(String who, Author author) {
        return who != null && !who.isBlank() && score(of(who), of(author)) >= NAMED;
    }

    /** How well {@code who} names the author with names {@code a}, 0..1, as {@link #score(Names, int)}. */
    static double score(Names who, Names a) {
        if (who.local() != null && (who.local().equals(a.local()) || who.local().equals(a.nameLocal()))) return 1.0;
        if (who.words().isEmpty()) return 0;
        int common = 0;
        for (String w : who.words()) if (a.words().contains(w)) common++;
        if (common == 0 && who.words().size() == 1 && a.local() != null && who.words().contains(a.local())) {
            return 0.9;
        }
        double s = (double) common / Math.max(who.words().size(), Math.min(2, a.words().size()));
        if (s < 1 && otherSurnames(who.words(), a.words())) return Math.min(s, 0.25); // only a given name shared
        return Math.min(1.0, s);
    }

    /**
     * Whether two full names end in surnames that neither holds ("David G Radcliffe" and "David
     * Mandl"), so that what they share is a given name, not a person.
     */
    private static boolean otherSurnames(Set<String> a, Set<String> b) {
        return a.size() >= 2 && b.size() >= 2 && !b.contains(last(a)) && !a.contains(last(b));
    }

    private static String last(Set<String> words) {
        String last = null;
        for (String w : words) last = w;
        return last;
    }

    /** An author's comparable form. */
    static Names of(Author a) {
        String local = null;
        if (a.address() != null && a.address().contains("@")) {
            local = a.address().substring(0, a.address().indexOf('@')).toLowerCase(Locale.ROOT);
        } else {
            Matcher m = CUT_ADDRESS.matcher(a.shown());
            if (m.find()) local = m.group(1).toLowerCase(Locale.ROOT);
            else {
                m = ADDRESS.matcher(a.shown());
                if (m.find()) local = m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        String name = a.name() != null && !a.name().isBlank() ? a.name() : a.shown();
        Matcher inName = a.name() == null ? null : ADDRESS.matcher(a.name());
        String nameLocal = inName != null && inName.find() ? inName.group(1).toLowerCase(Locale.ROOT) : null;
        return new Names(words(stripAddresses(name)), local, nameLocal);
    }

    /** An attribution's comparable form. */
    static Names of(String who) {
        String local = null;
        Matcher m = ADDRESS.matcher(who);
        if (m.find()) local = m.group(1).toLowerCase(Locale.ROOT);
        String name = BRACKETS.matcher(stripAddresses(who)).replaceAll(" ");
        return new Names(words(name), local);
    }

    private static String stripAddresses(String s) {
        return TRAILING_CUT.matcher(ADDRESS.matcher(s).replaceAll(" ")).replaceAll(" ");
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }
}
