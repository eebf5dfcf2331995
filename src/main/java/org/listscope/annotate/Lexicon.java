package org.listscope.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The policy vocabulary in one place: named acts, policy topics, and the cues that make a sentence
 * a claim (legal anchors, modal and consequence cues, hedges). Everything here is data; the stages
 * that use it hold no word lists of their own.
 */
final class Lexicon {

    private Lexicon() {
    }

    private static final String CORNELL_USC = "https://www.law.cornell.edu/uscode/text/";

    /** Named acts and constitutional provisions, most specific spelling first. */
    static final List<NamedAct> ACTS = List.of(
            act("Communications Assistance for Law Enforcement Act",
                    CORNELL_USC + "47/chapter-9", List.of("lawful-intercept"),
                    "Communications\\s+Assistance\\s+(?:for|to)\\s+Law\\s+Enforcement\\s+Act", "CALEA\\b"),
            act("Digital Telephony Act", CORNELL_USC + "47/chapter-9", List.of("lawful-intercept"),
                    "Digital\\s+Telephony\\s+(?:Act|Bill|bill|[Pp]roposal|[Ll]egislation|[Ll]aw|[Ii]nitiative|[Aa]mendment)s?\\b",
                    "DIGITAL\\s+TELEPHONY\\s+(?:ACT|BILL|PROPOSAL)\\b",
                    // alone and capitalised, the FBI's proposal of 1992-94 that became CALEA: 191 such
                    // mentions in cypherpunks 1992-94, a sample of 30 read all name it ("Clipper and
                    // Digital Telephony are ..."); the 1994 bill's full title stays an act of its own
                    "Digital\\s+Telephony\\b(?!\\s+and\\s+Communications)",
                    // the name misspelt ("the Digital Telephone bill"): 2 in cypherpunks 1992-94
                    "Digital\\s+Telephone\\s+(?:Act|Bill|bill|[Pp]roposal|[Ll]egislation)s?\\b"),
            act("Electronic Communications Privacy Act", "https://www.congress.gov/bill/99th-congress/house-bill/4952",
                    List.of("privacy", "lawful-intercept"),
                    "Electronic\\s+(?:and\\s+)?Communications?\\s+Privacy\\s+Act(?:\\s+of\\s+1986)?",
                    // the act misnamed with its year
                    "Electronic\\s+Privacy\\s+Act\\s+of\\s+1986", "ECPA\\b"),
            act("Stored Communications Act", CORNELL_USC + "18/part-I/chapter-121", List.of("privacy", "legal-process"),
                    "Stored\\s+(?:Wire\\s+and\\s+Electronic\\s+)?Communications\\s+(?:and\\s+Transactional\\s+Records\\s+)?Act"),
            act("Wiretap Act", CORNELL_USC + "18/part-I/chapter-119", List.of("lawful-intercept"),
                    "(?:Federal\\s+)?Wiretap(?:ping)?\\s+(?:Act|Statute|[Ll]aw)\\b", "Federal\\s+wiretap(?:ping)?\\s+(?:[Ss]tatute|[Ll]aw|[Aa]ct)\\b",
                    "Omnibus\\s+Crime\\s+Control\\s+and\\s+[Ss]afe\\s+Streets\\s+[Aa]ct(?:\\s+of\\s+1968)?"),
            // chapter 206 of title 18 (18 U.S.C. §§ 3121-3127), title III of the ECPA
            act("Pen Register Act", CORNELL_USC + "18/part-II/chapter-206", List.of("lawful-intercept", "legal-process"),
                    "Pen\\s+Register\\s+(?:and\\s+Trap\\s+and\\s+Trace\\s+(?:Devices?\\s+)?)?(?:Act|[Ss]tatute)\\b",
                    "Pen[/-]Trap\\s+(?:Act|[Ss]tatute)\\b"),
            act("Foreign Intelligence Surveillance Act", CORNELL_USC + "50/chapter-36", List.of("lawful-intercept", "surveillance"),
                    "Foreign\\s+Intelligence\\s+Surveillance\\s+Act(?:\\s+of\\s+1978)?", "FISA\\b"),
            act("USA PATRIOT Act", "https://www.congress.gov/bill/107th-congress/house-bill/3162",
                    List.of("surveillance", "lawful-intercept"),
                    "USA\\s+PATRIOT\\s+Act", "(?:USA\\s+)?P(?:ATRIOT|atriot)\\s+Act"),
            act("Digital Millennium Copyright Act", "https://www.congress.gov/bill/105th-congress/house-bill/2281",
                    List.of("copyright"), "Digital\\s+Millennium\\s+Copyright\\s+Act", "DMCA\\b"),
            act("CAN-SPAM Act", CORNELL_USC + "15/chapter-103", List.of("spam"), "CAN-SPAM(?:\\s+Act)?\\b"),
            act("Communications Decency Act", CORNELL_USC + "47/230", List.of("free-speech"),
                    "Communications\\s+Decency\\s+Act", "CDA(?=\\s{1,2}230\\b)"),
            act("International Traffic in Arms Regulations",
                    "https://www.ecfr.gov/current/title-22/chapter-I/subchapter-M", List.of("export-control", "encryption"),
                    "International\\s+Traffic\\s+in\\s+Arms\\s+Regulations?", "ITARs?\\b"),
            act("Arms Export Control Act", CORNELL_USC + "22/2778", List.of("export-control"),
                    "Arms\\s+Export\\s+Control\\s+Act", "AECA\\b"),
            // the act of 1979 (50 U.S.C. App. 2401-2420) and the regulations made under it are two texts, as the Arms
            // Export Control Act and ITAR are: each is cited and linked as itself
            act("Export Administration Act", "https://www.congress.gov/bill/96th-congress/senate-bill/737",
                    List.of("export-control"), "Export\\s+Administration\\s+Act(?:\\s+of\\s+1979)?"),
            act("Export Administration Regulations",
                    "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C", List.of("export-control"),
                    "Export\\s+Administration\\s+Regulations?", "EAR\\s+(?:Part\\s+)?\\d{3}\\b"),
            act("Computer Security Act of 1987", "https://www.congress.gov/bill/100th-congress/house-bill/145",
                    List.of("encryption"), "Computer\\s+Security\\s+Act(?:\\s+of\\s+1987)?"),
            act("Computer Fraud and Abuse Act", CORNELL_USC + "18/1030", List.of("computer-crime"),
                    "Computer\\s+Fraud\\s+and\\s+Abuse\\s+Act", "CFAA\\b"),
            act("Freedom of Information Act", CORNELL_USC + "5/552", List.of("open-government"),
                    "Freedom(?:\\s+|-)[Oo]f(?:\\s+|-)Information(?:\\s+|-\\s*)Act", "FOIA\\b"),
            act("Privacy Act of 1974", CORNELL_USC + "5/552a", List.of("privacy"), "Privacy\\s+Act(?:\\s+of\\s+1974)?"),
            act("Communications Act of 1934", CORNELL_USC + "47/chapter-5", List.of("telecom-regulation"),
                    "Communications\\s+Act(?:\\s+of\\s+1934)?"),
            act("Telecommunications Act of 1996", "https://www.congress.gov/bill/104th-congress/senate-bill/652",
                    List.of("telecom-regulation"), "Telecommunications\\s+Act(?:\\s+of\\s+1996)?", "Telecom\\s+Act(?:\\s+of\\s+1996)?"),
            act("Copyright Act", CORNELL_USC + "17", List.of("copyright"), "Copyright\\s+Act(?:\\s+of\\s+1976)?"),
            act("Espionage Act", CORNELL_USC + "18/part-I/chapter-37", List.of("national-security"), "Espionage\\s+Act"),
            act("Bank Secrecy Act", CORNELL_USC + "31/5311", List.of("financial-privacy"), "Bank\\s+Secrecy\\s+Act"),
            act("Right to Financial Privacy Act", CORNELL_USC + "12/chapter-35", List.of("financial-privacy", "privacy"),
                    "Right\\s+to\\s+Financial\\s+Privacy\\s+Act"),
            act("Video Privacy Protection Act", CORNELL_USC + "18/2710", List.of("privacy"), "Video\\s+Privacy\\s+Protection\\s+Act"),
            act("Paperwork Reduction Act", CORNELL_USC + "44/chapter-35", List.of("open-government"), "Paperwork\\s+Reduction\\s+Act"),
            act("Trading with the Enemy Act", CORNELL_USC + "50/chapter-53", List.of("export-control"),
                    "Trading\\s+[Ww]ith\\s+the\\s+Enemy\\s+Act"),
            act("Data Retention Directive", "https://eur-lex.europa.eu/eli/dir/2006/24/oj", List.of("data-retention"),
                    "Data\\s+Retention\\s+Directive"),
            act("General Data Protection Regulation", "https://eur-lex.europa.eu/eli/reg/2016/679/oj", List.of("privacy"),
                    "General\\s+Data\\s+Protection\\s+Regulation", "GDPR\\b"),
            act("ePrivacy Directive", "https://eur-lex.europa.eu/eli/dir/2002/58/oj", List.of("privacy"),
                    "[Ee]-?[Pp]rivacy\\s+Directive", "E-?PRIVACY\\s+DIRECTIVE"),
            act("Data Protection Directive", "https://eur-lex.europa.eu/eli/dir/1995/46/oj", List.of("privacy"),
                    "Data\\s+Protection\\s+Directive"),
            act("USA FREEDOM Act", "https://www.congress.gov/bill/114th-congress/house-bill/2048", List.of("surveillance"),
                    "USA\\s+(?:FREEDOM|Freedom)\\s+Act\\b"),
            act("CLOUD Act", "https://www.congress.gov/bill/115th-congress/house-bill/4943", List.of("legal-process", "privacy"),
                    "CLOUD\\s+Act\\b", "Clarifying\\s+Lawful\\s+Overseas\\s+Use\\s+of\\s+Data\\s+Act"),
            act("Regulation of Investigatory Powers Act 2000", "https://www.legislation.gov.uk/ukpga/2000/23",
                    List.of("lawful-intercept", "surveillance"), "Regulation\\s+of\\s+Investigatory\\s+Powers\\s+Act(?:\\s+2000)?", "RIPA\\b"),
            act("Investigatory Powers Act 2016", "https://www.legislation.gov.uk/ukpga/2016/25",
                    List.of("surveillance", "data-retention"), "Investigatory\\s+Powers\\s+Act(?:\\s+2016)?"),
            act("Stop Online Piracy Act", "https://www.congress.gov/bill/112th-congress/house-bill/3261", List.of("copyright"),
                    "Stop\\s+Online\\s+Piracy\\s+Act", "SOPA\\b"),
            act("PROTECT IP Act", "https://www.congress.gov/bill/112th-congress/senate-bill/968", List.of("copyright"),
                    "PROTECT\\s+IP\\s+Act", "PIPA\\b"),
            act("Telephone Consumer Protection Act of 1991", CORNELL_USC + "47/227", List.of("spam", "telecom-regulation"),
                    "Telephone\\s+Consumer\\s+Protection\\s+Act(?:\\s+of\\s+1991)?", "TCPA\\b"),
            act("TRACED Act", "https://www.congress.gov/bill/116th-congress/senate-bill/151", List.of("spam", "telecom-regulation"),
                    "TRACED\\s+Act\\b"),
            act("Cybersecurity Information Sharing Act", "https://www.congress.gov/bill/114th-congress/senate-bill/754",
                    List.of("computer-crime", "privacy"), "Cybersecurity\\s+Information\\s+Sharing\\s+Act(?:\\s+of\\s+2015)?"),
            act("Racketeer Influenced and Corrupt Organizations Act", CORNELL_USC + "18/part-I/chapter-96", List.of(),
                    "Racketeer[-\\s]+Influenced\\s+and\\s+Corrupt\\s+Organizations?\\s+Act", "RICO\\b"),
            act("Uniform Commercial Code", "https://www.law.cornell.edu/ucc", List.of(),
                    "Uniform\\s+Commercial\\s+Code", "UCC\\b(?!\\.\\w)"),
            act("Brady Handgun Violence Prevention Act", "https://www.congress.gov/bill/103rd-congress/house-bill/1025",
                    List.of("arms"), "Brady\\s+(?:Handgun\\s+Violence\\s+Prevention\\s+Act|Bill|bill|BILL|Act|Law|law)\\b"),
            act("Violent Crime Control and Law Enforcement Act of 1994", "https://www.congress.gov/bill/103rd-congress/house-bill/3355",
                    List.of(), "Violent\\s+Crime\\s+Control\\s+and\\s+Law\\s+Enforcement\\s+Act(?:\\s+of\\s+1994)?"),
            act("Bill of Rights", "https://www.archives.gov/founding-docs/bill-of-rights-transcript", List.of(), "Bill\\s+of\\s+Rights"),
            amendment("First", 1, "free-speech"), amendment("Second", 2, "arms"), amendment("Third", 3),
            amendment("Fourth", 4, "privacy"), amendment("Fifth", 5, "self-incrimination"), amendment("Sixth", 6, "legal-process"),
            amendment("Eighth", 8, "legal-process"), amendment("Ninth", 9, "privacy"), amendment("Tenth", 10, "federalism"),
            amendment("Fourteenth", 14, "due-process"));

