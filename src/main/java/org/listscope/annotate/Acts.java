package org.listscope.annotate;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.listscope.model.Citation;

/**
 * Named acts as one pattern: every alias of {@link Lexicon#ACTS} in one alternation with a group
 * per act, so all of them are found in a single pass.
 */
final class Acts {

    private Acts() {
    }

    /** Lower-case words of which every act alias holds one: the pattern runs only where one occurs. */
    static final java.util.List<String> TRIGGERS = java.util.List.of("calea", "communications", "telecom act", "telephony", "ecpa",
            "wiretap", "pen register", "pen/trap", "pen-trap", "omnibus", "intelligence", "fisa", "patriot", "millennium", "dmca", "can-spam", "decency", "cda 230", "itar",
            "traffic in arms", "arms export", "aeca", "export administration", "ear ", "computer security", "computer fraud",
            "cfaa", "freedom of information", "freedom-of", "foia", "privacy act", "communications act", "telecommunications act",
            "copyright act", "espionage", "bank secrecy", "financial privacy", "video privacy", "paperwork", "enemy",
            "data retention", "data protection", "gdpr", "privacy directive", "freedom act", "cloud act", "overseas use", "investigatory powers",
            "ripa", "online piracy", "sopa", "protect ip", "pipa", "consumer protection", "tcpa", "traced", "information sharing", "rico", "racketeer", "ucc", "uniform commercial", "bill of rights", "brady", "digital telephone", "amendment", "violent crime");

    /**
     * The small letters an alias can start with: the amendments' ordinals, which are names only
     * right after "the" ({@code the fourth amendment}).
     */
    static final String LOWER_STARTS = "fsnte";

    /**
     * One group per act, in {@link Lexicon#ACTS} order. A match starts at the name itself, never
     * at a "the" before it: at every "the" of a text the whole alternation would be tried.
     */
    static final Pattern PATTERN = EntryPattern.compile("(?<![\\w-])(?=[A-Z0-9" + LOWER_STARTS + "])",
            Lexicon.ACTS.stream().map(NamedAct::aliases).toList());

    /**
     * The canonical name of the act that {@code text} wholly names, by one of its aliases
     * ({@code ECPA}, {@code Electronic Communications Privacy Act of 1986}) or as {@code Title III}
     * (the Wiretap Act, as {@link #buildTitleThree} reads it where a message speaks of
     * interception) or {@code Title II} (the Communications Act's, as {@link #buildTitleTwo} reads
     * it), or {@code null}.
     */
    static String named(String text) {
        if (TITLE_III.matcher(text.strip()).matches()) return WIRETAP_ACT.canonical(); // what the annotator cites "Title III" as
        if (TITLE_II.matcher(text.strip()).matches()) return TITLE_II_NAME; // and "Title II", where net neutrality is spoken of
        int act = EntryPattern.wholly(PATTERN, text);
        return act < 0 ? null : Lexicon.ACTS.get(act).canonical();
    }

    /** An act's initials and a section's number: {@code CDA 230}, {@code DMCA 512(c)}. */
    private static final Pattern INITIALS_SECTION = Pattern.compile("([A-Z]{2,8})\\s{1,2}(\\d{1,4}[a-zA-Z]?)((?:\\([a-zA-Z0-9]{1,4}\\))*)");

    /**
     * The section that {@code text} wholly names without "of", as the annotator normalizes it:
     * a section named bare as {@link #buildBareSection} reads it ({@code Section 230}: {@code 47
     * U.S.C. § 230}; {@code Section 702}: FISA's), an act's initials and a number ({@code CDA
     * 230}, {@code DMCA 512(c)}; not a year); or {@code null}.
     */
    static String sectionNamed(String text) {
        String s = text.strip();
        Matcher bare = BARE_SECTION.matcher(s);
        if (bare.matches()) {
            BareSection section = bareSection(bare.group(1));
            return sectionName(section.act().canonical(), section.number(), bare.group(2));
        }
        Matcher m = INITIALS_SECTION.matcher(s);
        if (!m.matches() || m.group(2).matches("(?:19|20)\\d\\d")) return null;
        Matcher act = PATTERN.matcher(s);
        if (!act.lookingAt() || act.end() != m.end(1)) return null;
        int i = EntryPattern.entry(act);
        return i < 0 ? null : sectionName(Lexicon.ACTS.get(i).canonical(), m.group(2), m.group(3));
    }

