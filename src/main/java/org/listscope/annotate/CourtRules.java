package org.listscope.annotate;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * The Federal Rules of Civil, Criminal, Appellate and Bankruptcy Procedure and of Evidence, which
 * subpoenas and warrants are issued under, as citations of kind {@code court-rule} written as the
 * Bluebook abbreviates them: {@code Fed. R. Civ. P. 45(c)} (also {@code FRCP 45(c)}, {@code Federal
 * Rule of Civil Procedure 45}, {@code Rule 45 of the Federal Rules of Civil Procedure}), {@code Fed.
 * R. Crim. P. 41}, {@code Fed. R. Evid. 803(6)}; and the three rules a reader names bare beside what
 * they issue, before it or after: {@code Rule 45 subpoena}, {@code a subpoena under Rule 45}
 * (civil), {@code Rule 17(c) subpoena} and {@code Rule 41 warrant}, {@code a warrant issued under
 * Rule 41} (criminal).
 */
final class CourtRules {

    private CourtRules() {
    }

    /** What must stand in a text for {@link #PATTERN} to run. */
    static final List<String> TRIGGERS = List.of("fed. r", "fed.r", "fed r", "frcp", "f.r.c", "frcrp", "federal rule", "rule 4",
            "rule 17");
    /** The letters a match can start with. */
    static final String STARTS = "FRr";

    private static final String SUBSECTIONS = "((?:\\([a-zA-Z0-9]{1,4}\\)){0,4})";
    private static final String SET_IN_WORDS = "(?:Civil|Criminal|Appellate|Bankruptcy)\\s{1,3}Procedure|Evidence";

    /**
     * A rule by the set's abbreviation ({@code ABBR}: {@code Civ}, {@code Crim}, {@code App},
     * {@code Bankr}, {@code Evid}), initials ({@code INITIALS}) or name ({@code WORDS}) before its
     * number; by its number before the set's name ({@code AFTER}); or bare beside what it issues
     * ({@code BARE} before {@code ISSUES}; {@code ISSUED} before {@code BARE_AFTER}).
     */
    static final Pattern PATTERN = Pattern.compile(
            "(?:\\bFed\\.?\\s?R\\.?\\s?(Civ|Crim|App|Bankr|Evid)\\.?(?:\\s?P\\.?)?\\s{0,2}"
                    + "|\\b(FRCP|F\\.R\\.C\\.P\\.|FRCrP|F\\.R\\.Cr\\.P\\.)\\s{0,2}(?:Rule\\s{1,2})?"
                    + "|\\bFederal\\s{1,3}Rules?\\s{1,3}of\\s{1,3}(" + SET_IN_WORDS + "),?\\s{1,3}(?:Rule\\s{1,2})?)"
                    + "(\\d{1,4})" + SUBSECTIONS + "(?![\\w.-]\\w)"
                    + "|\\b[Rr]ule\\s{1,2}(\\d{1,4})((?:\\([a-zA-Z0-9]{1,4}\\)){0,4}),?\\s{1,3}of\\s{1,3}the\\s{1,3}"
                    + "Federal\\s{1,3}Rules\\s{1,3}of\\s{1,3}(" + SET_IN_WORDS + ")"
                    + "|\\b[Rr]ule\\s{1,2}(45|41|17)((?:\\([a-zA-Z0-9]{1,4}\\)){0,4})(?=\\s{1,2}(subpoena|warrant))"
                    + "|(?<=\\b(subpoena|warrant)s?\\s{1,3}(?:(?:was|were|is|are)\\s{1,3})?(?:(?:issued|served)\\s{1,3})?"
                    + "(?:under|pursuant\\s{1,3}to)\\s{1,3})[Rr]ule\\s{1,2}(45|41|17)((?:\\([a-zA-Z0-9]{1,4}\\)){0,4})(?![\\w.-]\\w)");

    /** {@link #PATTERN}'s groups. */
    private static final int ABBR = 1;
    private static final int INITIALS = 2;
    private static final int WORDS = 3;
    private static final int RULE = 4;
    private static final int SUBS = 5;
    private static final int RULE_BEFORE = 6;
    private static final int SUBS_BEFORE = 7;
    private static final int AFTER = 8;
    private static final int BARE = 9;
    private static final int SUBS_BARE = 10;
    private static final int ISSUES = 11;
    private static final int ISSUED = 12;
    private static final int BARE_AFTER = 13;
    private static final int SUBS_AFTER = 14;

    /** The rule the match names, or {@code null} where it is none. */
    static Citation build(MatchResult m, Text t, String name) {
        String set;
        String rule;
        String subsections;
        if (m.group(RULE) != null) {
            set = m.group(ABBR) != null ? m.group(ABBR)
                    : m.group(INITIALS) != null ? (m.group(INITIALS).contains("r") ? "Crim" : "Civ") : set(m.group(WORDS));
            rule = m.group(RULE);
            subsections = m.group(SUBS);
        } else if (m.group(RULE_BEFORE) != null) {
            set = set(m.group(AFTER));
            rule = m.group(RULE_BEFORE);
            subsections = m.group(SUBS_BEFORE);
        } else {
            boolean before = m.group(BARE) == null; // "a subpoena under Rule 45", not "a Rule 45 subpoena"
            rule = m.group(before ? BARE_AFTER : BARE);
            boolean subpoena = m.group(before ? ISSUED : ISSUES).equals("subpoena");
            if (rule.equals("45") && subpoena) set = "Civ";
            else if (rule.equals("17") && subpoena || rule.equals("41") && !subpoena) set = "Crim";
            else return null; // a "Rule 41 subpoena", a "Rule 45 warrant": no rule of that sort
            subsections = m.group(before ? SUBS_AFTER : SUBS_BARE);
        }
        String normalized = (set.equals("Evid") ? "Fed. R. Evid. " : "Fed. R. " + set + ". P. ") + Integer.parseInt(rule) + subsections;
        return Extractors.cite(t, "court-rule", m.start(), m.end(), normalized, link(set, rule), List.of("legal-process"),
                m.group(BARE) != null || m.group(BARE_AFTER) != null ? 0.8 : 0.95, name);
    }

    /** The abbreviation of a set of rules named in words: {@code Civil Procedure}: {@code Civ}. */
    private static String set(String words) {
        if (words.startsWith("Evidence")) return "Evid";
        if (words.startsWith("Civil")) return "Civ";
        if (words.startsWith("Criminal")) return "Crim";
        return words.startsWith("Appellate") ? "App" : "Bankr";
    }

    /** Cornell LII's page for the rule. */
    private static String link(String set, String rule) {
        String book = switch (set) {
            case "Civ" -> "frcp";
            case "Crim" -> "frcrmp";
            case "Evid" -> "fre";
            case "App" -> "frap";
            default -> "frbp";
        };
        return "https://www.law.cornell.edu/rules/" + book + "/rule_" + Integer.parseInt(rule);
    }
}
