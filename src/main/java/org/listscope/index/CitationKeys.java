package org.listscope.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.annotate.Annotator;

/**
 * The search key of a normalized citation: letters and digits only, lower case, so that both the
 * indexed citation and the query fold to the same term. {@code "47 U.S.C. § 1001"} and
 * {@code 47usc1001} give {@code 47usc1001}; {@code "RFC 2119"} and {@code rfc2119} give
 * {@code rfc2119}; {@code "P.L. 103-414"} and {@code "Pub. L. 103-414"} give {@code publ103414};
 * {@code "EO 12333"} and {@code "Executive Order 12333"} give {@code executiveorder12333}.
 */
public final class CitationKeys {

    private CitationKeys() {
    }

    private static final Pattern PUBLIC_LAW = Pattern.compile("\\b(p\\.?\\s*l\\.?|public\\s+law)\\s*(?=\\d)");
    private static final Pattern EXECUTIVE_ORDER = Pattern.compile("\\b(e\\.?\\s?o\\.?|exec\\.?\\s+order)\\s*(?:no\\.?\\s*)?(?=\\d)");
    private static final Pattern US_CODE = Pattern.compile("\\bu\\.?\\s*s\\.?\\s*code\\b");
    /** A bill by its chamber's name: {@code Senate Bill 266}, {@code House Bill 3627}. */
    private static final Pattern SENATE_BILL = Pattern.compile("\\bsenate\\s+bill\\s*(?=\\d)");
    private static final Pattern HOUSE_BILL = Pattern.compile("\\bhouse\\s+bill\\s*(?=\\d)");
    private static final Pattern SECTION = Pattern.compile("(\\bsec(tion|s)?\\b\\.?|§)");
    /** An act's year, as a name may end: {@code Privacy Protection Act of 1980}. */
    private static final Pattern ACT_YEAR = Pattern.compile("(?<=\\bAct)\\s+of\\s+\\d{4}$");
    /**
     * A section of the Code or the C.F.R. as the annotator writes it, with the subsections after it:
     * {@code 18 U.S.C. § 2511(4)(b)}, {@code 22 C.F.R. § 120.4(g)} (whose part is 120).
     */
    private static final Pattern CODE_SECTION = Pattern.compile(
            "(?<title>\\d+) (?:U\\.S\\.C\\.(?: App\\.)?|C\\.F\\.R\\.) § (?:(?<part>[\\w-]+)\\.)?[\\w-]+(?<subsections>(?:\\([^()\\s]+\\))*)");
    private static final Pattern SUBSECTION = Pattern.compile("\\([^()\\s]+\\)");
    /** A part of the C.F.R. asked for without the word: {@code 22 CFR 120}, {@code 22 C.F.R. 120}. */
    private static final Pattern CFR_PART_ASKED = Pattern.compile(
            "\\s*(\\d+)\\s*C\\.?\\s?F\\.?\\s?R\\.?\\s*(?:§\\s*|[Ss]ec(?:tion|\\.)?\\s*)?(\\d+)\\s*");
    /**
     * A case's report after its name, as the annotator writes it: {@code Katz v. United States,
     * 389 U.S. 347 (1967)}; or a report alone, {@code 486 U.S. 35 (1988)}.
     */
    private static final Pattern CASE_REPORT = Pattern.compile(
            "(?:(?<name>.+?\\sv\\.\\s.+?),\\s)?(?<report>\\d+\\s[A-Z][\\w. ]*?\\s\\d+)(?:\\s\\((?<year>\\d{4})\\))?");
    /** The United States as a party, by its initials: {@code U.S. v. Martinez}, {@code Katz v. US}. */
    private static final Pattern US_PARTY = Pattern.compile(
            "(?<=^|\\bvs?\\.?\\s)(?:U\\.\\s?S\\.(?:\\s?A\\.)?|USA|US)(?=\\s+vs?\\.?\\s|,|\\s*$)");
    /** "vs." or "v" between two parties, as the annotator writes "v.". */
    private static final Pattern VERSUS = Pattern.compile("(?<=\\S)\\s+(?:vs?\\.?|VS?\\.?)\\s+(?=\\S)");
    /** A URL as the annotator writes it: scheme, host, the rest. */
    private static final Pattern URL = Pattern.compile("([a-z][a-z0-9+.-]*)://([^/?#:@\\s]+)(.*)");
    /** A country's second level that holds sites, not a site: {@code co.uk}, {@code com.au}. */
    private static final Pattern SHARED_SECOND_LEVEL = Pattern.compile("(?:co|ac|com|net|org|gov|edu|or|ne|go|gv|nic)\\.[a-z]{2}");
    /** A bill's Congress, as the annotator writes it: {@code H.R. 837 (110th)}. */
    private static final Pattern CONGRESS = Pattern.compile("\\s*\\(\\d{1,3}(st|nd|rd|th)\\)\\s*$");