    /**
     * Section {@code number} of {@code act} with its subsections as the annotator normalizes it: the
     * Code's section where the act is numbered as the Code ({@link Codifications#codeTitleOf}:
     * {@code Freedom of Information Act}, 552: {@code 5 U.S.C. § 552}), else the act's own
     * ({@code Foreign Intelligence Surveillance Act § 702}).
     */
    static String sectionName(String act, String number, String subsections) {
        int title = Codifications.codeTitleOf(act, number);
        return title > 0 ? Canonical.usc(String.valueOf(title), number, subsections) : act + " § " + number + subsections;
    }

    /** The act of the group that matched. */
    static Citation build(MatchResult m, Text t, String name) {
        int i = EntryPattern.entry(m);
        if (i < 0) return null;
        NamedAct act = Lexicon.ACTS.get(i);
        if (act.canonical().equals(BILL_OF_RIGHTS) && anotherBillOfRights(t.clean(), m.start(), m.end())) return null;
        if (beforeItsYear(act, m, t)) { // the UK's Telecommunications Act in 1994 is no act of 1996: the name as written
            return cited(t, m.start(), m.end(), Canonical.spaces(m.group()), null, List.of(), 0.7,
                    name + "; not the " + act.canonical() + ", which came later");
        }
        return cited(t, m.start(), m.end(), act.canonical(), act.link(), act.topics(), 0.95, name);
    }

    /**
     * Whether an act whose name ends in its year ({@code Telecommunications Act of 1996}) is named
     * without that year in a message written two years or more before it: another act of that name
     * (the UK's Telecommunications Act 1984). A year before, it is the bill that became the act.
     */
    private static boolean beforeItsYear(NamedAct act, MatchResult m, Text t) {
        int year = act.year();
        if (year == 0 || t.date() == null || m.group().contains(String.valueOf(year))) return false;
        return t.date().atZone(java.time.ZoneOffset.UTC).getYear() < year - 1;
    }

    private static final String BILL_OF_RIGHTS = "Bill of Rights";

    /**
     * A word right before "Bill of Rights" that makes it a bill of rights other than the Constitution's:
     * a name ({@code Electronic}, {@code POD E-Mail}, {@code Cypherpunks}; not {@code The}, {@code US},
     * {@code Constitution's}) or an article or adjective of a new one ({@code a}, {@code a new},
     * {@code interactive}).
     */
    private static final Pattern OTHER_BILL_BEFORE = Pattern.compile(
            "(?:\\b(?!(?:The|THE|US|USA|American|Constitution|Federal|Original|Our|This|That|Its|And|Of|In|See|Read)\\b)[A-Z][\\w'’-]{1,20}"
                    + "|\\b(?:a|an|new|interactive|concordant))[ \\t]{1,3}(?:\\n[ \\t>]{0,6})?$");
    /** Words right after "Bill of Rights" that name another: {@code and Responsibilities}. */
    private static final Pattern OTHER_BILL_AFTER = Pattern.compile("\\s{1,3}and\\s{1,3}Responsibilities");

    /**
     * Whether the "Bill of Rights" at {@code start..end} is another than the first ten amendments: a
     * "POD E-Mail Bill of Rights", an "Electronic Bill of Rights", a "Bill of Rights and
     * Responsibilities for Electronic Communities" (12 of the 129 in cypherpunks 1992-94).
     */
    private static boolean anotherBillOfRights(String s, int start, int end) {
        return OTHER_BILL_BEFORE.matcher(s).region(Math.max(0, start - 30), start).useTransparentBounds(true).find()
                || OTHER_BILL_AFTER.matcher(s).region(end, Math.min(s.length(), end + 25)).lookingAt();
    }

