package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the named acts of {@link Lexicon#ACTS} stand in the U.S. Code, the C.F.R. and the Public
 * Laws: {@code 47 U.S.C. § 1002} and {@code Pub. L. 103-414} are CALEA, {@code 5 U.S.C. § 552} is
 * FOIA, {@code 22 C.F.R. Part 121} is ITAR. Only acts whose place is one span of sections (or
 * parts, or one law) are listed; an act amended into several titles keeps its own name only.
 */
final class Codifications {

    private Codifications() {
    }

    /** One place of an act: sections {@code from..to} of a title of the Code, its chapters, parts of the C.F.R., or a Public Law. */
    private record Place(String act, String source, int title, String from, String to) {

        boolean holds(String source, int title, String section) {
            if (!this.source.equals(source) || this.title != title) return false;
            if (from.equals(to)) return from.equals(section); // one section: 552 is not 552a
            int n = leadingNumber(section);
            return n >= leadingNumber(from) && n <= leadingNumber(to);
        }
    }

    private static final String USC = "usc";
    private static final String CHAPTER = "chapter";
    private static final String CFR = "cfr";
    private static final String LAW = "law";

    private static final List<Place> PLACES = List.of(
            new Place("Wiretap Act", USC, 18, "2510", "2523"),
            new Place("Stored Communications Act", USC, 18, "2701", "2709"), // § 2710, in the same chapter, is the VPPA
            new Place("Stored Communications Act", USC, 18, "2711", "2713"),
            new Place("Pen Register Act", USC, 18, "3121", "3127"),
            new Place("Communications Assistance for Law Enforcement Act", USC, 47, "1001", "1010"),
            new Place("Communications Assistance for Law Enforcement Act", LAW, 103, "414", "414"),
            new Place("Electronic Communications Privacy Act", LAW, 99, "508", "508"),
            new Place("Foreign Intelligence Surveillance Act", USC, 50, "1801", "1885"),
            new Place("Foreign Intelligence Surveillance Act", LAW, 95, "511", "511"),
            new Place("USA PATRIOT Act", LAW, 107, "56", "56"),
            new Place("Digital Millennium Copyright Act", USC, 17, "1201", "1205"),
            new Place("Digital Millennium Copyright Act", LAW, 105, "304", "304"),
            new Place("CAN-SPAM Act", USC, 15, "7701", "7713"),
            new Place("CAN-SPAM Act", LAW, 108, "187", "187"),
            new Place("Communications Decency Act", USC, 47, "230", "230"),
            new Place("International Traffic in Arms Regulations", CFR, 22, "120", "130"),
            new Place("Arms Export Control Act", USC, 22, "2751", "2799"),
            new Place("Export Administration Regulations", CFR, 15, "730", "774"),
            new Place("Computer Security Act of 1987", LAW, 100, "235", "235"),
            new Place("Computer Fraud and Abuse Act", USC, 18, "1030", "1030"),
            new Place("Copyright Act", USC, 17, "101", "1332"), // title 17 is the Copyright Act of 1976 and its amendments
            new Place("Freedom of Information Act", USC, 5, "552", "552"),
            new Place("Privacy Act of 1974", USC, 5, "552a", "552a"),
            new Place("Privacy Act of 1974", LAW, 93, "579", "579"),
            new Place("Communications Act of 1934", USC, 47, "151", "646"),
            new Place("Telecommunications Act of 1996", LAW, 104, "104", "104"),
            new Place("Espionage Act", USC, 18, "792", "799"),
            new Place("Bank Secrecy Act", USC, 31, "5311", "5336"),
            new Place("Right to Financial Privacy Act", USC, 12, "3401", "3423"),
            new Place("Video Privacy Protection Act", USC, 18, "2710", "2710"),
            new Place("Paperwork Reduction Act", USC, 44, "3501", "3521"),
            new Place("Racketeer Influenced and Corrupt Organizations Act", USC, 18, "1961", "1968"),
            // the chapters that are these acts (or hold them): "chapters 119 and 206 of title 18", "18 U.S.C. ch. 121"
            new Place("Wiretap Act", CHAPTER, 18, "119", "119"),
            new Place("Stored Communications Act", CHAPTER, 18, "121", "121"),
            new Place("Pen Register Act", CHAPTER, 18, "206", "206"),
            new Place("Espionage Act", CHAPTER, 18, "37", "37"),
            new Place("Racketeer Influenced and Corrupt Organizations Act", CHAPTER, 18, "96", "96"),
            new Place("Communications Assistance for Law Enforcement Act", CHAPTER, 47, "9", "9"),
            new Place("Communications Act of 1934", CHAPTER, 47, "5", "5"),
            new Place("Foreign Intelligence Surveillance Act", CHAPTER, 50, "36", "36"),
            new Place("Digital Millennium Copyright Act", CHAPTER, 17, "12", "12"),
            new Place("Copyright Act", CHAPTER, 17, "1", "13"),
            new Place("CAN-SPAM Act", CHAPTER, 15, "103", "103"),
            new Place("Arms Export Control Act", CHAPTER, 22, "39", "39"),
            new Place("Right to Financial Privacy Act", CHAPTER, 12, "35", "35"),
            new Place("Paperwork Reduction Act", CHAPTER, 44, "35", "35"));

    /** A Code section as the annotator writes it: {@code 18 U.S.C. § 2511(4)(b)}, {@code 5 U.S.C. § 552a}. */
    private static final Pattern CODE = Pattern.compile("(\\d+) U\\.S\\.C\\. § (\\d+[a-z]*)\\b.*");
    /** A C.F.R. section or part: {@code 22 C.F.R. § 120.4(g)}, {@code 22 C.F.R. Part 121}. */
    private static final Pattern REGULATION = Pattern.compile("(\\d+) C\\.F\\.R\\. (?:§ (\\d+)\\.|Part (\\d+)\\b).*");
    /** A chapter of the Code: {@code 18 U.S.C. ch. 119}. */
    private static final Pattern CODE_CHAPTER = Pattern.compile("(\\d+) U\\.S\\.C\\. ch\\. (\\d+)");
    /** A Public Law: {@code Pub. L. 103-414}. */
    private static final Pattern PUBLIC_LAW = Pattern.compile("Pub\\. L\\. (\\d+)-(\\d+)");

    /**
     * The titles of the Code enacted as law (positive-law titles), where an act placed in them is
     * numbered as the Code is: section 552 of the Freedom of Information Act is 5 U.S.C. § 552, but
     * section 101 of FISA is 50 U.S.C. § 1801 (title 50 is no such title).
     */
    private static final java.util.Set<Integer> POSITIVE_LAW_TITLES = java.util.Set.of(1, 3, 4, 5, 9, 10, 11, 13, 14, 17, 18,
            23, 28, 31, 32, 35, 36, 37, 38, 39, 40, 41, 44, 46, 49, 51, 54);

    /**
     * Places of acts, in titles not enacted as law, whose sections the Code numbers as the act does:
     * sections 201 to 510 of the Communications Act of 1934 (its titles II to V) are 47 U.S.C. §§ 201
     * to 510, section 230 among them (the Communications Decency Act's, "CDA 230"); its cable title VI
     * (47 U.S.C. §§ 521-573) and title VII (§ 705 is 47 U.S.C. § 605) are numbered apart.
     */
    private static final List<Place> NUMBERED_AS_CODE = List.of(
            new Place("Communications Act of 1934", USC, 47, "201", "510"),
            new Place("Communications Decency Act", USC, 47, "230", "230"));

    /**
     * The title of the Code whose section {@code section} of {@code act} is, where the act lies in a
     * title enacted as law, or is numbered as the Code, and the section in its place there
     * ({@code Paperwork Reduction Act}, 3504: 44; {@code Communications Decency Act}, 230: 47); else
     * -1, and the section is the act's own.
     */
    static int codeTitleOf(String act, String section) {
        for (Place p : PLACES) {
            if (p.act().equals(act) && POSITIVE_LAW_TITLES.contains(p.title()) && p.holds(USC, p.title(), section)) return p.title();
        }
        for (Place p : NUMBERED_AS_CODE) {
            if (p.act().equals(act) && p.holds(USC, p.title(), section)) return p.title();
        }
        return -1;
    }

    /**
     * The title of the C.F.R. whose section {@code section} ({@code 120.17}) of {@code act} is,
     * where the act is a regulation whose parts hold the section's part ({@code International Traffic
     * in Arms Regulations}, 120.17: 22); else -1.
     */
    static int regulationTitleOf(String act, String section) {
        for (Place p : PLACES) {
            if (p.act().equals(act) && p.holds(CFR, p.title(), section)) return p.title();
        }
        return -1;
    }

    /** Whether {@code act} has a place in the C.F.R., as a regulation ({@code International Traffic in Arms Regulations}). */
    static boolean isRegulation(String act) {
        return PLACES.stream().anyMatch(p -> p.act().equals(act) && p.source().equals(CFR));
    }

    /**
     * The acts that hold the citation written as {@code normalized}, in {@link #PLACES} order, or the
     * EU act a number is ({@code Directive 2006/24/EC}: the Data Retention Directive); empty for none.
     */
    static List<String> actsHolding(String normalized) {
        String eu = EU_NUMBERS.get(normalized);
        if (eu != null) return List.of(eu);
        String source;
        int title;
        String section;
        Matcher m;
        if ((m = CODE.matcher(normalized)).matches()) {
            source = USC;
            title = Integer.parseInt(m.group(1));
            section = m.group(2);
        } else if ((m = REGULATION.matcher(normalized)).matches()) {
            source = CFR;
            title = Integer.parseInt(m.group(1));
            section = m.group(2) != null ? m.group(2) : m.group(3);
        } else if ((m = CODE_CHAPTER.matcher(normalized)).matches()) {
            source = CHAPTER;
            title = Integer.parseInt(m.group(1));
            section = m.group(2);
        } else if ((m = PUBLIC_LAW.matcher(normalized)).matches()) {
            source = LAW;
            title = Integer.parseInt(m.group(1));
            section = m.group(2);
        } else {
            return List.of();
        }
        List<String> acts = new ArrayList<>(1);
        for (Place p : PLACES) {
            if (p.holds(source, title, section) && !acts.contains(p.act())) acts.add(p.act());
        }
        return acts;
    }

    /**
     * The EU acts that the annotator knows by name ({@link Lexicon#ACTS}), by their numbers as it
     * writes them ({@code Directive 2006/24/EC}): the number and the name are one act.
     */
    private static final java.util.Map<String, String> EU_NUMBERS = orderedPairs(
            "Directive 2006/24/EC", "Data Retention Directive",
            "Directive 2002/58/EC", "ePrivacy Directive",
            "Directive 95/46/EC", "Data Protection Directive", // the first number of an act is the one it is keyed as
            "Directive 1995/46/EC", "Data Protection Directive",
            "Regulation (EU) 2016/679", "General Data Protection Regulation");

    private static java.util.Map<String, String> orderedPairs(String... keysAndValues) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * The chapters of the Code that are {@code act}, as the annotator writes them ({@code Wiretap
     * Act}: {@code 18 U.S.C. ch. 119}); an act that spans several chapters (the Copyright Act) has none.
     */
    static List<String> chaptersOf(String act) {
        List<String> chapters = new ArrayList<>(1);
        for (Place p : PLACES) {
            if (p.act().equals(act) && p.source().equals(CHAPTER) && p.from().equals(p.to())) {
                chapters.add(Canonical.uscChapter(String.valueOf(p.title()), p.from()));
            }
        }
        return chapters;
    }

    /** The EU act whose number {@code number} is, as the annotator writes it ({@code Directive 2006/24/EC}), or {@code null}. */
    static String euActNumbered(String number) {
        return EU_NUMBERS.get(number);
    }

    /**
     * The number of the EU act named {@code act} as the annotator writes it ({@code Data Retention
     * Directive}: {@code Directive 2006/24/EC}), or {@code null}.
     */
    static String euNumberOf(String act) {
        for (java.util.Map.Entry<String, String> e : EU_NUMBERS.entrySet()) {
            if (e.getValue().equals(act)) return e.getKey();
        }
        return null;
    }

    /** The number a section or part starts with: 2518 of 2518(7), 1 of 1.1202, 552 of 552a. */
    static int leadingNumber(String section) {
        int n = 0;
        for (int i = 0; i < section.length() && Character.isDigit(section.charAt(i)); i++) {
            n = n * 10 + (section.charAt(i) - '0');
            if (n > 1_000_000) break;
        }
        return n;
    }
}
