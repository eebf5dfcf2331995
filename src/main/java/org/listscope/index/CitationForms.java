package org.listscope.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.annotate.Annotator;

/**
 * The other forms of a normalized citation that a reader may ask for it by, and what holds it:
 * {@link CitationKeys#keys} indexes a citation under all of them, so that {@code cites:} of the
 * whole finds its parts.
 * <ul>
 *   <li>a bill of a known Congress ({@code S. 266 (103rd)}) or an act of a given year
 *       ({@code Privacy Protection Act of 1980}) without them: {@code cites:"S. 266"} finds the
 *       bill in any Congress, {@code cites:"S. 266 (103rd)"} only in that one; a standard's
 *       revision or part ({@code FIPS 140-1}, {@code J-STD-025-B}, {@code ETSI TS 102 232-1}) also as
 *       the standard ({@code FIPS 140}, {@code J-STD-025}, {@code ETSI TS 102 232});</li>
 *   <li>a section of the Code without its subsections, and with each of their first levels:
 *       {@code 18 U.S.C. § 2511(4)(b)} is also {@code 18 U.S.C. § 2511} and {@code 2511(4)}; a
 *       section of a named act likewise, and the act ({@code Foreign Intelligence Surveillance Act §
 *       702} is also FISA's);</li>
 *   <li>a rule of the Federal Rules likewise, and by its number alone, as a reader names the rule
 *       of whichever set: {@code Fed. R. Civ. P. 45(c)(3)} is also {@code Fed. R. Civ. P. 45}, {@code
 *       45(c)}, {@code Rule 45}, {@code Rule 45(c)} and {@code Rule 45(c)(3)};</li>
 *   <li>a section of the C.F.R. likewise, and its part: {@code 22 C.F.R. § 120.4(g)} is also
 *       {@code § 120.4} and {@code 22 C.F.R. Part 120};</li>
 *   <li>a section, part or Public Law under the named act it belongs to
 *       ({@link Annotator#actsHolding}): {@code 47 U.S.C. § 1002(a)} and {@code Pub. L. 103-414}
 *       are also the Communications Assistance for Law Enforcement Act, and a section of the Code
 *       also the chapter that act is ({@code 18 U.S.C. § 2511}: {@code 18 U.S.C. ch. 119}); an EU act's number is also
 *       its name and its name also its number ({@code Directive 2006/24/EC}, the {@code Data
 *       Retention Directive});</li>
 *   <li>a case by its name and its report apart, the report without its year, and each as the
 *       annotator writes it ({@link Annotator#caseNamed}: an older annotation's {@code Katz v. U.S.}
 *       is also {@code Katz v. United States}) and by the other spellings of its parties that it
 *       writes as one ({@link Annotator#caseSpellings}: {@code Katz v. United States} is also
 *       {@code Katz v. U.S.} and {@code Katz v. USA});</li>
 *   <li>a URL without its scheme, and by its host and each domain above it that is a site's:
 *       {@code ftp://ftp.eff.org/pub/} is also {@code ftp.eff.org/pub/}, {@code ftp.eff.org} and
 *       {@code eff.org} (not {@code org}, nor {@code co.uk} of {@code www.bbc.co.uk}).</li>
 * </ul>
 */
final class CitationForms {

    private CitationForms() {
    }