    /**
     * Bills and acts by the nicknames they had while debated, each read as that only in messages
     * of its years. In cypherpunks 1992-94, "the Cantwell bill" (107 uses, 36 read, all right) is
     * H.R. 3627, "the Markey/Fields bill" (6) H.R. 3636, and "the FBI wiretap bill", "the Wiretap
     * Bill", "the Leahy/Edwards bill" and "the DT bill" (75, all read and right) the FBI's Digital
     * Telephony proposal that became CALEA. "The Crime Bill" of 1994 is the Violent Crime Control and
     * Law Enforcement Act of 1994 (30 uses in cypherpunks 1994, all read and right), only right after
     * "the": the messages that speak of 1991's crime bill call it "the Anti-Crime Bill", "the original
     * US Crime Bill" or "Omnibus Anticrime Bill", and "a federal crime bill" is any. Not here: names
     * that stood for several bills in the same years ("the Biden bill").
     */
    static final List<LawNickname> NICKNAMES = List.of(
            new LawNickname(List.of("Cantwell(?:['’]s)?\\s{1,3}(?:[Bb]ill|BILL|[Ll]egislation)\\b"), "bill",
                    Canonical.bill("H.R.", "3627", 103), Canonical.billLink("H.R.", "3627", 103),
                    List.of("export-control", "encryption"), 1993, 1995),
            new LawNickname(List.of("(?:Markey(?:\\s?/\\s?Fields)?|Fields\\s?/\\s?Markey)(?:['’]s)?\\s{1,3}(?:[Bb]ill|BILL|[Ll]egislation)\\b"),
                    "bill", Canonical.bill("H.R.", "3636", 103), Canonical.billLink("H.R.", "3636", 103),
                    List.of("telecom-regulation"), 1993, 1995),
            actNickname("Digital Telephony Act", 1992, 1995,
                    "(?:(?:FBI|EFF)(?:['’]s)?\\s{1,3})?(?:[Ww]iretap(?:ping)?|WIRETAP)\\s{1,3}(?:[Aa]ccess\\s{1,3})?(?:[Bb]ills?|BILLS?)\\b",
                    "FBI(?:['’]s)?\\s{1,3}(?:[Bb]ill|BILL)\\b",
                    "(?:Leahy\\s?/\\s?Edwards|Edwards\\s?/\\s?Leahy)\\s{1,3}(?:[Bb]ill|BILL|[Ll]egislation)\\b",
                    "DT\\s{1,3}(?:[Bb]ills?|[Pp]roposals?|[Ll]egislation)\\b"),
            actNickname("Violent Crime Control and Law Enforcement Act of 1994", 1994, 1994,
                    "(?<=\\b[Tt]he\\s{1,3}[\"“]?)(?:[Cc]rime|CRIME)\\s{1,3}(?:[Bb]ill|BILL)\\b"));

