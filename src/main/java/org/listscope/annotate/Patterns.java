package org.listscope.annotate;

import java.util.regex.Pattern;

/**
 * Every citation pattern in one place (as eyecite keeps its {@code regexes.py}). All are
 * precompiled, anchored on a literal or a digit run, and use bounded repetition only, so none can
 * backtrack catastrophically. They run on the cleaned text (same length as the body), so a match's
 * offsets are body offsets.
 */
final class Patterns {

    private Patterns() {
    }

    /** A subsection chain: {@code (f)}, {@code (c)(1)(A)}; a year in parentheses, {@code (1988)}, is the edition, no subsection. */
    static final String SUBSECTIONS = "((?:\\s?\\((?!(?:1[89]|20)\\d\\d\\))[0-9A-Za-z]{1,4}\\)(?:\\((?!(?:1[89]|20)\\d\\d\\))[0-9A-Za-z]{1,4}\\)){0,5})?)";

    /** A section number: {@code 2703}, {@code 552a}, {@code 2510-2522}, {@code 1801- 1811} (broken at a line's end), {@code 1.6045}. */
    private static final String SECTION = "(\\d{1,5}[a-z]{0,2}(?:[-\u2013]\\s?\\d{1,5}[a-z]?)?)";

    /** Space within a citation: up to ten blanks, and a line may break in it once. */
    private static final String GAP = "[ \\t]{0,10}(?:\\n[ \\t]{0,10})?";

    /**
     * The section sign as the archives write it: {@code §} (also CP437's {@code 0x15}, which
     * {@link Cleaner} folds to it); Mac Roman's {@code 0xA4} read as Latin-1 ({@code ¤}); and typists'
     * stand-ins: {@code $}, {@code #}, {@code (s)}, {@code s.}, underscores where the sign was lost.
     * In cypherpunks 1992-94, 39 citations of the U.S. Code and C.F.R. are written so.
     */
    private static final String SECTION_SIGN = "(?:[§\u00a4]{1,2}|\\$|#|\\(s\\)|s\\.?(?=\\s{0,3}\\d)|_{1,4})";

    /** A title of the U.S. Code and the Code's initials: {@code 18 USC}, {@code 5U.S.C}, {@code 31 U. S. C}; group title. */
    private static final String TITLE_USC = "(?<![\\w.])(\\d{1,2})" + GAP + "U\\.?\\s?S\\.?\\s?C";

    /** What stands before a section's number: the section sign or its stand-ins, {@code Sec.}, {@code section}. */
    private static final String SECTION_WORD = SECTION_SIGN + "|[Ss]ec(?:tions?|s?\\.)?";

    /**
     * {@code 18 USC 2703(f)}, {@code 47 U.S.C. § 1001}, {@code 5U.S.C. 552}, {@code 18 U.S.C. Section 798}, {@code 44 US Code 3301};
     * the annotated editions' {@code 18 U.S.C.A. 2511} and {@code 18 USCS 1001}.
     */
    static final Pattern USC = Pattern.compile(
            TITLE_USC + "(?:\\.|ode\\b)?(?:[AS]\\.?)?(?:\\s?\\(\\d{4}\\)|\\s?\\d{4}(?=" + GAP + SECTION_SIGN + "))?,?" + GAP
                    + "(?:" + SECTION_WORD + "|SECTIONS?)?" + GAP + SECTION + SUBSECTIONS);

    /**
     * The Code's appendix, where titles 5 and 50 kept acts not enacted into them: {@code 5 U.S.C. App.},
     * {@code 50 U.S.C. App. 2416}, {@code 50 U.S.C. app. § 2410(a)}, {@code 50 U.S.C. Appx.}; groups title,
     * section (or none).
     */
    static final Pattern USC_APPENDIX = Pattern.compile(
            TITLE_USC + "\\.?(?:[AS]\\.?)?,?" + GAP + "(?:[Aa]pp(?:x|endix)?\\b\\.?|APP\\.)"
                    + "(?:" + GAP + "(?:" + SECTION_WORD + ")?" + GAP + "(\\d{1,5}[a-z]?)\\b(?![.,]\\d))?");

    /** The Statutes at Large, by volume and page: {@code 100 Stat. 1859}, {@code 68 Stat. 800, 830}, {@code 68A Stat. 587}; groups volume, page. */
    static final Pattern STATUTES_AT_LARGE = Pattern.compile("(?<![\\w.])(\\d{1,3}A?)\\s{1,2}Stat\\.\\s{0,2}(\\d{1,5})\\b(?![.,]\\d)");

