package org.listscope.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * Court cases: {@code Katz v. United States, 389 U.S. 347 (1967)} as one citation, party names
 * trimmed of the words around them and written as a law library writes them ({@link CaseParties}:
 * {@code Katz v. U.S.} is {@code Katz v. United States}), and bare reporter citations
 * ({@code 678 F.2d 315}). A case
 * name without a reporter is accepted only when a party is a government party or the sentence
 * speaks of courts, so that "MSWindows v. Unix" stays out.
 */
final class CaseNames {

    private CaseNames() {
    }

    /** Words that start a sentence or a clause, never a party's name. */
    private static final Set<String> LEADING = Set.of("In", "See", "Cf.", "The", "And", "But", "Also", "Under", "Like",
            "As", "From", "With", "Compare", "E.g.", "Eg.", "Re", "Of", "After", "Before", "Since", "Per", "Read", "Unlike",
            "If", "Then", "When", "While", "On", "At", "By", "For", "To", "Remember", "Recall", "Consider", "Citing", "Cite",
            "Apparently", "Maybe", "Perhaps", "Probably");

    /** Words that end a party's name ("Denning v Barlow Debate"). */
    private static final Set<String> TRAILING = Set.of("Debate", "Debates", "Case", "Decision", "Ruling", "In", "The",
            "This", "It", "He", "She", "They", "We", "I", "A", "An", "But", "And", "Court", "Supreme", "BUT", "AND", "THE",
            "NOT", "THEN", "ALSO");

    /** Company suffixes: a party's name ends with one ("Robert Welch Inc. David Sternlight said"). */
    private static final Set<String> COMPANY_END = Set.of("Inc.", "Corp.", "Co.", "Ltd.", "Inc", "Corp", "Ltd", "LLC", "GmbH.", "GmbH");

    /** Words that stand for sides in a contest, never parties to a case: "Us vs. Them". */
    private static final Set<String> PRONOUNS = Set.of("Us", "Them", "We", "They", "Me", "You", "Him", "Her");

    /** Titles that start the next sentence's name, never end a party's. */
    private static final Set<String> HONORIFIC = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr");

    /** Abbreviations that may end a party's name. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:[A-Z]\\.){1,5}|Co\\.|Inc\\.|Corp\\.|Ltd\\.|Bros\\.|Dept\\.|Dist\\.|Ass'n\\.|Cal\\.|Calif\\.|Mass\\.|Md\\.|Wash\\.|Ill\\.|Fla\\.|Tex\\.|Penn\\.|Pa\\.|Va\\.|N\\.Y\\.|Bd\\.|Comm'n\\.|Sec'y\\.|Int'l\\."
                    // the Bluebook's words in case names (table T6): "Bonsack Mach. Co. v. Underwood"
                    + "|(?:Mach|Mfg|Chem|Elec|Indus|Ins|Mut|Nat'l|Prods?|Ry|Sav|Sys|Tel|Transp|Univ|Gen|Hosp|Pub|Serv|Soc'y|Admin|Fed|Gov't|Dep't|Educ|Equip|Exch|Inv|Mgmt|Pharm|Reg'l|Tech)\\.");

    /** Parties that make a "v." a case name even without a reporter. */
    private static final Pattern GOVERNMENT_PARTY = Pattern.compile(
            "^(?:United\\s+States|UNITED\\s+STATES|U\\.\\s?S\\.|US|USA|U\\.S\\.A\\.|State|People|Commonwealth|Government|FBI|NSA|CIA|DEA|D\\.E\\.A\\.|"
                    + "FCC|IRS|Department|Dept\\.|Secret\\s+Service|Commissioner|Attorney\\s+General|Reno|Barr|Meese|City|County|"
                    + "Maryland|California|Ohio|Alabama|Connecticut|New\\s+York|Texas|Illinois|Florida|Arizona|Massachusetts|Virginia|Wade|Katz)"
                    // not \b: after "U.S." or "Dept." at the end of the name there is no word boundary
                    + "(?!\\w).*");

