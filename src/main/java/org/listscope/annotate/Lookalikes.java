package org.listscope.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Words that look like legal terms and are none: "Bill" as a given name ("Bill Gates", "a note
 * to Bill") and "bill" as an invoice ("the phone bill"), eponymous laws ("Moore's law",
 * "Benford's law") and the laws of nature or logic, "import" in a program ("you can import
 * modules", or any "import" in a sentence with no word of trade or its law) or meaning weight
 * ("of increasing import"), "export" as a command ("export PATH=...", a cipher list's "!EXPORT"), of
 * a file ("export the slides as PDF") or of a program's names, or in a sentence of a program, each
 * where no word of trade stands beside it, "copyright" in a notice ("Copyright (c) 1993 Eric
 * Hughes"), options "ruled out", a project's or a protocol's mandate or ban ("the mandate for Python 3",
 * "mandate utf-8", "the HTTP standards forbid this style", "the RFC prohibits", "mandate that a method
 * creating a Deferred") where no word of government stands beside it, "warrant" and "judge" as verbs
 * ("doesn't warrant the effort", "hard to judge whether"), a computer's "rights" ("svn commit
 * rights", "the rights to install it") and a program's authorization ("be authenticated and authorized"), a court that serves food or jokes ("the food court", "a
 * court jester") or waits for a move ("it's in your court"), "illegal" of a program's input or a
 * specification's rule ("an illegal netstring", "illegal in Python"), a project's or company's own
 * policy ("the compatibility policy", "a peering policy", or any policy in a message that says nothing
 * of government or public affairs: "Some of the policy will seem obvious") and its rule for the
 * licence or copyright of contributions ("All contributions must be MIT licensed"), a discovery that is a finding ("service
 * discovery"), a penalty in time ("the startup penalty"), guilt felt ("I felt guilty"), "privacy"
 * in a program's name ("Pretty Good Privacy", "Privacy Enhanced Mail"), a lower-case "bill" in
 * a message that says nothing of lawmaking, any word inside a URL, a mail address, a path or a
 * newsgroup's dotted name ("alt.privacy.clipper", "privacy@eff.org", "/pub/export/itar.in.full"),
 * "export" in a message with no word of trade or public affairs ("the bus names exported by the
 * application", "the CSV export"), "tax" of a machine's load or of Twisted's .tax files, and a free
 * mail service's footer ("Concerned about your privacy?"), a network's "police" of its traffic
 * ("we police inbound traffic at 100 Mbps"), a jail that confines a program ("a chroot jail"), and a
 * precedent or a contract in a program's code ("some precedent for it in widgets.Form", "the IReactorTime
 * contract"), a voltage's regulation ("a voltage regulator"), a ban of a network's addresses ("we
 * ban abusive IPs"), "liable to" meaning likely to ("it is liable to fail"), and a program's mandate
 * or ban beside a method's or an interface's name ("not forbidden for an IPushProducer implementation"),
 * "outlaws" as people ("punked-out outlaws"), "legal" meaning valid input ("paths such as
 * /baz/../bar are legal"), "a liability" meaning a drawback ("code is a liability") and a company's
 * authorized dealer.
 * {@link #mask} blanks them out of a sentence, keeping its length, before the claim patterns
 * read it; a licence's standing text ({@link #boilerplate}) is no claim at all.
 */
final class Lookalikes {

    private Lookalikes() {
    }

    /** A capitalised "Bill": a given name or a piece of legislation, as {@link #person} tells. */
    private static final Pattern BILL = Pattern.compile("\\bBill\\b");

    /** Words before "Bill" that make it a piece of legislation ("the Bill", "this Bill"). */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "a", "an", "our", "their", "his", "her", "its",
            "new", "any", "each", "every", "whose", "which", "same", "crime", "house", "senate", "congressional");

    /** "Moore's law", "Murphy's Law", "Greshams law": laws named after the person who stated them. */
    private static final Pattern EPONYMOUS = Pattern.compile("\\b(?:Moore|Murphy|Benford|Metcalfe|Godwin|Parkinson|Sturgeon|Amdahl|"
            + "Zipf|Gresham|Hofstadter|Conway|Brooks|Ohm|Newton|Kirchhoff|Boyle|Hooke|Poe|Sod|Fitts|Wirth|Linus|Postel|Lehman|"
            + "Grosch|Kerckhoffs?|Clarke|Pareto|Hick|Campbell|Goodhart|Hanlon|Occam|Finagle|Cole|Gilder|Reed|Sarnoff|Wiio|Shannon|Kepler|"
            + "Coulomb|Snell|Stigler|Jevons|Hyrum|Betteridge|Cunningham|Skitt|Brandolini|Little)(?:'s|s'?)\\s+(laws?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "the laws of physics", "the law of averages". */
    private static final Pattern OF_NATURE = Pattern.compile("\\b(laws?)\\s+of\\s+(?:physics|nature|thermodynamics|gravity|gravitation|"
            + "large\\s+numbers|averages|the\\s+jungle|probability|motion|economics|supply\\s+and\\s+demand|mathematics|logic|"
            + "chance|the\\s+universe|reality|diminishing\\s+returns|unintended\\s+consequences)\\b", Pattern.CASE_INSENSITIVE);

    /** Words of a program that both "import" and "export" read: its language, modules, files, names. */
    private static final String PROGRAM_WORDS = "\\bmodules?\\b|python|\\.py\\b|sys\\.path|__\\w+__|traceback|\\bnamespace";
    /** Words that put "import" in a program: a module, Python, a file, a path, a traceback. */
    private static final Pattern PROGRAM = Pattern.compile("(?i)" + PROGRAM_WORDS + "|\\breactor\\b|\\bpackages?\\b|"
            + "\\bplugins?\\b|\\bcode\\b|pickle|twisted|twistd|py2exe|importerror|(?m)^\\s*(?:from\\s+\\S+\\s+)?import\\s+[\\w.]+(?:\\s*,\\s*[\\w.]+)*\\s*$");
    /** "import" as a word of trade, in any form. */
    private static final Pattern IMPORT = Pattern.compile("(?i)\\bimport(?:s|ed|ing|ation|er|ers)?\\b");
    /**
     * Words of trade and its law, in lower case: without one in its sentence, "import" is a
     * program's ("The import line should be removed", "since it imports fcntl") and not a legal
     * term ("we import it here but cannot export it", "crypto imports into the US are legal").
     */
    private static final String TRADE_WORDS = "customs|tariffs?|dut(?:y|ies)|(?:il)?legal\\w*|(?:un)?lawful\\w*|"
            + "laws?|bann?\\w*|outlaw\\w*|prohibit\\w*|forbid\\w*|regulat\\w*|controls?|controlled|restrict\\w*|quotas?|smuggl\\w*|contraband|"
            + "licen[cs]\\w*|permits?|itar|treat(?:y|ies)|borders?|goods|arms|munitions?|weapons?|drugs?|heroin|cocaine|narcotics?|"
            + "crypt\\w*|pgp|rsa|idea|countr(?:y|ies)|abroad|overseas|foreign|government|congress|fcc|commerce|statute\\w*|act";
    private static final String TRADE_PLACES = "|\\b(?:into|out\\s+of|outside(?:\\s+of)?)\\s+(?:the\\s+)?(?:u\\.?\\s?s\\b|united\\s+states|america|canada|europe|countr(?:y|ies))";
    private static final Pattern TRADE = Pattern.compile("\\b(?:export\\w*|" + TRADE_WORDS + ")\\b" + TRADE_PLACES);
    /** The words of trade and its law but "export" itself, which {@link #EXPORT} reads. */
    private static final Pattern TRADE_BESIDES_EXPORT = Pattern.compile("\\b(?:" + TRADE_WORDS + ")\\b" + TRADE_PLACES);
    /** "export" in any form. */
    private static final Pattern EXPORT = Pattern.compile("(?i)\\bexport\\w*");
    /**
     * "export" as a command: a shell's ({@code export TEXTDOMAINDIR}, {@code export PATH=...}) and an
     * OpenSSL cipher list's export-grade suites ({@code ALL:!EXPORT:!EXPORT40}).
     */
    private static final Pattern EXPORT_COMMAND = Pattern.compile("(?m)^\\s*(export)\\s+(?:[A-Za-z_]\\w*=\\S*|[A-Z][A-Z0-9]*_[A-Z0-9_]*|[A-Z0-9_]{8,})\\s*$"
            + "|\\b(export)\\s+[A-Z_][A-Z0-9_]*(?:=\\S|;)|[:!+-](EXPORT\\w*)\\b");
    /**
     * "copyright" in a notice ("Copyright (c) 2001-2008 Twisted Matrix Laboratories", "Copyright 1994 by
     * the Washington Post") or in Python's banner ('Type "help", "copyright", "credits" or "license"'):
     * the notice speaks of no copyright law, and the sentence it stands in keeps its other words. Nor
     * does a module's name ("twisted.copyright.version").
     */
    private static final Pattern NOTICE = Pattern.compile("(?i)\\b(copyright)\\s*(?:\\(c\\)|\u00a9|&copy;)|\\b(copyright)\\s+(?:19|20)\\d\\d\\b"
            + "|\"help\",\\s*\"(copyright)\",\\s*\"credits\""
            // a module's name: "twisted.copyright.version", "import twisted.copyright", ".../twisted.copyright.html"
            + "|(?<=\\.)(copyright)\\b|\\b(copyright)(?=\\.[a-z_])"
            // imported: "from twisted import copyright", "from twisted import reflect, copyright"
            + "|\\bimport\\s+(?:[\\w.]+\\s*,\\s*)*(copyright)\\b"
            // a linter's complaint of a file's header: "W9001: 1,0: Missing copyright header"
            + "|\\b(copyright)\\s+headers?\\b");
    /** Words that make a program's sentence speak of the program: its language, module, names, tools. */
    private static final Pattern EXPORT_PROGRAM = Pattern.compile("(?i)" + PROGRAM_WORDS + "|\\btwisted\\b|\\bapi\\b|\\bsvn\\b|\\bgit\\b|"
            + "(?m)^\\s*(?:from\\s+\\S+\\s+)?import\\s+[\\w.]+");
    /** "export" of a file, a format or a program's names: "export the Keynote slides", "export it as PDF", "exported symbols". */
    private static final Pattern FILE_EXPORT = Pattern.compile("(?i)\\b(export(?:s|ed|ing)?)\\s+(?:(?:the|my|your|this|these|those|our|all|it|them|a|an)\\s+)?"
            + "(?:[\\w.-]+\\s+)?(?:slides?|files?|images?|photos?|documents?|spreadsheets?|bookmarks?|settings|contacts|symbols?|functions?|"
            + "methods?|classes|variables?|environment)\\b"
            + "|\\b(export(?:s|ed|ing)?)\\s+(?:(?:it|them|this|that)\\s+)?(?:to|as|into)\\s+(?:an?\\s+)?(?:pdf|csv|html|xml|json|png|svg|jpe?g|"
            + "text|plain\\s+text|spreadsheet|file|disk|excel|word|markdown|latex)\\b"
            + "|\\b(export(?:ed|ing)?)\\s+(?:symbols?|functions?|names|methods?|classes|variables?)\\b");
    /** "import" in any form but the trade's own nouns ("importation", "importers"). */
    private static final Pattern IMPORT_VERB = Pattern.compile("(?i)\\bimport(?:s|ed|ing)?\\b");
    /** "import" meaning weight: "of increasing import", "the import of this". */
    private static final Pattern WEIGHT = Pattern.compile("(?i)\\bof\\s+(?:increasing|great|little|no|some|practical|much|any|real|major|grave)\\s+(import)\\b"
            + "|\\b(import)\\s+of\\s+(?:this|that|it|these)\\b");
    /** "warrant" as a verb: "doesn't warrant the effort", "as events warrant", "I hardly think I warrant this". */
    private static final Pattern WARRANT_VERB = Pattern.compile("(?i)(?:n['’?]t|\\b(?:to|not|may|might|would|could|should|will|does|do|did|must|can|"
            + "cannot|I|we|you|they|he|she|it|which|"
            + "events|circumstances|conditions|situation))\\s+(?:(?:even|really|necessarily|actually|hardly|truly|quite|certainly|"
            + "probably|surely|still|yet)\\s+)?(warrants?)\\b"
            // a third person's "warrants" ("This soon warrants a Makefile", "anything that warrants that kind of scrutiny");
            // not "that warrant", a demonstrative's noun
            + "|\\b(?:that|which|this|soon|hardly|certainly|surely)\\s+(warrants)\\s+(?!(?:were|was|are|is|had|have)\\b)");
    /** "judge" as a verb: "to judge Twisted by", "I have no desire to judge theirs", "and judge whether". */
    private static final Pattern JUDGE_VERB = Pattern.compile("\\b(?i:to|not|n['’?]t|may|might|would|could|should|will|does|do|did|must|"
            + "can|cannot|I|we|you|they|let\\s+(?:me|us))\\s+(?:(?i:probably|really|only|better|easily|fairly|hardly|not|never|always)\\s+)?"
            + "(judge|JUDGE)\\b"
            + "|(?<!\\b(?i:the|a|any|this|that|each|every|no|his|her|their|our|federal|district|trial|magistrate)\\s)(judge)\\s+"
            + "(?i:whether|if|for\\s+(?:yourself|yourselves|themselves|himself|herself|myself)|by\\s+(?:the|its|their|his|her)|"
            + "them|it|us|him|her|me|its|their|his|theirs)\\b"
            // the idiom: "you'll have to be the judge of whether it works"
            + "|\\b(?i:be|is|are|am)\\s+the\\s+(judge)\\s+of\\b");
    /**
     * A computer's or a project's permissions: "access rights", "svn commit rights", "I don't have the
     * rights to install it", "rights on trac", "PyPI maintainership rights", "bragging rights".
     */
    private static final Pattern PERMISSIONS = Pattern.compile("(?i)\\b(?:access|user|admin|administrator|write|read|root|file|"
            + "execute|superuser|sudo|commit|committer|checkin|check-in|login|account|group|edit|editing|posting|moderator)\\s+(rights)\\b"
            + "(?!\\s+(?:of|for)\\s+(?:citizens|the\\s+public|individuals|people|consumers|patients))"
            + "|\\b(?:the|no|enough|sufficient|proper|necessary)\\s+(rights)\\s+to\\s+(?:install|write|read|access|create|modify|"
            + "delete|run|execute|commit|edit|log\\s*in|post|move|push|merge|upload)\\b"
            // "an authenticated client should have rights to run some RPC methods", "I don't have rights on trac"
            + "|\\b(?:have|has|had|any)\\s+(rights)\\s+to\\s+(?:install|run|execute|commit|push|merge|upload|move)\\b"
            + "|\\b(rights)\\s+on\\s+(?:the\\s+)?(?:trac|github|gitlab|launchpad|pypi|svn|wiki|repo(?:sitory)?|server|box|machine)\\b"
            + "|\\b(?:bragging|maintainer|maintainership|merge|push|upload|op|ops)\\s+(rights)\\b");
    /** A court that is no court of law: "the food court", "a court jester", "the ball is in your court". */
    private static final Pattern COURT_IDIOM = Pattern.compile("(?i)\\bfood\\s+(courts?)\\b|\\b(court)\\s+jesters?\\b"
            + "|\\bin\\s+(?:your|their|our)\\s+(court)\\b");
    /**
     * The ball in someone's court: "the ball is in the debian package maintainers' court", "the ball
     * is in court A, court B"; a decision left there: "that I am leaving in our venerable release manager's court".
     */
    private static final Pattern BALL_IN_COURT = Pattern.compile("(?i)\\bball\\s+(?:is|was|'s|lies|stays)\\s+(?:now\\s+|still\\s+)?in\\s+"
            + "(?:[\\w.'’-]+\\s+){0,5}?(court)\\b"
            + "|\\bleav(?:e|es|ing)\\s+(?:it\\s+|this\\s+|that\\s+)?in\\s+(?:[\\w.'’-]+\\s+){0,5}?(court)\\b");
    /**
     * "police" of a network's traffic, rate-limiting it: "we police inbound traffic at 100 Mbps",
     * "routers must police control plane traffic", "police ICMP to 1 Mbps", a router's command
     * {@code police 8000 conform-action transmit}. Not "the police", "traffic police", nor "police
     * traffic stops".
     */
    private static final Pattern POLICING = Pattern.compile("(?i)(?<!\\b(?:the|a|local|state|federal|secret|city|county|military|"
            + "thought|campus|border|traffic|transit|internet|net|cyber|by|and|or)\\s)\\b(police)\\s+(?:(?!(?:must|should|shall|will|would|can|cannot|could|may|might|are|is|was|were|have|has|had|do|does|"
            + "did|not|need|needs|want|wants|and|or|who|which|that)\\b)[\\w.-]+\\s+){0,4}?"
            + "(?:traffic(?!\\s+(?:stops?|tickets?|cops?|laws?|violations?|courts?|accidents?))|packets?|flows?|bandwidth|"
            + "\\d+(?:\\.\\d+)?\\s?[kmg]?(?:bps|bit/s|b/s|pps)|pps|cir|bursts?)\\b"
            + "|\\b(police)\\s+(?:rate\\s+)?\\d+\\s+(?:\\d+\\s+)*(?:conform|exceed|burst|bc|be)\\b");
    /**
     * A jail that confines a program: "a chroot jail", "FreeBSD jails", "the jail's root directory",
     * "put the daemon in a jail", "in a jail, named cannot touch the rest of the box".
     */
    private static final Pattern JAIL_MACHINE = Pattern.compile("(?i)\\bchroot(?:ed)?\\s+(jails?)\\b|\\b(?:freebsd|bsd|ezjail|iocage)\\s+(jails?)\\b"
            + "|\\b(jails?)\\s+(?:environment|directory|dir|root|config(?:uration)?|host)s?\\b"
            + "|\\b(?:in|into|inside)\\s+(?:a|the|its\\s+own|their\\s+own)\\s+(jail)\\b(?=[^.;!?]{0,80}\\b(?:daemons?|process(?:es)?|named|bind|"
            + "sshd|httpd|servers?|services?|box|chroot|file\\s?system)\\b)"
            + "|\\b(?:daemons?|process(?:es)?|named|bind|sshd|httpd|servers?|services?)\\s+(?:[\\w.-]+\\s+){0,5}?(?:in|into|inside)\\s+"
            + "(?:a|the|its\\s+own|their\\s+own)\\s+(jail)\\b");
    /**
     * Regulation of a voltage, not by a government ("current regulations" are a government's): "a voltage regulator", "the UPS
     * has a regulated output", "a regulated power supply", "regulated to within 5%", "regulated at 48V".
     */
    private static final Pattern ELECTRIC_REGULATION = Pattern.compile("(?i)\\b(?:voltage|linear|switching)\\s+(regulat\\w*)"
            + "|\\b(regulat(?:ed|ors?))\\s+(?:output|outputs|power\\s+suppl(?:y|ies)|supply|supplies|voltage|dc|ac)\\b"
            + "|\\b(regulat\\w*)\\s+(?:to\\s+)?within\\s+[\\d.]+\\s?%|\\b(regulated)\\s+(?:at|to)\\s+[\\d.]+\\s?v(?:ac|dc)?\\b");
    /**
     * A ban of a network's addresses, blocking them: "we ban abusive IPs", "ban any /24 that scans
     * you", "banned the whole netblock", "an IP ban"; and a list's, a channel's or a server's own ban
     * of a poster ("banned from the list", "unsubscribed and banned them", "the sender has been
     * permanently banned"), a rule of its own as a peering or acceptable-use policy is.
     */
    private static final Pattern BAN_ADDRESSES = Pattern.compile("(?i)\\b(ban(?:s|ned|ning)?)\\s+(?:(?:the|that|this|any|all|every|their|"
            + "abusive|offending|bad|those|these|whole|entire|source)\\s+)*(?:ips?\\b|ip\\s+addresses\\b|addresses\\b|hosts?\\b|"
            + "subnets?\\b|prefix(?:es)?\\b|netblocks?\\b|ranges?\\b|asns?\\b|/\\d{1,3}\\b)"
            + "|\\b(?:ip|address|host|subnet)\\s+(bans?)\\b"
            // a list's, a channel's or a server's own ban: "banned from the list", "the sender has been permanently banned"
            + "|\\b(ban(?:s|ned|ning)?)\\s+(?:\\w+\\s+)?(?:from|on)\\s+(?:the\\s+|this\\s+|our\\s+)?(?:list|mailing\\s+list|irc|channel|#[\\w-]+|"
            + "server|forum|wiki|tracker)\\b"
            + "|\\b(?:unsubscribed|kicked|blocked|moderated)\\s+and\\s+(banned)\\b"
            + "|\\b(?:sender|poster|bot|spammer|troll)\\s+(?:has\\s+been\\s+|have\\s+been\\s+|was\\s+|is\\s+|got\\s+)?(?:permanently\\s+|now\\s+)?(banned)\\b");
    /**
     * "liable to" meaning likely to, before a verb of what a program or a plan may do: "it is liable
     * to fail at some point", "anything I try in plain C is liable to core dump", "you're liable to
     * find". "Liable to you", "liable to prosecution" and "liable to be sued" stay the law's.
     */
    private static final Pattern LIKELY = Pattern.compile("(?i)\\b(liable)\\s+to\\s+(?:fail|break|crash|core|see|find|happen|change|cause|get|"
            + "become|make|go|confuse|mislead|occur|lose|hang|block|leak|overflow|misbehave|bite|trip|explode|deadlock|segfault)\\b");
    /**
     * "outlaws" as people, not a verb that bans: after an article, a preposition or a verb of being
     * ("the Gibsonesque vision of punked-out outlaws", "they may soon find themselves outlaws", "if
     * we are viewed as outlaws", "deny such privacy to outlaws") or before a verb of theirs ("outlaws
     * will have privacy", "outlaws care"). "A law that outlaws encryption" stays a ban, and the
     * slogan's "only outlaws" is left to the slogan's own test.
     */
    private static final Pattern OUTLAWS_NOUN = Pattern.compile("(?i)\\b(?:the|of|as|into|to|at|worst|tough|these|those|some|are|be|"
            + "being|become|became|themselves|ourselves|owners|punked-out)\\s+[\"“]?(outlaws)\\b"
            + "|(?<!\\bonly[\\s>]{1,8})\\b(outlaws)\\s+(?:will|would|are|were|with|care|have|on\\s+the)\\b");
    /**
     * "legal" meaning valid input to a program or a format: "paths such as /baz/../bar are legal",
     * "legal Python", "legal UTF-8", "you can't legally run it through IDNA".
     */
    private static final Pattern TECHNICAL_LEGAL = Pattern.compile("(?i)\\b(legal)\\s+(?:python|syntax|html|xml|json|identifiers?|characters?|"
            + "utf-?8|ascii|input|urls?|paths?|hostnames?|filenames?|opcodes?)\\b"
            + "|\\b(?:paths?|strings?|identifiers?|characters?|values?|urls?|hostnames?|filenames?|syntax|input|headers?)(?:\\s+such\\s+as\\s+\\S+)?"
            + "\\s+(?:are|is)\\s+(?:perfectly\\s+|completely\\s+|still\\s+|also\\s+)?(legal)\\b"
            + "|\\b(?:can't|cannot|can)\\s+(legally)\\s+(?:run|pass|feed|put)\\s+(?:it|them|this|that)\\s+(?:through|into|to)\\b");
    /**
     * "a liability" meaning a drawback: "the transparency has become a liability", "more of a
     * liability than an asset", where nothing follows it but a stop or a clause: "a liability for
     * damages", "a liability under the act" and "a liability transfer" stay.
     */
    private static final Pattern A_LIABILITY = Pattern.compile("(?i)\\b(?:become|becomes|became|becoming|be|is|was|are|were|more\\s+of)\\s+"
            + "(?:a|an)\\s+(?:(?:real|big|huge|serious|major|bit\\s+of\\s+a)\\s+)?(liability)(?=\\s*(?:[,.;:!?)\"”]|and\\b|than\\b|so\\b|as\\b|because\\b|rather\\b|$))");
    /**
     * "authorized" of a company's sellers or a cipher's receiver: "buy them at authorized Western
     * Union dealers", "an authorized reseller", "the cryptogram is transformed by the authorized
     * receiver". "Authorized access" and "authorized agents" stay the law's.
     */
    private static final Pattern AUTHORIZED_SELLER = Pattern.compile("\\b((?i:authori[sz]ed))\\s+(?:[A-Z][a-z]\\w*\\s+){0,2}"
            + "(?i:dealers?|resellers?|distributors?|retailers?|service\\s+cent(?:er|re)s?|repair\\s+(?:shops?|cent(?:er|re)s?)|receivers?)\\b");
    /** The library, not the lawmakers: "the Library of Congress". */
    private static final Pattern CONGRESS_LIBRARY = Pattern.compile("(?i)\\blibrary\\s+of\\s+(congress)\\b");
    /** A program's licence machinery: "the license server", "a licence key", "license file". */
    private static final Pattern LICENCE_THING = Pattern.compile("(?i)\\b(licen[cs]e)\\s+(?:servers?|keys?|files?|managers?|daemons?|dongles?)\\b");
    /**
     * "tax" that is no levy: Twisted's ".tax" files ("the tap/tas/tax file", "edit the resulting .tas or
     * .tax"; "a tap file is much less useful than a tax"; not Australia's "Tax File Number"), a load put on a machine
     * ("significantly tax the performance", "taxing the CPU") and the tax added to a price ("$119/night + tax").
     */
    private static final Pattern TAX_LOOKALIKE = Pattern.compile("(?i)(?<=[./])(tax)\\b|\\btaps?/tas/(tax)\\b"
            + "|\\b(tax(?:es|ed|ing)?)\\s+(?:on\\s+)?(?:the\\s+|your\\s+|my\\s+)?(?:performance|cpu|processor|server|machine|memory|"
            + "bandwidth|reactor|resources|hardware|disk|network\\s+(?:bandwidth|connection))\\b"
            // a .tax beside its .tap ("A tap file is about a thousand times faster than a tax", "load the tax, and save the tap")
            + "|\\b(tax)\\b(?=[^.!?]{0,80}\\b(?:taps?\\s+files?|(?:save|load)\\s+the\\s+tap)\\b)"
            + "|\\b(?:taps?\\s+files?|(?:save|load)\\s+the\\s+tap|taps?\\s+is\\s+to\\s+be\\s+loaded)\\b[^.!?]{0,80}?\\b(tax)\\b"
            // a price's sales tax: "$119/night + tax"
            + "|\\+\\s*(tax)\\b");
    /**
     * "illegal" of a program's input or a specification's rule: "an illegal netstring", "illegal
     * function definition", "an illegal virtual machine instruction", an identifier such as
     * "illegalStrings", "illegal, according to the specification", "considered illegal in Python".
     * "Illegal messages", "illegal operations" and "illegal methods" stay legal terms.
     */
    private static final Pattern TECHNICAL_ILLEGAL = Pattern.compile("\\b((?i:illegal))(?=[A-Z_][a-z])"
            + "|\\b((?i:illegal(?:ly)?))\\s+(?i:(?:net)?strings?|inputs?|function|instructions?|opcodes?|characters?|chars?|bytes?|"
            + "units?|format|connections?|virtual\\s+machine|access\\s+(?:exception|error)s?|syntax|tokens?|arguments?|parameters?|"
            + "values?|escapes?|sequences?|pointers?|seeks?|utf-?8|packets?|frames?|headers?|options?|flags?|(?:source\\s+)?addresses|mtu)\\b"
            + "|\\b((?i:illegal))\\b,?\\s+(?i:in\\s+python|according\\s+to\\s+the\\s+(?:spec|specification|rfc|protocol|grammar|standard))\\b");
    /**
     * A project's, a company's or a program's policy, which no law or public body made: "the
     * compatibility policy", "our deprecation policy", "Twisted's release policy", "the company's IT
     * policy", "a peering policy", "the postfix policy daemon", a module such as
     * "policies.ThrottlingFactory", a router's "export policy" that announces routes. "Security
     * policy", "Executive Branch policy" and a government's "export policy" stay policy.
     */
    private static final Pattern PRIVATE_POLICY = Pattern.compile("(?i:\\b(?:compatibility|compat|deprecation|release|review|"
            + "code-review|coding|branching|merge|merging|commit|development|documentation|docs|testing|test|timeout|naming|versioning|"
            + "support|backwards[- ]compatibility|reentrancy|throttling|retry|cors|company|company's|corporate|open[- ]source|"
            + "zero[- ]tolerance|governance|style|packaging|maintenance|trac|ticket|bugtracker|twisted|twisted's|project|project's|"
            + "python|launchpad|github|postfix|jelly|cache|caching|scheduling|eviction|peering|routing|filtering|acceptable[- ]use|"
            + "firewall|password|backup|bgp)\\s+(polic(?:y|ies)))\\b|\\bIT\\s+(?i:(polic(?:y|ies)))\\b"
            + "|\\b(?i:(polic(?:y|ies)))\\.\\w|\\b(?i:(polic(?:y|ies))\\s+(?:daemon|server|check|entry|file|object|class|module|engine)s?)\\b"
            // a router's export or import policy, with the routes it announces or takes in the sentence
            + "|\\b(?i:(?:export|import)\\s+(polic(?:y|ies)))\\b(?=[^.;!?]{0,100}\\b(?i:prefix(?:es)?|routes?|announce\\w*|e?bgp|"
            + "transit|upstreams?|communit(?:y|ies)|as-?paths?)\\b)");
    /**
     * "discovery" of a finding or a program's lookup ("the discovery of LSD", "service discovery",
     * "this discovery will allow"), not a lawsuit's stage: that one comes with its court words
     * ("discovery requests", "the discovery process", "in discovery").
     */
    private static final Pattern FINDING = Pattern.compile("(?i)(?<!\\b(?:pre-?trial|civil|legal|during|in|through)\\s)\\b(discovery)\\b"
            + "(?!\\s+(?:requests?|process|motions?|phase|orders?|materials|documents|proceedings|rules|period|sanctions|abuse)\\b)");
    /**
     * A penalty in time or speed ("a stiff runtime penalty", "the startup penalty", "the resource
     * allocation penalty", "the N-byte penalty", "performance and cost penalties", "little penalty in
     * run-time", "some penalties in terms of usability"), or a bank's interest penalty: no law's punishment.
     */
    private static final Pattern COST = Pattern.compile("(?i)\\b(?:performance|runtime|run-time|startup|start-up|speed|time|memory|cache|"
            + "latency|cpu|efficiency|throughput|allocation|one-time|interest|size|space|cost|n-byte|\\d+-byte)\\s+(penalt(?:y|ies))\\b"
            + "|\\b(penalt(?:y|ies))\\s+(?:is\\s+incurred\\s+)?in\\s+(?:terms\\s+of\\s+)?(?:run-?time|speed|performance|overhead|"
            + "throughput|latency|usability|convenience|reliability|efficiency|memory|bandwidth)\\b");
    /** Guilt felt, not found: "I felt guilty", "feeling rather guilty", "to protect the guilty", "as guilty as anyone". */
    private static final Pattern GUILT_FELT = Pattern.compile("(?i)\\b(?:feel|feels|felt|feeling)\\s+(?:(?:a\\s+bit|rather|very|quite|so|"
            + "more\\s+and\\s+more|a\\s+little|somewhat|kind\\s+of|a\\s+tad)\\s+)?(guilty)\\b|\\b(?:protect|conceal|shield)\\s+the\\s+(guilty)\\b"
            + "|\\bas\\s+(guilty)\\s+as\\b|\\b(guilty)\\s+(?:pleasure|conscience)");
    /** "mandate", "forbid" and "prohibit" in any form. */
    private static final Pattern MANDATE = Pattern.compile("(?i)\\b(?:mandat\\w*|forb[ai]d\\w*|prohibit\\w*)");
    /**
     * Words of a program, an encoding, a protocol or a specification, which a project or a standard
     * mandates or forbids ("the mandate for Python 3", "mandate utf-8", "the RFC prohibits a body
     * here", "mandate that a method creating a Deferred is responsible"), a project's unit tests,
     * reviews and commits ("unit tests should not be mandatory for quick bugfixes") and a markup's or
     * a program's attributes and keywords ("a mandatory class attribute"), a call's arguments ("existing
     * mandatory arguments"), a method named in camel case ("setUpClass mandates a ClassSuite"), a site's
     * robots ("use robots.txt to prohibit search engines"), a server's "forbidden resource", and ICMP's
     * "administratively prohibited", a router's answer. The mandate check reads them with a program's
     * own words ({@link #SPEC_OR_CODE}), so Twisted, an API, a ticket or a patch are not listed here.
     */
    private static final Pattern SPEC = Pattern.compile("(?i)\\b(?:python\\s?[23]?|py[23]|2to3|utf-?8|unicode|ascii|encodings?|protocols?|"
            + "http(?:/\\d\\.\\d)?|irc(?:v3)?|syntax|style|pep\\s?\\d+|json|xml|rfcs?(?:\\s?\\d+)?|specs?|specifications?|"
            + "methods?|functions?|deferreds?|callbacks?|errbacks?|interfaces?|reactors?|icmp|administratively(?=\\s+prohibited)|"
            + "unit[- ]?tests?|test\\s+suites?|bug\\s?fix\\w*|commits?|merg(?:e|ed|ing)(?=\\s+(?:button|requests?|commits?|to|into|conflicts?))|"
            + "reviewers?|code\\s+reviews?|keywords?|"
            + "attributes?|idls?|"
            // a call's arguments and values, a program's parts, a site's robots and a server's answer
            + "(?:mandatory|optional|keyword|positional|default)\\s+arguments?|argument\\s+to\\s+['\"`]\\w+|args?|parameters?|params?|return\\s+values?|object\\s+references?|generators?|decorators?|sandbox\\w*|"
            + "robots\\.txt|search\\s+engines?|forbidden\\s+resources?|(?:thread\\s+)?scheduling|event\\s+names?|core\\s+team|"
            + "github|man\\s+pages?)\\b|<\\w+>"
            // a method's name in camel case: "setUpClass mandates a ClassSuite", "inlineCallback"
            + "|(?-i:\\b[a-z]+[A-Z][a-z]\\w*)");
    /** Words of government and its law, in lower case. */
    private static final String GOVERNMENT_WORDS_BUT_EXPORT = "government\\w*|federal\\w*|classified|laws?|legal\\w*|courts?|congress|fcc|"
            + "agenc(?:y|ies)|regulat\\w*|statut\\w*|legislat\\w*|nist|fips|nsa|fbi|irs|tax\\w*|police|commission|escrow|clipper|wiretap\\w*|itar|key\\s+recovery";
    private static final String GOVERNMENT_WORDS = GOVERNMENT_WORDS_BUT_EXPORT + "|export\\w*";
    /** Words of government and its law, in lower case: beside one, a mandate may be the law's. */
    private static final Pattern GOVERNMENT = Pattern.compile("\\b(?:" + GOVERNMENT_WORDS + ")\\b");
    /**
     * Words of government, its law and the public affairs it makes policy on, in lower case: a
     * message with none of them ("our current policy is to only release them for current versions",
     * "Some of the policy will seem obvious") speaks of a project's, a program's or a company's
     * policy, not of a public one.
     */
    private static final String AFFAIRS_WORDS = "govt|feds|administration|president\\w*|"
            + "white\\s+house|senat\\w*|parliament\\w*|legislat\\w*|minist(?:er|ers|ry|ries)|state\\s+department|department\\s+of|"
            + "public\\s+polic(?:y|ies)|foreign\\s+polic(?:y|ies)|crypto\\w*|encrypt\\w*|censor\\w*|military|army|treaty|treaties|"
            + "election\\w*|politic\\w*|crim(?:e|es|inal\\w*)|illegal\\w*|unlawful\\w*|constitution\\w*|rights|citizens?|nation\\w*|"
            + "privacy|secretary|defen[cs]e|pentagon|dod|clinton";
    private static final Pattern PUBLIC_AFFAIRS = Pattern.compile("\\b(?:" + GOVERNMENT_WORDS + "|" + AFFAIRS_WORDS + ")\\b");
    /**
     * Words of public affairs and of trade, but "export" itself: a message with none of them exports
     * data, files or a program's names ("the bus names exported by the application", "export all
     * the data from the existing storage", "the CSV export"), whatever its sentence says.
     */
    private static final Pattern TRADE_OR_AFFAIRS_BESIDES_EXPORT = Pattern.compile("\\b(?:" + GOVERNMENT_WORDS_BUT_EXPORT + "|" + AFFAIRS_WORDS
            + "|customs|tariffs?|dut(?:y|ies)|embargo\\w*|munitions?|arms|weapons?|smuggl\\w*|contraband|commerce|goods|abroad|overseas|"
            + "foreign|countr(?:y|ies)|canada|u\\.\\s?s\\.?|usa|non-?us|outside\\s+(?:of\\s+)?(?:the\\s+)?(?:us|u\\.s|united|north)\\w*|"
            + "restrict\\w*|restricit\\w*|export\\s+controls?|controlled|approv\\w*|violat\\w*|espionage|spies|spy|"
            + "currency|cash|monetary|crypt\\w*|decrypt\\w*|pgp|rsa|rc[245]|cipher\\w*|\\d+-bits?|"
            + "exempt\\w*|public\\s+domain|trials?|prosecut\\w*|attorneys?|lawyers?|judges?|jur(?:y|ies)|felon\\w*|warrants?|subpoena\\w*)\\b");
    /**
     * "policy" or "policies", which {@link #POLICY_NOT_PUBLIC} blanks in a message that speaks of no
     * public affairs; not a retention or privacy policy, which keeps its topic whoever made it.
     */
    private static final Pattern POLICY_WORD = Pattern.compile("(?i)(?<!\\b(?:retention|privacy)\\s)\\b(polic(?:y|ies))\\b");

    /** A contribution to a project: "contributions", "patches", "inclusions", code "committed" (not code "included", which a licence may require). */
    private static final Pattern CONTRIBUTION = Pattern.compile("(?i)\\b(?:contribut\\w*|patch(?:es)?|inclusions?|"
            + "submissions?|commit(?:s|ted|ting)?)\\b");
    /** A duty: "must", "has to", "required", "shall", "needs to". */
    private static final Pattern DUTY = Pattern.compile("(?i)\\b(?:must|ha(?:s|ve)\\s+to|requir\\w*|shall|needs?\\s+to)\\b");
    /**
     * The words of a licence or a copyright that a project's rule for contributions sets ("All
     * contributions must be MIT licensed", "Twisted patches must also be copyrighted by Glyph",
     * "consign all copyrights for this patch to Glyph, as required by Twisted"): where no word of
     * government or its law stands beside them, the rule is the project's, not the law's.
     */
    private static final Pattern CONTRIBUTION_TERMS = Pattern.compile("(?i)\\b(?:licen[cs]\\w*|copyright\\w*|consign\\w*)");

    /** Words of a program's access control: logging in, passwords, authentication, credentials, a cred portal, ssh's authorized keys. */
    private static final Pattern ACCESS_CONTROL = Pattern.compile("(?i)\\b(?:authenticat\\w*|passwords?|passwd|log\\s?ins?|logins?|"
            + "user\\s?(?:id|name)s?|credentials?|cred|portals?|avatars?|ldap|oauth\\d?|kerberos|acls?|ssh|authori[sz]ed\\s+keys)\\b");
    /** Words of the law's punishment and its process, in lower case: beside one, an authorisation or a right may be the law's. */
    private static final Pattern LAW_BESIDE = Pattern.compile("\\b(?:" + GOVERNMENT_WORDS + "|crim\\w*|illegal\\w*|unlawful\\w*|prosecut\\w*|"
            + "warrants?|subpoena\\w*|felon\\w*|sued?|lawsuits?|attorneys?|lawyers?|judges?|jury|constitution\\w*|amendments?)\\b");
    /**
     * "authorized" and "authorization" of a program's access control ("be authenticated and
     * authorized", "add some authorization so users must enter a user id and password"), where no
     * word of government, its law or its punishment stands beside them.
     */
    private static final Pattern GRANT = Pattern.compile("(?i)\\b(?:un)?authori[sz]\\w*");

    /**
     * Words of a program's code, beside which a precedent, a contract or a mandate is the code's
     * ("there is some precedent for it in widgets.Form", "it sets a better precedent for other bits
     * of Twisted", "some precedent for fixing this type of error" beside a ticket, "it violates a
     * central contract in twisted.web", "a violation of the IReactorTime contract", "__init__'s
     * implicit contract"): its language and tools, a dotted or underscored name (not a sentence's end
     * without its space, "value.The"), a ticket, a patch, a keyword argument, an interface's name
     * Twisted's way ({@code IReactorTime}, {@code IProtocol}).
     */
    private static final Pattern CODE_OR_INTERFACE = Pattern.compile("(?i:" + PROGRAM_WORDS + "|\\btwisted\\b|\\bapi\\b|\\bsvn\\b|\\bgit\\b|"
            + "\\btickets?\\b|\\btrac\\b|\\bpatch(?:es)?\\b|\\bkwargs?\\b)|\\b[a-z]\\w*\\.(?!(?:The|A|An|It|Its|This|That|These|Those|We|In|If|So|But|And|He|She|They|You|There|What|When)\\b)[A-Z][a-z]\\w*"
            + "|\\b[a-z]+_[a-z_]+\\b|\\bI[A-Z][a-z]{2,}\\w*");
    /** {@link #SPEC}'s words or {@link #CODE_OR_INTERFACE}'s: beside them a mandate or a ban is a project's or a program's. */
    private static final Pattern SPEC_OR_CODE = Pattern.compile("(?:" + SPEC.pattern() + ")|" + CODE_OR_INTERFACE.pattern());
    /**
     * {@link #ACCESS_CONTROL}'s words, {@link #CODE_OR_INTERFACE}'s, or a Deferred's or a header's:
     * beside them an authorization is a program's ("return the authorize deferred", "HTTP
     * authorization headers").
     */
    private static final Pattern ACCESS_OR_CODE = Pattern.compile("(?:" + ACCESS_CONTROL.pattern() + ")|" + CODE_OR_INTERFACE.pattern()
            + "|(?i:\\bdeferreds?\\b|\\bheaders?\\b)");
    /** "contract" and "contracts". */
    private static final Pattern CONTRACT_WORD = Pattern.compile("(?i)\\bcontracts?\\b");
    /** "precedent" and "precedents". */
    private static final Pattern PRECEDENT_WORD = Pattern.compile("(?i)\\bprecedents?\\b");

    /** "ruled out" of options, not a court's ruling: "Once you've ruled out options #1 and #4". */
    private static final Pattern RULED_OUT = Pattern.compile("(?i)\\b(ruled)\\s+(?:(?:it|them|this|that|those|these)\\s+)?out\\b");
    /** "Privacy" in a program's or a standard's name: "Pretty Good Privacy", "Privacy Enhanced Mail", "privacy-enhanced messages". */
    private static final Pattern PRODUCT = Pattern.compile("(?i)\\bpretty\\s+good\\s+(privacy)\\b|\\b(privacy)[\\s-]+enhanc\\w*");
    /**
     * A name of the net or of a file, whose words speak of nothing: a URL
     * ("http://epic.digicash.com/epic", "cpsr.org /cpsr/privacy/epic/privacy_resources.faq", a page's
     * "#copyright"), a mail address ("privacy@eff.org"), a newsgroup's dotted name by its hierarchy
     * ("alt.privacy", "misc.legal:62914", "talk.politics.crypto"), a host by its domain ("nsa.gov",
     * "anon.penet.fi") and a path
     * ("/pub/export/itar.in.full") or a Windows one ("C:\other\Bill\compstrm"). Not a list of words joined by
     * slashes ("Clipper/Capstone/Skipjack").
     */
    static final Pattern NET_NAME = Pattern.compile("\\b(?:https?|ftp|gopher|news|file|mailto):/*[^\\s<>\"]+|\\bwww\\.[^\\s<>\"]+"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
            // a newsgroup by its hierarchy, a host by its domain; not a program's dotted names ("self.__first_line") nor a pun ("net.fcc")
            + "|(?<![\\w.])(?:(?:alt|comp|sci|talk|misc|soc|rec|news|bit|ml|gnu|clari|k12|biz|fido)\\.[a-z0-9_+-]+(?:\\.[a-z0-9_+-]+)*"
            + "|[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*\\.(?:com|org|edu|gov|net|mil|int|[a-z]{2})\\b)(?::\\d+)?(?:/[^\\s<>\"]*)?"
            // a path starts in lower case ("/pub/EFF/Policy/Crypto"), not a list of names ("police/ /FBI/CIA/other")
            + "|(?<![\\w/])~?/[a-z0-9_.~-][\\w.~-]*(?:/[\\w.~#-]*)+"
            // a Windows path: "C:\other\Bill\compstrm"
            + "|\\b[A-Za-z]:\\\\[^\\s<>\"]+");
    /** Characters that join an anchor word to a {@link #NET_NAME} before it. */
    private static final String NAME_JOINS = "./@_#~\\";
    /** Marks of a {@link #NET_NAME} in a message, one of which sets {@link #NAME}. */
    private static final List<String> NAME_MARKS = List.of("://", "www.", "@", "alt.", "sci.", "comp.", "talk.", "misc.", "soc.",
            "news.", "rec.", "ml.", "/pub/");

    /** "bill" as an invoice ("the phone bill", "pay your bill", "foot the bill") or as money ("$100 bills"). */
    private static final Pattern INVOICE = Pattern.compile("(?i)\\b(?:phone|telephone|monthly|electric|electricity|gas|utility|hospital|medical|"
            + "water|grocery|cable|hotel|big|huge|hefty|credit[- ]card|dental|doctor['’]?s|repair|royalty|payment|restaurant|heating|"
            + "long[- ]distance|usage|total|quarterly|unpaid)\\s+(bills?)\\b"
            + "|\\bpa(?:y|ys|id|ying)\\s+(?:the|my|your|his|her|their|our|a|its)\\s+(?:own\\s+)?(bills?)\\b"
            + "|\\bfoot\\s+the\\s+(bill)\\b|\\b(bill)\\s+(?:me|you|him|her|them|us)\\b"
            // who pays: "stuck with the bill", "pick up the bill", "push the bill up"; billing: "bill the customer", "sends you a bill"
            + "|\\b(?:stuck|left)\\s+with\\s+the\\s+(bill)\\b|\\bpick(?:s|ed|ing)?\\s+up\\s+the\\s+(bill)\\b|\\bpush(?:es|ed|ing)?\\s+the\\s+(bill)\\s+up\\b"
            + "|\\b(bill)\\s+(?:the|its|their|his|her|your|my)\\s+(?:customers?|users?|clients?|subscribers?)\\b"
            + "|\\bsends?\\s+(?:you|them|him|her|me|us)\\s+a\\s+(bill)\\b"
            // paper money: "$100 bills", "a dollar bill", "counterfeit bills", "marked bills", "digital bills"
            + "|\\$\\s?\\d+\\s+(bills?)\\b|\\b(?:dollar|\\d+-dollar|one|five|ten|twenty|fifty|hundred|counterfeit|counterfiet|"
            + "forged|fake|marked|unmarked|paper|digital|small|large|torn|crisp)\\s+(bills?)\\b|\\bstacks?\\s+of\\s+(bills)\\b"
            + "|\\b(bills?)\\s+of\\s+(?:lading|exchange|sale)\\b|\\bserial\\s+numbers?\\s+(?:on|of)\\s+the\\s+(bills?)\\b"
            // cash in hand or in a digital-cash scheme: "bills and coins", "change your bills into nickels", "withdraw more bills",
            // "extracting \"bills\" from a money file", "fresh bills", "the bills' traditional look", "photocopies of bills"
            + "|\\b(bills?)\\s*(?:,|and|or)\\s*coins?\\b|\\bcoins?\\s*(?:,|and|or)\\s*(bills)\\b"
            + "|\\b(bills?)\\s+(?:in)?to\\s+(?:nickels|quarters|dimes|pennies|coins|change)\\b"
            + "|\\b(?:withdr(?:aw|aws|awn|awing|ew)|extract(?:s|ed|ing)?|spen(?:d|ds|t|ding)|scan(?:s|ned|ning)?|mint(?:s|ed|ing)?)[\"”]?\\s+(?:[\\w-]+\\s+){0,2}?[\"“]?(bills)\\b"
            + "|\\b(?:digital[- ]cash|e-?cash|cash|fresh)\\s+(bills)\\b|\\bdenominations?\\s+of\\s+(bills)\\b"
            + "|\\b(bills)['’]\\s+(?:back|front|traditional|look|design|portraits?)\\b"
            + "|\\b(?:photocop\\w*|counterfeit\\w*|forger(?:y|ies))\\s+of\\s+(?:the\\s+)?(bills?)\\b"
            + "|\\b(bills?)\\b(?=[^.;]{0,40}\\blegal\\s+tender\\b)");

    /**
     * Words of lawmaking and of the policy debates a bill is argued in ("Congress", "vote", "the
     * act", "wiretap", "government"). A message with none of them speaks of bills as money or
     * invoices ("each bill has a serial number", "the bank sends you a bill") or names a Bill.
     * Whole words, and stems that any word may continue ("congressional", "senators").
     */
    private static final Set<String> LEGISLATION_WORDS = Set.of("lawmaker", "lawmakers", "vote", "votes", "voted", "voting",
            "committee", "committees", "subcommittee", "subcommittees", "hearing", "hearings", "passed", "passage", "provision",
            "provisions", "act", "acts", "law", "laws", "statute", "statutes", "representative", "representatives", "senator",
            "senators", "house", "crime", "telephony", "legal", "legally", "illegal", "fbi", "justice", "clinton", "administration",
            "government", "govt", "export", "exports", "encryption", "privacy", "reform", "budget", "tories", "labour");
    private static final String[] LEGISLATION_STEMS = {"congress", "senat", "legislat", "parliament", "sponsor", "introduc", "propos",
            "amend", "enact", "veto", "wiretap", "regulat", "appropriat"};
    /** "H.R. 3627", "S. 266", "Rep.", "Sen.". */
    private static final Pattern LEGISLATION_MARKS = Pattern.compile("\\b(?:h\\.\\s?r\\.\\s?\\d|s\\.\\s?\\d|rep\\.|sen\\.)");

    /** Whether the lower-case text holds a word of lawmaking ({@link #LEGISLATION_WORDS}, a stem, or a mark). */
    private static boolean speaksOfLawmaking(String lower) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isLetter(lower.charAt(i))) i++;
            int start = i;
            while (i < n && isLetter(lower.charAt(i))) i++;
            if (i - start < 3 || i - start > 20) continue;
            if (start > 0 && Character.isLetterOrDigit(lower.charAt(start - 1))) continue; // inside a word with digits
            String word = lower.substring(start, i);
            if (LEGISLATION_WORDS.contains(word)) return true;
            for (String stem : LEGISLATION_STEMS) {
                if (word.startsWith(stem)) return true;
            }
        }
        return LEGISLATION_MARKS.matcher(lower).find();
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** "bill" or "bills" in lower case, not in "bill of rights" (a capitalised "Bill" names one: "the Cantwell Bill"). */
    private static final Pattern BILL_WORD_ALONE = Pattern.compile("\\b(bills?)\\b(?!\\s+of\\s+(?i:rights)\\b)");

    /** The standing sentences of software licences and copyright notices, pasted with code. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)all\\s+rights\\s+reserved|"
            + "redistributions?\\s+(?:and\\s+use\\s+)?(?:of|in)\\s+(?:source|binary)|without\\s+any\\s+warranty|merchantability|"
            + "fitness\\s+for\\s+a\\s+particular\\s+purpose|in\\s+no\\s+event\\s+shall|are\\s+disclaimed|"
            + "free\\s+software;\\s+you\\s+can\\s+redistribute|you\\s+should\\s+have\\s+received\\s+a\\s+copy\\s+of\\s+the\\s+gnu|"
            + "above\\s+copyright\\s+notice|permission\\s+is\\s+hereby\\s+granted|provided\\s+(?:by\\s+the\\s+\\w+(?:\\s+\\w+)?\\s+)?\"as\\s+is\"|"
            // a GNU program's banner (gdb's): "There is NO WARRANTY, to the extent permitted by law."
            + "there\\s+is\\s+no\\s+warranty,?\\s+to\\s+the\\s+extent\\s+permitted\\s+by\\s+law");

    /** The standing sentences of mail disclaimers and company footers ("If you are not the intended recipient"). */
    private static final Pattern DISCLAIMER_TEXT = Pattern.compile("(?i)\\bif\\s+you\\s+(?:are|have)\\s+not\\s+(?:the|an)\\s+intended\\s+"
            + "recipient|other\\s+than\\s+the\\s+intended\\s+recipient|received\\s+this\\s+(?:e-?mail|message|communication)\\s+in\\s+"
            + "error|confidential\\s+and\\s+may\\s+(?:also\\s+)?be\\s+(?:legally\\s+)?privileged|may\\s+be\\s+legally\\s+privileged|"
            + "authori[sz]ed\\s+and\\s+regulated\\s+by|(?:is|are)\\s+regulated\\s+by\\s+the\\s+financial\\s+services\\s+authority|"
            // "Any dissemination, distribution or copying of the enclosed material is prohibited", "does not accept any liability for virus"
            + "\\b(?:any|the\\s+unauthori[sz]ed)\\s+(?:unauthori[sz]ed\\s+)?(?:use|review|retransmission|dissemination|disclosure|distribution|"
            + "copying|reproduction)\\b[^.]{0,120}?\\b(?:is|are)\\s+(?:strictly\\s+)?prohibited(?!\\s+by\\s+(?:law|statute))|"
            + "\\bthis\\s+communication\\s+is\\s+strictly\\s+prohibited|(?:persons?\\s+or\\s+)?entities\\s+other\\s+than\\s+the\\s+(?:intended\\s+)?recipient|"
            + "\\baccepts?\\s+(?:any|no)\\s+(?:liability|responsibility)\\s+for\\s+(?:any\\s+)?(?:virus|viruses|damage)|"
            // "either whole or partial, is prohibited" (a sentence of its own where the footer is double-spaced), "shall be liable
            // for the message if modified", "Our liability is limited to resupplying any affected attachments"
            + "\\b(?:whole\\s+or\\s+)?partial(?:ly)?,?\\s+(?:is|are)\\s+(?:strictly\\s+)?prohibited(?!\\s+by\\s+(?:law|statute))|"
            // "may contain confidential or legally privileged information", "Legal privilege is not waived by you reading this email"
            + "\\b(?:confidential|proprietary)\\s+(?:and|or|and/or)\\s+(?:legally\\s+)?privileged\\s+information|"
            + "\\blegal\\s+privilege\\s+is\\s+not\\s+waived|"
            // "intended only for the use of the recipient and may be confidential and/or legally privileged", "the
            // contents of this information is prohibited", "MSN shall not be responsible or liable for the advertisers' content"
            + "\\bmay\\s+be\\s+confidential\\s+(?:and|or|and/or)\\s+(?:legally\\s+)?privileged|"
            + "\\bcontents\\s+of\\s+this\\s+(?:information|message|e-?mail|communication)\\s+(?:is|are)\\s+(?:strictly\\s+)?prohibited|"
            + "\\b(?:microsoft|msn|yahoo!?|hotmail|aol|google)\\s+shall\\s+not\\s+be\\s+(?:held\\s+)?(?:responsible|liable)\\b|"
            + "\\bbe\\s+liable\\s+for\\s+(?:the|this)\\s+(?:message|e-?mail)\\s+if\\s+(?:it\\s+(?:is|has\\s+been)\\s+)?(?:modified|altered|falsified|changed)\\b|\\bour\\s+liability\\s+is\\s+limited\\s+to\\s+(?:resupplying|replacing)");

    /** A free mail service's footer: "Concerned about your privacy? Follow this link to get FREE encrypted email", "Microsoft respects your privacy." */
    private static final Pattern MAIL_SERVICE_TEXT = Pattern.compile("(?i)^\\W*concerned\\s+about\\s+your\\s+privacy\\?"
            + "|\\b(?:microsoft|msn|yahoo!?|hotmail|aol)\\s+respects\\s+your\\s+privacy\\b");

    /** A company's register entry in its footer ("Registered office: Bremen ... Court of register: Amtsgericht Bremen HRB 1321"). */
    private static final Pattern REGISTER_TEXT = Pattern.compile("(?i)\\b(?:registered\\s+office|court\\s+of\\s+regist(?:er|ry|ration)|"
            + "register\\s+court|amtsgericht|registergericht|handelsregister)\\b");

    /** {@link #hints} bits: which lookalikes a text can hold at all. */
    static final long BILL_NAME = 1L;
    static final long LAW = 2L;
    static final long IMPORT_WORD = 4L;
    static final long WARRANT = 8L;
    static final long BILL_WORD = 16L;
    static final long LICENCE = 32L;
    static final long JUDGE = 64L;
    static final long RIGHTS = 128L;
    static final long BILL_NOT_LAW = 256L;
    static final long COURT = 512L;
    static final long DISCLAIMER = 1024L;
    static final long ILLEGAL = 2048L;
    static final long POLICY = 4096L;
    static final long FOUND = 8192L;
    static final long PENALTY = 16384L;
    static final long GUILT = 32768L;
    static final long PRODUCT_NAME = 65536L;
    static final long EXPORT_WORD = 131072L;
    static final long NOTICE_WORD = 262144L;
    static final long RULED = 524288L;
    static final long REGISTER = 1048576L;
    static final long MANDATE_WORD = 2097152L;
    static final long POLICY_NOT_PUBLIC = 4194304L;
    static final long CONTRIBUTED = 8388608L;
    static final long GRANTED = 16777216L;
    static final long EXPORT_NOT_TRADE = 33554432L;
    static final long NAME = 67108864L;
    static final long TAX = 134217728L;
    static final long MAIL_SERVICE = 268435456L;
    static final long LICENCE_WORD = 536870912L;
    static final long CONGRESS = 1073741824L;
    static final long POLICE = 1L << 31;
    static final long JAIL = 1L << 32;
    static final long PRECEDENT = 1L << 33;
    static final long REGULATOR = 1L << 34;
    static final long BAN = 1L << 35;
    static final long CONTRACT = 1L << 36;
    static final long LIABLE = 1L << 37;
    static final long OUTLAWS = 1L << 38;
    static final long VALID = 1L << 39;
    static final long DRAWBACK = 1L << 40;
    static final long TRADE_AUTHORIZED = 1L << 41;

    /** An anchor word's start and the {@link #hints} bits it sets. */
    private record Hint(String prefix, long bits) {
    }

    /**
     * A lookalike that a pattern finds near its word: tried, when its hint bit is set, from
     * {@code before} characters before each place of the word to {@code after} characters past it.
     */
    private record Near(String word, long hint, int before, int after, Pattern pattern) {
    }

    /** In the order they are blanked. */
    private static final List<Near> NEAR = List.of(new Near("law", LAW, 24, 4, EPONYMOUS), new Near("law", LAW, 0, 40, OF_NATURE),
            new Near("warrant", WARRANT, 16, 10, WARRANT_VERB), new Near("judge", JUDGE, 16, 32, JUDGE_VERB),
            new Near("rights", RIGHTS, 16, 28, PERMISSIONS), new Near("bill", BILL_WORD, 24, 24, INVOICE),
            new Near("court", COURT, 10, 9, COURT_IDIOM), new Near("court", COURT, 64, 6, BALL_IN_COURT), new Near("illegal", ILLEGAL, 0, 48, TECHNICAL_ILLEGAL),
            new Near("polic", POLICY, 26, 20, PRIVATE_POLICY), new Near("discovery", FOUND, 12, 16, FINDING),
            new Near("penalt", PENALTY, 22, 48, COST), new Near("guilty", GUILT, 40, 14, GUILT_FELT),
            new Near("privacy", PRODUCT_NAME, 13, 16, PRODUCT), new Near("copyright", NOTICE_WORD, 12, 14, NOTICE),
            new Near("ruled", RULED, 0, 16, RULED_OUT), new Near("tax", TAX, 100, 90, TAX_LOOKALIKE),
            new Near("licen", LICENCE_WORD, 0, 20, LICENCE_THING), new Near("congress", CONGRESS, 12, 8, CONGRESS_LIBRARY),
            new Near("police", POLICE, 12, 70, POLICING), new Near("jail", JAIL, 60, 100, JAIL_MACHINE),
            new Near("regulat", REGULATOR, 16, 40, ELECTRIC_REGULATION), new Near("ban", BAN, 20, 80, BAN_ADDRESSES),
            new Near("liable", LIABLE, 0, 24, LIKELY), new Near("outlaws", OUTLAWS, 24, 12, OUTLAWS_NOUN),
            new Near("legal", VALID, 80, 40, TECHNICAL_LEGAL), new Near("liabilit", DRAWBACK, 40, 24, A_LIABILITY),
            new Near("authori", TRADE_AUTHORIZED, 0, 60, AUTHORIZED_SELLER));

    /**
     * A word that is no legal term in a sentence that {@code context} finds words of a program in and
     * that holds no word of the law ({@link #LAW_BESIDE}): {@code blanked} blanks each form of it
     * there. Tried where its hint bit is set and the sentence holds {@code word}.
     */
    private record InProgram(String word, long hint, Pattern context, Pattern blanked) {
    }

    /** A program's authorization beside its logins, a precedent or a contract in its code. */
    private static final List<InProgram> IN_PROGRAM = List.of(new InProgram("authori", GRANTED, ACCESS_OR_CODE, GRANT),
            new InProgram("precedent", PRECEDENT, CODE_OR_INTERFACE, PRECEDENT_WORD), new InProgram("contract", CONTRACT, CODE_OR_INTERFACE, CONTRACT_WORD));

    /**
     * The hints: the words of standing text and of "import", and the word of each lookalike found
     * near its word ({@link #NEAR}; "law" and "bill" are read more closely in {@link #hints}) or in a
     * program's sentence ({@link #IN_PROGRAM}).
     */
    private static final List<Hint> HINTS = Stream.concat(Stream.of(new Hint("import", IMPORT_WORD), new Hint("export", EXPORT_WORD),
            new Hint("mandat", MANDATE_WORD), new Hint("forbid", MANDATE_WORD), new Hint("prohibit", MANDATE_WORD),
            new Hint("licen", CONTRIBUTED), new Hint("copyright", CONTRIBUTED), new Hint("rights", LICENCE),
            new Hint("copyright", LICENCE), new Hint("licen", LICENCE), new Hint("liab", LICENCE | DISCLAIMER), new Hint("legal", DISCLAIMER),
            new Hint("illegal", DISCLAIMER), new Hint("prohibit", DISCLAIMER), new Hint("authori", DISCLAIMER), new Hint("regulat", DISCLAIMER),
            new Hint("court", REGISTER), new Hint("privacy", MAIL_SERVICE)),
            Stream.concat(NEAR.stream().filter(n -> n.hint() != LAW && n.hint() != BILL_WORD).map(n -> new Hint(n.word(), n.hint())),
                    IN_PROGRAM.stream().map(p -> new Hint(p.word(), p.hint())))).toList();

    /** {@link #HINTS} by the first letter of their prefix, so that an anchor word is compared with its own letter's only. */
    private static final Hint[][] HINTS_BY_FIRST = byFirst();

    private static Hint[][] byFirst() {
        Hint[][] out = new Hint[128][];
        for (char c = 0; c < 128; c++) {
            final char letter = c;
            out[c] = HINTS.stream().filter(h -> h.prefix().charAt(0) == letter).toArray(Hint[]::new);
        }
        return out;
    }

    /**
     * Standing text of one kind: its {@link #hints} bit, words of which each of its sentences holds
     * one (looked for first: the pattern is dearer), and the pattern that finds it.
     */
    private record Standing(long hint, List<String> words, Pattern pattern) {
        boolean mayHold(String lower) {
            for (String w : words) {
                if (lower.indexOf(w) >= 0) return true;
            }
            return false;
        }
    }

    private static final List<Standing> STANDING = List.of(
            new Standing(LICENCE, List.of("reserved", "redistribut", "warranty", "merchantab", "disclaimed", "hereby", "copyright",
                    "\"as", "no event", "particular purpose", "received a copy"), BOILERPLATE),
            new Standing(DISCLAIMER, List.of("recipient", "privilege", "regulated by", "in error", "prohibited", "virus", "liable for th",
                    "liability is limited",
                    "damage"), DISCLAIMER_TEXT),
            new Standing(REGISTER, List.of("regist", "amtsgericht", "handelsregister"), REGISTER_TEXT),
            new Standing(MAIL_SERVICE, List.of("your privacy"), MAIL_SERVICE_TEXT));

    /**
     * Whether the sentence is a licence's or a copyright notice's standing text ("Redistributions of
     * source code must retain the above copyright notice", "WITHOUT ANY WARRANTY") or a mail
     * disclaimer's ("If you are not the intended recipient, ... is prohibited"), a company's
     * register entry ("Court of register: Amtsgericht Bremen") or a free mail service's footer
     * ("Concerned about your privacy?"): legal words, but nobody's claim or topic.
     */
    static boolean boilerplate(String sentence, String lower, long hints) {
        for (Standing st : STANDING) {
            if ((hints & st.hint()) != 0 && st.mayHold(lower) && st.pattern().matcher(sentence).find()) return true;
        }
        return false;
    }


    /**
     * Which lookalikes a message can hold, read off its claim anchor words ({@link Words#anchors}:
     * start offsets in {@code lower}, the message's lower-case text; {@code clean} for the
     * capitalised "Bill"), so that its sentences are looked at only for those and a message without
     * them costs nothing more. A message with "bill" is also read once for words of lawmaking
     * ({@link #BILL_NOT_LAW} when it has none), and the bits of standing text ({@link #LICENCE},
     * {@link #DISCLAIMER}) stay set only where the message holds one of that text's words.
     */
    static long hints(String clean, String lower, int[] anchors) {
        long h = 0;
        for (int a : anchors) {
            if (a > 0 && NAME_JOINS.indexOf(lower.charAt(a - 1)) >= 0) h |= NAME; // "alt.privacy", "/cpsr/privacy/"
            if (lower.startsWith("bill", a)) {
                if ((h & BILL_WORD) == 0 && !speaksOfLawmaking(lower)) h |= BILL_NOT_LAW;
                h |= BILL_WORD;
                if (clean.charAt(a) == 'B') h |= BILL_NAME;
            } else if (lower.startsWith("law", a)) {
                if (lawLookalikeAt(lower, a)) h |= LAW;
                h |= LICENCE; // "to the extent permitted by law" of a licence's standing text; kept below only beside its words
            } else {
                char first = lower.charAt(a);
                if (first >= 128) continue;
                for (Hint hint : HINTS_BY_FIRST[first]) {
                    if (lower.startsWith(hint.prefix(), a)) h |= hint.bits();
                }
            }
        }
        for (Standing st : STANDING) {
            if ((h & st.hint()) != 0 && !st.mayHold(lower)) h &= ~st.hint(); // no sentence of it can hold that text
        }
        if ((h & POLICY) != 0 && !PUBLIC_AFFAIRS.matcher(lower).find()) h |= POLICY_NOT_PUBLIC;
        if ((h & EXPORT_WORD) != 0 && !TRADE_OR_AFFAIRS_BESIDES_EXPORT.matcher(lower).find()) h |= EXPORT_NOT_TRADE;
        for (String mark : NAME_MARKS) {
            if (lower.contains(mark)) return h | NAME;
        }
        return h;
    }

    /** Whether the "law" or "laws" at {@code a} follows a word in "s" or "'" ("Moore's law", "Greshams law") or comes before "of" ("laws of physics"). */
    private static boolean lawLookalikeAt(String lower, int a) {
        int b = a;
        while (b > 0 && Character.isWhitespace(lower.charAt(b - 1))) b--;
        if (b < a && b >= 1 && (lower.charAt(b - 1) == 's' || lower.charAt(b - 1) == '\'')) return true; // "Moore's", "Greshams"
        int e = a + 3;
        if (e < lower.length() && lower.charAt(e) == 's') e++;
        int f = e;
        while (f < lower.length() && Character.isWhitespace(lower.charAt(f))) f++;
        return f > e && lower.startsWith("of", f);
    }

    /** The sentence with its lookalikes blanked out (letters replaced, so every offset stays). */
    static String mask(String sentence, String lower, long hints) {
        char[] out = null;
        if ((hints & BILL_NAME) != 0 && sentence.indexOf("Bill") >= 0) {
            Matcher m = BILL.matcher(sentence);
            while (m.find()) {
                if (!person(sentence, m.start(), m.end())) continue;
                if (out == null) out = sentence.toCharArray();
                blank(out, m.start(), m.end());
            }
        }
        if ((hints & IMPORT_WORD) != 0 && lower.indexOf("mport") >= 0) {
            if (PROGRAM.matcher(sentence).find()) out = blankAll(sentence, out, IMPORT);
            else if (!TRADE.matcher(lower).find()) out = blankAll(sentence, out, IMPORT_VERB);
            else out = blankGroups(sentence, out, WEIGHT);
        }
        if ((hints & NAME) != 0) out = blankNetNames(sentence, out);
        if ((hints & EXPORT_NOT_TRADE) != 0 && lower.indexOf("xport") >= 0) out = blankAll(sentence, out, EXPORT);
        if ((hints & EXPORT_WORD) != 0 && lower.indexOf("xport") >= 0) {
            out = blankGroups(sentence, out, EXPORT_COMMAND);
            if (!TRADE_BESIDES_EXPORT.matcher(lower).find()) {
                out = EXPORT_PROGRAM.matcher(sentence).find() ? blankAll(sentence, out, EXPORT) : blankGroups(sentence, out, FILE_EXPORT);
            }
        }
        if ((hints & MANDATE_WORD) != 0 && (lower.indexOf("mandat") >= 0 || lower.indexOf("forbid") >= 0 || lower.indexOf("prohibit") >= 0) && SPEC_OR_CODE.matcher(sentence).find()
                && !GOVERNMENT.matcher(lower).find()) {
            out = blankAll(sentence, out, MANDATE);
        }
        if ((hints & CONTRIBUTED) != 0 && (lower.indexOf("licen") >= 0 || lower.indexOf("copyright") >= 0)
                && CONTRIBUTION.matcher(sentence).find() && DUTY.matcher(sentence).find() && !GOVERNMENT.matcher(lower).find()) {
            out = blankAll(sentence, out, CONTRIBUTION_TERMS);
        }
        for (InProgram p : IN_PROGRAM) {
            if ((hints & p.hint()) != 0 && lower.indexOf(p.word()) >= 0 && p.context().matcher(sentence).find()
                    && !LAW_BESIDE.matcher(lower).find()) {
                out = blankAll(sentence, out, p.blanked());
            }
        }
        if ((hints & BILL_NOT_LAW) != 0) out = blankGroups(sentence, out, BILL_WORD_ALONE);
        if ((hints & POLICY_NOT_PUBLIC) != 0 && lower.indexOf("polic") >= 0) out = blankGroups(sentence, out, POLICY_WORD);
        // each pattern runs only near its word: the patterns are dearer than the look for the word
        for (Near n : NEAR) {
            if ((hints & n.hint()) != 0) out = blankNear(sentence, lower, out, n);
        }
        return out == null ? sentence : new String(out);
    }

    /**
     * {@code out} (a copy of the sentence made on first use) with the matched groups of {@code n}'s
     * pattern blanked, tried only in its window around each place of its word in the lower-case text.
     */
    private static char[] blankNear(String sentence, String lower, char[] out, Near n) {
        String word = n.word();
        for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
            Matcher m = n.pattern().matcher(sentence).region(Math.max(0, i - n.before()), Math.min(sentence.length(), i + word.length() + n.after()));
            out = blankGroups(sentence, out, m.useTransparentBounds(true));
        }
        return out;
    }

    /**
     * {@code out} (a copy of the sentence made on first use) with every {@link #NET_NAME} blanked, as
     * {@code blankAll(sentence, out, NET_NAME)} would, but tried only in the runs of non-white
     * characters that hold a mark one of its forms needs: no form of it spans white space, and each
     * holds an {@code @}, a {@code /}, a {@code :} or a dot with more after it. Most of a sentence is
     * words without them, where the pattern's five forms were tried at every letter.
     */
    static char[] blankNetNames(String sentence, char[] out) {
        int n = sentence.length();
        Matcher m = null;
        int i = 0;
        while (i < n) {
            while (i < n && white(sentence.charAt(i))) i++;
            int start = i;
            boolean mark = false;
            for (; i < n; i++) {
                char c = sentence.charAt(i);
                if (white(c)) break;
                if (c == '@' || c == '/' || c == ':' || c == '.' && i + 1 < n && !white(sentence.charAt(i + 1))) mark = true;
            }
            if (!mark) continue;
            if (m == null) m = NET_NAME.matcher(sentence).useTransparentBounds(true);
            m.region(start, i);
            while (m.find()) {
                if (out == null) out = sentence.toCharArray();
                blank(out, m.start(), m.end());
            }
        }
        return out;
    }

    /** Whether {@code c} is white space as {@code \s} of {@link #NET_NAME} reads it. */
    private static boolean white(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code out} (a copy of the sentence made on first use) with every match of {@code p} blanked. */
    private static char[] blankAll(String sentence, char[] out, Pattern p) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            if (out == null) out = sentence.toCharArray();
            blank(out, m.start(), m.end());
        }
        return out;
    }

    /** {@code out} (a copy of the sentence made on first use) with the matched group of every match of {@code p} blanked. */
    private static char[] blankGroups(String sentence, char[] out, Pattern p) {
        return blankGroups(sentence, out, p.matcher(sentence));
    }

    /** {@code out} (a copy of the sentence made on first use) with the matched groups of every match {@code m} finds blanked. */
    private static char[] blankGroups(String sentence, char[] out, Matcher m) {
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) < 0) continue;
                if (out == null) out = sentence.toCharArray();
                blank(out, m.start(g), m.end(g));
            }
        }
        return out;
    }

    /**
     * Whether the "Bill" at [start, end) is a person: not followed by "of" or a number ("Bill of
     * Rights", "Bill 266"), and followed by a capitalised word ("Bill Gates") or with no determiner
     * or name right before it ("to Bill", "as Bill has", a sentence that starts "Bill is"; not
     * "the Bill", "Cantwell Bill").
     */
    private static boolean person(String s, int start, int end) {
        int n = end;
        while (n < s.length() && s.charAt(n) == ' ') n++;
        if (n < s.length() && (s.regionMatches(true, n, "of", 0, 2) && (n + 2 == s.length() || !Character.isLetter(s.charAt(n + 2)))
                || Character.isDigit(s.charAt(n)))) {
            return false; // "Bill of Rights", "Bill 266"
        }
        if (n > end && n < s.length() && Character.isUpperCase(s.charAt(n))) return true;
        int b = start;
        while (b > 0 && s.charAt(b - 1) == ' ') b--;
        if (b == start && start > 0) return false; // "Cantwell-Bill", "(Bill": another mark, leave it
        int w = b;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) w--;
        if (w == b) return true; // the sentence starts here, or after a comma
        String before = s.substring(w, b);
        return !Character.isUpperCase(before.charAt(0)) && !DETERMINERS.contains(before.toLowerCase(Locale.ROOT));
    }

    private static void blank(char[] out, int start, int end) {
        for (int i = start; i < end; i++) out[i] = 'q';
    }
}