    /** {@code section 2511 of title 18}, {@code § 2511(4)(b) of Title 18}. */
    static final Pattern USC_SECTION_OF_TITLE = Pattern.compile(
            "(?:[Ss]ection|SECTION|[Ss]ec\\.|§)\\s{0,3}" + SECTION + SUBSECTIONS
                    + ",?\\s{1,3}of\\s{1,3}[Tt]itle\\s{1,3}(\\d{1,2})\\b"
                    + "(?:,?\\s{1,3}(?:of\\s{1,3}the\\s{1,3})?(?:United\\s{1,3}States\\s{1,3}Code|U\\.\\s?S\\.\\s?C(?:ode|\\.)))?");

    /** A number in a list of sections or chapters: {@code 922}, {@code 552a}, {@code 119}. */
    private static final String ITEM = "\\d{1,5}[a-z]{0,2}";
    /** A list item's subsections, without spaces: {@code (1)}, {@code (c)(3)}. */
    private static final String ITEM_SUBSECTIONS = "(?:\\((?!(?:1[89]|20)\\d\\d\\))[0-9A-Za-z]{1,4}\\)){0,5}";
    /** The words of a range in a list: {@code 2274 through 2277}. */
    private static final String THROUGH = "\\s{1,3}(?:through|thru|to)\\s{1,3}";
    /** What stands between the items of a list: {@code , }, {@code  and }, {@code , or }. */
    private static final String ITEM_SEPARATOR = "(?:\\s{0,3},\\s{0,3}(?:(?:and|or)\\s{1,3})?|\\s{1,3}(?:and|or)\\s{1,3})";
    /** {@code of title}, before the title's number. */
    private static final String OF_TITLE_WORDS = ",?\\s{1,3}of\\s{1,3}[Tt]itle\\s{1,3}";
    /** {@code of title 18}; groups the title. */
    private static final String OF_TITLE = OF_TITLE_WORDS + "(\\d{1,2})\\b";
    /** What may follow a title's number: {@code , United States Code}, {@code of the United States Code}, {@code U.S.C.}. */
    private static final String OF_THE_CODE =
            "(?:,?\\s{1,3}(?:of\\s{1,3}the\\s{1,3})?(?:United\\s{1,3}States\\s{1,3}[Cc]ode|U\\.\\s?S\\.\\s?C(?:ode|\\.)))?";

    /** The words that lead a list of sections: {@code sections}, {@code subsections}. */
    static final String SECTIONS_WORD = "(?:[Ss]ub)?[Ss]ections|(?:SUB)?SECTIONS";
    /**
     * The word that leads a list of sections as some write it, in the singular ({@code section 2511,
     * 2512 and 2513 of title 18}); a section alone of a title is {@link #USC_SECTION_OF_TITLE}'s.
     */
    static final String SECTION_LEADING_MANY = "(?:[Ss]ub)?[Ss]ection|(?:SUB)?SECTION";
    /** The words that lead a chapter or a list of chapters: {@code chapter}, {@code chapters}. */
    static final String CHAPTERS_WORD = "[Cc]hapters?|CHAPTERS?";

    /**
     * One item of a list of the Code's sections or chapters before its title, statute style:
     * {@code sections 922 and 924 of title 18, United States Code}, {@code sections 2274 through 2277
     * of title 42}, {@code chapters 119 and 206 of title 18}; sections also "and following" ({@code
     * sections 2751 and following of Title 22}: the first, as "et seq." is). The first item comes with the words that
     * lead the list (group 1); a later one follows a blank or a comma, and {@link
     * #listBefore} must find the list's start before it. Groups: 2 the number, 3 its subsections, 4 the
     * end of a range, 5 the title where the item is the last, 6 where more items follow. {@code
     * firstOfMany}, where not {@code null}, is a word that leads a list of two items or more only (the
     * singular {@link #SECTION_LEADING_MANY}).
     */
    static Pattern listOfTitle(String words, String firstOfMany, boolean ranges) {
        String range = ranges ? "(?:" + THROUGH + "(" + ITEM + "))?" : "()";
        String more = "(?:" + ITEM_SEPARATOR + item(ranges) + "){1,6}";
        String following = ranges ? "(?:\\s{1,3}(?:and\\s{1,3}following|et\\s{1,2}seq\\.?))?" : "";
        // the singular word leads only where more items and a title follow; the look-ahead holds no group of its own
        String lead = firstOfMany == null ? words
                : words + "|(?:" + firstOfMany + ")(?=\\s{1,3}" + item(ranges) + more + OF_TITLE_WORDS + "\\d{1,2}\\b)";
        return Pattern.compile("(?:\\b(" + lead + ")\\s{1,3}|(?<=[\\s,]))(" + ITEM + ")(" + ITEM_SUBSECTIONS + ")" + range
                + "(?:" + following + OF_TITLE + OF_THE_CODE + "|(?=" + more + OF_TITLE + "))");
    }