    /**
     * A program's name, not a party's, where "vs" has no full stop: capitals run into a word
     * ("OSError vs IOError" in a list of tickets, "PTYProcess"). A party's initials stand apart
     * ("INS v. AP").
     */
    private static final Pattern IDENTIFIER = Pattern.compile("\\p{Lu}\\p{Lu}\\p{Ll}");

    /** Words that show a sentence speaks of courts. */
    private static final Pattern COURT_CONTEXT = Pattern.compile(
            "(?i)\\b(?:court|case|cases|ruled|ruling|rulings|held|holding|decision|decided|supreme|appeals?|lawsuit|suit|sued|"
                    + "precedent|opinion|judge|justices?|litigation|plaintiff|defendant|cert|overturned|upheld|cited?|jurisprudence|F\\.2d|"
                    // a docket number: "C.A. 92-0972-RCL (D.D.C.)", "C-94-20512-SW"
                    + "C\\.A\\.\\s?\\d{2}-\\d{3,5}|[A-Z]{1,3}-\\d{2}-\\d{4,5}|D\\.D\\.C)\\b");

    /** A case name, with its reporter citation where one follows. */
    static Citation build(MatchResult m, Text t, String name) {
        String clean = t.clean();
        int leftStart = m.start(1);
        String left = m.group(1);
        // drop leading words that are not part of the name, and possessives ("EFF's Barlow v. Denning")
        String[] words = left.split("\\s+");
        int drop = 0;
        for (int i = 0; i < words.length - 1; i++) {
            if (LEADING.contains(words[i]) || words[i].endsWith("'s") || words[i].endsWith(".") && !ABBREVIATION.matcher(words[i]).matches()) {
                drop = i + 1;
            }
            // "on" joins a name of two words or more before it ("American Council on Education");
            // after one word it follows a verb or a noun of the sentence ("Based on Katz", "Comment on Smith")
            if (words[i].equals("on") && i - drop < 2) drop = i + 1;
        }
        for (int i = 0; i < drop; i++) {
            leftStart = clean.indexOf(words[i], leftStart) + words[i].length();
            while (leftStart < clean.length() && Character.isWhitespace(clean.charAt(leftStart))) leftStart++;
        }
        if (LEADING.contains(words[words.length - 1]) && words.length - drop == 1) return null;
        leftStart = afterLastBreak(clean, leftStart, m.end(1)); // "UNITED STATES\n\nSyllabus\n\nRATZLAF v. ..."
        if (COMPANY_END.contains(clean.substring(leftStart, m.end(1)))) leftStart = companyName(clean, leftStart);
        String leftName = Canonical.spaces(clean.substring(leftStart, m.end(1)));
        String versus = m.group(2);
        boolean reported = m.group(4) != null;
        int end;
        String rightName;
        if (reported) {
            end = m.end();
            rightName = Canonical.spaces(m.group(3));
        } else {
            int[] r = trimRight(clean, m.start(3), m.end(3));
            end = r[1];
            rightName = Canonical.spaces(clean.substring(m.start(3), end));
            if (rightName.isEmpty()) return null;
        }
        boolean government = GOVERNMENT_PARTY.matcher(leftName).matches() || GOVERNMENT_PARTY.matcher(rightName).matches();
        if (isAllCaps(leftName) && isAllCaps(rightName) && !reported && !government) return null;
        if (leftName.length() < 2 || rightName.length() < 2) return null;
        if (Character.isLowerCase(leftName.charAt(0)) && !reported) return null; // "the DOS vs Windows decision"
        if (Character.isLowerCase(rightName.charAt(0)) && !reported && !government) return null; // "David vs. the Goliath"
        if ((PRONOUNS.contains(leftName) || PRONOUNS.contains(rightName)) && !reported) return null; // "Us vs. Them"
        boolean dotted = versus.endsWith(".");
        double confidence;
        String evidence = name;
        if (reported) {
            confidence = 0.97;
            evidence = name + "; reporter";
        } else if (government) {
            confidence = 0.88;
            evidence = name + "; government party";
        } else if (COURT_CONTEXT.matcher(sentenceAround(clean, leftStart, end)).find() && (dotted || titleCase(leftName) && titleCase(rightName)
                && !IDENTIFIER.matcher(leftName).find() && !IDENTIFIER.matcher(rightName).find())) {
            confidence = 0.8;
            evidence = name + "; court context";
        } else {
            return null;
        }
        String normalized = CaseParties.party(unmarked(leftName)) + " v. " + CaseParties.party(unmarked(rightName));
        String link = null;
        if (reported) {
            Report report = Report.of(m, 4);
            normalized += ", " + report.cite();
            link = report.link();
        }
        return Extractors.cite(t, "case", leftStart, end, normalized, link, List.of(), confidence, evidence);
    }

