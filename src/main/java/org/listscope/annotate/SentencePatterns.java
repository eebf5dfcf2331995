package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the lexicon's sentence patterns find in one sentence, all found in one walk over it
 * ({@link ScanSet}): whether the filters match ({@link Lexicon#JOKE}, {@link Lexicon#NOT_ASSERTED},
 * {@link Lexicon#META}, {@link Lexicon#FINITE}), the first match of the anchor, institution and
 * hedge patterns, every match of each claim cue ({@link Lexicon#KIND_CUES}) and the topics
 * ({@link Lexicon#TOPICS}). Each pattern's matches are those of {@link java.util.regex.Matcher#find()}.
 */
final class SentencePatterns {

    /** Where the alternatives of the filter patterns start; every other pattern starts a word. */
    private static final Scan JOKE_STARTS = Scan.atAnyCase(":;8(<*glh").refine(Lexicon.JOKE);
    private static final Scan NOT_ASSERTED_STARTS = Scan.atAnyCase("irqawb").refine(Lexicon.NOT_ASSERTED);
    private static final Scan META_STARTS = Scan.atAnyCase("iwdgmfbanst").refine(Lexicon.META);

    /** Pattern numbers in the walk; the cue kinds follow, then the topics, each in their map's order. */
    static final int JOKE = 0;
    static final int NOT_ASSERTED = 1;
    static final int META = 2;
    static final int FINITE = 3;
    static final int INSTITUTION = 4;
    static final int ANCHOR = 5;
    static final int WEAK_ANCHOR = 6;
    static final int HEDGE = 7;
    private static final int CUES = 8;

    /** The cue kinds, in {@link Lexicon#KIND_CUES} order. */
    static final List<String> CUE_KINDS = List.copyOf(Lexicon.KIND_CUES.keySet());
    private static final List<String> TOPICS = List.copyOf(Lexicon.TOPICS.keySet());
    private static final int TOPICS_AT = CUES + CUE_KINDS.size();

    private static final ScanSet SET = set();

    /** Every pattern but the cues stops at its first match. */
    private static final long FIRST_ONLY = (1L << CUES) - 1 | ((1L << TOPICS.size()) - 1) << TOPICS_AT;

    private static ScanSet set() {
        List<Pattern> patterns = new ArrayList<>(List.of(Lexicon.JOKE, Lexicon.NOT_ASSERTED, Lexicon.META, Lexicon.FINITE,
                Lexicon.INSTITUTION, Lexicon.ANCHOR, Lexicon.WEAK_ANCHOR, Lexicon.HEDGE));
        patterns.addAll(Lexicon.KIND_CUES.values());
        patterns.addAll(Lexicon.TOPICS.values());
        List<Scan> scans = new ArrayList<>(List.of(JOKE_STARTS, NOT_ASSERTED_STARTS, META_STARTS));
        for (Pattern p : patterns.subList(scans.size(), patterns.size())) scans.add(Scan.WORD_START.refine(p));
        return new ScanSet(scans, patterns);
    }

    /** One match of a cue: where it starts, and its text. */
    record Cue(int start, String text) {
    }

    /** Per pattern up to {@link #CUES}: the text of its first match, or {@code null}. */
    private final String[] first = new String[CUES];

    /** Per cue kind: its matches in text order. */
    private final List<List<Cue>> cues = new ArrayList<>(CUE_KINDS.size());

    /** Per topic: whether its pattern matched. */
    private final boolean[] topics = new boolean[TOPICS.size()];

    private SentencePatterns() {
        for (int k = 0; k < CUE_KINDS.size(); k++) cues.add(new ArrayList<>(1));
    }

    /** What the patterns find in {@code sentence}. */
    static SentencePatterns of(String sentence) {
        SentencePatterns found = new SentencePatterns();
        SET.each(sentence, -1L, FIRST_ONLY, (x, m) -> {
            if (x < CUES) found.first[x] = m.group();
            else if (x < TOPICS_AT) found.cues.get(x - CUES).add(new Cue(m.start(), m.group()));
            else found.topics[x - TOPICS_AT] = true;
            return m.end();
        });
        return found;
    }

    /** Whether pattern {@code which} ({@link #JOKE} to {@link #HEDGE}) matched. */
    boolean has(int which) {
        return first[which] != null;
    }

    /** The text of the first match of pattern {@code which} ({@link #JOKE} to {@link #HEDGE}), or {@code null}. */
    String first(int which) {
        return first[which];
    }

    /** The matches of cue kind number {@code kind} ({@link #CUE_KINDS}), in text order. */
    List<Cue> cues(int kind) {
        return cues.get(kind);
    }

    /** The topics whose pattern matched, in {@link Lexicon#TOPICS} order. */
    List<String> topics() {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < topics.length; t++) {
            if (topics[t]) out.add(TOPICS.get(t));
        }
        return out;
    }
}
