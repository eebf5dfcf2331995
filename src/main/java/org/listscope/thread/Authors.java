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

    /** An author or attribution reduced to what can be compared. */
    record Names(Set<String> words, String local) {
        boolean isEmpty() {
            return words.isEmpty() && local == null;
        }
    }

    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final List<Names> names = new ArrayList<>();

    /** Adds message {@code i}'s author (messages are added in number order). */
    void add(int i, Author a) {
        Names n = of(a);
        names.add(n);
        Set<String> keys = new LinkedHashSet<>(n.words());
        if (n.local() != null) keys.add("@" + n.local());
        for (String k : keys) byWord.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
    }

    /** Messages whose author shares a name word or the address with {@code who}. */
    Set<Integer> candidates(Names who) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String w : who.words()) out.addAll(byWord.getOrDefault(w, List.of()));
        if (who.local() != null) {
            out.addAll(byWord.getOrDefault("@" + who.local(), List.of()));
            out.addAll(byWord.getOrDefault(who.local(), List.of()));
        }
        return out;
    }

    /** How well {@code who} names message {@code i}'s author, 0..1. */
    double score(Names who, int i) {
        Names a = names.get(i);
        if (who.local() != null && who.local().equals(a.local())) return 1.0;
        if (who.words().isEmpty()) return 0;
        int common = 0;
        for (String w : who.words()) if (a.words().contains(w)) common++;
        if (common == 0 && who.words().size() == 1 && a.local() != null && who.words().contains(a.local())) {
            return 0.9;
        }
        double s = (double) common / Math.max(who.words().size(), Math.min(2, a.words().size()));
        return Math.min(1.0, s);
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
        return new Names(words(stripAddresses(name)), local);
    }

    /** An attribution's comparable form. */
    static Names of(String who) {
        String local = null;
        Matcher m = ADDRESS.matcher(who);
        if (m.find()) local = m.group(1).toLowerCase(Locale.ROOT);
        String name = stripAddresses(who).replaceAll("[<>()\"']", " ");
        return new Names(words(name), local);
    }

    private static String stripAddresses(String s) {
        return ADDRESS.matcher(s).replaceAll(" ").replaceAll("\\b[\\w.+-]+\\s+at\\s*$", " ");
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }
}