    /**
     * The start of a list right before a later item of it, to the end of the region it is run on:
     * {@code sections 922 and }, {@code chapters 119, 121, and }.
     */
    static Pattern listBefore(String words, boolean ranges) {
        return Pattern.compile("\\b(?:" + words + ")\\s{1,3}(?:" + item(ranges) + ITEM_SEPARATOR + "){1,6}$");
    }

    /** An item of a list, with its subsections and, for sections, a range's end; without groups. */
    private static String item(boolean ranges) {
        return ITEM + ITEM_SUBSECTIONS + (ranges ? "(?:" + THROUGH + ITEM + ")?" : "");
    }

    /** {@code 18 U.S.C. ch. 119}, {@code 18 USC chapter 119}, {@code 47 U.S.C. Chapter 9}; groups title, chapter. */
    static final Pattern USC_CHAPTER = Pattern.compile(
            "(?<![\\w.])(\\d{1,2})\\s?U\\.?\\s?S\\.?\\s?C(?:ode|\\.)?,?\\s{0,3}(?:[Cc]hs?\\.|[Cc]hap\\.|[Cc]hapter|CHAPTER)\\s{0,3}(\\d{1,4}[A-Z]?)\\b");

    /** {@code Title 18, United States Code, Section 2511}, {@code title 18, section 2511}, {@code Title 28, United States Code, Sections 2201}. */
    static final Pattern USC_TITLE_SECTION = Pattern.compile(
            "\\b[Tt]itle\\s{1,3}(\\d{1,2}),?\\s{1,3}(?:(?:of\\s{1,3}the\\s{1,3})?(?:United\\s{1,3}States\\s{1,3}Code|U\\.\\s?S\\.\\s?Code),?\\s{1,3})?"
                    + "(?:[Ss]ections?|[Ss]ec\\.|§)\\s{0,3}" + SECTION + SUBSECTIONS);

    /** {@code 47 CFR 64.2003}, {@code 22 C.F.R. Part 120}, {@code 16 CFR section 1500.85}, {@code 41 C.F.R. (s) 201-45.2}. */
    static final Pattern CFR = Pattern.compile(
            "(?<![\\w.])(\\d{1,2})\\s?C\\.?\\s?F\\.?\\s?R\\.?,?\\s{0,3}(?:(Parts?|parts?|PART)\\s{1,5}|" + SECTION_SIGN + "\\s{0,2}|[Ss]ec(?:tion|\\.)\\s{1,3})?"
                    + "(\\d{1,4}(?:-\\d{1,3}(?=\\.\\d))?(?:\\.\\d{1,5}[a-z]?)?)" + SUBSECTIONS);

    /** The C.F.R.'s name in words: {@code Code of Federal Regulations}, wrapped anywhere. */
    private static final String CFR_WORDS = "Code\\s{1,3}of\\s{1,3}Federal\\s{1,3}Regulations";

    /** A part or section of the C.F.R. as words name it: {@code parts 120}, {@code Part 210}, {@code section 64.2003}; groups part word, number. */
    private static final String CFR_PART_OR_SECTION = "(?:([Pp]arts?|PARTS?)|[Ss]ections?|§{1,2})\\s{1,3}(\\d{1,4}(?:\\.\\d{1,5})?)(?![\\w.]\\d)";

    /**
     * A title of the C.F.R. in words, then a part or section: {@code title 22, Code of Federal Regulations,
     * parts 120 through 131}, {@code Code of Federal Regulations, Title 12 Chapter II, Part 210}; groups
     * title (one of the two), part word, number, subsections.
     */
    static final Pattern CFR_TITLE_PART = Pattern.compile(
            "(?:\\b[Tt]itle\\s{1,3}(\\d{1,2}),?\\s{1,3}(?:of\\s{1,3}the\\s{1,3})?" + CFR_WORDS + "|\\b" + CFR_WORDS + ",?\\s{1,3}[Tt]itle\\s{1,3}(\\d{1,2}))"
                    + ",?\\s{1,3}(?:Chapter\\s{1,3}[IVXL]{1,6},?\\s{1,3})?" + CFR_PART_OR_SECTION + SUBSECTIONS);

    /**
     * A part or section of a title of the C.F.R. in words: {@code Part 97 of Title 47 Code of Federal
     * Regulations}, {@code Parts 2 and 15 of title 47 of the Code of Federal Regulations} (the first);
     * groups part word, number, subsections, title.
     */
    static final Pattern CFR_PART_OF_TITLE = Pattern.compile(
            "\\b" + CFR_PART_OR_SECTION + SUBSECTIONS + "(?:\\s{1,3}(?:and|&)\\s{1,3}\\d{1,4}(?:\\.\\d{1,5})?)?\\s{1,3}of\\s{1,3}[Tt]itle\\s{1,3}(\\d{1,2}),?"
                    + "\\s{1,3}(?:of\\s{1,3}the\\s{1,3})?" + CFR_WORDS);

