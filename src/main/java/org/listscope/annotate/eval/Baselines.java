package org.listscope.annotate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two simple baselines the annotator is measured against, run on the same gold: (a) a regex
 * for U.S.C. sections, bills, cases and URLs plus a list of well-known act names; (b) a filter that
 * calls every sentence with a legal cue word a claim (of kind {@code legal-fact}).
 */
public final class Baselines {

    private Baselines() {
    }

    private static final Pattern USC = Pattern.compile("\\b\\d+\\s*U\\.?\\s?S\\.?\\s?C\\.?\\s*(?:§|[Ss]ec(?:tion|\\.)?)?\\s*\\d+");
    private static final Pattern BILL = Pattern.compile("\\b(?:H\\.\\s?R\\.|HR|S\\.)\\s?\\d{1,5}\\b");
    private static final Pattern CASE = Pattern.compile("\\b[A-Z][\\w.]+\\s+v\\.?\\s+[A-Z][\\w.]+");
    private static final Pattern URL = Pattern.compile("(?:https?|ftp|gopher)://\\S+");
    private static final Pattern ACTS = Pattern.compile("\\b(?:CALEA|ECPA|FISA|ITAR|DMCA|FOIA|CAN-SPAM|PATRIOT Act|Digital Telephony|"
            + "Wiretap Act|Stored Communications Act|Communications Decency Act|Privacy Act|Computer Security Act|"
            + "Freedom of Information Act|Electronic Communications Privacy Act|(?:First|Fourth|Fifth) Amendment)\\b");
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:law|laws|legal|illegal|court|courts|judge|must|shall|warrant|warrants|"
            + "subpoena\\w*|statute\\w*|regulation\\w*|required?|government|congress|constitution\\w*|amendment|ban|banned|"
            + "export|license|unlawful|prohibit\\w*)\\b");
    /** Where a sentence ends: after {@code . ! ?} before white space, or at a blank line. */
    static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s)|\\n\\s*\\n");

    /** Baseline (a): citations by a handful of regexes and act names. */
    public static List<Span> citations(String body) {
        List<Span> out = new ArrayList<>();
        add(out, USC, body, "usc");
        add(out, BILL, body, "bill");
        add(out, CASE, body, "case");
        add(out, URL, body, "url");
        add(out, ACTS, body, "act");
        return out;
    }

    /** Baseline (b): every sentence holding a legal cue word is a claim. */
    public static List<Span> claims(String body) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        Matcher end = SENTENCE_END.matcher(body);
        while (start < body.length()) {
            int stop = end.find(start) ? end.end() : body.length();
            if (stop <= start) stop = body.length();
            String sentence = body.substring(start, stop);
            if (CUE.matcher(sentence).find() && !sentence.strip().endsWith("?")) {
                out.add(new Span("claim", "legal-fact", start, stop, null));
            }
            start = stop;
        }
        return out;
    }

    private static void add(List<Span> out, Pattern p, String body, String kind) {
        Matcher m = p.matcher(body);
        while (m.find()) {
            Span s = new Span("citation", kind, m.start(), m.end(), null);
            if (out.stream().noneMatch(o -> o.overlaps(s))) out.add(s);
        }
    }
}