    /** Reporters whose abbreviation is also a word or a place: a bare citation of them needs more. */
    private static final java.util.Set<String> AMBIGUOUS_REPORTERS = java.util.Set.of("F.", "US", "Pa.", "Md.");

    /** A reporter citation standing alone: {@code 442 U.S. 735 (1979)}. */
    static Citation buildReporter(MatchResult m, Text t, String name) {
        String reporter = Canonical.reporter(m.group(2));
        Report report = Report.of(m, 1);
        if (AMBIGUOUS_REPORTERS.contains(reporter)) {
            // "F.", "US" and a state's abbreviation alone are too common to trust without a year or a
            // court context ("1200 Md. 20742" is an address)
            if (report.year() == null && !COURT_CONTEXT.matcher(sentenceAround(t.clean(), m.start(), m.end())).find()) return null;
        }
        return Extractors.cite(t, "case", m.start(), m.end(), report.cite(), report.link(), List.of(), 0.9, name);
    }

    /**
     * The report to name a decision by, and its year. Of parallel reports ({@code 92 S.Ct. 2125,
     * 407 U.S. 297, 32 L.Ed.2d 752}) the United States Reports', where one is, so that
     * {@code cites:"407 U.S. 297"} finds it, else the first.
     */
    private record Report(String volume, String reporter, String page, String year) {

        /**
         * The report of a match whose first report's volume, reporter, page and year are the groups
         * from {@code first} on, and the parallel reports' year the group after them.
         */
        static Report of(MatchResult m, int first) {
            String year = m.group(first + 3) != null ? m.group(first + 3) : m.group(first + 4);
            if (!Canonical.reporter(m.group(first + 1)).equals("U.S.")) {
                Matcher r = Patterns.ONE_REPORT.matcher(m.group()).region(m.end(first + 2) - m.start(), m.end() - m.start());
                while (r.find()) {
                    if (Canonical.reporter(r.group(2)).equals("U.S.")) return new Report(r.group(1), r.group(2), r.group(3), year);
                }
            }
            return new Report(m.group(first), m.group(first + 1), m.group(first + 2), year);
        }

        String cite() {
            return Canonical.reporterCite(volume, reporter, page, year);
        }

        String link() {
            return Canonical.reporterLink(volume, reporter, page);
        }
    }