    /** The FCC by name, possessive or not: {@code FCC}, {@code FCC's}, {@code the Commission's}, {@code Federal Communications Commission}. */
    private static final String FCC_NAME = "(?:FCC(?:'s)?|Commission's|[Ff]ederal\\s{1,3}[Cc]ommunications\\s{1,3}[Cc]ommission(?:'s)?)";

    /**
     * A part of the FCC's rules, title 47 of the C.F.R., as radio and telephone people name it:
     * {@code FCC Part 15}, {@code the FCC's Part 97}, {@code Part 15 of the FCC rules}, {@code Part 68
     * of the Commission's Rules} (groups 1, 2), or a part they name bare, {@code Part 15} (radio
     * devices), {@code Part 68} (terminal equipment), {@code Part 95} (personal radio), {@code Part
     * 97} (amateur radio), not "of" something else (group 3; only in a message that names the FCC).
     */
    static final Pattern FCC_RULES_PART = Pattern.compile(
            "\\bFCC(?:'s)?\\s{1,3}(?:(?:[Rr]ules?|[Rr]egulations?)\\s{1,3})?[Pp]art\\s{1,3}(\\d{1,3})\\b(?![.\\d-])"
                    + "|\\b(?:[Pp]art|PART)\\s{1,3}(\\d{1,3})\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?" + FCC_NAME
                    + "\\s{1,3}(?:[Rr]ules|[Rr]egulations|regs)\\b"
                    + "|\\b(?:[Pp]art|PART)\\s{1,3}(15|68|95|97)\\b(?![.\\d/-])(?!\\s{1,3}of\\s)");

    /** A section of the FCC's rules after its name: {@code FCC 97.113}, {@code FCC rule 15.247}, {@code the FCC's § 15.5}. */
    static final Pattern FCC_RULES_SECTION = Pattern.compile(
            "\\bFCC(?:'s)?\\s{1,3}(?:[Rr]ules?\\s{1,3}|[Rr]egs?\\.?\\s{1,3})?(?:§\\s?|[Ss]ection\\s{1,3})?(\\d{1,3}\\.\\d{1,4})\\b(?![.\\d-])");

    /** {@code Pub. L. 103-414}, {@code P.L. 100-235}, {@code Public Law 103-66}, {@code Pub. L. No. 102-493}. */
    static final Pattern PUBLIC_LAW = Pattern.compile(
            "(?<![\\w.])(?=[Pp])(?:[Pp]ub(?:lic|\\.)?\\s{0,2}[Ll](?:aw|\\.)|PUBLIC\\s+LAW|P\\.\\s?L\\.|PL)\\s{0,3}(?:[Nn]o\\.?\\s{0,3})?(\\d{2,3})\\s?[-\u2013]\\s?(\\d{1,3})\\b");

    /** {@code Executive Order 12333}, {@code E.O. 12,356}, {@code EO 13526}, {@code Executive Order No. 12958}. */
    static final Pattern EXECUTIVE_ORDER = Pattern.compile(
            "(?<![\\w.])(?:[Ee]xecutive\\s{1,2}[Oo]rder|EXECUTIVE\\s{1,2}ORDER|E\\.\\s?O\\.|EO)\\s{0,2}(?:[Nn]o\\.?\\s{0,2}|#\\s?)?"
                    + "(\\d{1,2},?\\d{3})(?![\\w,.]\\d|[\\w-])");

    /**
     * A Federal Information Processing Standard by number: {@code FIPS 185}, {@code FIPS PUB 46-2},
     * {@code FIPS-185}, {@code FIPS181}, {@code FIPS Publication 140-1}, {@code FIPS Pub 140-1},
     * {@code FIPS\nPUB 81} (wrapped), {@code FIPS           81} (set in a table's columns), and the
     * initials defined right before the number: {@code Standard (FIPS) 140-1}; group 1 the number,
     * group 2 the revision.
     */
    static final Pattern FIPS = Pattern.compile(
            "(?<![\\w./])FIPS(?:(?:-|" + GAP + ")(?:PUBS?|[Pp]ubs?)\\.?|\\s{1,2}Publication|\\)(?=" + GAP + "\\d))?"
                    + "(?:\\s{0,2}(?:No\\.|#))?(?:-|" + GAP + ")(\\d{1,3})(?:-(\\d))?(?![\\w.-]\\d|\\w)");