    /**
     * {@code Title III}, alone or of the Omnibus Crime Control and Safe Streets Act, but not of
     * another act ({@code Title III of the Communications Act}).
     */
    static final Pattern TITLE_III = Pattern.compile("\\bTitle\\s{1,3}III\\b(?:\\s{1,3}of\\s{1,3}the\\s{1,3}[Oo]mnibus\\s{1,3}[Cc]rime"
            + "\\s{1,3}Control\\s{1,3}and\\s{1,3}Safe\\s{1,3}Streets\\s{1,3}Act(?:\\s{1,3}of\\s{1,3}1968)?)?(?!\\s{1,3}of\\s{1,3}the\\b)");

    /** Words of a message about interception, where "Title III" is the Wiretap Act's name. */
    private static final List<String> INTERCEPTION = List.of("wiretap", "intercept", "surveil", "eavesdrop", "fisa", "ecpa",
            "wire communication", "electronic communication");

    private static final NamedAct WIRETAP_ACT = Lexicon.namedAct("Wiretap Act");

    /**
     * "Title III" as lawyers and the FBI of the 1990s wrote it: the Wiretap Act, Title III of the
     * Omnibus Crime Control and Safe Streets Act of 1968 (18 U.S.C. ch. 119), where the message
     * speaks of interception; other acts have a Title III too.
     */
    static Citation buildTitleThree(MatchResult m, Text t, String name) {
        String lower = t.lower();
        if (INTERCEPTION.stream().noneMatch(lower::contains)) return null;
        return Extractors.cite(t, "act", m.start(), m.end(), WIRETAP_ACT.canonical(), WIRETAP_ACT.link(), WIRETAP_ACT.topics(),
                0.9, name);
    }

    /**
     * {@code Title II} alone: not "of" an act named after it ({@code Title II of the Communications
     * Act}), nor a title of a law cited just before it ({@code P.L. 99-508, Title II}).
     */
    static final Pattern TITLE_II = Pattern.compile("(?<!\\d,\\s{0,2})\\bTitle\\s{1,3}II\\b(?!\\s{1,3}(?:of|OF)\\s)");

    /** Words of a message about regulating carriers, where "Title II" is the Communications Act's. */
    private static final List<String> COMMON_CARRIAGE = List.of("common carrier", "common carriage", "net neutrality",
            "network neutrality", "reclassif", "open internet");

    private static final NamedAct COMMUNICATIONS_ACT = Lexicon.namedAct("Communications Act of 1934");
    private static final String TITLE_II_NAME = COMMUNICATIONS_ACT.canonical() + " Title II";

    /**
     * "Title II" as the net neutrality debate writes it: Title II of the Communications Act of 1934
     * (common carriers, 47 U.S.C. §§ 201-276), where the message speaks of common carriage or net
     * neutrality, or of the FCC and broadband; other acts have a Title II too (the Stored
     * Communications Act is Title II of the ECPA).
     */
    static Citation buildTitleTwo(MatchResult m, Text t, String name) {
        String lower = t.lower();
        boolean carriers = COMMON_CARRIAGE.stream().anyMatch(lower::contains)
                || lower.contains("broadband") && (lower.contains("fcc") || t.has("federal communications"));
        if (!carriers) return null;
        return Extractors.cite(t, "act", m.start(), m.end(), TITLE_II_NAME, COMMUNICATIONS_ACT.link(),
                COMMUNICATIONS_ACT.topics(), 0.85, name + "; title of the act");
    }

