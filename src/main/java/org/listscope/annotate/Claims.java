package org.listscope.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.listscope.model.Citation;
import org.listscope.model.Claim;

/**
 * Claims: sentences that assert what a law, court or policy requires, forbids, allows, is or
 * causes, recommend an action because of it, or predict a policy outcome. A sentence becomes a
 * claim only with a legal or policy anchor (a legal word or a legal citation) and a cue of its
 * kind; questions and jokes never do. The kind is the first cue kind that fires in
 * {@link Lexicon#KIND_CUES} order, as the annotation guidelines state.
 */
final class Claims {

    private Claims() {
    }

    /** The lexicon's patterns all start a match at the start of a word. */
    private static final Scan WORD = Scan.WORD_START;

    /** Where the alternatives of {@link Lexicon#JOKE}, {@link Lexicon#NOT_ASSERTED} and {@link Lexicon#META} start. */
    static final Scan JOKE = Scan.atAnyCase(":;8(<*glh").refine(Lexicon.JOKE);
    static final Scan NOT_ASSERTED = Scan.atAnyCase("irqawb").refine(Lexicon.NOT_ASSERTED);
    static final Scan META = Scan.atAnyCase("iwdgmfbanst").refine(Lexicon.META);

    /** Claims in the given stretches of the text ({@code [start, end)} pairs, e.g. own text and quotes). */
    static List<Claim> find(Text text, List<int[]> stretches, List<Citation> citations) {
        String s = text.clean();
        int[] words = Words.anchors(text.lower());
        int[] anchors = java.util.Arrays.copyOf(words, words.length + citations.size());
        int n = words.length;
        for (Citation c : citations) {
            if (Lexicon.LEGAL_CITATION_KINDS.contains(c.kind())) anchors[n++] = c.start();
        }
        if (n == 0) return List.of();
        java.util.Arrays.sort(anchors, 0, n);
        List<Claim> out = new ArrayList<>();
        for (int[] stretch : stretches) {
            for (int[] sentence : Sentences.split(text.body(), s, stretch[0], stretch[1])) {
                if (!contains(anchors, n, sentence[0], sentence[1])) continue;
                Claim c = judge(text, sentence[0], sentence[1], citations);
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    /** The claim a sentence makes, or {@code null}. */
    static Claim judge(Text text, int start, int end, List<Citation> citations) {
        String sentence = text.clean().substring(start, end);
        if (isQuestion(sentence) || JOKE.first(Lexicon.JOKE, sentence) != null || NOT_ASSERTED.first(Lexicon.NOT_ASSERTED, sentence) != null) return null;
        if (letters(sentence) < 12) return null;
        int[] wordStarts = WORD.starts(sentence); // shared by every word-start pattern below
        String kind = null;
        Set<String> evidence = new LinkedHashSet<>();
        int cues = 0;
        Map<String, List<String>> byKind = new java.util.HashMap<>();
        for (Map.Entry<String, Pattern> e : Lexicon.KIND_CUES.entrySet()) {
            String cueKind = e.getKey();
            WORD.refine(e.getValue()).each(e.getValue(), sentence, wordStarts, m -> {
                if (reported(sentence, m.start())) return; // "whether it is illegal", "knew it was illegal"
                boolean negated = NEGATABLE.contains(cueKind) && negated(sentence, m.start());
                String k = negated ? "permission" : cueKind; // "not illegal", "not required", "don't forbid"
                List<String> found = byKind.computeIfAbsent(k, x -> new ArrayList<>(3));
                if (found.size() < 3) found.add((negated ? "not " : "") + cue(m.group()));
            });
        }
        for (String k : Lexicon.KIND_CUES.keySet()) {
            List<String> found = byKind.get(k);
            if (found == null) continue;
            if (kind == null) kind = k;
            evidence.addAll(found);
            cues++;
        }
        if (!"recommendation".equals(kind) && WORD.refine(Lexicon.FINITE).first(Lexicon.FINITE, sentence, wordStarts) == null) return null; // imperatives recommend
        boolean statement = false;
        if (kind == null) {
            // no cue: a plain statement about the law is a legal fact, unless it is talk about talk
            MatchResult institution = WORD.refine(Lexicon.INSTITUTION).first(Lexicon.INSTITUTION, sentence, wordStarts);
            String about = institution != null ? cue(institution.group()) : legalCitationIn(citations, start, end);
            if (about == null || META.first(Lexicon.META, sentence) != null || words(sentence) < 5) return null;
            kind = "legal-fact";
            statement = true;
            evidence.add("statement about " + about);
        }
        MatchResult anchor = WORD.refine(Lexicon.ANCHOR).first(Lexicon.ANCHOR, sentence, wordStarts);
        boolean legalCitation = false;
        for (Citation c : citations) {
            if (c.start() >= start && c.end() <= end && Lexicon.LEGAL_CITATION_KINDS.contains(c.kind())) {
                legalCitation = true;
                evidence.add("cites " + c.normalized());
            }
        }
        if (anchor != null) {
            evidence.add("legal term: " + cue(anchor.group()));
        } else if (!legalCitation && !statement) {
            MatchResult weak = Lexicon.NORMATIVE_KINDS.contains(kind) ? WORD.refine(Lexicon.WEAK_ANCHOR).first(Lexicon.WEAK_ANCHOR, sentence, wordStarts) : null;
            MatchResult institution = weak == null ? WORD.refine(Lexicon.INSTITUTION).first(Lexicon.INSTITUTION, sentence, wordStarts) : null;
            if (weak != null) evidence.add("policy actor: " + cue(weak.group()));
            else if (institution != null) evidence.add("about " + cue(institution.group())); // "plead the 5th" (testimony)
            else return null;
        }
        MatchResult hedge = WORD.refine(Lexicon.HEDGE).first(Lexicon.HEDGE, sentence, wordStarts);
        boolean hedged = hedge != null;
        if (hedged) evidence.add("hedge: " + cue(hedge.group()));
        Set<String> topics = new LinkedHashSet<>(Lexicon.topicsOf(sentence, wordStarts));
        for (Citation c : citations) {
            if (c.start() >= start && c.end() <= end) topics.addAll(c.topics());
        }
        double confidence = Math.min(0.95, 0.55 + 0.1 * Math.min(3, cues) + (legalCitation ? 0.1 : 0) - (hedged ? 0.15 : 0));
        return new Claim(kind, start, end, text.slice(start, end), List.copyOf(topics), round(confidence),
                List.copyOf(evidence), hedged, false, null);
    }

    /** Kinds whose cue, negated, grants rather than forbids or requires ("not illegal", "no obligation"). */
    private static final Set<String> NEGATABLE = Set.of("prohibition", "obligation");

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "nothing", "doesnot", "dont", "isnt");

    /** Words that put what follows them in a reported or open clause, not an assertion. */
    private static final Set<String> REPORTING = Set.of("knew", "know", "knows", "knowing", "aware");

    /**
     * Whether a negation governs the cue at {@code at}: one of the three words before it, in the
     * same clause, is "not", "no", "never" or a contraction in "n't" ("is not illegal", "don't
     * forbid", "under no obligation"), but not "not only".
     */
    static boolean negated(String s, int at) {
        List<String> before = wordsBefore(s, at, 3);
        for (int i = 0; i < before.size(); i++) {
            String w = before.get(i);
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                return !(i > 0 && (before.get(i - 1).equals("only") || before.get(i - 1).equals("just")));
            }
        }
        return false;
    }

    /**
     * Whether the cue at {@code at} lies in a clause that is asked or known about rather than
     * asserted: after "whether" in the same clause, or within five words after "knew"/"know".
     */
    static boolean reported(String s, int at) {
        List<String> before = wordsBefore(s, at, 40);
        for (int i = 0; i < before.size(); i++) {
            String w = before.get(i);
            if (w.equals("whether")) return true;
            if (i < 5 && REPORTING.contains(w)) return true;
        }
        return false;
    }

    /** Up to {@code max} lower-case words before {@code at}, nearest first, stopping at clause punctuation. */
    private static List<String> wordsBefore(String s, int at, int max) {
        List<String> out = new ArrayList<>(max);
        int i = at;
        while (out.size() < max && i > 0) {
            while (i > 0 && s.charAt(i - 1) == ' ' || i > 0 && s.charAt(i - 1) == '\n') i--;
            if (i == 0) break;
            char c = s.charAt(i - 1);
            if (",;:()".indexOf(c) >= 0) break;
            int end = i;
            while (i > 0 && (Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '\'')) i--;
            if (i == end) { // some other mark: skip it
                i--;
                continue;
            }
            out.add(s.substring(i, end).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean isQuestion(String sentence) {
        String t = sentence.strip();
        while (!t.isEmpty() && "\"')".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t.endsWith("?");
    }

    private static String legalCitationIn(List<Citation> citations, int start, int end) {
        for (Citation c : citations) {
            if (c.start() >= start && c.end() <= end && Lexicon.LEGAL_CITATION_KINDS.contains(c.kind())) return c.normalized();
        }
        return null;
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    private static String cue(String raw) {
        return raw.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    /** Whether {@code sorted[0, n)} holds a value in {@code [start, end)}. */
    private static boolean contains(int[] sorted, int n, int start, int end) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < start) lo = mid + 1;
            else hi = mid;
        }
        return lo < n && sorted[lo] < end;
    }
}