    /**
     * {@code H.R. 3937}, {@code HR3627}, {@code S. 266}, {@code S.266}, {@code Senate Bill 266}, {@code H. Res. 12}; a
     * full stop left out or added, {@code H.R 4922}, {@code HR. 820}; two spaces after the full stop, as
     * a typist puts them, {@code H.R.  1900}, {@code S.  2272}, and a space before a line break ({@code H.R. \n1900}).
     */
    static final Pattern BILL = Pattern.compile(
            "(?<![\\w.'])(?=[HS])(H\\.\\s?R\\.?|HR\\.?|H\\.\\s?Res\\.|H\\.\\s?J\\.\\s?Res\\.|S\\.\\s?Res\\.|S\\.\\s?J\\.\\s?Res\\.|S\\.|"
                    + "Senate\\s[Bb]ill|House\\s[Bb]ill|SENATE\\sBILL|HOUSE\\sBILL)(?: {1,2}\\n?|\\s)?(?:[Nn]o\\.\\s?)?(\\d{1,5})(?![\\w.:,/-]\\d|\\w)");

    /** An explicit Congress near a bill: {@code 103rd Congress}, {@code (110th)}. */
    static final Pattern CONGRESS = Pattern.compile(",?\\s{0,2}\\(?(\\d{2,3})(?:st|nd|rd|th)(?:\\s(?:Congress|Cong\\.))?\\)?");

    /** The reporters' abbreviations. */
    static final String REPORTERS = "U\\.\\s?S\\.|US|S\\.\\s?Ct\\.|L\\.\\s?Ed\\.(?:\\s?2d)?|F\\.\\s?(?:2d|3d|4th)|F2d|F3d|"
            + "F\\.\\s?Supp\\.?(?:\\s?2d)?|F\\.|Cal\\.\\s?Rptr\\.(?:\\s?2d)?|Cal\\.\\s?(?:2d|3d|4th)|N\\.E\\.2d|A\\.2d|P\\.2d|So\\.\\s?2d|"
            // the regional reporters of state courts, and two states' own reports as 1990s mail cited them
            + "S\\.?\\s?W\\.?\\s?(?:2d|3d)|N\\.?\\s?W\\.?\\s?2d|S\\.?\\s?E\\.?\\s?2d|N\\.Y\\.S\\.\\s?2d|Pa\\.|Md\\.";

    /** A volume of a reporter: {@code 928 F.2d}; groups volume, reporter. */
    private static final String VOLUME_AND_REPORTER = "(?<![\\w.])(\\d{1,4})\\s{1,2}(" + REPORTERS + ")";

    /** A reporter citation: {@code 389 U.S. 347 (1967)}, {@code 678 F.2d 315}, {@code 114 S.Ct. 655}; groups volume, reporter, page, year. */
    static final String REPORTER_CITE = reporterCite(true, true);

    /** A year in brackets, after a court's name or none: {@code (1967)}, {@code (D.C. Cir. 1982)}. */
    private static String year(String open) {
        return "(?:\\s{0,2}\\(" + open + "[^()\\n]{0,40}?\\d{4})\\))?";
    }

    /**
     * Volume, reporter, page (right after the reporter's full stop too, {@code 255 Md.389}, but not
     * a series: {@code F.2d} is no page 2 of {@code F.}), a pin page ({@code , 351}; not the volume of a parallel report that
     * follows: {@code 486 U.S. 35, 108 S.Ct. 1625}) and, if {@code withYear}, a year.
     */
    private static String reporterCite(boolean capture, boolean withYear) {
        String o = capture ? "(" : "(?:";
        return o + "\\d{1,4})\\s{1,2}" + o + REPORTERS + ")(?:\\s{1,2}|(?<=\\.)(?![234](?:d|th)\\b))" + o + "\\d{1,5})"
                + "(?:,\\s?\\d{1,5}(?:[-\u2013]\\d{1,5})?(?!\\d|\\s{1,2}(?:" + REPORTERS + ")\\s{0,2}\\d))?"
                + (withYear ? year(o) : "");
    }

    /**
     * Parallel reports of the same decision after the first ({@code , 108 S.Ct. 1625, 100 L.Ed.2d 30}),
     * then the year they share, captured.
     */
    private static final String PARALLEL_CITES = "(?:,\\s{0,4}" + reporterCite(false, false) + "){0,2}" + year("(");

    /** One report of a decision in a run of parallel ones: groups volume, reporter, page. */
    static final Pattern ONE_REPORT = Pattern.compile(VOLUME_AND_REPORTER + "\\s{1,2}(\\d{1,5})");

    /** A bare reporter citation, with its parallel reports: groups volume, reporter, page, year, the parallel reports' year. */
    static final Pattern REPORTER = Pattern.compile("(?<![\\w.])" + REPORTER_CITE + PARALLEL_CITES);

