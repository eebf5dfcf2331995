package org.listscope.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /**
     * One sentence as the patterns read it: its span in the body, its text as {@link #readable}
     * gives it, and what the patterns found there.
     */
    record Read(int start, int end, String text, SentencePatterns found) {
    }

    /**
     * Claims in the given stretches of the text ({@code [start, end)} pairs, e.g. own text and quotes).
     * Every sentence read on the way (one with an anchor, not standing licence text) goes to
     * {@code reads}, claim or not, so that the topic stage need not read it again.
     */
    static List<Claim> find(Text text, List<int[]> stretches, List<Citation> citations, Consumer<Read> reads) {
        String s = text.clean();
        int[] words = Words.anchors(text);
        int[] anchors = java.util.Arrays.copyOf(words, words.length + citations.size());
        int n = words.length;
        for (Citation c : citations) {
            if (Lexicon.LEGAL_CITATION_KINDS.contains(c.kind())) anchors[n++] = c.start();
        }
        if (n == 0) return List.of();
        java.util.Arrays.sort(anchors, 0, n);
        long hints = Lookalikes.hints(s, text.lower(), words);
        List<Claim> out = new ArrayList<>();
        for (int[] stretch : stretches) {
            if (!contains(anchors, n, stretch[0], stretch[1])) continue; // no sentence of it is judged
            for (int[] sentence : Sentences.split(text.body(), s, stretch[0], stretch[1])) {
                if (!contains(anchors, n, sentence[0], sentence[1])) continue;
                String readable = readable(text, sentence[0], sentence[1], hints);
                if (readable == null) continue;
                Read read = new Read(sentence[0], sentence[1], readable, SentencePatterns.of(readable));
                reads.accept(read);
                Claim c = judge(text, read, citations);
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    /** The claim a sentence makes, or {@code null}. */
    static Claim judge(Text text, Read read, List<Citation> citations) {
        String sentence = read.text();
        if (isQuestion(sentence)) return null;
        int start = read.start();
        int end = read.end();
        SentencePatterns found = read.found();
        if (found.has(SentencePatterns.JOKE) || found.has(SentencePatterns.NOT_ASSERTED)) return null;
        if (holds(text.lower(), "will", start, end) && Lexicon.PROGRAMME.matcher(sentence).find()) return null;
        if (holds(text.lower(), "outlaws", start, end) && Lexicon.SLOGAN.matcher(sentence).find()) return null;
        if (letters(sentence) < 12) return null;
        String kind = null;
        Set<String> evidence = new LinkedHashSet<>();
        int cues = 0;
        boolean proposal = false; // a ban or duty proposed: a fact of policy, which a policy actor may anchor like the ban itself
        Map<String, List<String>> byKind = new java.util.HashMap<>();
        for (int k = 0; k < SentencePatterns.CUE_KINDS.size(); k++) {
            String cueKind = SentencePatterns.CUE_KINDS.get(k);
            for (SentencePatterns.Cue m : found.cues(k)) {
                if (reported(sentence, m.start())) continue; // "whether it is illegal", "knew it was illegal"
                boolean negated = NEGATABLE.contains(cueKind) && negated(sentence, m.start());
                boolean proposed = !negated && NEGATABLE.contains(cueKind) && proposed(sentence, m.start());
                // "not illegal", "not required", "don't forbid"; "considering banning", "legislation to require": a fact of policy
                String kd = negated ? "permission" : proposed ? "legal-fact" : cueKind;
                proposal |= proposed;
                List<String> list = byKind.computeIfAbsent(kd, x -> new ArrayList<>(3));
                if (list.size() < 3) list.add((negated ? "not " : proposed ? "proposed " : "") + cue(m.text()));
            }
        }
        for (String k : SentencePatterns.CUE_KINDS) {
            List<String> list = byKind.get(k);
            if (list == null) continue;
            if (kind == null) kind = k;
            evidence.addAll(list);
            cues++;
        }
        if (!"recommendation".equals(kind) && !found.has(SentencePatterns.FINITE)) return null; // imperatives recommend
        boolean statement = false;
        String institution = found.first(SentencePatterns.INSTITUTION);
        if (kind == null) {
            // no cue: a plain statement about the law is a legal fact, unless it is talk about talk
            String about = institution != null ? cue(institution) : legalCitationIn(citations, start, end);
            if (about == null || found.has(SentencePatterns.META) || words(sentence) < 5 || listing(sentence)) return null;
            kind = "legal-fact";
            statement = true;
            evidence.add("statement about " + about);
        }
        String anchor = found.first(SentencePatterns.ANCHOR);
        boolean legalCitation = false;
        for (Citation c : citations) {
            if (c.start() >= start && c.end() <= end && Lexicon.LEGAL_CITATION_KINDS.contains(c.kind())) {
                legalCitation = true;
                evidence.add("cites " + c.normalized());
            }
        }
        if (anchor != null) {
            evidence.add("legal term: " + cue(anchor));
        } else if (!legalCitation && !statement) {
            boolean normative = Lexicon.NORMATIVE_KINDS.contains(kind) || proposal && kind.equals("legal-fact");
            String weak = normative ? found.first(SentencePatterns.WEAK_ANCHOR) : null;
            if (weak != null) evidence.add("policy actor: " + cue(weak));
            else if (institution != null) evidence.add("about " + cue(institution)); // "plead the 5th" (testimony)
            else return null;
        }
        if (code(sentence)) return null; // last: few sentences get this far
        String hedge = found.first(SentencePatterns.HEDGE);
        boolean hedged = hedge != null;
        if (hedged) evidence.add("hedge: " + cue(hedge));
        Set<String> topics = new LinkedHashSet<>(found.topics());
        for (Citation c : citations) {
            if (c.start() >= start && c.end() <= end) topics.addAll(c.topics());
        }
        double confidence = Math.min(0.95, 0.55 + 0.1 * Math.min(3, cues) + (legalCitation ? 0.1 : 0) - (hedged ? 0.15 : 0));
        return new Claim(kind, start, end, text.slice(start, end), List.copyOf(topics), round(confidence),
                List.copyOf(evidence), hedged, false, null);
    }

    /**
     * A sentence as the patterns read it: lookalikes of legal words masked ("Pretty Good Privacy",
     * "warrant" as a verb), or {@code null} for a licence's or disclaimer's standing text.
     */
    private static String readable(Text text, int start, int end, long hints) {
        String sentence = text.clean().substring(start, end);
        if (hints == 0) return sentence;
        String lower = text.lower().substring(start, end);
        return Lookalikes.boilerplate(sentence, lower, hints) ? null : Lookalikes.mask(sentence, lower, hints);
    }

    /**
     * Whether the sentence holds two marks of program text ({@link Lexicon#CODE}); tried only where
     * it holds a parenthesis or an equals sign, as two marks without one are rare.
     */
    static boolean code(String sentence) {
        if (sentence.indexOf('(') < 0 && sentence.indexOf('=') < 0) return false;
        return twice(Lexicon.CODE, sentence);
    }

    /**
     * Whether the sentence holds two telephone numbers or more ({@link Lexicon#TELEPHONE}): a row of
     * a directory or a contact block ("Wyden, Ronald (D) 1-202-225-4811 1-202-225-8941 1111 LHOB
     * Cosponsored HR 3627 on 03/22/94"), which names the law it lists but asserts nothing about it.
     */
    static boolean listing(String sentence) {
        return twice(Lexicon.TELEPHONE, sentence);
    }

    /** Whether {@code p} is found twice or more in {@code s}. */
    private static boolean twice(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() && m.find();
    }

    /** Kinds whose cue, negated, grants rather than forbids or requires ("not illegal", "no obligation"). */
    private static final Set<String> NEGATABLE = Set.of("prohibition", "obligation");

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nor", "nothing", "doesnot", "dont", "isnt");

    /** Words that put what follows them in a reported or open clause, not an assertion. */
    private static final Set<String> REPORTING = Set.of("knew", "know", "knows", "knowing", "aware");

    /**
     * Whether a negation governs the cue at {@code at}: one of the three words before it, in the
     * same clause, is "not", "no", "never" or a contraction in "n't" ("is not illegal", "don't
     * forbid", "under no obligation"), but not "not only". Adverbs of time and degree between them
     * are not counted among the three ("hasn't yet been declared illegal"), and an aside in brackets
     * is passed over ("is not (at present) illegal").
     */
    static boolean negated(String s, int at) {
        List<String> before = wordsBefore(s, at, 3 + INTERPOSED.size(), true);
        int counted = 0;
        for (int i = 0; i < before.size() && counted < 3; i++) {
            String w = before.get(i);
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                return !(i > 0 && (before.get(i - 1).equals("only") || before.get(i - 1).equals("just")));
            }
            if (!INTERPOSED.contains(w)) counted++;
        }
        return false;
    }

    /** Adverbs that may stand between a negation and what it negates without counting as words of the clause ("not yet", "never actually"). */
    private static final Set<String> INTERPOSED = Set.of("yet", "ever", "even", "actually", "really", "currently", "presently",
            "necessarily", "explicitly", "expressly", "specifically");

    /** Verbs that make the ban or duty right after them one proposed or considered ("is considering banning"). */
    private static final Set<String> PROPOSING = Set.of("consider", "considers", "considering", "propose", "proposes",
            "proposing", "proposed");

    /**
     * Words that, before "to", make the ban or duty after it one proposed or sought: the verbs of
     * proposing and these ("plans to outlaw", "a proposal to require", "legislation to require",
     * "they intend to outlaw"; not "intended to", which may tell a law's purpose).
     */
    private static final Set<String> PROPOSING_TO = Stream.concat(PROPOSING.stream(), Stream.of("proposal", "proposals",
            "legislation", "seek", "seeks", "seeking", "sought", "plan", "plans", "planning", "intend", "intends", "intending")).collect(Collectors.toUnmodifiableSet());

    /**
     * Whether the cue at {@code at} lies in a clause that is asked or known about rather than
     * asserted: after "whether" in the same clause, within five words after "knew"/"know", or
     * after "where in", "where precisely", "exactly where" ("no idea where in the codes such
     * accounts are prohibited", "look up where in the law books it is outlawed").
     */
    static boolean reported(String s, int at) {
        List<String> before = wordsBefore(s, at, 40, false);
        for (int i = 0; i < before.size(); i++) {
            String w = before.get(i);
            if (w.equals("whether")) return true;
            if (i < 5 && REPORTING.contains(w)) return true;
            if (w.equals("where") && (i > 0 && WHERE_IN.contains(before.get(i - 1))
                    || i + 1 < before.size() && before.get(i + 1).equals("exactly"))) return true;
        }
        return false;
    }

    private static final Set<String> WHERE_IN = Set.of("in", "precisely", "specifically", "exactly");

    /**
     * Whether the ban or duty at {@code at} is only proposed, considered or sought: the word right
     * before it is a verb of proposing ("is considering banning", "has proposed banning", "the
     * proposed ban"), or the two before it are such a word and "to" ("plans to outlaw", "a proposal
     * to require", "legislation to require"). A proposal that is the subject ("the Clipper proposal
     * requires") and "legislation requiring" (which may be in force) are not; nor is "considered
     * illegal" (regarded as illegal).
     */
    static boolean proposed(String s, int at) {
        List<String> before = wordsBefore(s, at, 2, false);
        if (before.isEmpty()) return false;
        if (PROPOSING.contains(before.get(0))) return true;
        return before.size() == 2 && before.get(0).equals("to") && PROPOSING_TO.contains(before.get(1));
    }

    /**
     * Up to {@code max} lower-case words before {@code at}, nearest first, stopping at clause
     * punctuation; with {@code asides}, a bracketed aside before {@code at} is passed over whole.
     */
    private static List<String> wordsBefore(String s, int at, int max, boolean asides) {
        List<String> out = new ArrayList<>(max);
        int i = at;
        while (out.size() < max && i > 0) {
            while (i > 0 && s.charAt(i - 1) == ' ' || i > 0 && s.charAt(i - 1) == '\n') i--;
            if (i == 0) break;
            char c = s.charAt(i - 1);
            if (asides && c == ')') {
                int open = s.lastIndexOf('(', i - 2);
                if (open < 0) break;
                i = open;
                continue;
            }
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

    /** Whether {@code text[start, end)} holds {@code word}, looked for in that stretch only. */
    private static boolean holds(String text, String word, int start, int end) {
        for (int i = start; i + word.length() <= end; i++) {
            if (text.startsWith(word, i)) return true;
        }
        return false;
    }

    /** Whether the first {@code n} of the ascending positions {@code sorted} hold one in {@code [start, end)}. */
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
