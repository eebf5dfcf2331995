package org.listscope.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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

    /** Claims in the given stretches of the text ({@code [start, end)} pairs, e.g. own text and quotes). */
    static List<Claim> find(Text text, List<int[]> stretches, List<Citation> citations) {
        String s = text.clean();
        List<Integer> anchors = Words.anchors(text.lower());
        for (Citation c : citations) {
            if (Lexicon.LEGAL_CITATION_KINDS.contains(c.kind())) anchors.add(c.start());
        }
        if (anchors.isEmpty()) return List.of();
        anchors.sort(null);
        List<Claim> out = new ArrayList<>();
        for (int[] stretch : stretches) {
            for (int[] sentence : Sentences.split(text.body(), s, stretch[0], stretch[1])) {
                if (!contains(anchors, sentence[0], sentence[1])) continue;
                Claim c = judge(text, sentence[0], sentence[1], citations);
                if (c != null) out.add(c);
            }
        }
        return out;
    }

    /** The claim a sentence makes, or {@code null}. */
    static Claim judge(Text text, int start, int end, List<Citation> citations) {
        String sentence = text.clean().substring(start, end);
        if (isQuestion(sentence) || Lexicon.JOKE.matcher(sentence).find() || Lexicon.NOT_ASSERTED.matcher(sentence).find()) return null;
        if (letters(sentence) < 12) return null;
        String kind = null;
        Set<String> evidence = new LinkedHashSet<>();
        int cues = 0;
        for (Map.Entry<String, Pattern> e : Lexicon.KIND_CUES.entrySet()) {
            Matcher m = e.getValue().matcher(sentence);
            int found = 0;
            while (found < 3 && m.find()) {
                if (kind == null) kind = e.getKey();
                evidence.add(cue(m.group()));
                found++;
            }
            if (found > 0) cues++;
        }
        if (!"recommendation".equals(kind) && !Lexicon.FINITE.matcher(sentence).find()) return null; // imperatives recommend
        boolean statement = false;
        if (kind == null) {
            // no cue: a plain statement about the law is a legal fact, unless it is talk about talk
            Matcher institution = Lexicon.INSTITUTION.matcher(sentence);
            String about = institution.find() ? cue(institution.group()) : legalCitationIn(citations, start, end);
            if (about == null || Lexicon.META.matcher(sentence).find() || words(sentence) < 5) return null;
            kind = "legal-fact";
            statement = true;
            evidence.add("statement about " + about);
        }
        Matcher anchor = Lexicon.ANCHOR.matcher(sentence);
        boolean legalCitation = false;
        for (Citation c : citations) {
            if (c.start() >= start && c.end() <= end && Lexicon.LEGAL_CITATION_KINDS.contains(c.kind())) {
                legalCitation = true;
                evidence.add("cites " + c.normalized());
            }
        }
        if (anchor.find()) {
            evidence.add("legal term: " + cue(anchor.group()));
        } else if (!legalCitation && !statement) {
            Matcher weak = Lexicon.WEAK_ANCHOR.matcher(sentence);
            if (!Lexicon.NORMATIVE_KINDS.contains(kind) || !weak.find()) return null;
            evidence.add("policy actor: " + cue(weak.group()));
        }
        Matcher hedge = Lexicon.HEDGE.matcher(sentence);
        boolean hedged = hedge.find();
        if (hedged) evidence.add("hedge: " + cue(hedge.group()));
        Set<String> topics = new LinkedHashSet<>(Lexicon.topicsOf(sentence));
        for (Citation c : citations) {
            if (c.start() >= start && c.end() <= end) topics.addAll(c.topics());
        }
        double confidence = Math.min(0.95, 0.55 + 0.1 * Math.min(3, cues) + (legalCitation ? 0.1 : 0) - (hedged ? 0.15 : 0));
        return new Claim(kind, start, end, text.slice(start, end), List.copyOf(topics), round(confidence),
                List.copyOf(evidence), hedged, false, null);
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

    private static List<Integer> positions(Pattern p, String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.start());
        return out;
    }

    private static boolean contains(List<Integer> sorted, int start, int end) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < start) lo = mid + 1;
            else hi = mid;
        }
        return lo < sorted.size() && sorted.get(lo) < end;
    }
}