    /**
     * A section that a debate names bare, read as {@code act}'s where the message uses one of
     * {@code context}: the words of that debate, or the act's own names. {@code evidence} names the
     * rule in the citation's evidence (as stored in indexes of schema 116).
     */
    private record BareSection(String number, NamedAct act, List<String> context, String evidence) {}

    /**
     * The sections named bare: Section 230 of the Communications Decency Act (47 U.S.C. § 230, the
     * shield of sites and carriers for what others post), Section 702 of FISA (added by its 2008
     * amendments), Section 215 of the USA PATRIOT Act, Section 706 of the Telecommunications Act of
     * 1996 (the FCC's broadband authority), and the DMCA's Section 512 (17 U.S.C. § 512, the safe
     * harbors, in title 17 as the Copyright Act's) and Section 1201 (17 U.S.C. § 1201, circumvention).
     */
    private static final List<BareSection> BARE_SECTIONS = List.of(
            new BareSection("230", Lexicon.namedAct("Communications Decency Act"), List.of("immunity", "immune", "liable",
                    "liability", "publisher", "platform", "moderat", "decency", "cda", "safe harbor", "third-party content",
                    "third party content", "user-generated"), "section-230"),
            new BareSection("702", Lexicon.namedAct("Foreign Intelligence Surveillance Act"),
                    List.of("fisa", "foreign intelligence surveillance"), "section-702-215"),
            new BareSection("215", Lexicon.namedAct("USA PATRIOT Act"), List.of("patriot act"), "section-702-215"),
            new BareSection("706", Lexicon.namedAct("Telecommunications Act of 1996"), List.of("telecom act", "telecommunications act",
                    "1996 act", "advanced telecommunications", "broadband"), "bare-section"),
            new BareSection("512", Lexicon.namedAct("Copyright Act"), List.of("dmca", "millennium", "takedown", "take-down",
                    "safe harbor", "copyright"), "bare-section"),
            new BareSection("1201", Lexicon.namedAct("Digital Millennium Copyright Act"), List.of("dmca", "millennium",
                    "circumvent", "copyright"), "bare-section"));

    /** What triggers {@link #BARE_SECTION}. */
    static final List<String> BARE_SECTION_TRIGGERS = Stream.concat(Stream.of("§"), BARE_SECTIONS.stream()
            .flatMap(b -> Stream.of("section " + b.number(), "sec. " + b.number()))).toList();

    /**
     * {@code Section 230}, {@code Sec. 702(a)}, {@code § 215} alone, one of {@link #BARE_SECTIONS}, not
     * "of" an act named after it.
     */
    static final Pattern BARE_SECTION = Pattern.compile("(?:\\b[Ss]ection|\\bSECTION|\\bSec\\.|§)\\s{0,2}("
            + BARE_SECTIONS.stream().map(BareSection::number).collect(Collectors.joining("|"))
            + ")((?:\\([a-zA-Z0-9]{1,4}\\))*)(?![\\w(]|\\.\\d|\\s{1,3}(?:of|OF)\\s)");

    private static BareSection bareSection(String number) {
        return BARE_SECTIONS.stream().filter(b -> b.number().equals(number)).findFirst().orElseThrow();
    }

    /**
     * A section named bare as the act's whose debate the message is part of ("Section 230" where it
     * speaks of liability for what others post); else none, a bare section of another text.
     */
    static Citation buildBareSection(MatchResult m, Text t, String unused) {
        BareSection bare = bareSection(m.group(1));
        String lower = t.lower();
        if (bare.context().stream().noneMatch(lower::contains)) return null;
        NamedAct act = bare.act();
        return section(t, m.start(), m.end(), act.canonical(), bare.number(), m.group(2), act.link(), act.topics(), 0.85,
                bare.evidence());
    }

    /** A sentence's first words and "the" before a name: "Under the", "Repealing the", "Pursuant to the". */
    private static final Pattern LEADING_WORD = Pattern.compile(
            "(?:[A-Z][a-z]+|(?:Pursuant|According|Due|Subject|Contrary|Prior)\\s{1,3}to)\\s{1,3}the\\s{1,3}");

