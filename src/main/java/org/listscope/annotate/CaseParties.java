package org.listscope.annotate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's name as a law library writes it, made in this one place for the annotator's
 * {@code normalized} and for what {@code cites:} asks: "v." between the parties ("v", "vs." and
 * "versus" as written), and a party written as the Bluebook's rule 10.2.1 has it:
 * <ul>
 *   <li>the United States spelled out where it is the whole party ({@code U.S.}, {@code US},
 *       {@code U.S.A.}, {@code USA}, {@code United States of America}, {@code UNITED STATES}):
 *       {@code Katz v. U.S.} is {@code Katz v. United States}; not inside a longer name
 *       ({@code U.S.A. Today}, {@code US Secret Service});</li>
 *   <li>without a leading "The" ({@code United States v. The Progressive} is {@code United States v.
 *       Progressive}), but for {@code The King} and {@code The Queen};</li>
 *   <li>a State by its name alone ({@code Talley v. State of California} is {@code Talley v.
 *       California}; {@code Commonwealth of Virginia} is {@code Virginia}).</li>
 * </ul>
 * Nothing else of a party changes (its words, capitals and abbreviations stay as written), so two
 * cases never become one. {@link #spellings} goes the other way, for an index that must still find
 * a case by a spelling it once carried.
 */
final class CaseParties {

    private CaseParties() {
    }

    /** "v", "v.", "vs", "vs." or "versus" between two parties, in any case. */
    private static final Pattern VERSUS = Pattern.compile("(?<=\\S)\\s+(?i:v|vs|versus)\\.?\\s+(?=\\S)");
    /**
     * The United States as a whole party: its initials in capitals or in small letters (not "Us",
     * a side in "Us vs. Them"), or its name in any case, with "of America" or without.
     */
    private static final Pattern UNITED_STATES = Pattern.compile(
            "(?:U\\.?\\s?S\\.?(?:\\s?A\\.?)?|u\\.?\\s?s\\.?(?:\\s?a\\.?)?|(?i:united\\s+states(?:\\s+of\\s+america)?\\.?))");
    private static final String SPELLED_OUT = "United States";
    /** The other spellings of the United States that fold to other search keys ({@code U.S.} and {@code US} fold alike). */
    private static final List<String> UNITED_STATES_SPELLINGS = List.of("U.S.", "USA", "United States of America");
    /** A leading "The" before more words. */
    private static final Pattern LEADING_THE = Pattern.compile("^(?:The|the|THE)\\s+(?=\\S)");
    /** The parties whose "The" stays: the Crown's. */
    private static final Pattern CROWN = Pattern.compile("(?i)the\\s+(?:king|queen)");
    /** A State named with its kind, as a party: {@code State of California}. */
    private static final Pattern STATE_OF = Pattern.compile("(?i)(state|commonwealth)\\s+of\\s+(.+)");
    /** The States that call themselves commonwealths. */
    private static final Set<String> COMMONWEALTHS = Set.of("kentucky", "massachusetts", "pennsylvania", "virginia");
    private static final Set<String> STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
            "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
            "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
            "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
            "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming");

    /**
     * The case that {@code text} names ({@code Katz vs US}, {@code US v Miller, 307 U.S. 174}) as a
     * law library writes it ({@code Katz v. United States}, {@code United States v. Miller, 307 U.S.
     * 174}); the right party ends at its first comma, and what follows is kept as written.
     * {@code null} where no "v" stands between two parties.
     */
    static String caseName(String text) {
        String t = text.strip();
        Matcher v = VERSUS.matcher(t);
        if (!v.find()) return null;
        String rest = t.substring(v.end());
        int comma = rest.indexOf(',');
        String right = comma < 0 ? rest : rest.substring(0, comma);
        String after = comma < 0 ? "" : rest.substring(comma);
        return party(t.substring(0, v.start())) + " v. " + party(right) + after;
    }

    /** A party as a law library writes it (see the class comment): {@code U.S.} is {@code United States}. */
    static String party(String name) {
        String p = name.strip();
        Matcher the = LEADING_THE.matcher(p);
        if (the.find() && !CROWN.matcher(p).matches()) p = p.substring(the.end());
        if (UNITED_STATES.matcher(p).matches()) return SPELLED_OUT;
        Matcher state = STATE_OF.matcher(p);
        if (state.matches() && isState(state.group(1), state.group(2))) return state.group(2);
        return p;
    }

    /**
     * The other spellings of the parties of a case as {@link #caseName} writes it that search keys
     * tell apart (letters and digits alone, in small letters): the United States by its initials
     * and with "of America", a State with its kind, and the right party after "The"; each of the
     * one party's with each of the other's. {@code Katz v. United States} is also {@code Katz v.
     * U.S.}, {@code Katz v. USA}, {@code Katz v. United States of America} and each of these after
     * "The" ({@code Katz v. The U.S.}); {@code Roe v. Wade} is also {@code Roe v. The Wade}, as a
     * key no reader asks for costs little and one that found a case before must find it still.
     * Empty for a citation that is no case name.
     */
    static List<String> spellings(String normalized) {
        Matcher v = VERSUS.matcher(normalized);
        if (!v.find()) return List.of();
        String left = normalized.substring(0, v.start());
        String rest = normalized.substring(v.end());
        int comma = rest.indexOf(',');
        String right = comma < 0 ? rest : rest.substring(0, comma);
        String after = comma < 0 ? "" : rest.substring(comma);
        List<String> rights = new ArrayList<>();
        for (String r : of(right)) {
            rights.add(r);
            rights.add("The " + r); // the annotator's left party never starts with "The"
        }
        Set<String> out = new LinkedHashSet<>();
        for (String l : of(left)) {
            for (String r : rights) out.add(l + " v. " + r + after);
        }
        out.remove(normalized);
        return List.copyOf(out);
    }

    /** A party's spellings: as it is, then the others it stands for. */
    private static List<String> of(String party) {
        List<String> forms = new ArrayList<>(List.of(party));
        if (party.equals(SPELLED_OUT)) {
            forms.addAll(UNITED_STATES_SPELLINGS);
        } else if (STATES.contains(party.toLowerCase(Locale.ROOT))) {
            forms.add("State of " + party);
            if (COMMONWEALTHS.contains(party.toLowerCase(Locale.ROOT))) forms.add("Commonwealth of " + party);
        }
        return forms;
    }

    private static boolean isState(String kind, String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return kind.equalsIgnoreCase("state") ? STATES.contains(n) : COMMONWEALTHS.contains(n);
    }
}