    /** Cuts the right party at a sentence end or a word that is not part of a name. */
    private static int[] trimRight(String s, int start, int end) {
        int pos = start;
        int lastGood = start;
        boolean first = true;
        while (pos < end) {
            int gap = pos;
            while (pos < end && (Character.isWhitespace(s.charAt(pos)) || s.charAt(pos) == ',')) pos++;
            if (!first && afterLastBreak(s, gap, pos) != gap) break; // a party ends at a paragraph's end
            if (!first && s.charAt(gap - 1) == '.' && s.startsWith("  ", gap)) break; // "Katz v. U.S.  Katz is the case"
            int wEnd = pos;
            while (wEnd < end && !Character.isWhitespace(s.charAt(wEnd)) && s.charAt(wEnd) != ',') wEnd++;
            if (wEnd == pos) break;
            String w = s.substring(pos, wEnd);
            if (w.endsWith("_")) {
                lastGood = first || !TRAILING.contains(w.replace("_", "")) ? wEnd - 1 : lastGood;
                while (lastGood > start && s.charAt(lastGood - 1) == '_') lastGood--;
                break;
            }
            if (!first && TRAILING.contains(w)) break;
            if (!first && fileName(w)) break; // "Inslaw v U.S. HAMILTON.Z" in a list of files
            if (!first && HONORIFIC.contains(w)) break; // "... v. FEES FOR MODERN ACCESS  Mr. Warren, you ..."
            if (!first && s.substring(lastGood, pos).contains(",")) break;
            if (!first && (w.equals("of") || w.equals("the") || w.equals("and") || w.equals("&") || w.equals("for") || w.equals("de"))) {
                pos = wEnd;
                continue;
            }
            if (w.endsWith(".") && !ABBREVIATION.matcher(w).matches()) {
                lastGood = wEnd - 1;
                break;
            }
            lastGood = wEnd;
            if (!first && COMPANY_END.contains(w) && !s.startsWith(" of ", wEnd) && !s.startsWith(" & ", wEnd)) break;
            first = false;
            pos = wEnd;
        }
        return new int[] {start, lastGood};
    }

    /**
     * The position after the last blank line in {@code s[from, to)} (a line break, blanks, a line
     * break, and the white space after it), or {@code from} where there is none: a party's name
     * never runs across paragraphs.
     */
    private static int afterLastBreak(String s, int from, int to) {
        int after = from;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\n') continue;
            int j = i + 1;
            while (j < to && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) j++;
            if (j < to && s.charAt(j) == '\n') {
                while (j < to && Character.isWhitespace(s.charAt(j))) j++;
                after = j;
                i = j - 1;
            }
        }
        return after;
    }

    /** A company's name before its suffix: {@code Lear, } of {@code Lear, Inc. v. Adkins}. */
    private static final Pattern COMPANY_BEFORE = Pattern.compile("([A-Z][\\w.'&-]{0,30}(?:\\s{1,3}[A-Z][\\w.'&-]{0,30}){0,3}),\\s{1,2}$");

    /**
     * Where a party's name starts when the pattern found its company suffix alone ({@code Inc.}):
     * at the name before the comma, leading words such as "In" or "See" left out; else at the suffix.
     */
    private static int companyName(String clean, int suffixStart) {
        Matcher b = COMPANY_BEFORE.matcher(clean).region(Math.max(0, suffixStart - 120), suffixStart).useTransparentBounds(true);
        if (!b.find()) return suffixStart;
        int start = b.start(1);
        String[] words = b.group(1).split("\\s+");
        for (int i = 0; i < words.length - 1 && LEADING.contains(words[i]); i++) {
            start = clean.indexOf(words[i + 1], start + words[i].length());
        }
        return start;
    }

    /** A file's name ({@code HAMILTON.Z}, {@code clipper.txt}): a full stop inside the word, not an abbreviation's. */
    private static boolean fileName(String w) {
        int dot = w.indexOf('.');
        return dot > 0 && dot < w.length() - 1 && Character.isLetterOrDigit(w.charAt(dot + 1))
                && !ABBREVIATION.matcher(w).matches() && !ABBREVIATION.matcher(w + ".").matches();
    }

    /**
     * A party's name without the marks of plain-text emphasis around it: {@code _United States v.
     * Butler_} names {@code United States} and {@code Butler}.
     */
    static String unmarked(String name) {
        int b = 0;
        int e = name.length();
        while (b < e && (name.charAt(b) == '_' || name.charAt(b) == '*')) b++;
        while (e > b && (name.charAt(e - 1) == '_' || name.charAt(e - 1) == '*')) e--;
        return name.substring(b, e);
    }

    private static boolean titleCase(String s) {
        return Character.isUpperCase(s.charAt(0)) && !isAllCaps(s);
    }

    private static boolean isAllCaps(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().filter(Character::isLetter).count() > 3;
    }

    private static String sentenceAround(String s, int start, int end) {
        return s.substring(Math.max(0, start - 200), Math.min(s.length(), end + 200));
    }
}