    /**
     * "the " or a year ("1986 ", "'86 ") right before a name, or "the" and a word or two in small
     * letters ("the recently-passed Crime Act").
     */
    private static final Pattern ARTICLE_OR_YEAR = Pattern.compile(
            "(?:\\b[Tt]he(?:\\s{1,3}[a-z][a-z-]{1,20}){0,2}|\\b(?:19|20)\\d\\d|'\\d\\d)\\s{1,3}$");

    /** An act named in the text but not in the lexicon ({@code Clipper Chip Act of 1994}). */
    static Citation buildGeneric(MatchResult m, Text t, String name) {
        int start = m.start(1);
        String raw = m.group(1);
        if (raw.startsWith("The ") || raw.startsWith("This ")) {
            int skip = raw.indexOf(' ') + 1;
            start += skip;
            raw = raw.substring(skip);
        }
        Matcher lead = LEADING_WORD.matcher(raw);
        if (lead.lookingAt()) { // "Under the Americans with Disabilities Act"
            start += lead.end();
            raw = raw.substring(lead.end());
        }
        for (String joiner : new String[] {" in the ", " in "}) {
            int cut = raw.lastIndexOf(joiner);
            if (cut >= 0) {
                start += cut + joiner.length();
                raw = raw.substring(cut + joiner.length());
            }
        }
        // two acts joined ("The Sherman Act and the Clayton Act"): the first, if it is a name this
        // rule cites; the scan then goes on after it and finds the second
        int and = raw.indexOf(" and ");
        while (and >= 0 && !raw.substring(0, and).endsWith("Act")) and = raw.indexOf(" and ", and + 1);
        if (and >= 0) {
            Citation first = generic(t, start, raw.substring(0, and), null, name);
            if (first != null) return first;
            int cut = raw.lastIndexOf(" and ");
            if (raw.substring(0, cut).endsWith("Act")) {
                start += cut + 5;
                raw = raw.substring(cut + 5);
            }
        }
        return generic(t, start, raw, m.group(2), name);
    }

    /** The act named {@code raw} at {@code start}, with {@code year} ({@code " of 1994"}) after it or none, unless it is no law's name. */
    private static Citation generic(Text t, int start, String raw, String year, String name) {
        if (raw.startsWith("the ")) {
            start += 4;
            raw = raw.substring(4);
        }
        String words = Canonical.spaces(raw);
        Matcher named = PATTERN.matcher(words);
        while (named.find()) {
            // a named act at the name's end: that extractor has it ("Federal Wiretap Act"); one inside
            // another law's name is part of it ("First Amendment Privacy Protection Act")
            if (named.end() == words.length()) return null;
        }
        if (Lexicon.GENERIC_ACT_REJECT.matcher(words).find()) return null;
        String[] parts = words.split(" ");
        int capitalised = 0;
        for (String p : parts) if (Character.isUpperCase(p.charAt(0))) capitalised++;
        // a name of one word and "Act" is a law's after "the" or a year ("the Hatch Act", "the 1986
        // Immigration Act": 30 such in cypherpunks 1992-94, all laws); else mostly an idiom ("Riot Act")
        if (capitalised < 3 && year == null && !(capitalised == 2 && ARTICLE_OR_YEAR.matcher(
                t.clean()).region(Math.max(0, start - 50), start).useTransparentBounds(true).find())) return null;
        String normalized = words + (year == null ? "" : " " + Canonical.spaces(year));
        int end = start + raw.length() + (year == null ? 0 : year.length());
        return cited(t, start, end, normalized, null, Lexicon.topicsOf(normalized), 0.8, name);
    }

