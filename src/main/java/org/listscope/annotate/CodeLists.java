package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * The Code cited as statutes write it, by lists before the title and by chapters: {@code sections
 * 922 and 924 of title 18, United States Code} (each section a citation; also led by the singular,
 * {@code section 2511, 2512 and 2513 of title 18}), {@code sections 2274
 * through 2277 of title 42} (a range), {@code chapters 119 and 206 of title 18 and chapter 36 of
 * title 50} and {@code 18 U.S.C. ch. 121} (chapters, kind {@code usc}, written {@code 18 U.S.C. ch.
 * 119}, and the act a chapter is where {@link Codifications} knows it: chapter 119 of title 18 is
 * the Wiretap Act).
 */
final class CodeLists {

    private CodeLists() {
    }

    /** An item of a list of sections before their title ({@link Patterns#listOfTitle}). */
    static final Pattern SECTIONS = Patterns.listOfTitle(Patterns.SECTIONS_WORD, Patterns.SECTION_LEADING_MANY, true);
    /** A chapter, or an item of a list of chapters, before their title. */
    static final Pattern CHAPTERS = Patterns.listOfTitle(Patterns.CHAPTERS_WORD, null, false);

    private static final Pattern SECTIONS_BEFORE = Patterns.listBefore(Patterns.SECTIONS_WORD + "|" + Patterns.SECTION_LEADING_MANY, true);
    private static final Pattern CHAPTERS_BEFORE = Patterns.listBefore(Patterns.CHAPTERS_WORD, false);

    /** How far back the start of a list may stand from one of its later items. */
    private static final int LIST_REACH = 200;

    /** A section of a list before its title: {@code 924} of {@code sections 922 and 924 of title 18}. */
    static Citation buildSection(MatchResult m, Text t, String name) {
        int title = title(m);
        if (title < 1 || title > 54 || !leads(m, t, SECTIONS_BEFORE)) return null;
        String section = m.group(4) == null ? m.group(2) : m.group(2) + "-" + m.group(4);
        String t2 = String.valueOf(title);
        return Extractors.cite(t, "usc", m.start(), m.end(), Canonical.usc(t2, section, m.group(3)), Canonical.uscLink(t2, section),
                StatuteTopics.usc(title, section), 0.93, name);
    }

    /** A chapter before its title: {@code chapter 36 of title 50}, {@code 206} of {@code chapters 119 and 206 of title 18}. */
    static Citation buildChapter(MatchResult m, Text t, String name) {
        int title = title(m);
        if (title < 1 || title > 54 || !leads(m, t, CHAPTERS_BEFORE)) return null;
        return chapter(t, m.start(), m.end(), title, m.group(2), name);
    }

    /** {@code 18 U.S.C. ch. 119}. */
    static Citation buildUscChapter(MatchResult m, Text t, String name) {
        int title = Integer.parseInt(m.group(1));
        if (title < 1 || title > 54) return null;
        return chapter(t, m.start(), m.end(), title, m.group(2), name);
    }

    private static Citation chapter(Text t, int start, int end, int title, String chapter, String name) {
        String normalized = Canonical.uscChapter(String.valueOf(title), chapter);
        List<String> topics = new ArrayList<>();
        for (String act : Codifications.actsHolding(normalized)) {
            for (String topic : Lexicon.namedAct(act).topics()) {
                if (!topics.contains(topic)) topics.add(topic);
            }
        }
        return Extractors.cite(t, "usc", start, end, normalized, Canonical.uscChapterLink(String.valueOf(title), chapter),
                List.copyOf(topics), 0.93, name);
    }

    /** The title of the list's last item (group 5) or of the items after this one (group 6). */
    private static int title(MatchResult m) {
        return Integer.parseInt(m.group(5) != null ? m.group(5) : m.group(6));
    }

    /** Whether the match leads its list (its words matched), or the list's start stands right before it. */
    private static boolean leads(MatchResult m, Text t, Pattern before) {
        if (m.group(1) != null) return true;
        Matcher b = before.matcher(t.clean());
        b.region(Math.max(0, m.start() - LIST_REACH), m.start());
        return b.find();
    }
}