    /**
     * The folded key; empty when the text holds no letter or digit. A few common spellings are
     * made one first: {@code P.L.} and {@code Public Law} as {@code Pub. L.}, {@code U.S. Code} as
     * {@code U.S.C.}, {@code E.O.} as {@code Executive Order}, {@code Senate Bill} as {@code S.} and
     * {@code House Bill} as {@code H.R.}, and {@code §}, {@code sec.} or
     * {@code section} dropped.
     */
    public static String key(String citation) {
        if (citation == null) return "";
        String s = citation.toLowerCase(Locale.ROOT);
        s = PUBLIC_LAW.matcher(s).replaceAll("pub. l. ");
        s = US_CODE.matcher(s).replaceAll("usc");
        s = SENATE_BILL.matcher(s).replaceAll("s. ");
        s = HOUSE_BILL.matcher(s).replaceAll("h.r. ");
        s = EXECUTIVE_ORDER.matcher(s).replaceAll("executive order ");
        s = SECTION.matcher(s).replaceAll(" ");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) sb.appendCodePoint(cp);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The keys a citation is indexed under: its {@link #key(String)}, and the keys of what holds
     * it, so that asking for the whole finds its parts:
     * <ul>
     *   <li>a bill of a known Congress ({@code S. 266 (103rd)}) or an act of a given year
     *       ({@code Privacy Protection Act of 1980}) without them: {@code cites:"S. 266"} finds the
     *       bill in any Congress, {@code cites:"S. 266 (103rd)"} only in that one;</li>
     *   <li>a section of the Code without its subsections, and with each of their first levels:
     *       {@code 18 U.S.C. § 2511(4)(b)} is also {@code 18 U.S.C. § 2511} and {@code 2511(4)};</li>
     *   <li>a section of the C.F.R. likewise, and its part: {@code 22 C.F.R. § 120.4(g)} is also
     *       {@code § 120.4} and {@code 22 C.F.R. Part 120};</li>
     *   <li>a section, part or Public Law under the named act it belongs to
     *       ({@link Annotator#actsHolding}): {@code 47 U.S.C. § 1002(a)} and {@code Pub. L. 103-414}
     *       are also the Communications Assistance for Law Enforcement Act;</li>
     *   <li>a case by its name and its report apart (see {@link #caseForms});</li>
     *   <li>a URL without its scheme, and by its host and each domain above it that is a site's:
     *       {@code ftp://ftp.eff.org/pub/} is also {@code ftp.eff.org/pub/}, {@code ftp.eff.org} and
     *       {@code eff.org} (not {@code org}, nor {@code co.uk} of {@code www.bbc.co.uk}).</li>
     * </ul>
     */
    public static List<String> keys(String citation) {
        String key = key(citation);
        if (key.isEmpty() || citation == null) return List.of();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        Matcher m = CONGRESS.matcher(citation);
        if (!m.find() || m.start() == 0) m = ACT_YEAR.matcher(citation);
        else m.reset();
        if (m.find() && m.start() > 0) keys.add(key(citation.substring(0, m.start())));
        Matcher code = CODE_SECTION.matcher(citation);
        if (code.matches()) {
            if (code.group("part") != null && citation.contains("C.F.R.")) keys.add(key(code.group("title") + " C.F.R. Part " + code.group("part")));
            String section = citation.substring(0, code.start("subsections"));
            Matcher level = SUBSECTION.matcher(code.group("subsections"));
            while (level.find()) {
                keys.add(key(section));
                section += level.group();
            }
        }
        for (String form : caseForms(citation)) keys.add(key(form));
        for (String act : Annotator.actsHolding(citation)) { // 47 U.S.C. § 1002 is CALEA
            keys.add(key(act));
            Matcher year = ACT_YEAR.matcher(act);
            if (year.find()) keys.add(key(act.substring(0, year.start())));
        }
        Matcher url = URL.matcher(citation);
        if (url.matches()) {
            keys.add(key(url.group(2) + url.group(3))); // without its scheme
            String host = url.group(2).toLowerCase(Locale.ROOT);
            keys.add(key(host));
            for (int dot = host.indexOf('.'); dot > 0; dot = host.indexOf('.', dot + 1)) {
                String domain = host.substring(dot + 1);
                if (domain.indexOf('.') < 0 || SHARED_SECOND_LEVEL.matcher(domain).matches()) break;
                keys.add(key(domain));
            }
        }
        keys.remove("");
        return List.copyOf(keys);
    }

    /**
     * The forms of a case citation besides itself that a reader may ask for: its name and its report
     * apart, the report without its year, and the United States by name where the parties give its
     * initials ({@code Katz v. U.S.} is also {@code Katz v. United States}).
     */
    private static List<String> caseForms(String citation) {
        List<String> forms = new ArrayList<>();
        List<String> named = new ArrayList<>(List.of(citation));
        Matcher report = CASE_REPORT.matcher(citation);
        if (report.matches()) {
            String name = report.group("name");
            String cite = report.group("report");
            if (name != null) {
                forms.add(name);
                forms.add(name + ", " + cite);
                named.addAll(forms);
            }
            forms.add(cite);
            if (report.group("year") != null) forms.add(cite + " (" + report.group("year") + ")");
        }
        if (!citation.contains(" v. ")) return forms;
        for (String form : named) {
            String byName = US_PARTY.matcher(form).replaceAll("United States");
            if (!byName.equals(form)) forms.add(byName);
        }
        return forms;
    }

    /**
     * The keys that {@code cites:text} asks for: the text's {@link #key(String)}, and where the text
     * names an act the annotator knows ({@code ECPA}), the key of its name; where it names a part of
     * the C.F.R. without the word ({@code 22 CFR 120}: a section would have a full stop), the part's
     * key. The last is the one the annotator would have written.
     */
    public static List<String> queryKeys(String text) {
        String key = key(text);
        if (key.isEmpty()) return List.of();
        if (VERSUS.matcher(text).find()) {
            // a case: "v" or "vs." as "v.", and the United States by name ("Katz vs US")
            String asCited = US_PARTY.matcher(VERSUS.matcher(text.strip()).replaceAll(" v. ")).replaceAll("United States");
            return asCited.equals(text.strip()) ? List.of(key) : List.of(key, key(asCited)).stream().distinct().toList();
        }
        String named = actKey(text);
        if (named == null) {
            Matcher part = CFR_PART_ASKED.matcher(text);
            if (part.matches()) named = key(part.group(1) + " C.F.R. Part " + part.group(2));
        }
        return named == null || named.equals(key) ? List.of(key) : List.of(key, named);
    }

    /**
     * The key of the act that {@code text} wholly names, under the name the annotator gives it
     * ({@link Annotator#actNamed}): {@code ECPA} and {@code Electronic Communications Privacy Act
     * of 1986} give the key of {@code Electronic Communications Privacy Act}. {@code null} where
     * the text names no act the annotator knows by name.
     */
    static String actKey(String text) {
        String name = Annotator.actNamed(text);
        return name == null ? null : key(name);
    }

    /**
     * Folds a query pattern that may hold the wildcards {@code *} and {@code ?}: they are kept,
     * everything else is folded as in {@link #key(String)}.
     */
    public static String pattern(String citation) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int i = 0; i < citation.length(); i++) {
            char c = citation.charAt(i);
            if (c == '*' || c == '?') {
                sb.append(key(citation.substring(from, i))).append(c);
                from = i + 1;
            }
        }
        return sb.append(key(citation.substring(from))).toString();
    }
}
