package org.listscope.parse.segment;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.listscope.model.Author;
import org.listscope.parse.Addresses;

/**
 * Recognises attribution lines: {@code On <date>, <name> wrote:} (also wrapped over two lines, and
 * behind Yahoo! Mail's {@code --- }), the same in other languages ({@code Le <date>, <name> a
 * \u00e9crit :}, {@code En date de : <date>, <name> a \u00e9crit :}, {@code Am <date> schrieb
 * <name>:}, {@code Il <date>, <name> ha scritto:}), {@code At <time> <date>, <name> wrote:},
 * {@code In article <id>, <name> writes:}, {@code In list.cypherpunks, <name> writes:}, MH's
 * {@code In message <date>, <name> writes:}, mutt's {@code * <name> <addr> [<date>]:},
 * {@code According to <name>:}, {@code Quoting <name>:}, Supercite's {@code "tag" == <name> <addr>
 * writes:}, The Bat!'s {@code <date>, you wrote:} and other forms that name the quoted author "you"
 * (no name: a reply the list was copied on), bare {@code <name> [<addr>] wrote:} /
 * {@code said:} / {@code says:} / {@code writes:} (also wrapped before the verb, and with an adverb:
 * {@code Tim also writes:}), a full name alone with a colon ({@code Tim May:}), a date with its
 * weekday first and no "On", and the writer's own {@code I wrote:} ({@link #byWriter}). A dated line
 * whose name the archive turned into question marks, with no address, names nobody. Forms that
 * carry a date are strong; bare forms and the "you" forms without a date count only where a quote
 * follows (the caller checks).
 */
final class AttributionDetector {