    /** The named act of that canonical name. */
    static NamedAct namedAct(String canonical) {
        return ACTS.stream().filter(a -> a.canonical().equals(canonical)).findFirst().orElseThrow();
    }

    /** A nickname of a named act, cited as the act. */
    private static LawNickname actNickname(String canonical, int firstYear, int lastYear, String... aliases) {
        NamedAct act = namedAct(canonical);
        return new LawNickname(List.of(aliases), "act", act.canonical(), act.link(), act.topics(), firstYear, lastYear);
    }

    private static NamedAct act(String canonical, String link, List<String> topics, String... aliases) {
        return new NamedAct(canonical, List.of(aliases), link, topics);
    }

    /** An amendment's ordinal in words or figures, in a list of amendments: {@code Fourth}, {@code FIFTH}, {@code 14th}. */
    private static final String ANY_ORDINAL = "(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
            + "Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|"
            + "EIGHTH|NINTH|TENTH|FOURTEENTH|\\d{1,2}(?:st|nd|rd|th))";

    /**
     * An amendment to the Constitution by its ordinal: {@code Fourth Amendment}, {@code 4th amendment},
     * {@code the fourth amendment}, one of a list ({@code the First, Fourth and Fifth Amendments}:
     * the First, the Fourth and the Fifth; {@code the 4th and 5th amendments}).
     */
    private static NamedAct amendment(String ordinal, int number, String... topics) {
        String upper = ordinal.toUpperCase(java.util.Locale.ROOT);
        String self = "(?:" + ordinal + "|" + upper + "|" + number + "(?:st|nd|rd|th))";
        String listed = "(?=(?:\\s{0,3},\\s{0,3}(?:(?:and|&)\\s{1,3})?|\\s{1,3}(?:and|&)\\s{1,3})" + ANY_ORDINAL
                + "(?:(?:\\s{0,3},\\s{0,3}(?:(?:and|&)\\s{1,3})?|\\s{1,3}(?:and|&)\\s{1,3})" + ANY_ORDINAL + "){0,4}"
                + "\\s{1,3}(?:Amendments|AMENDMENTS|amendments)\\b)";
        return new NamedAct(ordinal + " Amendment", List.of(
                self + "\\s+(?:Amendments?|AMENDMENTS?|amendments?)\\b",
                "(?<=[Tt]he\\s)" + ordinal.toLowerCase(java.util.Locale.ROOT) + "\\s+amendments?\\b",
                self + listed),
                "https://constitution.congress.gov/constitution/amendment-" + number + "/", List.of(topics));
    }

    /**
     * A generic act name not in the list: {@code Computer Security Act of 1987}, {@code Clipper Chip Act},
     * {@code Americans with Disabilities Act}, {@code Comprehensive Anti-Apartheid Act}; an acronym
     * before a capitalised word may be one of its words ({@code DNA Identification Act}).
     */
    static final Pattern GENERIC_ACT = Pattern.compile(
            "\\b((?:(?:[A-Z][a-z]{2,20}(?:-[A-Z][a-z]{1,20})?|[A-Z]{2,6}(?=\\s{1,3}(?!Act\\b)[A-Z][a-z]))\\s{1,3}(?:(?:of|and|for|to|in|the|on|with)\\s{1,3}){0,2}){1,6}Act)"
                    + "(\\sof\\s(?:19|20)\\d\\d)?\\b");

    /** Words before "Act" that do not make a law's name. */
    static final Pattern GENERIC_ACT_REJECT = Pattern.compile(
            "^(?:The|This|That|An?|Riot|Class|Balancing|Disappearing|Vanishing|Juggling|Opening|Final|Second|First|Third|Last|Next|Each|Every|"
                    + "Double|Tough|Hard|Circus|Solo|Magic|Comedy|Sister|Same|Whole|Entire|Real|Big|Tightrope|Closing|Stage|Cover|Starring)\\s+Act$"
                    + "|^(?:The|This|That)\\s");

    /**
     * Policy topics and the words that signal them. Order matters only for the output order of
     * topics.
     */
    static final Map<String, Pattern> TOPICS = topics();

    /** An optional word before what is kept ("detailed logs", "complete records"), not one in -ing ("keeps breaking records"). */
    private static final String ONE_WORD = "(?:(?![\\w-]*ing\\s)[\\w-]+\\s+)?";