    /**
     * "Section 702 of", "Sec. 38(b) of the", "§ 230 of the" right before an act's name: a section of
     * that act (group 1, its subsections group 2); a regulation's section with its part's dot too,
     * also after a typist's section sign ({@code Section #120.9 of the ITAR}, {@code $120.21 of the
     * ITAR}) or before "U.S." ({@code SECTION 126.5 OF THE U.S. INTERNATIONAL TRAFFIC IN ARMS
     * REGULATIONS}); not a section the C.F.R. or the Code was cited with right before ({@code 22 C.F.R # 120.5 of
     * the ITAR}: that citation's).
     */
    private static final Pattern SECTION_OF = Pattern.compile(
            "(?<!(?:C\\.?\\s?F\\.?\\s?R|U\\.?\\s?S\\.?\\s?C)\\.?,?\\s{0,3})(?:(?:\\b[Ss]ection|\\bSECTION|\\b[Ss]ec\\.|§)\\s{0,2}#?|(?<![\\w$#])[$#](?=\\s?\\d{1,4}\\.\\d))\\s{0,2}"
                    + "(\\d{1,4}(?:\\.\\d{1,4})?[a-zA-Z]?)((?:\\([a-zA-Z0-9]{1,4}\\))*)\\s{1,3}"
                    + "(?:of|OF)\\s{1,3}(?:[Tt]he\\s{1,3}|THE\\s{1,3})?(?:U\\.\\s?S\\.\\s{1,3})?$");

    /**
     * "Title II of the", "Title 2 of" right before an act's name, also with an editor's bracket
     * ("Title II of [the Communications Act"): a title of that act (group 1).
     */
    private static final Pattern TITLE_OF = Pattern.compile(
            "(?:\\bTitle|\\bTITLE)\\s{1,2}([IVX]{1,5}|\\d{1,2}),?\\s{1,3}(?:of|OF)\\s{1,3}\\[?(?:[Tt]he\\s{1,3}|THE\\s{1,3})?$");
    /** Roman figures of a title, I to XXXIX. */
    private static final Pattern ROMAN = Pattern.compile("X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}");

    /** A title's number in Roman figures ({@code 2}: {@code II}), or {@code null} for none up to 39. */
    static String roman(String number) {
        if (ROMAN.matcher(number).matches()) return number;
        if (!number.chars().allMatch(Character::isDigit)) return null;
        int n = Integer.parseInt(number);
        if (n < 1 || n > 39) return null;
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return "X".repeat(n / 10) + ones[n % 10];
    }

    /**
     * "Section 702", "Sec. 215(a)", "§ 230(c)(1)" right after an act's name ({@code FISA Section
     * 702}): a section of that act (group 1, its subsections group 2).
     */
    private static final Pattern SECTION_AFTER = Pattern.compile(
            "\\s{1,2}(?:[Ss]ection|SECTION|[Ss]ec\\.|§)\\s{0,2}(\\d{1,4}(?:\\.\\d{1,4})?[a-zA-Z]?)((?:\\([a-zA-Z0-9]{1,4}\\))*)(?![\\w(]|\\.\\d)");
    /**
     * A bare number right after an act's initials ({@code CDA 230}, {@code DMCA 512(c)}), not a year,
     * nor the title of a citation that follows ({@code ITAR 22 CFR 121}, {@code ECPA 18 USC 2703}).
     */
    private static final Pattern NUMBER_AFTER = Pattern.compile(
            "\\s{1,2}(\\d{1,4})((?:\\([a-zA-Z0-9]{1,4}\\))*)(?![\\w(.,/-]\\w|[\\w(])(?!\\s{1,2}[A-Z0-9§])");