    /** A bill's Congress, as the annotator writes it: {@code H.R. 837 (110th)}. */
    private static final Pattern CONGRESS = Pattern.compile("\\s*\\(\\d{1,3}(st|nd|rd|th)\\)\\s*$");
    /** An act's year, as a name may end: {@code Privacy Protection Act of 1980}. */
    private static final Pattern ACT_YEAR = Pattern.compile("(?<=\\bAct)\\s+of\\s+\\d{4}$");
    /**
     * A section of the Code or the C.F.R. as the annotator writes it, with the subsections after it:
     * {@code 18 U.S.C. § 2511(4)(b)}, {@code 22 C.F.R. § 120.4(g)} (whose part is 120).
     */
    private static final Pattern CODE_SECTION = Pattern.compile(
            "(?<title>\\d+) (?:U\\.S\\.C\\.(?: App\\.)?|C\\.F\\.R\\.) § (?:(?<part>[\\w-]+)\\.)?[\\w-]+(?<subsections>(?:\\([^()\\s]+\\))*)");
    private static final Pattern SUBSECTION = Pattern.compile("\\([^()\\s]+\\)");
    /** A section of a named act, as the annotator writes it: {@code Arms Export Control Act § 38(b)}. */
    private static final Pattern ACT_SECTION = Pattern.compile(
            "(?<act>\\D[^§]*?) § (?<section>\\d+[a-zA-Z]?)(?<subsections>(?:\\([^()\\s]+\\))*)");
    /** A rule of the Federal Rules, as the annotator writes it: {@code Fed. R. Civ. P. 45(c)(3)}. */
    private static final Pattern COURT_RULE = Pattern.compile("Fed\\. R\\. (?:\\w+\\. P\\.|Evid\\.) (?<rule>\\d+)(?<subsections>(?:\\([^()\\s]+\\))*)");
    /** A title of a named act, as the annotator writes it: {@code Communications Act of 1934 Title II}. */
    private static final Pattern ACT_TITLE = Pattern.compile("(?<act>\\D.*?) Title (?<title>[IVX]+)");
    /**
     * A case's report after its name, as the annotator writes it: {@code Katz v. United States,
     * 389 U.S. 347 (1967)}; or a report alone, {@code 486 U.S. 35 (1988)}.
     */
    private static final Pattern CASE_REPORT = Pattern.compile(
            "(?:(?<name>.+?\\sv\\.\\s.+?),\\s)?(?<report>\\d+\\s[A-Z][\\w. ]*?\\s\\d+)(?:\\s\\((?<year>\\d{4})\\))?");
    /** A standard's revision, as the annotator writes it: {@code FIPS 140-1}. */
    private static final Pattern FIPS_REVISION = Pattern.compile("(?<=^FIPS \\d{1,3})-\\d$");
    /** A lawful-intercept standard's revision or part, as the annotator writes it: {@code J-STD-025-B}, {@code ETSI TS 102 232-1}. */
    private static final Pattern STANDARD_EDITION = Pattern.compile("(?<=^J-STD-025)-[AB]$|(?<=^ETSI [A-Z]{2} \\d{3} \\d{3})(?:-\\d{1,2}){1,2}$");
    /** The editions a citation may end with, each found only at its end. */
    private static final List<Pattern> EDITIONS = List.of(CONGRESS, ACT_YEAR, FIPS_REVISION, STANDARD_EDITION);
    /** A URL as the annotator writes it: scheme, host, the rest. */
    private static final Pattern URL = Pattern.compile("([a-z][a-z0-9+.-]*)://([^/?#:@\\s]+)(.*)");
    /** A country's second level that holds sites, not a site: {@code co.uk}, {@code com.au}. */
    private static final Pattern SHARED_SECOND_LEVEL = Pattern.compile("(?:co|ac|com|net|org|gov|edu|or|ne|go|gv|nic)\\.[a-z]{2}");

    /** The other forms of {@code citation} (as the annotator normalizes it), in the order listed above. */
    static List<String> of(String citation) {
        List<String> forms = new ArrayList<>();
        withoutEdition(citation, forms);
        codeLevels(citation, forms);
        Matcher actSection = ACT_SECTION.matcher(citation);
        if (actSection.matches()) { // Section 702 of FISA is FISA's
            forms.add(actSection.group("act"));
            withoutEdition(actSection.group("act"), forms);
        }
        Matcher actTitle = ACT_TITLE.matcher(citation);
        if (actTitle.matches()) { // Title II of the Communications Act is the act's, also without its year
            forms.add(actTitle.group("act"));
            int plain = forms.size();
            withoutEdition(actTitle.group("act"), forms);
            if (forms.size() > plain) forms.add(forms.get(plain) + " Title " + actTitle.group("title"));
        }
        boolean codeSection = citation.contains(" U.S.C. § "); // a section, not a chapter or the act itself
        for (String act : Annotator.actsHolding(citation)) { // 47 U.S.C. § 1002 is CALEA, Directive 2006/24/EC the Data Retention Directive
            forms.add(act);
            withoutEdition(act, forms);
            if (codeSection) forms.addAll(Annotator.chaptersOf(act)); // and 18 U.S.C. § 2511 is in chapter 119, the Wiretap Act
        }
        String euNumber = Annotator.euNumberOf(citation); // and the other way round
        if (euNumber != null) forms.add(euNumber);
        caseForms(citation, forms);
        site(citation, forms);
        return forms;
    }

