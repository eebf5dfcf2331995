package org.listscope.annotate;

import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * Bills and acts by their nicknames ({@link Lexicon#NICKNAMES}) as one pattern with a group per
 * nickname, cited as the bill or act only in a message of the nickname's years.
 */
final class LawNicknames {

    private LawNicknames() {
    }

    /** Lower-case words of which every nickname holds one. */
    static final List<String> TRIGGERS = List.of("cantwell", "markey", "wiretap", "fbi", "leahy", "dt ", "crime");

    /** The characters a nickname starts with. */
    static final String STARTS = "CMFEWwLDc";

    /** One group per nickname, in {@link Lexicon#NICKNAMES} order. */
    static final Pattern PATTERN = EntryPattern.compile("(?<![\\w-])",
            Lexicon.NICKNAMES.stream().map(LawNickname::aliases).toList());

    /** The citation of the nickname that matched, where the message is of its years; else {@code null}. */
    static Citation build(MatchResult m, Text t, String name) {
        LawNickname n = matched(m);
        if (n == null || t.date() == null) return null;
        int year = t.date().atZone(ZoneOffset.UTC).getYear();
        if (!n.usedIn(year)) return null;
        return Extractors.cite(t, n.kind(), m.start(), m.end(), n.normalized(), n.link(), n.topics(), 0.85,
                name + "; message of " + year);
    }

    /**
     * The normalized name of the bill or act that {@code text} wholly names by a nickname, whatever
     * the year ({@code Cantwell bill}: {@code H.R. 3627 (103rd)}), or {@code null}.
     */
    static String named(String text) {
        int i = EntryPattern.wholly(PATTERN, text);
        return i < 0 ? null : Lexicon.NICKNAMES.get(i).normalized();
    }

    /** The nickname whose group matched, or {@code null}. */
    private static LawNickname matched(MatchResult m) {
        int i = EntryPattern.entry(m);
        return i < 0 ? null : Lexicon.NICKNAMES.get(i);
    }
}