    static final String VERB = "(?:wrote|writes|said|says|wrote the following|schrieb|a .{1,2}crit|ha scritto|escribi.{1,2}"
            + "|escreveu|schreef|napisa.{1,2}(?:\\(a\\))?|skrev|kirjoitti|disait|quipped|quoth|scrawled|sez|opined)";
    /** How {@link #VERB}'s verbs end, where their last letters are given. */
    private static final List<String> VERB_ENDS = List.of("wrote", "writes", "said", "says", "following", "schrieb", "crit", "scritto",
            "escreveu", "schreef", "skrev", "kirjoitti", "disait", "quipped", "quoth", "scrawled", "sez", "opined");
    /** {@link #VERB}'s verbs whose last one or two letters may be any (an accent lost or mangled), and "(a)" after them. */
    private static final List<String> VERB_STEMS = List.of("escribi", "napisa");
    /** Parts of the verbs ({@link #VERB}, {@link #NARRATED}, "you write") that {@link #mentionsVerb} looks for. */
    private static final List<String> VERB_CUES = List.of("wrote", "writes", "you write", "said", "says", "quipped", "scrawled",
            "sez", "opined", "quoth", "disait", "schrieb", "crit", "escri", "escre", "skrev", "scritto", "schreef", "napisa", "kirjoitti", "responded",
            "replied", "answered", "retorted", "asked", "added", "countered", "asks", "replies", "responds", "answers",
            "stated");
    /**
     * Words between a bare or narrated attribution's name and its verb: {@code Tim also writes:},
     * {@code Black Unicorn once said:}, {@code Phil Karn allegedly asks:}, {@code lefty@apple.com
     * might have said:}; with the white space after them.
     */
    private static final String ADVERB = "(?:(?:also|once|just|then|later|recently|allegedly|incisively|might have|quoted then"
            + "|is believed to have|is alleged to have)\\s+)?";
    /** The verbs of {@link #REPORTED}, each in the present and the past, and a few more. */
    private static final List<String> REPORTING_VERBS = List.of("comments", "commented", "notes", "noted", "adds", "continues",
            "continued", "suggests", "suggested", "remarks", "remarked", "explains", "explained", "states", "posits", "posited",
            "opines", "proposes", "proposed", "wonders", "wondered", "ponders", "pondered", "elaborates", "scribbles",
            "scribbled", "speaks", "spake", "spoke", "quotes", "forwards", "forwarded", "contributed",
            "rants", "ranted", "flames", "argues", "argued", "claims", "claimed", "observes", "observed", "insists", "mentions",
            "mentioned", "declares", "muses", "mused", "complains", "complained", "exclaims", "exclaimed", "counters",
            "interjects", "points out", "pointed out", "queries", "queried", "inquires", "inquired");
    /** {@link #REPORTING_VERBS} for lookups of one word ({@link #nameWord}). */
    private static final Set<String> REPORTING_VERB_SET = Set.copyOf(REPORTING_VERBS);
    /** What {@link #mentionsVerb} looks for: {@link #VERB_CUES} and {@link #REPORTING_VERBS} in one list. */
    private static final String[] MENTIONED = Stream.concat(VERB_CUES.stream(), REPORTING_VERBS.stream())
            .distinct().toArray(String[]::new);
    /** The words that open a dated attribution, in the languages mailers write it (Yahoo!'s French "En date de :" aside). */
    private static final String ON_WORDS = "On|Le|Il giorno|Il|Am|El|Em|Op|Dnia|Den|P\u00e5";
    /**
     * {@code On <date>, <name> wrote:}; Gmail's address may run into the verb ({@code <ann at
     * example.org>wrote:}), and a French colon's no-break space may have become {@code ?}.
     */
    private static final Pattern ON = Pattern.compile(
            "(?:" + ON_WORDS + "|En date de\\s*\\S?\\s*:)\\s+(.+?),?(?:\\s+|(?<=>))" + VERB + "[\\s\u00a0?]*:", Pattern.CASE_INSENSITIVE);
    /**
     * A date in figures first, with no word before it: old Gmail's {@code 2007/6/12, NAME wrote:}, a
     * Finnish Thunderbird's {@code 11.01.2011 01:26, NAME kirjoitti:}, one whose "On" lost its "O".
     */
    private static final Pattern FIGURES_FIRST = Pattern.compile(
            "(?:\\p{L}\\s+)?(\\d{1,4}[/.]\\d{1,2}[/.]\\d{1,4}\\b.*?),?(?:\\s+|(?<=>))" + VERB + "[\\s\u00a0?]*:", Pattern.CASE_INSENSITIVE);
    /**
     * A date with its weekday first and no "On": The Bat!'s {@code Friday, May 27, 2005, 11:08:10 PM,
     * NAME wrote:}, {@code Tue, 24 Feb 2009 17:35:14 +0100, NAME <ADDR> wrote:}, one whose "On" lost
     * its "O" ({@code n Fri, 03 Mar 2006 ...}).
     */
    private static final Pattern WEEKDAY_FIRST = Pattern.compile(
            "(?:\\p{L}\\s+)?((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+.*?\\d.*?),?(?:\\s+|(?<=>))" + VERB + "[\\s\u00a0?]*:");
    /**
     * Marks before a dated attribution: an HTML mail's bold ({@code **On ...}), Mulberry's {@code
     * --On DATE NAME wrote:}, a mailer's {@code |--==> On ...}, a stray backslash, or one or two
     * letters glued to it ({@code WfOn Fri, ...}: a line's end lost before it).
     */
    private static final Pattern MARKS_BEFORE_ON = Pattern.compile(
            "^(?:\\*+|--|\\|--==>\\s*|\\\\|\\p{L}{1,2}(?=On\\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),))(?=On\\s)");
    private static final Pattern ON_START = Pattern.compile("(?:" + ON_WORDS + "|En date de)\\s", Pattern.CASE_INSENSITIVE);
    /** Yahoo! Mail's rule before its attribution: {@code --- On Tue, 2/3/09, Ann <ann at example.org> wrote:}. */
    private static final Pattern YAHOO_RULE = Pattern.compile("-{2,3}\\s+(?=(?:On|Le|Am|El|Il|Op)\\s|En date de)");
    /** A story's next attribution of the same person: {@code He writes:}, {@code She also said:}, {@code And he adds:}. */
    private static final Pattern PRONOUN = Pattern.compile("(?:[Aa]nd\\s+|[Tt]hen\\s+|[Ll]ater,?\\s+)?(?:[Hh]e|[Ss]he)\\s+"
            + "(?:also\\s+|then\\s+|further\\s+|later\\s+|goes\\s+on\\s+to\\s+|went\\s+on\\s+to\\s+)?"
            + "(?:writes|wrote|says|said|adds|added|continues|continued|replies|replied|asks|asked)\\s*:");
    /** The writer quoting themselves: {@code I wrote:}, {@code On <date>, I wrote:}. */
    private static final Pattern SELF = Pattern.compile("(?:(?:On|At)\\s+(.+?\\d.*?),?\\s+)?I\\s+(?:wrote|write|said)\\s*:");
    /** An attribution's verb alone on a line, the end of a wrapped attribution: {@code wrote:}, {@code a \u00e9crit :}. */
    private static final Pattern VERB_ALONE = Pattern.compile(VERB + "[\\s\u00a0?]*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("At\\s+(.+?\\d.*?),\\s+(.+?)\\s+" + VERB + "\\s*:");
    private static final Pattern IN_ARTICLE = Pattern.compile(
            "In(?: article| message)?\\s+(?:<[^>]*>|\\S+@\\S+|list\\.[\\w.-]+|[a-z]+\\.[a-z][\\w-]*(?:\\.[\\w-]+)*),?\\s+(.+?)\\s+"
                    + VERB + "\\s*:");
    /** Mutt's {@code attribution} setting as many write it: {@code * Ann Lee <ann at example.org> [2006-04-10 14:12:38 +0200]:}. */
    private static final Pattern MUTT_STAR = Pattern.compile("\\*\\s+(.+?)\\s+\\[(\\d{4}-\\d\\d-\\d\\d[^\\]]*)\\]\\s*:");
    /**
     * Other mutt settings: the name and a bracketed date in another form, with or without the star,
     * {@code Kevin Howe [Fri, Dec 12, 2003 at 03:38:46PM -0500]:}, {@code * Ann Lee <ann at
     * example.org> [111203, 13:28]:}; the date is read where it can be.
     */
    private static final Pattern MUTT_BRACKETS = Pattern.compile("(?:\\*\\s+)?(.+?)\\s+\\[([^\\]]*\\d[^\\]]*)\\]\\s*:");
    /** {@code In a message of <date>, <name> writes:}, {@code In message <date>, <name> writes:} (exmh, MH). */
    private static final Pattern IN_MESSAGE_OF = Pattern.compile(
            "In (?:a )?[Mm]essage (?:of )?(.+?\\d.*?),\\s+(.+?)\\s+" + VERB + "\\s*:");
    private static final Pattern AM_SCHRIEB = Pattern.compile("Am\\s+(.+?\\d.*?),?\\s+schrieb\\s+(.+?)\\s*:");
    /**
     * The verb between the date and the name, as Evolution writes it in Swedish, Danish and
     * Norwegian: {@code tis 2002-08-20 klockan 22.40 skrev Itamar Shtull-Trauring:}, {@code 2004-11-16
     * kl. 19.57 skrev Eric Mangold:}.
     */
    private static final Pattern SKREV = Pattern.compile("(.*?\\d.*?),?\\s+skrev\\s+(.+?)\\s*:");
    /** The time of day in {@link #SKREV}'s date: {@code klockan 22.40}, {@code kl. 19.57}. */
    private static final Pattern KLOCKAN = Pattern.compile("\\s+(?:klockan|kl\\.)\\s+(\\d{1,2})[.:](\\d{2})\\b");
    /**
     * An address and a comment in parentheses, as an old From header shows them, with or without a
     * verb: {@code rarachel@prism.poly.edu (Arsen Ray Arachelian):}, {@code loki@convex1.TCS.Tulane.EDU
     * (the mischeivious god) said:}. The comment names the author where it reads as a name, else the
     * address does; without a verb it must read as one.
     */
    private static final Pattern ADDRESS_COMMENT = Pattern.compile(
            "([^\\s@()<>]+@[\\w.-]+\\.\\w+)\\s+\\(([^()]+)\\)(\\s+" + VERB + ")?\\s*:", Pattern.CASE_INSENSITIVE);
    /**
     * A bare attribution with more words between the verb and the colon: when ({@code Jp Calderone
     * wrote on Mon, Feb 03 2003 (10:52:57 -0500):}, {@code itamar wrote on 2004-10-22:}), where
     * ({@code glyph at divmod.com wrote in the "Teach Me Twisted Redux" thread:}) or about what
     * ({@code Paul Robichaux wrote, regarding the NetCash proposal:}, {@code Brian D Williams <...>
     * wrote (re TRIGGERFISH):}); not where the words say whose the quote is ({@code wrote, quoting
     * Detweiler:}, {@code writes (quotes are Eric Hughes):}).
     */
    private static final Pattern WROTE_MORE = Pattern.compile("(.+?)\\s+(?:wrote|writes|said)(?:\\s+on\\s+(.*?\\d.*?)"
            + "|\\s+in\\s+(?:the|a|an|his|her|their|your|my)\\s+.+?|\\s+about\\s+.+?|\\s*\\((?![^()]*quot)[^()]+\\)"
            + "|,\\s*(?:regarding|re|about|concerning|in reply to|in response to)\\s+.+?)\\s*:");
    /** The writer speaking of themselves: {@code I've said in a previous post:} names nobody else. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)(?:I|I'\\w+|we|we'\\w+)");
    private static final Pattern ACCORDING = Pattern.compile("(?:According to|Selon)\\s+(.+?)\\s*:");
    private static final Pattern QUOTING = Pattern.compile("Quoting\\s+(.+?)\\s*:");
    /**
     * The verb before the name: {@code Quoth Itamar:}, {@code Quoth Jim Bidzos, verily I saith unto
     * thee:}, {@code THUS SPAKE Karl Lui Barrus <klbarrus@owlnet.rice.edu>:}, {@code writes Hal Finney:}.
     */
    private static final Pattern QUOTH = Pattern.compile(
            "(?:[Qq]uoth|QUOTH|[Tt]hus\\s+spake|THUS\\s+SPAKE|writes)\\s+(.+?)(?:,\\s*verily\\s+I\\s+(?:saith|say|said)\\s+unto\\s+thee)?\\s*:");
    /**
     * Gmail's attribution without a verb, a date and the sender with the address: of 2008-2010, the
     * date in figures, {@code 2008/8/6 Nadav Aharony <nadav at mit.edu>:}, {@code 2014-01-25 Dustin J.
     * Mitchell <dustin at v.igoro.us>:}, and with the time and zone of 2014-2017, {@code 2015-04-29
     * 0:33 GMT+08:00 Louis D. Burr <ldanielburr at me.com>:}; in Russian, the weekday first, {@code
     * \u0441\u0431, 20 \u044f\u043d\u0432. 2018 \u0433. \u0432 9:10, Glyph <glyph at twistedmatrix.com>:}, {@code
     * \u043f\u043d, 29 \u044f\u043d\u0432. 2018 \u0433., 16:52 Ilya Skriblovsky <ilyaskriblovsky at gmail.com>:} (a
     * date {@link AttributionDates} does not read).
     */
    private static final Pattern DATE_AND_SENDER = Pattern.compile(
            "((?:\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}\\b|(?:\u043f\u043d|\u0432\u0442|\u0441\u0440|\u0447\u0442|\u043f\u0442|\u0441\u0431|\u0432\u0441),\\s+\\d)"
                    + "[^<>]*<[^<>\\s]+(?:\\s+at\\s+[^<>\\s]+)?>)\\s*:");
    /**
     * A reply told as a story: {@code To which Julf replied:}, {@code And then Peter Davidson
     * responded:} (after the {@link #LEAD_IN}), {@code Crim Tideson asked:}, in the present too
     * ({@code Phil Karn asks:}), and one mailer's {@code Bob Stratton stated in the last message:}.
     * The name must read as one, as a bare attribution's.
     */
    private static final Pattern NARRATED = Pattern.compile("(.+?)\\s+" + ADVERB
            + "(?:responded|replied|answered|retorted|asked|added|countered|asks|replies|responds|answers"
            + "|stated in the last message)\\s*:");
    /**
     * Reported speech with a verb of the many writers use ({@code Perry E. Metzger posits:}, {@code
     * Sameer Parekh opines:}, {@code Jeffrey I. Schiller scribbles:}); trusted for a full name or an
     * address only ({@link #fullNameOrAddress}), as "Release notes:" and the like read so too.
     */
    private static final Pattern REPORTED = Pattern.compile(
            "(.+?)\\s+" + ADVERB + "(?:" + String.join("|", REPORTING_VERBS) + ")\\s*:");
    /**
     * A full name, an aside between commas, the verb: {@code Eric Hughes, replying to somebody,
     * says:}, {@code Tyler Yip, UnixWeenie(tm), asks:}; the name must be a full name
     * ({@link #fullNameOrAddress}).
     */
    private static final Pattern ASIDE = Pattern.compile("(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,3}),\\s+[^,]{2,60},\\s+"
            + "(?:" + VERB + "|asks|asked|replies|replied|responds|responded)\\s*:");
    /** A mailer's banner above the quote: {@code begin  Glyph Lefkowitz quotation:} (its end line follows the quote). */
    private static final Pattern BEGIN_QUOTATION = Pattern.compile("begin\\s+(.+?)\\s+quotation\\s*:");
    /**
     * A Russian mailer's attribution whose Cyrillic a text archive turned into {@code ?} ("пишет:",
     * "написал(а):"): {@code Christopher Armstrong ?????:}, {@code ? ???, 24.09.2005, ? 01:32, Jp
     * Calderone ?????:}, {@code 9 ???? 2012, 15:52, ?/? "Thorne, Stephen" <stephen at thorne.id.au>
     * ??????:} (twisted-python 2003-2015); groups the date, the name.
     */
    private static final Pattern MANGLED_CYRILLIC = Pattern.compile("(?:(.*\\d[^,]*),\\s+)?(?:\\?/\\?\\s+)?([^?\\s].*?)\\s+\\?{5,6}:");
    /** Emacs Supercite: {@code "glyph" == glyph <glyph at divmod.com> writes:}. */
    private static final Pattern SUPERCITE = Pattern.compile("\"[^\"]{1,40}\"\\s*==\\s*(.+?)\\s+writes\\s*:");
    /** The Bat!: {@code Tuesday, April 22, 2003, 10:48:27 PM, you wrote:}, the quoted author unnamed. */
    private static final Pattern THE_BAT = Pattern.compile("(\\w+, .*?\\d.*?),\\s+you\\s+wrote\\s*:");
    /**
     * A reply sent to its author and copied to the list names the quoted author "you": {@code You
     * wrote:}, {@code In article <id>, you write:}, {@code In message <id>you write:}, {@code In
     * list.cypherpunks you write:}, {@code On Sunday 29 April 2001 00:33, you wrote:}. One with a
     * date or a message id is strong.
     */
    private static final Pattern YOU = Pattern.compile(
            "(?:(?:In(?: article| message)?\\s+(?:(?<id><[^>]*>)|\\S+?),?|(?:On|At)\\s+(?<date>.+?\\d.*?),?)\\s*)?you\\s+(?:wrote|writes?)\\s*:",
            Pattern.CASE_INSENSITIVE);
    /**
     * Pipeline's mailer names the quoted author with no colon, the date often wrapped onto the next
     * line: {@code Responding to msg by tcmay@netcom.com (Timothy C. May) on Tue, } / {@code 12 Jul 12:14 PM}.
     */
    private static final String RESPONDING_START = "Responding to msg by ";
    private static final Pattern RESPONDING = Pattern.compile(Pattern.quote(RESPONDING_START) + "\\s*(.+?)(?:\\s+on\\b.*)?");
    /** The wrapped end of Pipeline's date: {@code 12 Jul 12:14 PM}, {@code 8:33 AM}. */
    private static final Pattern WRAPPED_TIME = Pattern.compile("(?:\\d{1,2}\\s+\\p{L}{3}\\s+)?\\d{1,2}:\\d{1,2}\\s*[AP]M");
    /**
     * A full name alone with a colon above the quote it names: {@code Tim May:}, {@code Itamar
     * Shtull-Trauring:}. Two to four capitalised words; a greeting ({@code Hi Folks:}) or a lead-in
     * word is none.
     */
    private static final Pattern NAME_COLON = Pattern.compile("(\\p{Lu}[\\p{L}.'-]*(?:[ \t]+\\p{Lu}[\\p{L}.'-]*){1,3})[ \t]*:");
    private static final Set<String> SAYS = Set.of("said", "says", "writes", "wrote", "asks", "asked", "replied", "responded",
            "postulates", "notes", "adds");
    private static final Set<String> NOT_A_NAME = Set.of("hi", "hello", "hey", "dear", "re", "also", "compare", "with", "from",
            "quoth", "summarising", "summarizing", "note", "example", "update", "answer", "question", "original", "subject",
            "reading", "further", "see", "more", "some", "other", "recent", "previous", "earlier");

    /**
     * Words before a bare or narrated attribution's name that tell when or in what order:
     * {@code Earlier, Sandy Sandfort wrote:}, {@code To which Perry Metzger wrote:}; or the time a
     * wrapped attribution's date ends with, {@code 02:39, Fred C <fred at bsdhost.net> disait:}.
     */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:Earlier|Previously|Recently|Yesterday|Today|Above|(?:And )?[Ff]inally),|[Tt]o which|[Aa]nd then|Then|[Aa]nd|As"
                    + "|\\d{1,2}:\\d\\d(?::\\d\\d)?,)\\s+");
    private static final Pattern BARE = Pattern.compile("(?:-{2,3}\\s*)?(.+?)(?:\\s+" + ADVERB + "|(?<=>))" + VERB + "\\s*:",
            Pattern.CASE_INSENSITIVE);
    /**
     * A mail program's link to the address beside it: {@code [mailto:...]}, or {@code <mailto:...>}
     * inside the address's brackets, or Airmail's {@code (mailto:...)} inside its parentheses.
     */
    private static final Pattern MAILTO = Pattern.compile("\\[mailto:[^\\]]*\\]|\\s*<mailto:[^<>]*>|\\s*\\(mailto:[^()]*\\)");
    /** Parentheses the archive emptied of their address: {@code Timothy C. May () writes:}. */
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\s*\\(\\s*\\)");
    /** A month's or weekday's name, in full or shortened, in English, or a word of a time of day or zone. */
    private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|eastern|pacific|central|mountain|standard|daylight|time|noon|midnight");
    /** A UUCP bang path standing for an address: {@code uunet!netcom.com!tcmay}. */
    private static final Pattern BANG_PATH = Pattern.compile("[\\w.-]+(?:![\\w.%+-]+)+");
    /** An address in square brackets: {@code Bob Ippolito [bob at redivi.com] wrote:}. */
    private static final Pattern SQUARE_ADDRESS = Pattern.compile("\\[([^\\[\\]\\s]+(?:@| at )[^\\[\\]\\s]+)\\]");
    /** Gmane's {@code user <at> host}. */
    private static final Pattern AT_WORD = Pattern.compile("\\s*<at>\\s*");
    /** A name may end with a full stop: an initial ({@code Torsten A.}), a suffix ({@code Jr.}), or a dotted nickname ({@code Chaz.}). */
    private static final Pattern INITIAL_AT_END = Pattern.compile("(?:\\b[A-Z]|\\b[JS]r|^\\p{Lu}\\p{Ll}{2,})\\.$");
    private static final Set<String> STOP = Set.of("i", "you", "he", "she", "it", "we", "they", "as", "what", "which",
            "that", "who", "also", "previously", "earlier", "above", "below", "and", "or", "the", "then", "here",
            "this", "has", "have", "had", "just", "someone", "somebody", "originally", "already", "once", "his",
            "her", "their", "my", "your", "our", "is", "was", "when", "where", "if", "but", "so", "there", "a",
            "an", "to", "of", "in", "on", "for", "with", "not", "all", "one", "been", "be", "everyone", "everybody", "anyone",
            "anybody", "people", "others");
    private static final Set<String> ZONE_WORDS = Set.of("AM", "PM", "UT", "UTC", "GMT", "EST", "EDT", "CST", "CDT",
            "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "MET", "MEST", "EET", "EEST", "JST", "AEST", "AEDT", "at");
    private static final int MAX_LINE = 200;
    /** Attribution lines recur in every reply down a thread: each distinct line is read once while remembered. */
    private static final LineMemo<Attribution> SINGLE = new LineMemo<>(4096, AttributionDetector::read);

    private AttributionDetector() {
    }

    /**
     * The attribution that starts at {@code first} (a line's content after quote markers), reading
     * {@code second} (the next line at the same depth, or {@code null}) where the first is wrapped.
     */
    static Attribution detect(String first, String second) {
        return detect(first, second, null);
    }

    /**
     * {@link #detect(String, String)}, reading {@code third} (the line after {@code second}, or
     * {@code null}) where a dated attribution is wrapped over three lines, its verb alone on the last:
     * {@code On <date>, Doug Farrell} / {@code <dfarrell at mypublisher.com>} / {@code wrote:}.
     */
    static Attribution detect(String first, String second, String third) {
        String a = YAHOO_RULE.matcher(first.strip()).replaceFirst("");
        if (a.indexOf("On", 1) > 0) a = MARKS_BEFORE_ON.matcher(a).replaceFirst("");
        if (a.length() > MAX_LINE || a.isEmpty()) return null;
        if (a.startsWith(RESPONDING_START)) return responding(a, second);
        if (a.startsWith(BLUE_WAVE_START)) return blueWave(a);
        if (a.endsWith(":")) {
            Attribution one = single(a);
            if (one != null) return one;
        } else if (startsStrong(a) && endsInBareVerb(a, a.length())) {
            // a dated line without its colon: weak, so it stands only above a quote
            Attribution one = single(a + ":");
            if (one != null && one.strong()) return new Attribution(one.author(), one.date(), 1, false);
        } else {
            Attribution loose = withoutColon(a);
            if (loose != null) return loose;
        }
        if (second != null) {
            String b = second.strip();
            if (b.endsWith(":") && !b.isEmpty() && b.length() <= MAX_LINE && startsStrong(a)) {
                Attribution two = single(a + " " + b);
                if (two != null && two.strong()) return two.withLines(2);
            } else if (verbAlone(b) && (a.startsWith("---") || namesBeforeAddress(a))) {
                // Yahoo!'s "--- Ann Lee <ann at example.org>" / "wrote:", a name and address wrapped before the verb: weak
                Attribution two = single(a + " " + b);
                if (two != null) return two.withLines(2);
            } else if (third != null && !b.endsWith(":") && b.length() <= MAX_LINE && verbAlone(third) && startsStrong(a)) {
                Attribution three = single(a + " " + b + " " + third.strip());
                if (three != null && three.strong()) return three.withLines(3);
            }
        }
        return null;
    }

    /**
     * The attribution a pronoun makes of the author the story named last ({@code Tim May wrote:} ...
     * {@code He also writes:}), or {@code null} where the line is none or no author was named before
     * it. Weak: it stands only above a quote.
     */
    static Attribution byPronoun(String line, Attribution before) {
        if (before == null || before.author() == null || before.forward()) return null;
        String a = line.strip();
        if (a.length() > 40 || !PRONOUN.matcher(a).matches()) return null;
        return new Attribution(before.author(), null, 1, false);
    }

    /**
     * The attribution of a writer quoting their own earlier words ({@code I wrote:}, {@code On
     * <date>, I wrote:}), naming {@code writer} (the poster, or the author of the quote the line
     * stands in); {@code null} where the line is no such attribution or the writer is unknown. One
     * with a date is strong.
     */
    static Attribution byWriter(String line, String writer) {
        if (writer == null || writer.isBlank()) return null;
        String a = line.strip();
        if (a.length() > MAX_LINE || !a.endsWith(":")) return null;
        Matcher m = SELF.matcher(a);
        if (!m.matches()) return null;
        Instant date = m.group(1) == null ? null : AttributionDates.parse(m.group(1));
        return new Attribution(writer, date, 1, m.group(1) != null);
    }

    /** Whether {@code content} (a line after its quote marks) is an attribution's verb alone ({@code wrote:}). */
    static boolean verbAlone(String content) {
        String t = content.strip();
        return t.length() <= 20 && VERB_ALONE.matcher(t).matches();
    }

    /**
     * Whether the line {@code [from, end)} may open an attribution though neither it nor the next line
     * ends with a colon, the cheap test callers make first: Pipeline's ({@link #RESPONDING}), Blue
     * Wave's ({@link #BLUE_WAVE}), or one whose colon was left off or replaced ({@code On <date>,
     * Weikai Xie wrote}, {@code Perry E. Metzger writes -}: {@link #withoutColon}).
     */
    static boolean opensWithoutColon(String body, int from, int end) {
        if (body.startsWith(RESPONDING_START, from)) return true;
        int text = from;
        while (text < end && blank(body.charAt(text))) text++;
        return body.startsWith(BLUE_WAVE_START, text) || looseEnd(body, text, end) >= 0;
    }

    /**
     * An attribution whose colon a dash, dots or brackets replace: {@code Perry E. Metzger writes},
     * {@code Timothy C. May <uunet!netcom.com!tcmay> wrote -}, {@code Phil Karn says...}, {@code (Eric
     * Fogleman writes)}, {@code <In mail Black Unicorn said:>}; weak, so it stands only above a quote.
     */
    private static Attribution withoutColon(String a) {
        int end = looseEnd(a, 0, a.length());
        if (end < 0) return null;
        int start = 0;
        while (start < end && !Character.isLetterOrDigit(a.charAt(start)) && a.charAt(start) != '"'
                && !(a.charAt(start) == '<' && a.indexOf('@', start) > start && a.indexOf('>', start) > a.indexOf('@', start))) {
            start++; // "(Eric Fogleman writes)", "**** Pat Farrel ...", "--Jim says--"
        }
        String core = IN_MAIL.matcher(a.substring(start, end).strip()).replaceFirst("");
        core = ADDRESS_FIRST.matcher(core).replaceFirst("$2 $1"); // "<dmandl@shearson.com> David Mandl writes"
        String[] words = core.split("\\s+");
        if (words.length < 2 || LOOSE_NOT_A_NAME.contains(words[0].toLowerCase(Locale.ROOT))) return null;
        Attribution one = single(core + ":");
        if (one == null || one.author() == null || !Character.isLetterOrDigit(one.author().charAt(0))) return null;
        return new Attribution(one.author(), one.date(), 1, false);
    }

    /** {@code <In mail NAME said:>}: Elm's bracketed attribution starts so. */
    private static final Pattern IN_MAIL = Pattern.compile("^In mail\\s+");
    /** An address in brackets before the name: {@code <dmandl@shearson.com> David Mandl writes}. */
    private static final Pattern ADDRESS_FIRST = Pattern.compile("^(<[^<>\\s]+@[^<>\\s]+>)\\s+([^<>]+?)(?=\\s+\\S+$)");
    /** First words that make a line without its colon no attribution: {@code Well said...}, {@code Some nobody writes}. */
    private static final Set<String> LOOSE_NOT_A_NAME = Stream.concat(NOT_A_NAME.stream(), Stream.of("well", "it", "this", "that",
            "he", "she", "they", "who", "someone", "somebody", "everyone", "nobody", "as", "and", "but", "so")).collect(Collectors.toSet());

    /**
     * Where the verb ends in a line {@code [from, end)} that ends as {@link #withoutColon}'s do (the
     * verb, then a dash, dots or a closing bracket, or nothing), or -1.
     */
    private static int looseEnd(String s, int from, int end) {
        int e = end;
        while (e > from && blank(s.charAt(e - 1))) e--;
        if (e - from < 9) return -1;
        char last = s.charAt(e - 1);
        if (last == '>' || last == ')') {
            e--;
            if (s.charAt(e - 1) == ':') e--;
        } else if (last == '.') {
            if (!s.startsWith("...", e - 3)) return -1;
            e -= 3;
        } else if (last == '-') {
            while (e > from && s.charAt(e - 1) == '-') e--;
        } else if (last != 'e' && last != 's' && last != 'd') {
            return -1; // most lines: no verb, no mark after one
        }
        while (e > from && blank(s.charAt(e - 1))) e--;
        if (e - from < 9) return -1;
        last = s.charAt(e - 1);
        if (last != 'e' && last != 's' && last != 'd') return -1;
        boolean verb = endsInBareVerb(s, e) || s.startsWith(" said", e - 5) || s.startsWith(" says", e - 5);
        return verb ? e : -1;
    }

    /** Whether {@code s} ends at {@code end} in an attribution's verb without its colon ({@code ... Weikai Xie wrote}). */
    private static boolean endsInBareVerb(String s, int end) {
        return s.startsWith(" wrote", end - 6) || s.startsWith(" writes", end - 7);
    }

    /**
     * Blue Wave's, an offline reader of FidoNet and mail that gated to the list: {@code -=> Quoting
     * Stan Young to All <=-}, {@code -=> Quoting Chan@shell.portal.com to John Nieder <=-} (the
     * reader capitalises an address). A gateway's {@code Uucp} names nobody; the line is still no
     * part of the poster's words.
     */
    private static final String BLUE_WAVE_START = "-=> Quoting ";
    private static final Pattern BLUE_WAVE = Pattern.compile("-=> Quoting\\s+(.+?)\\s+to\\s+.+?\\s*<=-");

    private static Attribution blueWave(String a) {
        Matcher m = BLUE_WAVE.matcher(a);
        if (!m.matches()) return null;
        String named = m.group(1);
        if (named.indexOf('@') > 0 && named.indexOf(' ') < 0) {
            named = Character.toLowerCase(named.charAt(0)) + named.substring(1); // the address as it was: "chan@shell.portal.com"
        }
        String who = named.equalsIgnoreCase("uucp") ? null : author(named);
        return new Attribution(who, null, 1, true);
    }

    /** Pipeline's attribution ({@link #RESPONDING}), with its date's wrapped end when that is the next line. */
    private static Attribution responding(String a, String second) {
        Matcher m = RESPONDING.matcher(a);
        if (!m.matches()) return null;
        String named = m.group(1).strip();
        if (named.endsWith(":")) named = named.substring(0, named.length() - 1).strip(); // "by Al Billings:"
        int open = named.lastIndexOf('(');
        if (open > 0 && named.indexOf(')', open) < 0) named = named.substring(0, open).strip(); // a name the line cut: "(Random"
        int comma = named.indexOf(", ");
        if (comma > 0 && comma + 2 < named.length() && Character.isLowerCase(named.charAt(comma + 2))) {
            named = named.substring(0, comma); // "Black Unicorn, who is having a bad hair day"
        }
        String who = author(named);
        if (who == null) return null;
        boolean wrapped = second != null && WRAPPED_TIME.matcher(second.strip()).matches();
        return new Attribution(who, null, wrapped ? 2 : 1, true);
    }

    /** Whether {@code a} is a name and then an address in angle brackets: {@code Ann Lee <ann at example.org>}. */
    private static boolean namesBeforeAddress(String a) {
        int open = a.lastIndexOf('<');
        return open > 0 && a.endsWith(">") && looksLikeName(a.substring(0, open));
    }

    private static boolean startsStrong(String a) {
        return ON_START.matcher(a).lookingAt() || a.startsWith("At ") || a.startsWith("In article")
                || a.startsWith("In message") || a.startsWith("In <");
    }

    /**
     * The one-line attribution {@code a} is, or {@code null}; a fresh instance each time, as
     * {@link LineKinds} tells attributions apart by identity.
     */
    private static Attribution single(String a) {
        if (!mentionsVerb(a) && !NAME_COLON.matcher(a).matches()) return null;
        Attribution known = SINGLE.get(a);
        return known == null ? null : known.withLines(1);
    }

    /**
     * {@link #single} for a line that mentions a verb, read afresh; RFC 2047 encoded words, which some
     * mailers copy from the From header ({@code (=?iso-8859-1?q?Fran=E7ois_Pinard?=) wrote:}), decoded.
     */
    private static Attribution read(String line) {
        String a = line.contains("=?") ? DecoderUtil.decodeEncodedWords(line, DecodeMonitor.SILENT) : line;
        if (a.toLowerCase(Locale.ROOT).contains("you")) { // the pattern backtracks on long lines: tried only where it may match
            Matcher you = YOU.matcher(a);
            if (you.matches()) {
                String date = you.group("date");
                return new Attribution(null, date == null ? null : AttributionDates.parse(date), 1, date != null || you.group("id") != null);
            }
        }
        Matcher m = ON.matcher(a);
        if (m.matches()) return dateAndName(m.group(1));
        m = FIGURES_FIRST.matcher(a);
        if (m.matches()) return dateAndName(m.group(1));
        m = WEEKDAY_FIRST.matcher(a);
        if (m.matches()) {
            Attribution dated = dateAndName(m.group(1));
            if (dated != null) return dated; // else perhaps The Bat!'s "you" (THE_BAT, below)
        }
        m = AM_SCHRIEB.matcher(a);
        if (m.matches() && looksLikeName(m.group(2))) return strong(author(m.group(2)), AttributionDates.parse(m.group(1)));
        m = a.contains("skrev") ? SKREV.matcher(a) : null; // its date pattern backtracks: tried only where it may match
        if (m != null && m.matches() && looksLikeName(m.group(2))) return datedIfKnown(m.group(2), KLOCKAN.matcher(m.group(1)).replaceFirst(" $1:$2"));
        m = AT.matcher(a);
        if (m.matches()) return strong(author(m.group(2)), AttributionDates.parse(m.group(1)));
        m = MUTT_STAR.matcher(a);
        if (m.matches() && looksLikeName(m.group(1))) return strong(author(m.group(1)), AttributionDates.parse(m.group(2)));
        m = MUTT_BRACKETS.matcher(a);
        if (m.matches() && looksLikeName(m.group(1))) return datedIfKnown(m.group(1), m.group(2));
        m = IN_MESSAGE_OF.matcher(a);
        if (m.matches() && looksLikeName(m.group(2))) return strong(author(m.group(2)), AttributionDates.parse(m.group(1)));
        m = IN_ARTICLE.matcher(a);
        if (m.matches()) return strong(author(m.group(1)), null);
        m = DATE_AND_SENDER.matcher(a);
        if (m.matches()) return dateAndName(m.group(1));
        m = ADDRESS_COMMENT.matcher(a);
        if (m.matches()) {
            boolean named = looksLikeName(m.group(2));
            if (named || m.group(3) != null) return new Attribution(author(named ? m.group(2) : m.group(1)), null, 1, false);
        }
        String told = LEAD_IN.matcher(a).replaceFirst("");
        m = ASIDE.matcher(told);
        if (m.matches() && fullNameOrAddress(m.group(1))) return new Attribution(author(m.group(1)), null, 1, false);
        Attribution named = named(ACCORDING, a);
        if (named == null) named = named(QUOTING, a);
        if (named == null) named = named(QUOTH, a);
        if (named == null) {
            m = WROTE_MORE.matcher(told);
            if (m.matches() && !FIRST_PERSON.matcher(m.group(1)).matches() && looksLikeName(m.group(1))) {
                named = datedIfKnown(m.group(1), m.group(2));
            }
        }
        if (named == null) named = named(SUPERCITE, a);
        if (named == null) named = named(NARRATED, told);
        if (named == null) named = named(BEGIN_QUOTATION, a);
        if (named == null) {
            m = REPORTED.matcher(told);
            if (m.matches() && fullNameOrAddress(m.group(1))) named = new Attribution(author(m.group(1)), null, 1, false);
        }
        if (named != null) return named;
        m = a.endsWith("?????:") ? MANGLED_CYRILLIC.matcher(a) : null;
        if (m != null && m.matches() && looksLikeName(m.group(2))) return datedIfKnown(m.group(2), m.group(1));
        m = THE_BAT.matcher(a);
        if (m.matches()) {
            Instant date = AttributionDates.parse(m.group(1));
            return date == null ? null : new Attribution(null, date, 1, false);
        }
        named = named(BARE, told);
        if (named != null) return named;
        int comma = told.lastIndexOf(", ");
        if (comma > 0) { // a lead-in phrase before the name: "In a previous message, Michael K. Sanders said:"
            String after = told.substring(comma + 2);
            named = named(BARE, after);
            if (named == null) named = named(NARRATED, after);
            if (named != null && named.author() != null && fullNameOrAddress(named.author())) return named;
        }
        m = NAME_COLON.matcher(a);
        if (m.matches()) {
            String[] words = m.group(1).split("[ \t]+");
            int n = words.length;
            // "Ed Carp Said:", "Blanc Weber Postulates:": the verb, capitalised, is no part of the name
            if (n > 2 && SAYS.contains(words[n - 1].toLowerCase(Locale.ROOT))) n--;
            String name = String.join(" ", Arrays.copyOf(words, n));
            if (!NOT_A_NAME.contains(words[0].toLowerCase(Locale.ROOT)) && looksLikeName(name)) return new Attribution(name, null, 1, false);
        }
        return null;
    }

    /**
     * The attribution of {@code name}: strong where {@code date} (or null) reads as a date, which a
     * line that dates what it attributes is, else weak as a bare name's.
     */
    private static Attribution datedIfKnown(String name, String date) {
        Instant when = AttributionDates.parse(date);
        return when != null ? strong(author(name), when) : new Attribution(author(name), null, 1, false);
    }

    /** A weak attribution whose pattern's first group is the name, where it reads as one; else {@code null}. */
    private static Attribution named(Pattern form, String line) {
        Matcher m = form.matcher(line);
        return m.matches() && looksLikeName(m.group(1)) ? new Attribution(author(m.group(1)), null, 1, false) : null;
    }

    /**
     * Whether a colon in {@code content} before index {@code before} may follow one of {@link #VERB}'s
     * verbs, white space, no-break space or {@code ?} between: a cheap test before a pattern of a verb
     * and its colon, which is dear when tried at each word of a line.
     */
    static boolean verbBeforeColon(String content, int before) {
        for (int colon = content.indexOf(':'); colon >= 0 && colon < before; colon = content.indexOf(':', colon + 1)) {
            int end = colon;
            while (end > 0 && (Character.isWhitespace(content.charAt(end - 1)) || content.charAt(end - 1) == '\u00a0'
                    || content.charAt(end - 1) == '?')) {
                end--;
            }
            for (String verb : VERB_ENDS) {
                if (endsAt(content, end, verb)) return true;
            }
            int stemEnd = endsAt(content, end, "(a)") ? end - 3 : end; // Polish "napisał(a)"
            for (String stem : VERB_STEMS) {
                for (int any = 0; any <= 2; any++) {
                    if (endsAt(content, stemEnd - any, stem)) return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} stands in {@code s} just before {@code end}, in any case. */
    private static boolean endsAt(String s, int end, String word) {
        return end >= word.length() && s.regionMatches(true, end - word.length(), word, 0, word.length());
    }

    /** Whether {@code s} (not empty) opens with a figure or a Cyrillic letter, as Gmail's verb-less attributions do. */
    private static boolean startsWithDigitOrCyrillic(String s) {
        char c = s.charAt(0);
        return Character.isDigit(c) || c >= '\u0400' && c <= '\u04ff';
    }

    /**
     * A cheap test before the patterns: the line holds one of the verbs (a narrated reply's or
     * reported speech's too), starts with "Quoting", "According to", "Selon", "Thus spake" or "begin", ends in
     * mutt's bracketed date ({@code ]:}), starts with a figure or a Cyrillic letter and ends in an
     * address ({@code >:}), ends in a comment after an address ({@code ):}), or in a Cyrillic verb
     * turned into {@code ?????:}.
     */
    private static boolean mentionsVerb(String a) {
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.endsWith("]:") || lower.startsWith("quoting") || lower.startsWith("according to") || lower.startsWith("selon ") || lower.startsWith("begin")
                || lower.startsWith("thus spake") || lower.endsWith(">:") && !lower.isEmpty() && startsWithDigitOrCyrillic(lower)
                || lower.endsWith("):") && lower.indexOf('@') > 0 || lower.endsWith("?????:")) {
            return true;
        }
        for (String verb : MENTIONED) {
            if (lower.contains(verb)) return true;
        }
        return false;
    }

    private static Attribution strong(String author, Instant date) {
        return author == null ? null : new Attribution(author, date, 1, true);
    }

    /** Splits {@code <date>, <name> [<addr>]} (the comma may be missing) into its parts. */
    private static Attribution dateAndName(String inner) {
        String rest = AT_WORD.matcher(MAILTO.matcher(inner.strip()).replaceAll("")).replaceAll(" at ").strip();
        // an address whose ">" a rewrapping mailer took for a quote mark: "Ann <ann at example.org" / "> wrote:"
        if (rest.lastIndexOf('<') > rest.lastIndexOf('>')) rest = rest + ">";
        String address = null;
        int at = TrailingAddress.start(rest);
        if (at >= 0) {
            address = rest.substring(at);
            rest = rest.substring(0, at).strip();
            // "Chris Withers (chris at example.org)": an address in parentheses after the name is no name itself
            if (address.startsWith("(") && address.endsWith(")")) {
                address = "<" + address.substring(1, address.length() - 1).strip() + ">";
            }
        }
        if (rest.endsWith(",")) rest = rest.substring(0, rest.length() - 1).strip();
        String name = null;
        String date = rest;
        for (int p = rest.indexOf(", "); p >= 0; p = rest.indexOf(", ", p + 1)) {
            String left = rest.substring(0, p);
            String right = rest.substring(p + 2).strip();
            if (!hasDigit(left) || right.isEmpty()) continue;
            if (address == null && !handle(right)) right = withoutCode(right);
            if ((!hasDigit(right) || handle(right) || gluedCode(right)) && words(right) <= 6) {
                name = right;
                date = left;
                // "... 10:07 AM Scott, Barry": a name written family name first, the family name after the time
                int sp = left.lastIndexOf(' ');
                String family = left.substring(sp + 1);
                if (sp > 0 && words(right) == 1 && surname(family)) {
                    name = family + ", " + right;
                    date = left.substring(0, sp).strip();
                }
                break;
            }
        }
        if (name == null) {
            // a nickname after the name is none of it: "Amber Brown (hawkowl)"; alone ("12:00 (PST)"), no name
            int paren = rest.lastIndexOf(" (");
            String named = paren > 0 && rest.endsWith(")") && rest.indexOf(' ', paren + 1) < 0 ? rest.substring(0, paren) : rest;
            int cut = nameStart(named);
            name = named.substring(cut).strip();
            date = name.isEmpty() ? rest : named.substring(0, cut).strip();
        }
        if (!hasDigit(date)) return null;
        // a name the archive turned into question marks (a CJK name): the address names the author, or nobody
        if (!name.isEmpty() && name.chars().noneMatch(Character::isLetter)) {
            boolean lost = name.chars().allMatch(c -> c == '?' || blank((char) c));
            if (address == null) return lost ? new Attribution(null, AttributionDates.parse(date), 1, true) : null;
            name = "";
        }
        if (!name.isEmpty() && !looksLikeName(name) && !datedName(name)) {
            // a dated line is an attribution whatever the name: "exvito here <ex.vitorino at gmail.com>" is its address's
            if (address == null) return null;
            name = "";
        }
        String who = name.isEmpty() ? (address == null ? null : author(address)) : author(name + (address == null ? "" : " " + address));
        if (who == null) return null;
        return new Attribution(who, AttributionDates.parse(date), 1, true);
    }

    /**
     * {@code name} without the words of figures and capitals after it, and a dash before them: a
     * telephone number or a call sign ({@code Syl Miniter 803-768-3759}, {@code Jim Sewell - KD4CKQ}),
     * where no address names the author instead. A word with a small letter stays ({@code Tech
     * Aficionado1743}, {@code hbd666}), and so does a code glued to the last word by a hyphen
     * ({@link #gluedCode}).
     */
    private static String withoutCode(String name) {
        String t = name.strip();
        for (int sp = t.lastIndexOf(' '); sp > 0; sp = t.lastIndexOf(' ')) {
            String last = t.substring(sp + 1);
            boolean code = hasDigit(last) && last.chars().noneMatch(Character::isLowerCase) && !gluedCode(last);
            if (!last.equals("-") && !code) break;
            t = t.substring(0, sp).strip();
        }
        return t;
    }

    /** Whether {@code s} ends in a staff code glued by a hyphen, and has no other figure: {@code King Simon-NFHD78}. */
    private static boolean gluedCode(String s) {
        int dash = s.lastIndexOf('-');
        if (dash <= 0 || hasDigit(s.substring(0, dash)) || !Character.isLetter(s.charAt(dash - 1))) return false;
        String code = s.substring(dash + 1);
        return code.length() >= 3 && code.length() <= 10 && hasDigit(code) && code.chars().allMatch(Character::isLetterOrDigit);
    }

    /**
     * Where the name at the end of {@code s} starts: after the last word with a figure, a zone, a
     * parenthesis or a trailing comma ({@code s.length()} where the last word is one).
     */
    private static int nameStart(String s) {
        int cut = s.length();
        int i = s.length();
        while (i > 0) {
            int sp = s.lastIndexOf(' ', i - 1);
            String token = s.substring(sp + 1, i);
            if (token.isEmpty() || hasDigit(token) || token.startsWith("(") || token.endsWith(")")
                    || ZONE_WORDS.contains(token) || token.endsWith(",")) break;
            cut = sp + 1;
            i = sp;
            if (sp < 0) break;
        }
        return Math.max(0, cut);
    }

    /** The name an attribution gives, or its address where it gives no name. */
    static String author(String nameAndAddress) {
        String s = AT_WORD.matcher(MAILTO.matcher(nameAndAddress).replaceAll("")).replaceAll(" at ");
        s = SQUARE_ADDRESS.matcher(EMPTY_PARENS.matcher(s).replaceAll("")).replaceAll("<$1>").strip();
        if (s.isEmpty()) return null;
        Author a = Addresses.fromHeader(s);
        if (a.name() != null && a.name().endsWith(",") && a.address() != null) {
            // "Perry Metzger, pmetzger@lehman.com, writes:" names Perry Metzger; "Through e-mail, gnu@toad.com writes:"
            // and "Friday May 06 1994 10:03, nobody@... wrote:" lead in with words that name no one: the address's
            String name = a.name().replaceAll("[,\\s\"]+$", "").replaceAll("^\"", "");
            return PERSON.matcher(name).matches() ? name : a.address();
        }
        if (a.name() != null) return unbold(a.name());
        if (a.address() != null) return a.address();
        String shown = s.replaceAll("^[<(]|[>)]$", "").strip();
        return shown.isEmpty() ? null : shown;
    }

    /** Two to four capitalised words or initials: a person's name ({@code Kragen J. Sittler}, {@code M. Stirner}). */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3}");

    /** A name without the {@code *bold*} marks an HTML mail's plain-text part gives it. */
    private static String unbold(String name) {
        int n = name.length();
        return n > 2 && name.charAt(0) == '*' && name.charAt(n - 1) == '*' ? name.substring(1, n - 1).strip() : name;
    }

    private static boolean looksLikeName(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 80) return false;
        int at = TrailingAddress.start(s);
        String name = at >= 0 ? s.substring(0, at).strip() : s;
        if (name.isEmpty()) return true; // an address alone
        int open = name.lastIndexOf('(');
        if (open > 0 && name.endsWith(")") && TrailingAddress.start(name.substring(0, open).strip()) == 0) {
            name = name.substring(open + 1, name.length() - 1).strip(); // "jml at mumak.net (Jonathan M. Lange)"
        } else if (open > 0 && name.endsWith(")") && BANG_PATH.matcher(name.substring(0, open).strip()).matches()) {
            name = name.substring(open + 1, name.length() - 1).strip(); // "uunet!netcom.com!tcmay (Timothy C. May)"
        }
        if (name.endsWith(".") && !INITIAL_AT_END.matcher(name).find()) return false;
        int count = 0;
        int i = 0;
        while (i < name.length()) {
            while (i < name.length() && blank(name.charAt(i))) i++;
            if (i == name.length()) break;
            int start = i;
            while (i < name.length() && !blank(name.charAt(i))) i++;
            if (++count > 5 || !nameWord(name, start, i) && !(count > 1 && initialWithoutStop(name, start, i))) return false;
        }
        return true;
    }

    /**
     * Whether {@code text} {@link #looksLikeName reads as a name} of two or more capitalised words (or
     * initials), or holds an address; the first word no greeting or lead-in ({@link #NOT_A_NAME}).
     */
    private static boolean fullNameOrAddress(String text) {
        String s = text.strip();
        if (!looksLikeName(s)) return false;
        if (TrailingAddress.start(s) >= 0 || s.indexOf('@') > 0) return true;
        String[] words = s.split("\\s+");
        if (words.length < 2 || NOT_A_NAME.contains(words[0].toLowerCase(Locale.ROOT))) return false;
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    /** A capital letter alone, past a name's first word: the middle initial of {@code Jeremiah A Blatz} ("I" aside). */
    private static boolean initialWithoutStop(String s, int start, int end) {
        return end - start == 1 && Character.isUpperCase(s.charAt(start)) && s.charAt(start) != 'I';
    }

    /**
     * Whether {@code s[start, end)} may be a word of a name: no stop word, no lower-case verb of
     * reported speech, no {@code ? ! ;}; but an initial ({@code A.} of {@code David A. Leedom}, not
     * the article "a") and a capitalised word whose accented letter the archive turned into {@code ?}
     * ({@code Herv?}) are.
     */
    private static boolean nameWord(String s, int start, int end) {
        if (end - start == 2 && Character.isUpperCase(s.charAt(start)) && s.charAt(start + 1) == '.') return true;
        if (s.charAt(end - 1) == '?' && !lostAccent(s, start, end)) return false;
        StringBuilder letters = new StringBuilder(end - start);
        for (int k = start; k < end; ) {
            int cp = s.codePointAt(k);
            if (cp == '!' || cp == ';') return false;
            if (Character.isLetter(cp)) letters.appendCodePoint(cp);
            k += Character.charCount(cp);
        }
        String word = letters.toString().toLowerCase(Locale.ROOT);
        // nor a verb of reported speech: "Jim Gillogly quoted then replied:" names Jim Gillogly
        boolean verb = Character.isLowerCase(s.charAt(start)) && (word.equals("quoted") || REPORTING_VERB_SET.contains(word));
        return !STOP.contains(word) && !verb;
    }

    /**
     * A name that only an attribution with a date is trusted to give: one that starts with a capital
     * and holds words {@link #looksLikeName} refuses ({@code The Wiz}, {@code Tommy the Tourist},
     * {@code A S}, {@code RITA Y/O RODRIGO DIAZ Y/O BENENSON}); not the poster's {@code I}, no
     * question, at most eight words.
     */
    private static boolean datedName(String name) {
        String s = name.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) || s.equals("I") || s.length() > 60) return false;
        if (s.indexOf('?') >= 0 || s.indexOf('!') >= 0 || s.indexOf(';') >= 0) return false;
        return words(s) <= 8;
    }

    /** A capitalised word of four chars or more that ends in the {@code ?} of a lost accented letter: {@code Herv?}. */
    private static boolean lostAccent(String s, int start, int end) {
        if (end - start < 4 || !Character.isUpperCase(s.charAt(start))) return false;
        for (int k = start + 1; k < end - 1; k++) {
            if (!Character.isLowerCase(s.charAt(k)) && s.charAt(k) != '?') return false;
        }
        return true;
    }

    /** The number of words ({@code \s}-separated) in {@code s}, stripped. */
    private static int words(String s) {
        String t = s.strip();
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean b = blank(t.charAt(i));
            if (!b && !inWord) count++;
            inWord = !b;
        }
        return count;
    }

    /** Whether {@code c} is white space as the regex {@code \s} reads it. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether {@code word}, the last word of a dated attribution's date part, is a family name written
     * before the given name: capitalised, letters alone, no zone, month or weekday.
     */
    private static boolean surname(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !word.chars().allMatch(Character::isLetter)) return false;
        return !ZONE_WORDS.contains(word) && !CALENDAR_WORD.matcher(word).matches();
    }

    /** A handle of letters and figures, one word: {@code z3p}, {@code hbd666}. */
    private static boolean handle(String s) {
        return s.length() <= 20 && s.chars().anyMatch(Character::isLetter)
                && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) return true;
        }
        return false;
    }
}
