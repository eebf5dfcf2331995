package org.listscope.annotate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that look like legal terms and are none: "Bill" as a given name ("Bill Gates", "a note
 * to Bill"), eponymous laws ("Moore's law", "Benford's law") and the laws of nature or logic.
 * {@link #mask} blanks them out of a sentence, keeping its length, before the claim patterns
 * read it; a licence's standing text ({@link #boilerplate}) is no claim at all.
 */
final class Lookalikes {

    private Lookalikes() {
    }

    /** A capitalised "Bill": a given name or a piece of legislation, as {@link #person} tells. */
    private static final Pattern BILL = Pattern.compile("\\bBill\\b");

    /** Words before "Bill" that make it a piece of legislation ("the Bill", "this Bill"). */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "a", "an", "our", "their", "his", "her", "its",
            "new", "any", "each", "every", "whose", "which", "same", "crime", "house", "senate", "congressional");

    /** "Moore's law", "Murphy's Law": laws named after the person who stated them. */
    private static final Pattern EPONYMOUS = Pattern.compile("\\b(?:Moore|Murphy|Benford|Metcalfe|Godwin|Parkinson|Sturgeon|Amdahl|"
            + "Zipf|Gresham|Hofstadter|Conway|Brooks|Ohm|Newton|Kirchhoff|Boyle|Hooke|Poe|Sod|Fitts|Wirth|Linus|Postel|Lehman|"
            + "Grosch|Kerckhoffs?|Clarke|Pareto|Hick|Campbell|Goodhart|Hanlon|Occam|Finagle|Cole|Gilder|Reed|Sarnoff|Wiio)'s\\s+(laws?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "the laws of physics", "the law of averages". */
    private static final Pattern OF_NATURE = Pattern.compile("\\b(laws?)\\s+of\\s+(?:physics|nature|thermodynamics|gravity|gravitation|"
            + "large\\s+numbers|averages|the\\s+jungle|probability|motion|economics|supply\\s+and\\s+demand|mathematics|logic|"
            + "chance|the\\s+universe|reality|diminishing\\s+returns|unintended\\s+consequences)\\b", Pattern.CASE_INSENSITIVE);

    /** The standing sentences of software licences and copyright notices, pasted with code. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)all\\s+rights\\s+reserved|"
            + "redistributions?\\s+(?:and\\s+use\\s+)?(?:of|in)\\s+(?:source|binary)|without\\s+any\\s+warranty|merchantability|"
            + "fitness\\s+for\\s+a\\s+particular\\s+purpose|in\\s+no\\s+event\\s+shall|are\\s+disclaimed|"
            + "free\\s+software;\\s+you\\s+can\\s+redistribute|you\\s+should\\s+have\\s+received\\s+a\\s+copy\\s+of\\s+the\\s+gnu|"
            + "above\\s+copyright\\s+notice|permission\\s+is\\s+hereby\\s+granted|provided\\s+(?:by\\s+the\\s+\\w+(?:\\s+\\w+)?\\s+)?\"as\\s+is\"");

    /**
     * Whether the sentence is a licence's or a copyright notice's standing text ("Redistributions of
     * source code must retain the above copyright notice", "WITHOUT ANY WARRANTY"): legal words, but
     * nobody's claim.
     */
    static boolean boilerplate(String sentence) {
        String l = sentence;
        if (!l.contains("opyright") && !l.contains("OPYRIGHT") && !l.contains("ARRANT") && !l.contains("arrant")
                && !l.contains("ights reserved") && !l.contains("IGHTS RESERVED") && !l.contains("ights Reserved")
                && !l.contains("edistribut") && !l.contains("EDISTRIBUT") && !l.contains("ERCHANTAB") && !l.contains("erchantab")
                && !l.contains("ermission") && !l.contains("ISCLAIM") && !l.contains("isclaim")
                && !l.contains("AS IS") && !l.contains("as is") && !l.contains("EVENT") && !l.contains("event")
                && !l.contains("articular") && !l.contains("ARTICULAR") && !l.contains("GNU")) {
            return false;
        }
        return BOILERPLATE.matcher(sentence).find();
    }

    /** The sentence with its lookalikes blanked out (letters replaced, so every offset stays). */
    static String mask(String sentence) {
        boolean bill = sentence.contains("Bill");
        // the law patterns need "'s law" or "law(s) of": looked for first, the patterns are dearer
        boolean law = spaced(sentence, "'s", "law") || spaced(sentence, "law", "of") || spaced(sentence, "laws", "of");
        if (!bill && !law) return sentence;
        char[] out = null;
        if (bill) {
            Matcher m = BILL.matcher(sentence);
            while (m.find()) {
                if (!person(sentence, m.start(), m.end())) continue;
                if (out == null) out = sentence.toCharArray();
                blank(out, m.start(), m.end());
            }
        }
        if (law) {
            for (Pattern p : new Pattern[] {EPONYMOUS, OF_NATURE}) {
                Matcher m = p.matcher(sentence);
                while (m.find()) {
                    if (out == null) out = sentence.toCharArray();
                    blank(out, m.start(1), m.end(1));
                }
            }
        }
        return out == null ? sentence : new String(out);
    }

    /**
     * Whether the "Bill" at [start, end) is a person: not followed by "of" or a number ("Bill of
     * Rights", "Bill 266"), and followed by a capitalised word ("Bill Gates") or with no determiner
     * or name right before it ("to Bill", "as Bill has", a sentence that starts "Bill is"; not
     * "the Bill", "Cantwell Bill").
     */
    private static boolean person(String s, int start, int end) {
        int n = end;
        while (n < s.length() && s.charAt(n) == ' ') n++;
        if (n < s.length() && (s.regionMatches(true, n, "of", 0, 2) && (n + 2 == s.length() || !Character.isLetter(s.charAt(n + 2)))
                || Character.isDigit(s.charAt(n)))) {
            return false; // "Bill of Rights", "Bill 266"
        }
        if (n > end && n < s.length() && Character.isUpperCase(s.charAt(n))) return true;
        int b = start;
        while (b > 0 && s.charAt(b - 1) == ' ') b--;
        if (b == start && start > 0) return false; // "Cantwell-Bill", "(Bill": another mark, leave it
        int w = b;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) w--;
        if (w == b) return true; // the sentence starts here, or after a comma
        String before = s.substring(w, b);
        return !Character.isUpperCase(before.charAt(0)) && !DETERMINERS.contains(before.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code a}, white space and {@code b} stand in {@code s}, in any case. */
    private static boolean spaced(String s, String a, String b) {
        int last = s.length() - a.length() - 1 - b.length();
        for (int i = 0; i <= last; i++) {
            if (!s.regionMatches(true, i, a, 0, a.length())) continue;
            int j = i + a.length();
            int k = j;
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) k++;
            if (k > j && s.regionMatches(true, k, b, 0, b.length())) return true;
        }
        return false;
    }

    private static void blank(char[] out, int start, int end) {
        for (int i = start; i < end; i++) out[i] = 'q';
    }
}