    /** A word of a party name: capitalised, or a joining word. */
    private static final String PARTY_WORD = "(?:[A-Z][\\w.'&-]{0,30}|of|the|and|&|de|for)";

    /** {@code Katz v. United States, 389 U.S. 347 (1967)}, {@code Smith v. Maryland}, {@code US v Miller}. */
    static final Pattern CASE = Pattern.compile(
            "(?<![A-Za-z0-9.])((?:[A-Z][\\w.'&-]{0,30}\\s{1,4}(?:(?:of|on|the|and|&|de|for)\\s{1,4})?){0,4}[A-Z][\\w.'&-]{0,30})"
                    + "\\s{1,4}(vs?\\.?|VS?\\.?)\\s{1,4}((?:the\\s)?[A-Z][\\w.'&-]{0,30}(?:,?\\s{1,4}" + PARTY_WORD + "){0,5})"
                    + "(?:,?\\s{1,4}" + REPORTER_CITE + PARALLEL_CITES + ")?");

    /** {@code 58 Fed. Reg. 12345}, {@code 58 F.R. 12345}. */
    static final Pattern FED_REG = Pattern.compile(
            "(?<![\\w.])(\\d{1,3})\\s{1,2}(?:Fed\\.\\s?Reg\\.|F\\.\\s?R\\.|FR)\\s{1,2}(\\d{1,6})\\b");

    /**
     * {@code Federal Register, Vol. 58, No. 108}, {@code Federal Register at Volume 58, page 40791},
     * {@code Federal Register vol. 56, no. 169, August 30, 1991, pp. 42980-42982} (the issue's date between).
     */
    static final Pattern FED_REG_VOLUME = Pattern.compile(
            "\\b(?:Federal\\s{1,3}Register|FEDERAL\\s{1,3}REGISTER),?\\s{1,3}(?:at\\s{1,3})?(?:[Vv]ol(?:ume|\\.)?\\s?(\\d{1,3}))"
                    + "(?:,?\\s{1,3}[Nn]o\\.\\s{0,2}(\\d{1,4}))?(?:,?\\s{1,3}[A-Z][a-z]{2,8}\\.?\\s{1,2}\\d{1,2},\\s{1,2}(?:19|20)\\d\\d)?"
                    + "(?:,?\\s{1,3}(?:p(?:age|\\.|p\\.)?\\s?(\\d{1,6})))?");

    /**
     * A Commerce (NIST, NOAA) docket in a Federal Register notice: {@code Docket No. 930659-3159}, and as
     * the comments on it wrote it, {@code docket # 930659-3159}.
     */
    static final Pattern COMMERCE_DOCKET = Pattern.compile("\\b[Dd]ocket\\s{1,2}(?:No\\.?|Number|#)\\s?(\\d{6}-\\d{4})\\b");

    /**
     * {@code ET Docket No. 04-295}, {@code CC Docket No. 91-281}, {@code FCC Docket No. 92-90}; with a
     * bureau's letters the number may follow without {@code No.} ({@code CC Docket 97-213}), and
     * {@code Dkt.} stands for {@code Docket} ({@code ET Dkt. No. 04-295}, {@code ET Dkt. 04-295}).
     */
    static final Pattern FCC_DOCKET = Pattern.compile(
            "\\b(?:(ET|CC|WC|MM|GN|PS|WT|IB|CS|MB|EB|PR|FCC|RM)\\s{1,2})?(?:Docket|DOCKET|Dkt\\.|DKT\\.)\\s{1,2}"
                    + "(?:(No\\.?|Number|#)\\s?)?(\\d{2}-\\d{1,4})\\b");

    /**
     * A section of the Wiretap Act, the Stored Communications Act or the pen register statute
     * (18 U.S.C. §§ 2510-2523, 2701-2713, 3121-3127) named by its number and subsection alone before
     * the process it authorises, as operators and lawyers speak of them: {@code a 2703(d) order},
     * {@code 2703(f) preservation letters}, {@code 2518 orders} without a subsection do not count.
     */
    static final Pattern PROCESS_SECTION = Pattern.compile(
            "(?<![\\w§.$/-])(25(?:1\\d|2[0-3])|27(?:0\\d|1[0-3])|312[1-7])((?:\\([a-zA-Z0-9]{1,4}\\))+)"
                    + "(?=[\\s-]{1,2}(?:court\\s|preservation\\s|nondisclosure\\s|non-disclosure\\s)?"
                    + "(?:orders?|requests?|letters?|subpoenas?|warrants?|notices?|applications?|demands?|process)\\b)");

    /** A petition for rulemaking before the FCC: {@code RM-10865}. */
    static final Pattern FCC_PETITION = Pattern.compile("\\bRM-(\\d{4,5})\\b");