    private static Map<String, Pattern> topics() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("lawful-intercept", "wiretap\\w*|wire\\s?taps?|intercept\\w*|CALEA|digital\\s+telephony|pen\\s+registers?|"
                + "trap\\s+and\\s+trace|tap(?:ping|ped)\\b|title\\s+iii\\b|eavesdrop\\w*|lawful\\s+access");
        // what is kept must be records of users or their mail: "retain copyright", "retain some traceability" and
        // "compatibility would be retained" (read in a sample of the whole data: 11 of 12 so) are no retention
        words.put("data-retention", "retain\\w*\\s+(?:(?:the|all|any|such|their|its|your|our|these|those|every|copies\\s+of)\\s+){0,2}" + ONE_WORD
                + "(?:records?|logs?|data|information|e-?mail|mail|messages?|traffic|backups?|copies|transactions?|addresses)\\b|"
                + "(?:data|records?|logs?|mail|message|e-?mail)\\s+retention|"
                + "retention\\s+(?:of\\s+(?:records|logs|data|mail|messages|e-?mail)\\b|polic\\w+|periods?|requirements?|laws?|rules?)|"
                + "store\\s+(?:that\\s+|the\\s+|this\\s+)?(?:information|data|records|logs|e-?mail)|"
                + "(?:keep|keeps|keeping|kept|maintain\\w*|sav(?:e|es|ed|ing)|destroy\\w*|delet(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|discard\\w*)"
                + "\\s+(?:(?:the|all|any|no|such|their|its|your|our|these|those|copies\\s+of)\\s+){0,2}" + ONE_WORD + "(?:logs|log\\s+files|records)\\b|"
                + "no\\s+logs\\b|logs?\\s+(?:for|of)\\s+\\d|fail\\w*\\s+to\\s+store|preserv\\w+\\s+(?:records|data|evidence)");
        words.put("legal-process", "subpoena\\w*|warrants?\\b|court\\s+orders?|search\\s+and\\s+seizure|seiz\\w+|discovery\\b|"
                + "grand\\s+jury|testif\\w+|compel\\w*|indict\\w*|prosecut\\w+|probable\\s+cause|judges?\\b|court\\b");
        words.put("privacy", "privacy|private\\s+communications?|fourth\\s+amendment|4th\\s+amendment|anonymi\\w+|personal\\s+data");
        words.put("encryption", "encrypt\\w*|crypto\\w*|cipher\\w*|clipper|capstone|skipjack|key\\s+escrow|escrow\\w*|\\bdes\\b|"
                + "\\bpgp\\b|\\brsa\\b|public[-\\s]key|decrypt\\w*");
        words.put("export-control", "export\\w*|\\bitar\\b|munitions?|arms\\s+traffic\\w*|state\\s+department|\\bcoco?m\\b");
        words.put("net-neutrality", "net\\s+neutrality|network\\s+neutrality|common\\s+carrier\\w*|throttl\\w+|\\bblock(?:ing)?\\s+(?:traffic|sites|ports)");
        words.put("copyright", "copyright\\w*|infring\\w+|\\bdmca\\b|fair\\s+use|piracy");
        words.put("patents", "patent(?!ly\\b)\\w*|licens(?:e|ing)\\s+(?:fee|terms)|royalt\\w+");
        words.put("spam", "\\bspam\\w*|unsolicited\\s+(?:commercial\\s+)?e-?mail|junk\\s+e-?mail|can-spam");
        words.put("free-speech", "first\\s+amendment|1st\\s+amendment|free\\s+speech|freedom\\s+of\\s+(?:speech|the\\s+press)|censor\\w*|prior\\s+restraint");
        // the NSA named alone is an intelligence agency (national-security); monitoring makes surveillance
        words.put("surveillance", "surveil\\w*|monitor(?:ing)?\\s+(?:of\\s+)?(?:communications|traffic|e-?mail)|\\bfisa\\b");
        words.put("computer-crime", "hacker\\w*|computer\\s+crime|unauthori[sz]ed\\s+access|computer\\s+fraud");
        words.put("taxes", "\\btax(?:es|ation|ed)?\\b|\\birs\\b");
        // the topics below had words only through the acts and sections that carry them (StatuteTopics, NAMED_ACTS)
        words.put("financial-privacy", "bank\\s+secrecy|money\\s+launder\\w*|launder(?:ing|ed)\\s+(?:money|funds|cash)|cash\\s+(?:reporting|transactions?)|"
                + "currency\\s+transactions?|financial\\s+privacy|digital\\s+cash|e-?cash\\b|anonymous\\s+(?:cash|payments?)");
        words.put("national-security", "national\\s+security|classified\\s+(?:information|documents?|material|data)|classification\\s+of|"
                + "intelligence\\s+(?:agenc\\w+|community|services?)|\\bcia\\b|\\bnsa\\b|espionage|military(?![-\\s]+grade)");
        words.put("open-government", "\\bfoia\\b|freedom\\s+of\\s+information|open\\s+meetings?|public\\s+records?|sunshine\\s+(?:act|laws?)|"
                + "\\bfaca\\b|federal\\s+advisory\\s+committee");
        words.put("telecom-regulation", "\\bfcc\\b|federal\\s+communications\\s+commission|common\\s+carrier\\w*|"
                + "telecommunications\\s+act|amateur\\s+radio|ham\\s+radio|part\\s+(?:15|97)\\s+(?:of\\s+the\\s+fcc|rules|regulations)\\b|"
                + "spectrum\\s+(?:allocation|auctions?|licen[cs]\\w*|polic\\w+)");
        words.put("arms", "second\\s+amendment|2nd\\s+amendment|gun\\s+(?:control|laws?|owner\\w*|rights|ban\\w*|registration)|"
                + "(?<!\\bto\\s(?:his|her|my|their|your|our|its)\\s)guns\\b|"
                + "firearms?|bear\\s+arms|\\bnra\\b");
        words.put("self-incrimination", "fifth\\s+amendment|5th\\s+amendment|self[-\\s]?incriminat\\w+|plead\\w*\\s+the\\s+(?:fifth|5th)|"
                + "testify\\s+against\\s+(?:my|it|him|her|one|your|them|our)sel\\w+");
        words.put("federalism", "tenth\\s+amendment|10th\\s+amendment|states'?\\s+rights|federalism");
        words.put("due-process", "due\\s+process|fourteenth\\s+amendment|14th\\s+amendment");
        Map<String, Pattern> out = new LinkedHashMap<>();
        words.forEach((topic, alt) -> out.put(topic, Pattern.compile("(?i)(?<!\\w)(?:" + alt + ")")));
        return out;
    }

    /**
     * "Law" and "laws", but not as the first word of a compound that names the people, places and
     * writings of the legal trade rather than a law ("law school", "law firm", "law review").
     * "Law enforcement" stays: in this list's debates it is what lawful intercept is for.
     */
    private static final String LAW = "laws?(?!\\s+(?:schools?|firms?|librar(?:y|ies)|professors?|students?|reviews?|journals?|"
            + "clerks?|degrees?|offices?|partners?)\\b)";

    /**
     * A fine that is a penalty: "a heavy fine", and "a fine" where a penalty's words follow it ("a fine
     * of up to $10,000", "a fine or imprisonment", "imposes a fine and", "a fine.") but not where a
     * noun does, which makes "fine" an adjective ("a fine job", "a fine choice", "a fine powder").
     */
    private static final String A_FINE = "(?:heavy|stiff|large|big)\\s+fine|a\\s+fine(?=\\s*(?:[^\\w\\s-]|$)|\\s+(?:of|for|and|or|up|to|from|"
            + "on|against|under|if|when|is|was|will|would|could|may|might|imposed|levied|payable|paid|plus|in|at|by|per|as|which|that|"
            + "instead|but|so|with|because|unless|then)\\b)";

    /**
     * Legal and policy anchors: a claim must contain one (or a legal citation) so that purely
     * technical statements never become claims. What export rules allow is told in adjectives too
     * ("only the 40-bit version is exportable", "PGP is export-controlled", "un-exportable code").
     */
    static final Pattern ANCHOR = Pattern.compile("(?i)(?<![\\w-])(?:"
            + LAW + "|lawful\\w*|unlawful\\w*|legal|legally|legality|illegal\\w*|legislat\\w+|statut\\w+|regulat\\w+|"
            + "acts?(?=\\s+(?:of|says|requires|prohibits|forbids|allows|makes))|bills?|"
            + "courts?|judges?|judicial|justices|supreme|jury|juries|lawsuits?|sued|sue|suing|litigat\\w+|"
            + "constitution\\w*|amendments?|congress\\w*|senate|senators?|house\\s+of\\s+representatives|congressm[ae]n|"
            + "prosecut\\w+|indict\\w*|convict\\w*|felon\\w*|crimes?|criminal(?:ly|i[sz]e\\w*)?|"
            + "subpoena\\w*|warrants?|wiretap\\w*|wire\\s?taps?|court\\s+orders?|search\\s+and\\s+seizure|seiz\\w+|"
            + "rights|liab\\w+|jail|prison|fines|fined|" + A_FINE + "|penalt\\w+|"
            + "licen[cs](?:e|es|ed|ing)|export(?:s|ed|ing|ation)?|(?:un-?|non-?)?exportab(?:le|ility)|export-(?:controll?ed|restricted|regulated)|import(?:s|ed|ing|ation)?|munitions?|itar|calea|ecpa|fisa|dmca|foia|"
            + "patent(?!ly\\b)\\w*|copyright\\w*|trademark\\w*|infring\\w+|"
            + "policy|policies|mandat\\w+|prohibit\\w*|forbid\\w*|outlaw\\w*|ban|bans|banned|banning|authori[sz](?:ed|es|ation)|"
            + "attorney\\w*|lawyers?|counsel|discovery|testif\\w+|escrow\\w*|tariff\\w*|common\\s+carriers?|"
            + "classified|jurisdiction\\w*|fcc|clipper|capstone|key\\s+escrow|digital\\s+telephony|"
            + "precedents?|rulings?|proposed\\s+rul\\w+|taxe?s?|guilty|defendants?|plaintiffs?"
            + ")(?![\\w-])");

    /**
     * Weaker anchors: actors rather than rules. They make a claim only with a cue that is itself
     * normative (obligation, prohibition, permission, consequence).
     */
    static final Pattern WEAK_ANCHOR = Pattern.compile("(?i)(?<![\\w-])(?:"
            + "government\\w*|govt|federal|feds|agenc(?:y|ies)|fbi|nsa|nist|doj|justice\\s+department|department\\s+of\\s+\\w+|"
            + "state\\s+department|commerce\\s+department|(?<!(?:system|systems|service|server|network|database|site|web|user|account|remote|domain|mail|dns|unix|linux|windows)\\s)administration|white\\s+house|police|cops|law\\s+enforcement|"
            + "secret\\s+service|irs|customs|(?<!(?:certificate|trusted|root|signing|issuing|registration)\\s)authorities|officials?|permit|permits|(?!(?<=\\bto\\s)contract\\s+(?:a|an|out)\\b)contract\\w*|privacy"
            + ")(?![\\w-])");

    /** The cue kinds that may rest on a weak anchor. */
    static final java.util.Set<String> NORMATIVE_KINDS = java.util.Set.of("obligation", "prohibition", "permission", "consequence");

    /** The institutions of law whose mention makes a plain statement a legal fact. */
    static final Pattern INSTITUTION = Pattern.compile("(?i)(?<![\\w-])(?:"
            + "courts?|supreme\\s+court|judges?|justices|" + LAW + "(?!\\s+suits?\\b)|statutes?|statutory|constitution\\w*|amendments?|"
            + "legal\\s+tender|legally|illegal\\w*|unlawful|precedent\\w*|rulings?|ruled|holding|jurisprudence|"
            + "legislation|legislat(?:ive|ure)|congress|senate|regulations?|regulates|regulated|bills?|"
            + "warrants?|warrantless|subpoena\\w*|contempt|testify|testimony|obstruction|prosecut\\w+|"
            + "fcc|fisa|ecpa|itar|calea|first\\s+amendment|fifth\\s+amendment|taxe?s?|patents?|rights|"
            + "common\\s+carriers?|liab(?:le|ility)|guilty|defendants?|plaintiffs?|export\\s+(?:restrictions|controls?|licen[cs]es?)"
            + ")(?![\\w-])");

    /** Talk about talk: sentences about reading, remembering or sending, not about the law. */
    static final Pattern META = Pattern.compile("(?i)(?:\\b(?:I|we)\\s+(?:just\\s+)?(?:learned|learnt|got|saw|read|heard|wonder|"
            + "don't\\s+know|do\\s+not\\s+know|find\\s+it|seem\\s+to|remember|recall|will\\s+(?:send|post|dig|note)|"
            + "mention\\w*|present|have\\s+no|am\\s+not\\s+sure)\\b|\\bI'm\\s+not\\s+sure|it\\s+would\\s+be\\s+interesting|\\bdiscuss(?:es|ed)?\\b|get\\s+a\\s+copy|"
            + "\\bI'll\\b|\\bmention\\w*|\\bfootnote|body\\s+of\\s+law|\\bbooks?\\b|\\barticle\\b|\\bnews\\s+story|\\bwrote\\s+a\\s+letter|"
            + "\\bISBN\\b|\\bthanks?\\b|\\bsubject\\s+line)");

    /** Hearsay, wishes and comparisons: never claims, whatever cue they hold. */
    static final Pattern NOT_ASSERTED = Pattern.compile("(?i)(?:\\bI\\s+(?:find\\s+it|heard|notice|wish|wonder|just\\s+work|seem\\s+to\\s+remember)\\b|"
            + "\\brumou?rs?\\b|question\\s+as\\s+to|\\bas\\s+if\\b|with\\s+all\\s+due\\s+respect|by\\s+the\\s+\\w+\\s+logic)");

    /**
     * Marks of program text: a call ({@code setResponseCode(401, 'x')}, {@code poll()}; not
     * {@code version(s)} nor {@code world(transaction of cash)}), an assignment ({@code x = 1}, not a
     * listing's {@code SPON=Rep}), a comparison,
     * {@code self.}, a line that is a {@code def} or an {@code import}. A sentence with two of them is
     * code, or talk about code: "illegal", "authorized", "must" there are a program's, no law's.
     */
    static final Pattern CODE = Pattern.compile("\\b[A-Za-z_][\\w.]+\\((?!(?:e?s|ies)\\))(?:[^()\\s]*|[^()\\n'\"=]*['\"=][^()\\n]*)\\)"
            + "|\\b[A-Za-z_][\\w.\\[\\]']*\\s+=\\s+[\\w'\"(\\[{]|\\w\\s*[=!]=\\s*\\w|\\bself\\."
            + "|(?m)^[\\s>]*(?:def\\s+\\w+\\(|(?:from\\s+[\\w.]+\\s+)?import\\s+[\\w.]+(?:\\s*,\\s*[\\w.]+)*\\s*$)");

    /**
     * A telephone number as U.S. lists wrote them: "(202) 456-1414", "1-202-225-6335",
     * "717-337-1212", "(408 241-9760"; not a docket's "930659-3159" nor a date.
     */
    static final Pattern TELEPHONE = Pattern.compile("(?<![\\d-])(?:1-)?(?:\\(\\d{3}\\)\\s?|\\(?\\d{3}[-. ]\\s?)\\d{3}-\\d{4}(?![\\d-])");

    /**
     * The slogan "If guns are outlawed, only outlaws will have guns" and its variants ("When codes
     * are outlawed, ...", "If you outlaw privacy, ..."): never a claim. Tried only on sentences
     * holding "outlaws".
     */
    static final Pattern SLOGAN = Pattern.compile("(?i)\\bonly\\s+outlaws\\s+(?:will|would|can|shall)\\b");

    /**
     * A programme's outline ("This panel will explore policy issues", "The session will cover"):
     * what will be talked about, never a claim. Tried only on sentences with "will".
     */
    static final Pattern PROGRAMME = Pattern.compile("(?i)\\b(?:panels?|panelists?|moderators?|presenters?|sessions?|tutorials?|workshops?|seminars?|symposi(?:um|a)|"
            + "roundtables?|lectures?|talks?|speakers?|presentations?|courses?|conferences?)\\s+will\\s+(?:also\\s+)?(?:cover|explore|"
            + "consider|examine|address|focus|look|review|present|discuss|feature|include|survey|describe|outline|highlight|provide|"
            + "offer|analy[sz]e|debate)\\b");

    /** A finite verb: a sentence without one (a heading, a byline, a label) makes no claim. */
    static final Pattern FINITE = Pattern.compile("(?i)(?<![\\w'-])(?:is|are|was|were|be|been|am|has|have|had|does|did|do|can|cannot|could|will|would|may|might|"
            + "must|shall|should|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|can't|won't|wouldn't|couldn't|shouldn't|hasn't|haven't|"
            + "it's|that's|there's|held|says|said|makes|made|gives|gave|lets|took|takes|became|found|need|needs|means|meant|holds|"
            + "applies|covers|requires|provides|protects|prohibits|allows|permits|controls|regulates|governs|states|declares|"
            + "includes|excludes|forbids|bans|violates|\\w{3,}ed)(?![\\w'-])");

    /** A word of these, or none, between a subject and its verb: one step of a lookbehind of bounded length. */
    private static final String AUXILIARY = "(?:(?:which|that|would|could|might|will|can|may|also|not|does|did|do)\\s)?";

    /**
     * Verbs and adverbs after "cannot" or "can't" that tell of what someone is unable to do, know or
     * afford ("we cannot hope to", "can't afford", "cannot underestimate", "can't really"): no rule
     * forbids it; nor does "can't have been" (what cannot be so) or "can't have it both ways". "Cannot
     * use", "can't give them out", "cannot turn down an offer", "can't have" a thing stay prohibitions.
     */
    private static final String INABILITY = "(?:do|get|afford|find|crack|trust|prove|break|detect|tell|compete|expect|underestimate|"
            + "overestimate|overstate|ignore|understand|see|seem|agree|happen|stand|rely|hope|convince|defeat|believe|evaluate|win|"
            + "wait|know|help|exist|survive|decipher|decode|succeed|decide|imagine|think|remember|recall|figure|picture|forget|solve|"
            + "identify|catch|trace|meet|accomplish|escape|function|resist|fill|jump|mistake|share|emphasi[sz]e|stress|say|fathom|"
            + "comprehend|guess|predict|really|even|possibly|easily|necessarily|effectively|always|actually|yet|immediately|fairly|"
            + "reasonably|truly|completely|ever|further|properly|quite|seriously|realistically|reliably|hardly|honestly|admit|"
            + "draw|visit|support|pick|police|have\\s+been|have\\s+it\\s+both)";

    /**
     * Verbs after "cannot" or "can't" of what someone is unable to perceive or undo ("they can't
     * read it", "the NSA can't listen in", "you cannot disable this exposure"): an inability, unless the
     * sentence says without what ("can't read your mail without a warrant", "cannot listen in
     * without a court order"), which makes it a rule. "Can't monitor" and "cannot touch you" stay
     * bans: a sysop's and a patent holder's.
     */
    private static final String INCAPABLE = "(?:read|hear|listen|extract|modify|disable|check|dismiss|"
            + "hack|contact|collude|wring|discourage|look|smell|keep\\s+up|keep\\s+pace|make\\s+it|avoid|communicate|protect\\s+against)\\b(?![^.;!?]*\\bwithout\\s+(?:a\\s+|an\\s+|the\\s+|prior\\s+|"
            + "their\\s+|your\\s+|his\\s+|her\\s+|its\\s+)?(?:warrant|court\\s+order|order|licen[cs]e|permission|consent|authori[sz]ation|subpoena))";

    /** Claim cues per kind, strongest first within the kind. Each fires as evidence. */
    static final Map<String, Pattern> KIND_CUES = kindCues();

    private static Map<String, Pattern> kindCues() {
        Map<String, String> cues = new LinkedHashMap<>();
        cues.put("prohibition", "illegal(?!\\s+(?:activit\\w+|conduct|acts?|actions?|material|content|drugs|aliens?|immigrants?|immigration|wiretaps?|taps?|use|purposes)\\b)|"
                + "illegally(?!\\s+\\w+ed\\b)|unlawful(?:ly)?|prohibit(?!ive)\\w*|forbid\\w*|forbidden|disallow\\w*|outlaw\\w*|ban(?:s|ned|ning)?\\b|barred|"
                + "(?:may|must|shall|can)\\s?not\\s+(?:legally\\s+)?(?:be\\s+)?(?:export|use|disclose|intercept|sell|ship|publish|distribute|post|send|tap|record|censor)\\w*|"
                + "(?<!\\bI\\s)(?:cannot|can't|can\\s+not)\\s+(?!be\\b|legally\\b|" + INABILITY + "\\b|" + INCAPABLE + ")(?:simply\\s+|just\\s+)?[a-z]+|"
                + "(?:can't|cannot|can\\s+not)\\s+legally|(?:is|are)\\s+not\\s+(?:allowed|permitted|legal)|against\\s+the\\s+law|"
                // what export rules do not allow, told in an adjective ("will not be exportable", "isn't exportable", "is
                // un-exportable"), not a thing so called ("the non-exportable version"), as an attributive "illegal" is none
                + "(?:not|n't)\\s+(?:be\\s+|being\\s+)?(?:legally\\s+)?exportable\\b|"
                + "\\b(?:is|are|be|being|was|were)\\s+(?:both\\s+)?(?:un|non)-?exportable\\b|"
                + "violat(?:es?|ion\\s+of|ing)|an?\\s+(?:\\w+\\s+)?violation\\b|"
                // "a crime" asserted ("it is a crime to"), not one spoken of ("suspected of a crime", "to solve a crime")
                + "(?<!\\b(?:of|to|for|with|in|on|about|solve|solving|solved|prevent|prevents|preventing|investigate|investigating|report|reporting)\\s)"
                + "a\\s+(?:federal\\s+)?(?:crime|felony|offen[cs]e)(?!\\s+(?:that|how)\\b)|criminal\\s+offen[cs]e");
        cues.put("consequence", "jail|prison|found\\s+guilty|(?:held|be)\\s+in\\s+contempt|for\\s+contempt|charged?\\s+(?:you\\s+)?with|thrown\\s+out\\s+of\\s+court|fines|fined|" + A_FINE + "|imprison\\w*|penalt(?:y|ies)|liable|liability|sued|prosecuted|"
                + "punishable|felony|years\\s+in|in\\s+trouble|convicted|indicted|arrested|go\\s+to\\s+jail|for\\s+damages|(?:is|be)\\s+(?:null\\s+and\\s+)?void|"
                + "(?:throw\\s+in|bring|press|face|file)\\s+charges|"
                + "(?<!(?:will|would|could|may|might)\\s)(?:results?\\s+in|leads?\\s+to)|resulted\\s+in|led\\s+to|because\\s+of\\s+the\\s+(?:law|ruling|order)|would\\s+(?:force|make|kill|destroy|end)|"
                // what a law or an order "would allow" it permits ("the bill would allow companies to export"): a permission
                + "(?<!\\b(?:bill|act|amendment|law|order|orders|rule|regulation|regulations|statute|legislation|government|administration)\\s"
                + "(?:that\\s|which\\s)?)would\\s+allow");
        // "must" of an inference binds no one: "there must be some collusion", "it must have been exported" ("there must be no
        // laws", "there must not be" and "there must exist probable cause" demand)
        cues.put("obligation", "(?:(?<!\\bthere\\s{1,3})|(?=must\\s+(?:not\\b|be\\s+no\\b|(?!be\\b|have\\b|always\\s+be\\b))))must(?!\\s+have\\s+been\\b)(?!\\s+(?:(?:also|again|first|now|however|further|therefore|though|frankly|honestly)\\s+)?(?:admit|confess|concur|say|disagree|agree\\s+to\\s+disagree|add\\s+that|note\\s+that|stress|emphasi[sz]e|apologi[sz]e|thank|point\\s+out)\\b)|shall|required|requires?|requiring|obligat\\w+|obliged\\s+to|obliges\\b|mandat\\w+|ha(?:ve|s|d)\\s+to\\s+(?:provide|comply|register|turn|give|build|be|keep|retain|store|make|pay|get|obtain|report|disclose|allow|destroy|prove|sue|show|notify|hand)|"
                + "compel(?:s|led)?|forced?\\s+to|(?:orders?|ordered)\\s+(?:you|him|her|them|us|me)\\s+to|comply|complian(?:ce|t\\s+with)|(?:be|is|are|being|remain|stay)\\s+compliant|(?:need|needs)\\s+(?:an?|to\\s+(?:get|obtain|have)\\s+an?)\\s+(?:warrant|court\\s+order|licen[cs]e|subpoena|permit)|"
                + "(?<!what\\s)(?:is|are)\\s+needed");
        // a thing that "allows" enables ("public key cryptography allows people to", "this feature allows"): no leave is given
        cues.put("permission", "(?:is|are|was)\\s+(?:perfectly\\s+)?(?:legal|lawful|allowed|permitted|exempt)|(?=allow|permit|authori)(?<!\\bto\\s)"
                + "(?<!\\b(?:features?|systems?|technology|technologies|cryptography|encryption|software|programs?|code|protocols?|chips?|devices?|"
                + "analysis|mechanisms?|algorithms?|tools?|methods?|options?|interfaces?|library|modules?|functions?|servers?|"
                + "networks?|infrastructure|keys?)\\s" + AUXILIARY + AUXILIARY + ")"
                + "(?:allow|allows|allowed|permits?|permitted|authori[sz]es?)\\b|"
                // "authorized" before a holder of access describes it ("authorized users", "an authorized dealer"): it grants
                // nothing ("authorized wiretaps" stays: the lawful intercept it names is the claim)
                + "(?<!\\bto\\s)authori[sz]ed\\b(?![\"']?\\s+(?:users?|access|personnel|persons?|representatives?|entit(?:y|ies)|"
                + "organi[sz]ations?|accounts?|account\\s+holders|keys?|agents?|dealers?|resellers?|distributors?|parties|party|individuals?)\\b)|"
                + "(?:may|can)\\s+(?:legally|lawfully)\\s+\\w+|(?:may|can)\\s+(?:\\w+\\s+)?(?:engage|export|import|sell|record|intercept|tap|wiretap|disclose|publish|distribute|obtain|search|seize|monitor|collect|retain|carry|own|plead)\\b|"
                + "(?:(?<!\\bfeel\\s)free|entitled)\\s+to|(?:has|have|had)\\s+(?:a|the)\\s+right\\s+to|exempt(?:ed|ion)?\\b|no\\s+law\\s+against|waive[sd]?\\b|no\\s+legal\\s+problem|(?:perfectly\\s+)?(?:ok|okay)\\s+to");
        cues.put("recommendation", "should(?!n't\\s+be\\s+surprised)"
                // "should" before its subject asks "if" ("Should he prevail in court", "should the bill pass"): no advice
                + "(?!\\s+(?:the|he|she|it|they|this|that|these|those|a|an|any|you|we|I|there)\\s)|ought\\s+to|(?:I|we)\\s+(?:recommend|suggest|urge)|I'd\\s+recommend|recommend\\w*|urge\\w*|"
                + "(?:write|call|contact|fax|tell)\\s+(?:to\\s+)?your\\s+(?:congress\\w*|representatives?|senators?|legislators?)|"
                + "we\\s+(?:need|have)\\s+to|you\\s+need\\s+to|no\\s+need\\s+to|(?:we|you)\\s+(?:might|could)\\s+try|what\\s+(?:is|we)\\s+need(?:ed)?\\s+is|"
                // "let's" that sets up a case or turns the talk ("let's say", "let us assume", "let's face it", "let's hope"),
                // and "let us" as "allow us" ("would let us plug in", "let us know"), urge nothing
                + "(?=let)(?<!\\b(?:would|will|could|can|to|should|might|may|must|does|did|is)\\s)(?:let's|let\\s+us)(?!\\s+(?:just\\s+)?(?:say|assume|suppose|"
                + "imagine|pretend|consider|face|look|review|begin|call|ignore|bear|hope|rejoice|all\\s+rejoice|admit|recall|see|know|"
                + "examine|compare|get\\s+right|find\\s+out|use\\s+the\\s+(?:term|word|name)|take\\s+(?:an?\\s+|the\\s+)?(?:example|look|case|moment))\\b)|"
                + "lets\\s+(?:close|stop|fight|make|get|write|tell|do|oppose|support)|"
                + "please\\s+(?:at\\s+least\\s+)?(?:write|call|fax|send|contact|tell|oppose|support|file)|it\\s+is\\s+(?:important|essential|vital)\\s+(?:to|that)|better\\s+to|don't\\s+let");
        // "I will", "we will" plan; "will" as a noun ("the will of Congress", "free will", "at will", "good will") foretells nothing
        cues.put("prediction", "intends\\s+to|(?=intend\\s)(?<!\\b(?:I|we|you)\\s)(?<!\\b(?:I|we|you)\\s[\\w']{1,12}\\s)(?<!\\b(?:I|we|you)\\s[\\w']{1,12}\\s[\\w']{1,12}\\s)intend\\s+to|(?=will)(?<!\\b(?:I|we|the|free|good|ill|political|popular|own|his|her|their|its|at)\\s)will\\b(?!\\s+of\\b(?!\\s+course\\b))|won't|going\\s+to|(?:is|are|seems?|very|most|quite)\\s+(?:un)?likely|(?:un)?likely\\s+to|(?:I|we)\\s+expect|(?:is|are)\\s+expected\\s+to|soon|predict(?:s|ed|ing|ions?)?|(?:is|are)\\s+about\\s+to|"
                + "would\\s+(?:pass|be\\s+passed|be\\s+(?:illegal|required|mandatory|outlawed))|would\\s+never|(?:will|would|could|may|might)\\s+(?:well\\s+)?(?:cripple|doom|gut|sink|lead\\s+to|result\\s+in)|"
                + "next\\s+(?:year|session|congress)|eventually|inevitabl\\w+|sooner\\s+or\\s+later");
        cues.put("legal-fact", "(?:can't|cannot|can|can\\s+not)\\s+be\\s+(?:subpoenaed|seized|searched|compelled|tapped|wiretapped|discovered|prosecuted|sued|patented|copyrighted|exported|classified)|"
                + "(?:courts?|judges?|justices?|supreme\\s+court|ct\\.)\\s+(?:has\\s+|have\\s+)?(?:ruled|held|found|decided|ordered|said|struck|upheld|concluded|declined)|"
                + "(?:is|are|was|were)\\s+(?:un)?constitutional|(?:is|are)\\s+(?:classified|considered|defined|treated|regulated)\\s+as|"
                + "(?:covers|applies\\s+to|apply\\s+to|defines?|provides?\\s+(?:for|that)|says\\s+that|states\\s+that|establish\\w*|governs?|"
                + "exempts?|amend\\w*|was\\s+(?:passed|signed|enacted|introduced)|(?:passed|enacted|signed\\s+into\\s+law)|became\\s+law|"
                + "according\\s+to|under\\s+the\\s+(?:\\w+\\s+){1,2}(?:plan|proposal|scheme|program|programme|treaty|agreement)|under\\s+(?:the\\s+)?(?:law|laws|act|statute|itar|calea|ecpa|fisa|section|title|constitution|(?:first|fourth|fifth|1st|4th|5th)\\s+amendment|regulations?|rules)|"
                + "(?:is|are|was|were)\\s+(?:subject\\s+to|a\\s+(?:crime|felony|munition)|munitions|controlled|regulated|protected|covered|public\\s+domain)|"
                + "(?:has|have)\\s+(?:the\\s+)?(?:authority|power|right)|no\\s+(?:law|statute|right|expectation)|is\\s+the\\s+law|the\\s+law\\s+(?:is|says)|"
                + "(?:law|statute|act|bill|regulations?|order|ruling)\\s+(?:is|was|does|did|doesn't|didn't|only|also|makes?|gives?|lets?|says))");
        Map<String, Pattern> out = new LinkedHashMap<>();
        // "_liable_" (underscores for emphasis) holds the cue "liable"
        cues.forEach((kind, alt) -> out.put(kind, Pattern.compile("(?i)(?<![A-Za-z0-9'])(?:" + alt + ")(?![A-Za-z0-9'])")));
        return out;
    }

    /** Hedges: the claim stands but the speaker is unsure ("I think", "IANAL"). */
    static final Pattern HEDGE = Pattern.compile("(?i)(?<!\\w)(?:I\\s+think|I\\s+believe|I\\s+suspect|I\\s+guess|I\\s+doubt|IANAL|"
            + "I\\s+am\\s+not\\s+a\\s+lawyer|I'm\\s+not\\s+a\\s+lawyer|not\\s+a\\s+lawyer|probably|perhaps|maybe|might|possibly|"
            + "it\\s+seems|seems\\s+to|appears?\\s+to|AFAIK|IMHO|IMO|as\\s+I\\s+understand|my\\s+understanding|if\\s+I\\s+recall|"
            + "if\\s+I\\s+remember|I'm\\s+not\\s+sure|not\\s+sure|could\\s+be|presumably|apparently)(?!\\w)");

    /** Signs that a sentence is a joke, not an assertion. */
    static final Pattern JOKE = Pattern.compile("(?:[:;8]-?[)D>P]|\\(grin\\)|<g>|<grin>|\\*grin\\*|\\bg,?\\s?d&r\\b|\\(joke\\)|\\bLOL\\b|\\(tongue\\s+in\\s+cheek\\)|\\bhehe\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Citation kinds that make a sentence about law (an RFC or a URL alone does not). */
    static final List<String> LEGAL_CITATION_KINDS = List.of("usc", "cfr", "public-law", "bill", "case", "fed-reg", "fcc", "eu-law", "act",
            "court-rule");

    /** The topics whose words occur in a text, in lexicon order. */
    static List<String> topicsOf(CharSequence text) {
        int[] wordStarts = Scan.WORD_START.starts(text);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Pattern> e : TOPICS.entrySet()) {
            if (Scan.WORD_START.refine(e.getValue()).first(e.getValue(), text, wordStarts) != null) out.add(e.getKey());
        }
        return out;
    }
}