    /**
     * {@code citation} without the edition it names, where it names one: a bill's Congress, an act's
     * year, a standard's revision or part ({@code FIPS 140-1} is FIPS 140's, {@code J-STD-025-B} J-STD-025's).
     */
    private static void withoutEdition(String citation, List<String> forms) {
        for (Pattern edition : EDITIONS) {
            Matcher m = edition.matcher(citation);
            if (m.find() && m.start() > 0) {
                forms.add(citation.substring(0, m.start()));
                return;
            }
        }
    }

    /**
     * A section of the Code, the C.F.R. or a named act without its subsections ({@code 18 U.S.C. §
     * 2511} of {@code § 2511(4)(b)}); any other citation as it is.
     */
    static String withoutSubsections(String citation) {
        Matcher code = section(citation);
        return code != null ? citation.substring(0, code.start("subsections")) : citation;
    }

    /** The match of a section of the Code, the C.F.R. or a named act, or {@code null}. */
    private static Matcher section(String citation) {
        Matcher code = CODE_SECTION.matcher(citation);
        if (code.matches()) return code;
        Matcher act = ACT_SECTION.matcher(citation);
        if (act.matches()) return act;
        Matcher rule = COURT_RULE.matcher(citation);
        return rule.matches() ? rule : null;
    }

    private static void codeLevels(String citation, List<String> forms) {
        Matcher code = section(citation);
        if (code == null) return;
        if (code.pattern() == CODE_SECTION && code.group("part") != null && citation.contains("C.F.R.")) {
            forms.add(code.group("title") + " C.F.R. Part " + code.group("part"));
        }
        // each level up to the last, and a court rule's by its number alone at every level: "Rule 45", "Rule 45(c)"
        int rule = code.pattern() == COURT_RULE ? code.start("rule") : -1;
        int end = code.start("subsections");
        Matcher level = SUBSECTION.matcher(citation).region(end, citation.length());
        while (level.find()) {
            forms.add(citation.substring(0, end));
            if (rule >= 0) forms.add("Rule " + citation.substring(rule, end));
            end = level.end();
        }
        if (rule >= 0) forms.add("Rule " + citation.substring(rule));
    }

    private static void caseForms(String citation, List<String> forms) {
        List<String> named = new ArrayList<>(List.of(citation));
        Matcher report = CASE_REPORT.matcher(citation);
        if (report.matches()) {
            String name = report.group("name");
            String cite = report.group("report");
            if (name != null) {
                forms.add(name);
                forms.add(name + ", " + cite);
                named.add(name);
                named.add(name + ", " + cite);
            }
            forms.add(cite);
            if (report.group("year") != null) forms.add(cite + " (" + report.group("year") + ")");
        }
        if (!citation.contains(" v. ")) return;
        for (String form : named) {
            // as the annotator writes it now, where an older annotation kept a party as written ("Katz v. U.S.")
            String canonical = Annotator.caseNamed(form);
            if (!canonical.equals(form)) forms.add(canonical);
            forms.addAll(Annotator.caseSpellings(canonical));
        }
    }

    private static void site(String citation, List<String> forms) {
        Matcher url = URL.matcher(citation);
        if (!url.matches()) return;
        forms.add(url.group(2) + url.group(3)); // without its scheme
        String host = url.group(2).toLowerCase(Locale.ROOT);
        forms.add(host);
        for (int dot = host.indexOf('.'); dot > 0; dot = host.indexOf('.', dot + 1)) {
            String domain = host.substring(dot + 1);
            if (domain.indexOf('.') < 0 || SHARED_SECOND_LEVEL.matcher(domain).matches()) break;
            forms.add(domain);
        }
    }
}