    /** {@code FCC 05-153} (a release number), {@code FCC Form 445}. */
    static final Pattern FCC_DOCUMENT = Pattern.compile(
            "\\bFCC\\s{1,2}(?:(?:[Ff]orm|FORM)\\s{1,2}(\\d{3}[A-Z]?)|(\\d{2}-\\d{1,4}))\\b");

    /** FCC orders and notices: {@code Second Report and Order}, {@code Notice of Proposed Rulemaking}. */
    static final Pattern FCC_ORDER = Pattern.compile(
            "\\b(?=[FSTRMND])(?:(?:First|Second|Third|Fourth|Fifth|Further)\\s)?(?:Report\\sand\\sOrder|Memorandum\\sOpinion\\sand\\sOrder|"
                    + "Notice\\sof\\sProposed\\sRule\\s?[Mm]aking|Further\\sNotice\\sof\\sProposed\\sRule\\s?[Mm]aking|"
                    + "Notice\\sof\\sInquiry|Declaratory\\sRuling)\\b");

    /**
     * The FCC's net neutrality orders by name, with the year of the one meant where it is written:
     * {@code 2015 Open Internet Order}, {@code Restoring Internet Freedom Order}.
     */
    static final Pattern FCC_NAMED_ORDER = Pattern.compile(
            "\\b(?:(2010|2015)\\s{1,2})?(?:(Open)\\s{1,2}Internet|Restoring\\s{1,2}Internet\\s{1,2}Freedom)\\s{1,2}Order\\b");

    /** A case of the Court of Justice of the European Union by number: {@code Case C-293/12}, {@code C-203/15}. */
    static final Pattern EU_CASE = Pattern.compile("(?<![\\w/-])(?:([Cc]ases?)\\s{1,2})?C-\\s?(\\d{1,3})/(\\d{2})(?![\\w/-])");

    /** {@code Directive 2006/24/EC}, {@code Council Directive 95/46/EC}, {@code Regulation (EU) 2016/679}. */
    static final Pattern EU_LAW = Pattern.compile(
            "\\b(Directive|Regulation|Decision)\\s{1,2}(?:\\((EU|EC|EEC|Euratom)\\)\\s{0,2})?(?:No\\.?\\s?)?(\\d{2,4})/(\\d{1,4})(?:/(EC|EU|EEC|JHA))?\\b");

    /** {@code RFC 822}, {@code RFC822}, {@code rfc-1421}, {@code RFC #2119}, {@code BCP 14}, {@code STD 13}, {@code NNTP/RFC1036}. */
    static final Pattern RFC = Pattern.compile(
            "(?<![\\w.-])(RFC|Rfc|rfc|BCP|STD)[\\s-]?#?\\s?(\\d{1,5})(?![\\d.]\\d)(?:\\.txt)?\\b");

    /** {@code draft-ietf-pem-cert-03.txt}. */
    static final Pattern DRAFT = Pattern.compile(
            "(?<![\\w/.-])(draft-[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){1,12}?)(?:-(\\d{2}))?(?:\\.txt)?(?![\\w-])");

    /** URLs with a scheme, or bare {@code www.} / {@code ftp.} hosts. */
    static final Pattern URL = Pattern.compile(
            "(?<![\\w@.])(?:(?:https?|ftp|gopher|wais|telnet|news|nntp)://[^\\s<>\"'`{}|\\\\^\\[\\]]{1,500}"
                    + "|(?:www|ftp|gopher)\\.[a-zA-Z0-9-]{1,63}(?:\\.[a-zA-Z0-9-]{1,63}){1,6}(?::/?|/)[^\\s<>\"'`{}|\\\\^\\[\\]]{0,500}"
                    + "|(?:www|ftp)\\.[a-zA-Z0-9-]{1,63}(?:\\.[a-zA-Z0-9-]{1,63}){1,6})",
            Pattern.CASE_INSENSITIVE);

    /** A pipermail or other list-archive message page inside a URL. */
    static final Pattern ARCHIVE_MESSAGE_URL = Pattern.compile(
            "(?:/\\d{4}-[A-Za-z]+/\\d{6}\\.html$|/msg\\d{5}\\.html$|marc\\.info/\\?l=[^&]+&m=\\d+|mail-archive\\.com/.+/msg\\d+\\.html$|/archives?/.+/msg\\d+)");

    /** A Message-ID in angle brackets, its "@" also as pipermail writes it in bodies, " at ". */
    static final Pattern MESSAGE_ID = Pattern.compile("<([^\\s<>@\"]{1,120}(?:@| at )[^\\s<>@\"]{1,120})>");

    /** The numbered addresses of CompuServe and MCI Mail users, which look like Message-IDs. */
    static final Pattern SERVICE_ADDRESS = Pattern.compile("(?i)\\d{3,}[.,]\\d{2,}@compuserve\\.com|\\d{5,}@mcimail\\.com");

