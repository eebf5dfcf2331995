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
import org.listscope.model.Citation;

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
    /** An FCC docket however its number is led in: {@code CC Docket 97-213}, {@code ET Dkt. No. 04-295}. */
    private static final Pattern DOCKET = Pattern.compile("\\b(?:docket|dkt\\.?)\\s*(?:(?:no\\.?|number|#)\\s*)?(?=\\d)");
    /** A bill by its chamber's name: {@code Senate Bill 266}, {@code House Bill 3627}. */
    private static final Pattern SENATE_BILL = Pattern.compile("\\bsenate\\s+bill\\s*(?=\\d)");
    private static final Pattern HOUSE_BILL = Pattern.compile("\\bhouse\\s+bill\\s*(?=\\d)");
    /** A Federal Information Processing Standard's publication word: {@code FIPS PUB 185}, {@code FIPS Publication 46}. */
    private static final Pattern FIPS_PUB = Pattern.compile("\\bfips[\\s-]*pub(?:s|lication)?\\b\\.?");
    private static final Pattern SECTION = Pattern.compile("(\\bsec(tion|s)?\\b\\.?|§)");
    /**
     * The forms of a citation that folding cannot read and the annotator reads for {@code cites:}
     * ({@link #readKey}): a title and a section or chapter in words, in either order, or a chapter
     * after the Code's initials ({@code section 2511 of title 18}, {@code Title 18, Section 2511},
     * {@code chapter 119 of title 18}, {@code 18 USC chapter 119}); a part or section of the FCC's
     * rules by the FCC's name ({@code FCC Part 15}, {@code Part 97 of the FCC rules}, {@code FCC
     * 97.113}); a rule of the Federal Rules however written ({@code FRCP 45}, {@code Federal Rule of
     * Civil Procedure 45}).
     */
    private static final Pattern READ_BY_ANNOTATOR = Pattern.compile("(?i)"
            + "\\btitle\\s+\\d+.*\\b(?:sec|chap)|\\b(?:sec|chap).*\\btitle\\s+\\d+|\\bu\\.?\\s?s\\.?\\s?c\\b.*\\bchap"
            + "|\\bfcc\\b.*\\bpart\\s*\\d|\\bpart\\s*\\d.*\\bfcc\\b|\\bfcc\\s*\\d+\\.\\d"
            + "|\\bfed\\.?\\s?r\\b|\\bf\\.?r\\.?cr?\\.?p\\b|\\bfederal\\s+rules?\\s+of|\\brule\\s+\\d+.*\\b(?:subpoena|warrant)");
    /** The U.S. Code's title and initials as a reader types them: {@code 18 USC}, {@code 18 U.S.C. §§}. */
    private static final String TITLE_USC = "\\s*(\\d+)\\s*U\\.?\\s?S\\.?\\s?C\\.?\\s*(?:§§?\\s*|[Ss]ec(?:tions?|s?\\.)\\s*)?";
    /** A range of sections: {@code 18 USC 2510-2522}, {@code 18 U.S.C. §§ 2510 to 2522}. */
    private static final Pattern SECTION_RANGE = Pattern.compile(
            TITLE_USC + "(\\d+)\\s*(?:-|\u2013|to|through|thru)\\s*(\\d+)\\s*");
    /** A section and those following it: {@code 47 U.S.C. 1001 et seq.}. */
    private static final Pattern ET_SEQ = Pattern.compile(TITLE_USC + "(\\d+[a-z]*)\\s*,?\\s*et\\.?\\s*seq\\.?\\s*");
    /** A part of the C.F.R. asked for without the word: {@code 22 CFR 120}, {@code 22 C.F.R. 120}. */
    private static final Pattern CFR_PART_ASKED = Pattern.compile(
            "\\s*(\\d+)\\s*C\\.?\\s?F\\.?\\s?R\\.?\\s*(?:§\\s*|[Ss]ec(?:tion|\\.)?\\s*)?(\\d+)\\s*");
    /** A range of the C.F.R.'s parts: {@code 22 CFR 120-130}, {@code 22 C.F.R. Parts 120 through 130}. */
    private static final Pattern CFR_PART_RANGE = Pattern.compile(
            "\\s*(\\d+)\\s*C\\.?\\s?F\\.?\\s?R\\.?\\s*(?:[Pp]arts?\\s*|§§?\\s*)?(\\d+)\\s*(?:-|\u2013|to|through|thru)\\s*(\\d+)\\s*");
    /** A section of an act, the section first: {@code Section 702 of FISA}, {@code sec. 38 of the Arms Export Control Act}. */
    private static final Pattern SECTION_OF_ACT = Pattern.compile(
            "(?i)\\s*(?:section|sec\\.?|§)\\s*(\\d+[a-z]?(?:\\([a-z0-9]+\\))*)\\s+of\\s+(?:the\\s+)?(.+?)\\s*");
    /** A section of an act, the act first: {@code FISA § 702}, {@code FISA section 702}. */
    private static final Pattern ACT_THEN_SECTION = Pattern.compile(
            "(?i)\\s*(?:the\\s+)?(.+?)\\s*,?\\s+(?:section|sec\\.?|§)\\s*(\\d+[a-z]?(?:\\([a-z0-9]+\\))*)\\s*");
    /** A title of an act asked for as a reader writes it: {@code Title II of the Communications Act}. */
    private static final Pattern TITLE_OF_ACT = Pattern.compile("(?i)\\s*title\\s+([ivx]+|\\d+)\\s+of\\s+(?:the\\s+)?(.+?)\\s*");
    /** An act's name as written, where the annotator does not know the act: {@code Federal Advisory Committee Act}. */
    private static final Pattern ACT_NAME = Pattern.compile(".*\\bAct(?:\\s+of\\s+\\d{4})?");

    /**
     * The folded key; empty when the text holds no letter or digit. A few common spellings are
     * made one first: {@code P.L.} and {@code Public Law} as {@code Pub. L.}, {@code U.S. Code} as
     * {@code U.S.C.}, {@code E.O.} as {@code Executive Order}, {@code Senate Bill} as {@code S.} and
     * {@code House Bill} as {@code H.R.}, {@code FIPS PUB} as {@code FIPS}, and {@code §}, {@code sec.} or
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
        s = DOCKET.matcher(s).replaceAll("docket no. ");
        s = FIPS_PUB.matcher(s).replaceAll("fips ");
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
     * The keys a citation is indexed under: its {@link #key(String)}, and the keys of the other forms
     * a reader may ask for it by, and of what holds it ({@link CitationForms}), so that asking for
     * the whole finds its parts: {@code cites:"18 USC 2511"} finds {@code 18 U.S.C. § 2511(4)(b)}.
     */
    public static List<String> keys(String citation) {
        String key = key(citation);
        if (key.isEmpty() || citation == null) return List.of();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        for (String form : CitationForms.of(citation)) keys.add(key(form));
        keys.remove("");
        return List.copyOf(keys);
    }

    /**
     * The keys that {@code cites:text} asks for: the text's {@link #key(String)}, and where the text
     * names an act the annotator knows ({@code ECPA}) or a bill or act by the nickname it had while
     * debated ({@code Cantwell bill}) or a standard by its name ({@code Escrowed Encryption
     * Standard}), the key of its name, and of a section of it ({@code Section 702
     * of FISA}, {@code FISA § 702}), the key of the section as the annotator names it; where it names a part of
     * the C.F.R. without the word ({@code 22 CFR 120}: a section would have a full stop), the part's
     * key; where it gives a title and a section or chapter in words ({@code section 2511 of title 18}, {@code chapter 119 of title 18}) or a part or section of the FCC's rules by the FCC's name ({@code FCC Part 15}), or a rule of the
     * Federal Rules however written ({@code FRCP 45}), the key
     * of the section as the annotator reads it; for a range of sections ({@code 18 USC 2510-2522})
     * or of the C.F.R.'s parts ({@code 22 CFR 120-130}), each one's; for a section "et seq.", the section's and the act's it opens, where known;
     * for an EU act's number as the annotator writes it ({@code Directive 95/46/EC}), the act's key;
     * for a case ({@code Katz vs US}), the key of the case as the annotator writes it ({@link
     * Annotator#caseNamed}: {@code Katz v. United States}).
     * The last is the one the annotator would have written.
     */
    public static List<String> queryKeys(String text) {
        String key = key(text);
        if (key.isEmpty()) return List.of();
        // a title of an act before a case: the "V" of "Title V of the Communications Act" is no "v."
        Matcher titleOfAct = TITLE_OF_ACT.matcher(text);
        if (titleOfAct.matches()) { // as the annotator names it: Communications Act of 1934 Title II
            String act = Annotator.actNamed(titleOfAct.group(2));
            String roman = Annotator.romanTitle(titleOfAct.group(1).toUpperCase(Locale.ROOT));
            if (act != null && roman != null) return distinct(key, key(act + " Title " + roman));
        }
        String euAct = Annotator.euActNumbered(text.strip());
        if (euAct != null) return distinct(key, key(euAct)); // Directive 95/46/EC, however its year is written
        String named = Annotator.caseNamed(text);
        if (named != null) return distinct(key, key(named)); // a case, as the annotator writes it: "Katz vs US" is Katz v. United States
        Matcher range = SECTION_RANGE.matcher(text);
        if (range.matches()) {
            String ofTitle = key(Integer.parseInt(range.group(1)) + " U.S.C.");
            return range(key, range.group(2), range.group(3), n -> ofTitle + n);
        }
        Matcher parts = CFR_PART_RANGE.matcher(text);
        if (parts.matches()) {
            String title = String.valueOf(Integer.parseInt(parts.group(1)));
            return range(key, parts.group(2), parts.group(3), n -> key(title + " C.F.R. Part " + n));
        }
        Matcher following = ET_SEQ.matcher(text);
        if (following.matches()) {
            // a section "and following": the section, and the act it opens where that is known
            String section = following.group(1) + " U.S.C. § " + following.group(2);
            List<String> keys = new ArrayList<>(List.of(key, key(section)));
            for (String act : Annotator.actsHolding(section)) keys.add(key(act));
            return distinct(keys.toArray(String[]::new));
        }
        String section = actSectionKey(text);
        if (section != null) return distinct(key, section);
        named = nameKey(text);
        if (named == null) {
            Matcher part = CFR_PART_ASKED.matcher(text);
            if (part.matches()) named = key(part.group(1) + " C.F.R. Part " + part.group(2));
        }
        if (named == null && READ_BY_ANNOTATOR.matcher(text).find()) named = readKey(text);
        return named == null ? List.of(key) : distinct(key, named);
    }

    /**
     * The key of a section of an act asked for as a reader writes it ({@code Section 702 of FISA},
     * {@code FISA § 702}), as the annotator names it ({@code Foreign Intelligence Surveillance Act §
     * 702}, and {@code 5 U.S.C. § 552} for {@code Section 552 of FOIA}: {@link Annotator#actSection});
     * {@code null} where the text is no section of an act.
     */
    static String actSectionKey(String text) {
        Matcher m = SECTION_OF_ACT.matcher(text);
        String act;
        String section;
        if (m.matches()) {
            act = m.group(2);
            section = m.group(1);
        } else if ((m = ACT_THEN_SECTION.matcher(text)).matches()) {
            act = m.group(1);
            section = m.group(2);
        } else {
            return null;
        }
        String name = Annotator.actNamed(act);
        if (name == null && ACT_NAME.matcher(act).matches()) name = act; // as the annotator names an act it does not know
        return name == null ? null : key(Annotator.actSection(name, section));
    }

    /** The keys once each, in order. */
    private static List<String> distinct(String... keys) {
        return List.copyOf(new LinkedHashSet<>(List.of(keys)));
    }

    /** Sections or parts asked for as a range, at most this many. */
    private static final int MAX_RANGE = 500;

    /**
     * The text's key, and the key of each section or part {@code from} to {@code to} ({@code keyOf}
     * makes one); the text's key alone where the range is none or too long.
     */
    private static List<String> range(String key, String from, String to, java.util.function.IntFunction<String> keyOf) {
        int a = Integer.parseInt(from);
        int b = Integer.parseInt(to);
        if (b <= a || b - a > MAX_RANGE) return List.of(key);
        List<String> keys = new ArrayList<>(b - a + 2);
        keys.add(key);
        for (int n = a; n <= b; n++) keys.add(keyOf.apply(n));
        return keys;
    }

    /**
     * The key of the one citation the annotator reads {@code text} as, where it covers the whole
     * text; {@code null} else. Every extractor is loaded for it (about 0.2 s the first time), so only
     * forms that folding cannot read ask for it ({@link #READ_BY_ANNOTATOR}).
     */
    private static String readKey(String text) {
        String t = text.strip();
        List<Citation> found = Annotator.citations(t);
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != t.length()) return null;
        Citation c = found.get(0);
        return key(c.normalized() != null ? c.normalized() : c.text());
    }

    /** The ways the annotator names what a text wholly names: an act, a law's nickname, a standard. */
    private static final List<java.util.function.UnaryOperator<String>> NAMERS = List.of(
            Annotator::actNamed, // "ECPA": the Electronic Communications Privacy Act
            Annotator::sectionNamed, // "CDA 230", "Section 230": 47 U.S.C. § 230
            Annotator::nicknamed, // "Cantwell bill": H.R. 3627 of the 103rd Congress
            Annotator::standardNamed); // "Escrowed Encryption Standard": FIPS 185

    /** The key of what {@code text} wholly names, under the name the annotator gives it ({@link #NAMERS}), or {@code null}. */
    private static String nameKey(String text) {
        for (java.util.function.UnaryOperator<String> namer : NAMERS) {
            String name = namer.apply(text);
            if (name != null) return key(name);
        }
        return null;
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