    /**
     * The section named right after the act's name at {@code end} ({@code FISA Section 702}; after
     * initials also {@code CDA 230}), or {@code null}.
     */
    private static Matcher sectionAfter(Text t, int start, int end) {
        String s = t.clean();
        Matcher after = SECTION_AFTER.matcher(s).region(end, Math.min(s.length(), end + 40));
        if (after.lookingAt()) return after;
        if (!INITIALS.matcher(s).region(start, end).matches()) return null;
        Matcher number = NUMBER_AFTER.matcher(s).region(end, Math.min(s.length(), end + 30));
        if (!number.lookingAt()) return null;
        int n = Integer.parseInt(number.group(1));
        return n >= 1900 && n <= 2099 ? null : number; // "FISA 1978", "ECPA 1986": years
    }

    /** An act's initials as a message writes them: {@code FISA}, {@code CDA}. */
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,8}");

    /**
     * The act named over {@code start..end}, or one of its sections where "Section N of (the)"
     * or "Title N of (the)" stands right before the name, or "Section N" right after it ({@code Section 38 of the Arms
     * Export Control Act}: {@code Arms Export Control Act § 38}, over the whole phrase); the Code's
     * section where the act is numbered
     * as the Code ({@link Codifications#codeTitleOf}: {@code section 3504(h) of the Paperwork
     * Reduction Act} is {@code 44 U.S.C. § 3504(h)}).
     */
    private static Citation cited(Text t, int start, int end, String act, String link, List<String> topics,
                                  double confidence, String name) {
        Matcher section = SECTION_OF.matcher(t.clean()).region(Math.max(0, start - 40), start).useTransparentBounds(true);
        Citation c = null;
        Matcher title = TITLE_OF.matcher(t.clean()).region(Math.max(0, start - 30), start).useTransparentBounds(true);
        if (section.find()) {
            c = section(t, section.start(), end, act, section.group(1), section.group(2), link, topics, confidence, name);
        } else if (title.find() && roman(title.group(1)) != null && !act.equals(WIRETAP_ACT.canonical())) {
            // "Title II of the Communications Act"; Title III of the Omnibus Crime Control Act is the Wiretap Act itself
            c = Extractors.cite(t, "act", title.start(), end, act + " Title " + roman(title.group(1)), link, topics, confidence,
                    name + "; title of the act");
        } else {
            Matcher after = sectionAfter(t, start, end);
            if (after != null) c = section(t, start, after.end(), act, after.group(1), after.group(2), link, topics, confidence, name);
        }
        return c != null ? c : Extractors.cite(t, "act", start, end, act, link, topics, confidence, name);
    }

    /**
     * A section of an act over {@code start..end}: the Code's section where the act is numbered as the
     * Code, the C.F.R.'s where a regulation's section has its part's dot ({@code ITAR section 120.17}:
     * {@code 22 C.F.R. § 120.17}); {@code null} for a dotted section of any other act.
     */
    private static Citation section(Text t, int start, int end, String act, String number, String subsections, String link,
                                    List<String> topics, double confidence, String name) {
        if (number.contains(".")) {
            int title = Codifications.regulationTitleOf(act, number);
            if (title <= 0) return null;
            String cfr = String.valueOf(title);
            return Extractors.cite(t, "cfr", start, end, Canonical.cfr(cfr, number, false, subsections),
                    Canonical.cfrLink(cfr, number, false), StatuteTopics.cfr(title, number), confidence,
                    name + "; the regulation's section in the C.F.R.");
        }
        int title = Codifications.codeTitleOf(act, number);
        String normalized = sectionName(act, number, subsections);
        if (title > 0) { // the act is numbered as the Code: Sec. 552(a)(6) of FOIA is 5 U.S.C. § 552(a)(6)
            return Extractors.cite(t, "usc", start, end, normalized, Canonical.uscLink(String.valueOf(title), number),
                    StatuteTopics.usc(title, number), confidence, name + "; the act's section in the Code");
        }
        return Extractors.cite(t, "act", start, end, normalized, link, topics, confidence, name + "; section of the act");
    }

    /** Acts a short form may refer back to. */
    static boolean isAct(Citation c) {
        return c.kind().equals("act") && !c.normalized().endsWith("Amendment");
    }
}