    /** A person's name right before {@code <...@...>} ({@code Hal Finney <...>}): an address, not a Message-ID. */
    static final Pattern NAME_BEFORE = Pattern.compile(
            "(?<![\\w.])(?!(?:See|In|At|Re|Id|ID|Ref|Cf)\\s)[A-Z][a-z]+\\.?\\s{1,3}$");

    /** Words before a Message-ID that say it is one: {@code In article}, {@code In message}, {@code Message-ID:}. */
    static final Pattern MESSAGE_ID_CUE = Pattern.compile(
            "(?i)(?:article|message|msg|message-id:?|in-reply-to:?|references:?|posting|post|<|,)\\s{0,3}$");

    /** A pointer whose target is gone: {@code Please see, among others,} ending a line. */
    static final Pattern POINTER = Pattern.compile(
            "(?i)\\b(?=[psafuhlrt])(?:(?:please\\s{1,3})?see,?\\s{1,3}(?:among\\s{1,3}others|for\\s{1,3}example|e\\.\\s?g\\.|the\\s{1,3}following"
                    + "(?:\\s{1,3}(?:urls?|links?|references?|articles?|pages?))?|also|here|these|below)"
                    + "|(?:available|found|located|posted)\\s{1,3}(?:at|from|on)"
                    + "|at\\s{1,3}the\\s{1,3}following\\s{1,3}(?:urls?|links?|address|location|site)"
                    + "|(?:the\\s{1,3})?(?:urls?|links?)\\s{1,3}(?:is|are)|references?\\s{1,3}(?:are|follow))[,:]?[ \\t]*(?=\\n|$)");

    /** {@code Id.}, {@code id. at 5}, {@code Ibid.} as a citation of its own. */
    static final Pattern ID_SHORT = Pattern.compile("(?<![\\w.])(?:Id\\.|id\\.|Ibid\\.|ibid\\.)(?:\\s{1,2}at\\s{1,2}\\d{1,5})?");

    /** A reporter's short form: {@code 928 F.2d at 912}, {@code Dentsply, 553 F. Supp. at 294}; groups volume, reporter. */
    static final Pattern REPORTER_AT = Pattern.compile(VOLUME_AND_REPORTER + ",?\\s{1,2}at\\s{1,2}\\d{1,5}\\b");

    /** {@code Katz, supra}, {@code Katz, supra, at 351}. */
    static final Pattern SUPRA = Pattern.compile("\\b([A-Z][\\w'-]{1,30}),?\\s{1,2}supra\\b(?:,?\\s{1,2}at\\s{1,2}\\d{1,5})?");

    /**
     * A Code section's number with its subsections and nothing before it: {@code 512(c)(3)}, {@code
     * 5322(a)}; not part of a longer number, a path, a section sign's or a price's.
     */
    static final Pattern REPEATED_SECTION = Pattern.compile(
            "(?<![\\w.§/(\\-$#:,])(\\d{3,5}[a-z]?)((?:\\([a-zA-Z0-9]{1,4}\\)){1,4})(?![\\w(])");

    /** A bare section after a statute: {@code § 2703(d)}, {@code section 2518(4)}, {@code sec. 2511}. */
    static final Pattern BARE_SECTION = Pattern.compile(
            "(?:§{1,2}\\s?|\\b(?:[Ss]ection|[Ss]ec\\.)\\s{1,2})(\\d{1,5}[a-z]{0,2}(?:\\.\\d{1,5})?)" + SUBSECTIONS);

    /**
     * A regulation's section by its number alone, with the part's dot, after a section word or sign as
     * typists wrote it: {@code § 121.1}, {@code $120.21}, {@code #120.10(4)}, {@code section #120.11},
     * {@code @ 126.1}. A section's number within its part is below 50 (the ITAR's went to 120.27 in 1993),
     * so neither a price ({@code $129.95}, {@code $120.00}) nor a test's time ({@code 120.0 secs}) is one;
     * groups section, subsections.
     */
    static final Pattern REGULATION_SECTION = Pattern.compile(
            "(?:(?<![\\w$#@§])(?:[§\u00a4]{1,2}|\\$|#|@|\\(s\\))|\\b(?:[Ss]ections?|SECTIONS?|[Ss]ec\\.)\\s{1,2}[#$§]?)\\s{0,2}"
                    + "(\\d{1,3}\\.(?:[1-4]\\d|[1-9])[a-z]?)(?![\\d.]\\d|\\d)" + SUBSECTIONS);

    /** {@code the Act} referring back to a named act. */
    static final Pattern THE_ACT = Pattern.compile("\\b[Tt]he\\s(?:Act|ACT)\\b");
}
