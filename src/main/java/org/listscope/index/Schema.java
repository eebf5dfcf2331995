package org.listscope.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;

/**
 * The version of what an index's documents hold, recorded in every commit. Inputs already indexed are
 * skipped unread, so an index written by an older listscope would keep what that version derived
 * from the messages (list names, person keys, citation keys, facet values) for ever, and a search
 * would mix the two versions' answers without a word. A version in the commit lets the index
 * command refuse to add to such an index, and the search commands warn, until it is rebuilt.
 */
public final class Schema {

    /**
     * The version this build writes. Raise it with every change to parsing, threading, annotation
     * or {@link MessageDocuments} that changes the document the same input gives. 0 stands for the
     * indexes written before versions were recorded. 1: the first recorded; 2: the {@code from}
     * facet counts person keys ({@link PersonLabels}); 3: a person keeps the key of an earlier
     * chunk ({@link PersonKeys}); 4: person names compared without accents and with initials of
     * several given names ("Jp" for "Jean-Paul"), so more of one person's addresses share a key,
     * and name words indexed with accents folded ({@link Analysis.Names}), and two held person keys
     * that a chunk shows together folded into one ({@link PersonKeys}); 5: familiar forms of given
     * names ("Bill" for "William") and stroked letters ("ł") in person names, addresses and words
     * with digits left out of them ("Bill_Stewart(HOY002)1305" is "bill stewart"); 6: titles after
     * a dash or a comma left out of person names ("Fred L. Drake, Jr." is "fred l drake"); 7:
     * quotes marked with a name or initials ({@code glyph> text}) and Supercite's and The Bat!'s
     * attributions read as such, signatures below a drawn rule or set in columns, and webmail
     * adverts as footers, so their words leave the own text; placeholder subjects ({@code No
     * Subject}) thread nothing; attributions' names without {@code <mailto:...>} links, emptied
     * parentheses or {@code *bold*}; words a first-level quote's attribution gives to the poster
     * credited to the quote's source where they stand in its own text ({@code Speakers}); a quoted
     * list footer is a footer; quotes indented by a tab, or by up to eight spaces on a run of
     * lines; quoted text indexed without its marks and name tags ({@link MessageText#quoted}); 8:
     * an attribution's name alone links a parent only with its quoted minute, quoted words or
     * subject behind it; pointers whose target follows them, "Bill" as a given name or an invoice,
     * eponymous laws, "import" in programs, "warrant" as a verb and licence text annotate nothing;
     * case names without italics' underscores; {@code >>>} lines of prose quotes, not sessions; the
     * ids a message's quotes were found in indexed ({@link Fields#QUOTES}), so that a copy merged
     * across runs is quoted under its merged id from other threads too; 9: a message forwarded
     * whole (its header block in the body, after a forward line or not) is a quote of its sender,
     * unless that sender is the poster ({@code has:forward}), so its words, claims and citations
     * leave the forwarder's own text, and an Outlook message quoted inside another is one level
     * deeper and its own author's; addresses that look like Message-IDs ({@code
     * <74076.1041@compuserve.com>}) cite no message; "judge" as a verb and "bill" as money are no
     * legal terms; a signature may open with the poster's own full name; 10: a lower-case "bill" in
     * a message that says nothing of lawmaking, the law school, firm or review, a food court and
     * "precedence" are no legal terms, so their sentences make no claims, nor do mail disclaimers,
     * programme outlines and "a crime" spoken of; a forward's header block may hold headers of any
     * name, and a given name shared under another surname names no parent; 11: executive orders are
     * citations ({@code citekind:executive-order}), "import" without a word of trade and "will" as
     * a noun are no legal term or prediction, a "let's say" recommends nothing, a thing that
     * "allows" grants no permission, a handle in brackets after a name ("Amber Brown (hawkowl)")
     * leaves its person key as it is, and a forward line with no header block below it forwards
     * text of a sender nobody named, which leaves the forwarder's own text; 12: a news article
     * pasted below its byline ("By John Markoff") is a forward of that author, a bill's or
     * statute's text pasted whole one of nobody named, a forward without headers ends at a closing
     * rule too, parallel reports of a case ({@code 486 U.S. 35, 108 S.Ct. 1625}) are one citation
     * named by the United States Reports, and "illegal" of a program's input, "cannot" of an
     * inability and a project's or company's own policy make no claim; 13: a message yanked into a
     * reply indented under its {@code From:} and {@code Date:} lines (Emacs' mail mode) is a quote
     * of its sender, VMS MAIL's header block forwards the message below it, and a header block
     * inside a quote gives the quoted text below it to that sender; 14: a ban or duty only proposed
     * or considered is a legal fact, "I must admit" is no duty, "intends to" foretells policy; 15:
     * every bar-quoted passage of a reply whose attribution introduced bars is a quote, and so is a
     * reply's opening run of bar-quoted lines; slogans ("If privacy is outlawed, ...") make no
     * claim, and "Perry Metzger, pmetzger@lehman.com, writes:" names Perry Metzger; 16: rn's {@code
     * |> } quotes are quotes, a {@code >} or bar after a bar or colon is a level deeper, a quoted
     * author called "you" ({@code In article <id>, you write:}) is unnamed, not "you", and a
     * message quoted under its headers behind {@code #}, {@code %} or {@code *} is a quote, and so
     * are the tab-indented runs of a reply that quotes by indenting with a tab, and of Outlook's
     * blocks in German, French and Italian, and name-tagged quotes behind a tab ({@code \tPhil>
     * ...}); "feel free to", "predictable" and a "compliant" product make no claim, nor does
     * program text; 17: lines of own text that repeat an earlier message of someone else word for
     * word (20 words or more) are a quote of that message, marked {@code "copied": true}, so their
     * claims and citations are its author's, not the poster's, and initials set off from their
     * {@code >} by a space ({@code R >text}) tag a quote, and Pipeline's "Responding to msg by ..."
     * is an attribution; 18: a quote is traced to a message of another thread only where that
     * message holds a fifth of its fingerprints and five of its four-word shingles or more (a
     * shared stock phrase named a source, and gave claims a speaker, from other threads, lists and
     * years), an unattributed quote in a follow-up to the poster's own message is not the poster's
     * unless the words stand there, a mailbox's {@code >From } escape alone among own lines is own
     * text, and a parent found by one shared fingerprint of quoted words must share the subject or
     * be at most two weeks older; 19: a quote whose paragraphs stand in the own text of different
     * messages of its thread (a reply to mail whose own quotes were archived unmarked, or at one
     * level with the reply's, and Supercite's {@code jp>} marks) is split into one quote per
     * source, each linked to it, so their claims and citations go to who wrote each paragraph; 20:
     * the body is stored once, in the hit doc value with its segments' spans ({@link Fields#HIT},
     * now {@code hit.body}), and the stored JSON without it ({@link StoredJson}); 21: a reply
     * quoting in the colon style of old newsreaders ({@code : text}) with no attribution above it
     * quotes every passage behind a colon; 22: words a quote found inside a quote of its source
     * message (a forwarded article, a bill's text) are that quote's author's, or nobody's known,
     * not the source's poster's; 23: a lone {@code : From: NAME} line opening a colon or bar quote
     * is its attribution, naming the reply's passages behind that mark; 24: a parent found by
     * subject alone is the latest message of the subject since its thread start, not that start;
     * 25: a quote without attribution or source under a parent guessed from the subject alone is
     * its parent's author's only where its words stand there; 26: a passage indented alone (Emacs'
     * yank), however short, is a quote where its words stand in a message up the reply tree by
     * someone else; a parent inferred from quoted words is the message that quoted them along with
     * its own, a {@code |} or {@code :} after a {@code >} is one quote level more, and a quoted
     * attribution names no parent; a parent found by subject is the latest message of the person
     * the reply's first line names, and the lines of a message yanked in indented are quoted for
     * finding a parent; 27: a header parent is the In-Reply-To message where References lacks it or
     * lists it before a message it answers, and an attribution's name in parentheses after an
     * address ({@code jml at mumak.net (Jonathan M. Lange) wrote:}) or in RFC 2047 encoded words is
     * read; a reply that names and quotes a reply to its header parent hangs under that reply, and
     * one whose attribution names a message by its Message-ID ({@code In article <id>}) under that
     * message; "Digital Telephony" alone, RICO and the UCC are cited acts; 28: the U.S. Code and
     * C.F.R. are cited with the section sign as other character sets and typists wrote it ({@code 5
     * U.S.C. ¤ 552(b)}, {@code 22 CFR # 125.4}, {@code (s)}, {@code $}), a bare section takes the
     * title it was cited in full with, and a case name whose party ends in a full stop ({@code U.S.
     * v Martinez}) or is followed by a docket number is a case; 29: a law's name of one word and
     * "Act" after "the" or a year ({@code the Hatch Act}), names with "with" and hyphens, and names
     * whose words a wrapped line parts ({@code Bank\nSecrecy Act}: the prefilter asked for the
     * space) are cited acts; 30: closing lines one person repeats on three subjects in one input
     * are signature; 31: a case party found as a company suffix alone takes the name before its
     * comma ({@code Reeves, Inc. v. Stake}); 32: citations inside quoted and forwarded text are
     * indexed in {@code quotedcites}; 33: attribution names are cleaned of a wrap's and an
     * archive's leftovers ({@code John Abel <}, {@code Sternlight)}), "In article" lines without a
     * comma after the id are read, and a quote's speaker named by the source author's address or a
     * wrapped name is the name that source shows; 34: a case party's name stops at a blank line,
     * takes the Bluebook's abbreviations ({@code Bonsack Mach. Co.}), and "Us vs. Them" or a party
     * in lower case ({@code the Goliath}) is none; 35: an act's short name defined after it ({@code
     * ("FACA")}) cites the act where it stands later; 36: a message's topics ({@code topics}, the
     * {@code topic} field) also come from its own sentences that speak of law or policy, and eight
     * topics that had no words of their own ({@code financial-privacy} to {@code due-process}) have
     * them; 37: each topic's evidence ({@code topicEvidence}), the snippet of a {@code topic:} hit
     * that no annotation answers; 38: topic words narrowed ({@code data-retention}'s "retain", the
     * NSA as {@code national-security}) and sentences read for topics as claims read them
     * (lookalikes masked, jokes and code left out); 39: Outlook's header block without its
     * separator line in other languages ({@code Von:} / {@code Gesendet:}) quotes the message below
     * it, a company's long signature block below the poster's name and the closing above it are
     * signature, and more attribution lines are read (Yahoo! Mail's {@code --- On DATE, NAME
     * wrote:}, a middle initial, Gmail's {@code <address>wrote:}, mutt's, MH's, {@code Tim May:},
     * {@code I wrote:}), so quotes name more authors and speakers change; a poster's own name gives
     * no parent; and each annotation's speaker is indexed ({@code speaker:}); 40: what each speaker
     * said ({@link Fields#SAID}), so that {@code speaker:X claim:obligation} asks of X's own
     * claims, and replies told as a story ({@code To which Julf replied:}, {@code Crim Tideson
     * asked:}) and mailers' quotation banners ({@code begin NAME quotation:}) name their quotes'
     * authors, and an attribution with its date in figures first ({@code 2007/6/12, NAME wrote:})
     * names NAME without the date; a quoted name in RFC 2047 form is decoded and a telephone number
     * after it left out; 41: more attribution lines name their quotes' authors (present-tense and
     * adverbed stories, {@code Phil Karn asks:}, {@code Tim also writes:}; reported speech under a
     * full name, {@code Perry E. Metzger posits:}; weekday-first dates; lines wrapped over three
     * lines), a name that links nowhere leaves the quoted words to find the parent, and a poster's
     * display name loses the telephone number or extension after it ({@code Syl Miniter
     * 803-768-3759}); 42: a message's topics, which its own text gives it, are its poster's to
     * {@code speaker:} ({@link Fields#SAID}), so {@code speaker:X topic:T} finds X's own messages
     * of topic T and not only X's annotations of it; 43: the stored JSON ({@link Fields#JSON}) is
     * stored as its UTF-8 bytes, not as a string: the same bytes on disk, which this version reads
     * either way, but a listscope before it finds no JSON there; and dated attribution lines name
     * their quotes' authors in more forms (Airmail's {@code (mailto:)} link, a telephone number or
     * call sign after the name, a name that reads as none giving way to the address, a line without
     * its colon above a quote), and the raw HTML part of a message whose headers the archive lost
     * is dropped; 44: Supercite's attribution lines ({@code >>>>> "X" == NAME writes:}) name their
     * quotes' authors in all their forms, and a reply whose parent only its subject gives goes to
     * the message of the subject whose own words it shares, where there is one, instead of the
     * latest; the Statutes at Large ({@code 100 Stat. 1859}), the Code's appendix, the annotated
     * editions, a reporter's short form ({@code 928 F.2d at 912}) and an RFC after a slash are
     * citations; 45: an act cited with its year is also keyed without it ({@code cites:"Privacy
     * Protection Act"} finds the Privacy Protection Act of 1980), a section of the Code or the
     * C.F.R. also under the section and part that hold it ({@code cites:"18 USC 2511"} finds {@code
     * § 2511(4)(b)}, {@code cites:"22 CFR 120"} finds {@code § 120.4(g)}), a case under its name
     * and its report apart and with the United States by name ({@code Katz v. U.S.} is also {@code
     * Katz v. United States}), a URL without its scheme and by its site ({@code cites:eff.org}), a
     * section, part or Public Law under the named act it belongs to ({@code 47 U.S.C. § 1002} is
     * CALEA), the laws, cases, rules and RFCs of the own text as a facet ({@code cites}), every
     * case of a list of case names is cited, and an author's name is the first comment after the
     * address, not a relay's note after it; 46: a bill or act by the nickname it had while debated
     * is cited as it in a message of those years ({@code the Cantwell bill} in 1994 is H.R. 3627 of
     * the 103rd Congress, {@code the FBI Wiretap Bill} the Digital Telephony Act), the Brady Bill
     * as the Brady Handgun Violence Prevention Act, a Federal Information Processing Standard by
     * number ({@code FIPS PUB 185}) or by name ({@code Escrowed Encryption Standard}) is a citation
     * of the new kind {@code fips}, a revision ({@code FIPS 140-1}) also keyed as the standard; a
     * section of a named act is cited as that section ({@code Section 702 of FISA}: {@code Foreign
     * Intelligence Surveillance Act § 702}, keyed also as the act) or, where the act is numbered as
     * a positive-law title of the Code, as the Code's section, and title 17 is the Copyright Act's;
     * 47: a standard cited by its name is cited again by its initials later in the message ({@code
     * DSS} after {@code Digital Signature Standard}); 48: {@link Fields#CITES}, {@link
     * Fields#CITE_KIND}, {@link Fields#CLAIM} and {@link Fields#TOPIC} hold a value once per own
     * annotation that carries it, with frequencies ({@link MessageDocuments#COUNTED}), so that
     * their clauses rank a message by how often its author's own text carries the value; 49: a
     * topic as often as its own annotations and sentences give it ({@link
     * org.listscope.model.TopicEvidence#count}); 50: FCC dockets without {@code No.} after a
     * bureau's letters or with {@code Dkt.}, and petitions for rulemaking ({@code RM-10865}), are
     * citations; 51: a case's first party may hold "on" after two words or more ({@code American
     * Council on Education v. FCC}); 52: a section named right after an act ({@code FISA Section
     * 702}, {@code DMCA 512(c)}) is that act's, not a section of the title cited before it, and a
     * regulation's decimal section the C.F.R.'s ({@code ITAR section 120.17}: {@code 22 C.F.R. §
     * 120.17}); 53: sections listed after a statute are of its title ({@code 18 U.S.C. 2518(7),
     * 2518(11)(b), or 3125}); 54: a section of 18 U.S.C.'s wiretap, stored communications or pen
     * register chapters by its number alone before the process it authorises ({@code a 2703(d)
     * order}); 55: a title of a named act ({@code Title II of the Communications Act}: {@code
     * Communications Act of 1934 Title II}), and its keys; 56: a topic's count no longer counts a
     * claim's sentence beside the claim; 57: "the Crime Bill" of 1994 is the Violent Crime Control
     * and Law Enforcement Act of 1994, which is also a named act; 58: a record without a date is a
     * copy of another only where their bodies are alike both ways (two messages of one subject and
     * author whose pages pipermail dated 1945 were one), and it joins its dated copy (those pages
     * and their month's {@code .txt.gz}); 59: a message listscope exported to mbox or Maildir takes
     * its id, list, archive URL and date shown back from its {@code X-Listscope-*} headers (a
     * re-indexed export had no list and made-up ids); 60: copyright notices and a program's
     * "export" give no topic or claim, a scrubbed-attachment note standing alone is a footer, and a
     * MIME {@code Content-ID} is no message citation; 61: a Message-ID written with pipermail's
     * {@code " at "} for {@code "@"} is a message citation; 62: header values (subjects, names,
     * addresses) lose C0 control characters other than tab, CR and LF (a run between two words
     * becomes a space): 20 subjects, 16 authors and one message's id of cypherpunks and
     * twisted-python change, and with them some person keys; 63: options "ruled out" and a
     * company's register entry make no claim; 64: of two messages whose headers name each other,
     * the later is the reply, whatever the order of the files; 65: a request to the list's robot
     * ({@code subscribe}, {@code unsubscribe}, {@code test}) is no reply to an earlier one of the
     * same subject; 66: a program's or a protocol's mandate ("mandate utf-8") makes no claim; 67:
     * nor does what a program or a standard forbids ("the HTTP standards forbid this style"); 68:
     * "Title II" where net neutrality is spoken of is the Communications Act's, "Section 230" where
     * sites' liability is spoken of is 47 U.S.C. § 230, as are "CDA 230" and the Communications
     * Act's sections 201-510 (the Code keeps their numbers); 69: a message's {@code threadId} is
     * that of the root its parents lead to, also where a later chunk threads a reply under an
     * indexed message that keeps its parent (27 of twisted-python 2005-06); 70: an address in a
     * subject, hidden by pipermail's pages as {@code user at host}, is the same for duplicate
     * matching as the {@code .txt.gz}'s {@code user@host} (5 pages of 2005-August); 71: an
     * In-Reply-To that listscope's mbox or Maildir export made up ({@code X-Listscope-Made-Up}) is
     * not read back as the message's own; 72: a policy in a message with no word of government or
     * public affairs is a project's, a program's or a company's ("our current policy is to only
     * release them for current versions") and makes no claim; 73: nor does a project's rule for the
     * licence or copyright of its contributions ("All contributions must be MIT licensed") where no
     * word of government or its law stands beside it; 74: nor what a specification or a program's
     * code mandates, forbids or prohibits ("the RFC forbids", "mandate that a method creating a
     * Deferred"), but "federally mandated" stays the law's; 75: more mail footers make no claim
     * ("shall be liable for the message if modified", "Our liability is limited to resupplying",
     * "either whole or partial, is prohibited"); 76: a program's authorization beside its logins,
     * passwords or credentials ("be authenticated and authorized") makes no claim where no word of
     * government, its law or its punishment stands beside it; 77: a module named copyright
     * ("twisted.copyright.version", "copyright.py") gives no claim or topic; 78: a legacy mailbox
     * whose first message leads with {@code From:} gives each message whose whole header block
     * after a blank line holds From, Date and Subject (the IETF's {@code mailbox_from}: 13
     * messages, not one); 79: a sentence with two telephone numbers (a directory row, a contact
     * block: "Wyden, Ronald (D) 1-202-225-4811 1-202-225-8941 ... Cosponsored HR 3627") makes no
     * claim as a plain statement; 80: a negation before a bracketed aside or an adverb of time
     * ("not (at present) illegal", "hasn't yet been declared illegal") makes a permission, and
     * "intend to" a ban foretold; 81: a penalty in cost or in terms of speed, overhead or usability
     * ("little penalty in run-time", "the N-byte penalty") is no law's punishment; 82: two
     * attributions on one line (Yahoo! Mail's "Ann wrote:On DATE, Bob wrote:" above Ann's message
     * quoted unmarked) give Ann's text her name and Bob's quote his; 83: a list footer whose rule
     * is glued to the last line of text, and a webmail's advert below an indented rule, are
     * footers; 84: a regulation's section by its number alone after the regulation ("$120.4",
     * "section #120.11" after the ITAR: 22 C.F.R.), each amendment of a list ("the First, Fourth
     * and Fifth Amendments"), the Third and Eighth, FIPS, bill, docket, Federal Register and C.F.R.
     * forms met in cypherpunks; 85: Python's module rfc822 ("rfc822.Message", "import rfc822") is
     * no RFC; 86: nor is another bill of rights the Constitution's ("POD E-Mail Bill of Rights", "a
     * new Bill of Rights"); 87: a message read from a crawl's WARC keeps the body, segments and
     * signatures it has when the crawl's mirror is read (its page above the {@code .txt.gz}, whose
     * letters outside ASCII are "?"); 88: a message page read from a crawl's mirror has the URL the
     * crawl fetched it from ({@code .crawl/manifest.jsonl}), as read from the crawl's WARC; 89: the
     * English fields drop the elided articles {@code l'} and {@code d'} ("d'Ixelles" is indexed as
     * {@code ixel}, its stem); 90: messages sharing a placeholder Message-ID under a placeholder
     * subject ("No Subject") are kept apart unless date or body agree (8 messages of cypherpunks
     * 1992-94 had been merged into one); 91: the exact fields drop a possessive's {@code 's} (not a
     * contraction's, {@code it's}), so that {@code "fourth amendment"} finds "the Fourth
     * Amendment's promise"; 92: a message of a later chunk that only shares a held message's
     * placeholder Message-ID gets an id of its own instead of replacing it; 93: relayed text is not
     * its forwarder's: a news article's byline inside a forwarded or quoted message gives the
     * article to its author, not the message's sender; a headline ending in a capitalised word is
     * no sentence leading into a title; a press release pasted whole ({@code FOR IMMEDIATE
     * RELEASE}, {@code PRESS RELEASE}) is a forward of nobody named unless the poster issued it, a
     * wire story's dateline ({@code WASHINGTON (AP) --}) a forward of its agency; 94: words inside
     * a URL, a mail address, a path or a newsgroup's dotted name ("alt.privacy.clipper",
     * "/pub/export/itar.in.full") give no topic or claim, nor does "export" in a message with no
     * word of trade or public affairs, "tax" of a machine's load or Twisted's .tax files,
     * "patently", "warrant" as a verb ("This soon warrants a Makefile"), "the ball is in X's court"
     * or a mail service's footer ("Concerned about your privacy?"); 95: (taken out again) each
     * message's own-text fingerprints indexed, so that a copy's source is found in any earlier
     * message; 96: documents as in 94 (95's fingerprints made a whole build 20% slower); 97: a
     * forward's line above its sender's {@code From:} line alone ({@code ------- Forwarded
     * Message}) forwards that sender's text; 98: a case's parties as a law library writes them
     * ({@code Katz v. U.S.} is {@code Katz v. United States}, {@code US. v. The Progressive} {@code
     * United States v. Progressive}), indexed also by the spellings they had (the United States by
     * its initials, a State with its kind, the right party after "The"); 99: what export rules
     * allow told in an adjective ("exportable", "export-controlled") gives {@code export-control},
     * and "is not exportable" is a prohibition; 100: the Export Administration Regulations (15 C.F.R.
     * Parts 730-774, "EAR Part 740") are cited as themselves, no longer as the Export Administration Act, which links to
     * its bill, and the Bill of Rights links to its text, not to the First Amendment's; 101: an
     * author's name loses the addresses and telephone number it carried ({@code Grady Ward
     * grady@btr.com} is {@code Grady Ward}); 102: a passage pasted below a line that leads into it
     * and names its source ({@code From Black's Law Dictionary:}, {@code According to NIST:}) is a
     * quote of that source, a forward where the subject does not say it replies; 103: a header-less
     * reply whose subject says "Re:" and whose own text holds 20 words or more of an earlier message
     * of its topic by someone else, pasted without quote marks, is linked to that message as by a
     * quote, not by its subject alone; 104: Polish mailers' attribution verb with its "(a)"
     * ({@code Jean-Paul Calderone napisał(a):}) and a Portuguese one's ({@code escreveu:})
     * are attributions, and the quote below is that author's; 105: Gmail's attribution without a verb
     * ({@code 2008/8/6 NAME <ADDRESS>:}, {@code 2015-04-29 0:33 GMT+08:00 NAME <ADDRESS>:}) and
     * "quoth" or "thus spake" ({@code Quoth Itamar:}, {@code NAME quoth:}) are attributions; 106:
     * so are mutt's bracketed dates in other forms ({@code NAME [Fri, Dec 12, 2003 at 03:38:46PM
     * -0500]:}, {@code * NAME <ADDRESS> [111203, 13:28]:}), {@code writes NAME:}, French {@code NAME
     * disait :} and {@code Selon NAME:}; 107: and a bare attribution with words of when, where or about
     * what before its colon ({@code NAME wrote on DATE:}, {@code NAME writes (re TOPIC):}); 108: a
     * quote whose attribution gives its source's author by first name alone ({@code Tim writes:}) is
     * credited to the name that source shows ({@code Timothy C. May}); 109: Evolution's Swedish and
     * Norwegian {@code DATE skrev NAME:}, Gmail's Russian {@code WEEKDAY, DATE, NAME <ADDRESS>:}, and an
     * old From header's {@code ADDRESS (NAME):} as attributions; 110: a bill's number two spaces or a
     * line break after its prefix ({@code S.  2272}, {@code H.R. \n1900}); 111: acts by names writers
     * garbled ({@code Electronic Privacy Act of 1986}, {@code Freedom-of-Information-Act}); 112: Blue
     * Wave's {@code -=> Quoting NAME to NAME <=-} as an attribution; 113: an attribution whose colon a
     * dash, dots or brackets replace, or that has none ({@code NAME <ADDRESS> wrote -}, {@code NAME
     * writes}, {@code <In mail NAME said:>}), and a quote credited to the source's full name where the
     * attribution gives its family name alone or a shorter form ({@code Tim May}); 114: a short header
     * block inside a quote ({@code > Date: ...}, {@code > From: NAME <ADDRESS>}) as the attribution of
     * the passages below it; 115: lawful-intercept standards as citations of the new kind {@code standard}
     * ({@code J-STD-025-B}, {@code ETSI TS 101 671}, keyed also without their revision or part), the
     * FCC's net neutrality orders by name as their record numbers ({@code 2015 Open Internet Order}:
     * {@code FCC 15-24}), cases of the Court of Justice of the European Union by number ({@code Case
     * C-293/12}), and the GDPR, the ePrivacy and the Data Protection Directive as named acts; 116: the
     * USA FREEDOM Act, the CLOUD Act, RIPA, the Investigatory Powers Act 2016, SOPA, the PROTECT IP Act,
     * the TCPA (with its initials), the TRACED Act and the Cybersecurity Information Sharing Act as named
     * acts, {@code Section 702} and {@code Section 215} alone as FISA's and the USA PATRIOT Act's where
     * the message names the act, and a bare section after a named act no longer given the Code title
     * cited before that act; 117: a Code section cited before, named again by its number and
     * subsections alone ({@code 512(c)(3)} after {@code 17 U.S.C. 512(c)}), and CP437's section sign
     * ({@code 0x15}) read as one before a bare section too; 118: sections listed before their title
     * ({@code sections 922 and 924 of title 18}), each cited, and chapters of the Code ({@code chapters
     * 119 and 206 of title 18}, {@code 18 U.S.C. ch. 121}) as citations keyed also as the act a chapter is,
     * the Pen Register Act as a named act (also for 18 U.S.C. §§ 3121-3127 and chapter 206), and an EU
     * act's number keyed also as its name and its name as its number ({@code Directive 2006/24/EC}),
     * an act named without its year years before that year as another act of the name, "Telecom Act",
     * sections 706, 512 and 1201 named bare, two acts joined by "and", and parts and sections of the
     * FCC's rules by the FCC's name ({@code FCC Part 15}: {@code 47 C.F.R. Part 15}), and the
     * Federal Rules as citations of the new kind {@code court-rule} ({@code Fed. R. Civ. P. 45(c)});
     * 119: a rule of the Federal Rules keyed also by its number alone ({@code Rule 45}, of any set) and
     * cited after what it issues ({@code a subpoena under Rule 45}),
     * a list of sections led by the singular cited ({@code section 2511, 2512 and 2513 of title 18}),
     * "must" of an inference no obligation, Russian attribution lines turned into {@code ?????:}
     * read as attributions, and the line naming a copied passage's author above it its attribution;
     * 120: "a fine" before a noun no penalty ({@code a fine job}), ICMP's "administratively prohibited"
     * and ssh's "authorized keys" no legal terms, "police" of a network's traffic no actor, a router's export policy no policy, a chroot jail no jail, and a reply's parent a message its clock puts up to
     * a day after it, where the reply names and quotes that message, or the message of another
     * subject whose words it pastes below its author's name ({@code Black Unicorn writes:}), and a
     * list of parts after a small first one cited whole ({@code 47 CFR Parts 2, 15 and 68}), and a
     * project's tests, reviews or attributes made mandatory, a precedent in a program's code and a
     * GNU program's banner no claims, nor a ban of IP addresses, a voltage's regulation, a
     * packet's illegal header, an interface's contract or a list's ban of a poster;
     * 121: bills of cash and invoices beside words of lawmaking ({@code coins and bills}, {@code
     * dental bills}, {@code stuck with the bill}), Twisted's .tax beside its .tap and a price's
     * {@code + tax}, "judge" as a verb after an adverb or in capitals, a call's arguments, a
     * method in camel case, robots.txt or a forbidden resource beside a mandate or ban, a project's
     * permissions ({@code rights on trac}, {@code bragging rights}) and more mail footers no claims,
     * nor "liable to fail", a certificate's "trusted authorities", or a precedent, mandate or ban
     * beside a snake-case name or an interface ({@code test_pb}, {@code IPushProducer}), a system's
     * or a service's administration, "to contract a firm", or an authorization beside a program's
     * words, a Deferred or a header, and what someone cannot read, hear or undo an inability, no ban
     * ({@code the NSA can't listen in}), unless without a warrant or the like, and "outlaws" as
     * people ({@code punked-out outlaws}) no ban, nor "legal" of a path or of Python, nor "a
     * liability" meaning a drawback ({@code code is a liability}), nor a company's authorized
     * dealer or a cipher's authorized receiver.
     */
    public static final int VERSION = 121;

    /** Commit user data key of the version. */
    static final String KEY = "listscope.schema";

    private Schema() {
    }

    /** The version of the reader's commit: 0 when it records none. */
    static int of(DirectoryReader reader) throws IOException {
        String v = reader.getIndexCommit().getUserData().get(KEY);
        if (v == null) return 0;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Records this build's version in the writer's next commit (other user data is kept). */
    static void stamp(IndexWriter w) {
        Markers.userData(w, KEY, Integer.toString(VERSION));
    }

    /**
     * Why the index in {@code dir}, whose documents are of {@code version}, cannot be taken as this
     * build's, in one sentence; {@code null} when it can.
     */
    public static String mismatch(Path dir, int version) {
        if (version == VERSION) return null;
        if (version > VERSION) {
            return dir + " was written by a newer listscope (index schema " + version + "; this one knows up to "
                    + VERSION + "): use that version, or another --index";
        }
        return dir + " was written by an older listscope (index schema " + version + ", now " + VERSION
                + "), whose documents lack what this version derives from the messages: rebuild it with "
                + "listscope index --rebuild PATH... (the archives it was built from)";
    }
}
