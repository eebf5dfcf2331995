package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.model.Claim;

/** Claims: kinds, hedges, and what is not a claim. Sentences adapted from cypherpunks posts. */
class ClaimsTest {

    private static List<Claim> claims(String body) {
        return new Annotator().annotate(List.of(TestMessages.message(body))).get(0).annotations().stream()
                .filter(a -> a instanceof Claim).map(a -> (Claim) a).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "For instance, it is illegal for a U.S. citizen to hold options in a foreign currency market. | prohibition",
            "U.S. banks are required by law to turn over transactions on an account. | obligation",
            "The Foreign Intelligence Surveillance Act (FISA) requires a court order for such taps. | obligation",
            "By not decrypting your hard disk under court order, you may be held in contempt of court. | consequence",
            "Under that act, the Feds may engage in electronic surveillance of foreign powers. | permission",
            "Write to your congressman and oppose the Digital Telephony bill. | recommendation",
            "The Digital Telephony bill will pass this session, mark my words. | prediction",
            "The Supreme Court ruled that wiretaps with a court order are constitutional. | legal-fact",
            "What doesn't exist can't be subpoenaed. | legal-fact",
            "Strictly speaking, issuing bank notes is not illegal under the statute. | permission",
            "So, legal tender laws don't forbid repayment of a debt in some other form. | permission",
            "The sysop is personally _liable_ for any illegal activity on his BBS. | consequence",
            "The Supreme Court declined to rule on whether someone can be forced to turn over his calendar. | legal-fact",
            "The government has to prove that you knew it was illegal to do so in order to convict you. | obligation",
            "Until then, wiretaps were barred from Federal use by the Communications Act. | prohibition",
            "Two lawsuits were filed in federal court which may cripple Public Key Partners. | prediction",
            "If you are worried about the subpoena, you need to keep no logs at all. | recommendation",
            "Bill of Rights protections do not end at the modem. | legal-fact",
            "The Cantwell Bill will pass this session, mark my words. | prediction",
            // a rule of procedure anchors a sentence as a statute does, its abbreviations no sentence's end
            "Under Fed. R. Civ. P. 45(c) a party must avoid imposing undue burden. | obligation",
            "It is perfectly legal to import IDEA into the United States. | permission",
            "Most interpretations say that crypto imports into the US are protected. | legal-fact",
            "Let's plan ahead for the day when Cypherpunks traffic, and remailer records, get subpoenaed. | recommendation",
            "Let us export anything (not just Clipper) and we'll support it. | recommendation",
            "The Attorney General will procure encryption devices to preserve lawful electronic surveillance. | prediction",
            "He intended to find a licensing scheme which would permit both non-commercial and commercial development. | permission",
            "The State will of course try to halt this technology, citing its use by drug dealers and tax evaders. | prediction",
            "The Customs Service requires a declaration for every import. | obligation",
            "The police need a warrant to search the house. | obligation",
            "This ten-day period may be waived by the judge if he finds that it was not possible. | permission",
            "Rep. Cantwell's bill would give Clipper and other crypto software more even-handed treatment. | legal-fact",
            "The access rights of citizens to publicly held information are set by the agencies' policies. | legal-fact",
            // a bill is law where lawmaking is spoken of; law enforcement stays an anchor
            "The Clinton Administration is promoting Clipper in a form that law enforcement can unscramble. | legal-fact",
            "As far as he was concerned, the suit was one that he would entertain in his court room. | legal-fact",
            "Under the new law it is a crime to sell a scanner that can receive cellular calls. | prohibition",
            "Should he prevail in court, the executive branch is bound by that decision. | legal-fact",
            "Read the bill more carefully: it bans the sale of scanners, and Congress knows it. | prohibition",
            // "cannot" of a rule stays a prohibition ("cannot" of an inability makes none: see below)
            "In that case a creditor cannot turn down an offer of legal tender. | prohibition",
            "They can't by law lend money they don't have. | prohibition",
            "Under the proposal, citizens can't have encryption the government cannot read. | prohibition",
            // public policy stays policy
            "Current Executive Branch policy regulates the export of software with encryption capabilities. | legal-fact",
            // the lawsuit's discovery, the law's penalty, guilt found; an export notice that names the law
            "I could then use the discovery process to compel them to release their relevant records. | obligation",
            "Any person who violates subsection (a) shall be subject to a civil penalty of $10,000 per day. | prohibition",
            "Under the ITAR the penalty in terms of jail time is up to ten years. | consequence",
            "In a plea bargain, Schneider agreed to plead guilty to one count of grand theft. | legal-fact",
            "The disclosure of related technical data to foreign nationals without an export license is prohibited by law. | prohibition",
            // "obliged to" binds; an agency's or administration's intent foretells policy; what a plan or proposal sets up is a fact of it
            "Every citizen would be obliged to use the new card in all dealings with any federal agency. | obligation",
            "Criminals operate outside the law and are not obliged to use encryption schemes sanctioned by statute. | permission",
            "The administration announced that it intends to push ahead with the voluntary Clipper Chip scheme. | prediction",
            "The Feds intend to have Clipper technology on every fax machine. | prediction",
            "Under the Clipper plan, the keys would be stored at the Treasury Department. | legal-fact",
            // "illegal immigration" names what a policy is about: "may soon ask" foretells it
            "The United States, in a response to its ability to control illegal immigration, may soon ask every American to carry a national identity card. | prediction",
            // "must add" a tax is a duty; only "must add that" is talk
            "New York residents must add the appropriate sales tax. | obligation",
            // a ban or duty only proposed, considered or sought is a fact of policy, not a ban or duty in force
            "The administration has proposed banning strong encryption. | legal-fact",
            "NIST Deputy Director Ray Kammer said the government is considering banning all other encryption. | legal-fact",
            "Finally, sources tell us, the administration plans to outlaw any form of encryption other than that approved by the government. | legal-fact",
            "The FBI has reintroduced its 1992 proposal to require that communications service providers redesign their equipment. | legal-fact",
            "This Administration does not seek legislation to prohibit the domestic use of cryptography. | legal-fact",
            // a proposal as the subject, legislation in force, and what is regarded as illegal stay what they say
            "The Clipper proposal requires government users to purchase a chip with a special key. | obligation",
            "Recently passed US legislation requires the date, time and telephone number of the sender. | obligation",
            "It seems the stuff on the BBS was legal for California, but considered illegal pornography in Tennessee. | prohibition",
            // a negation before an aside or an adverb of time still grants; an intent foretells; a ban beside them stays one
            "While it is not (at present) illegal to encrypt information, there is no guarantee of what the future may hold. | permission",
            "I did the copying for free, which hasn't yet been declared illegal by any court. | permission",
            "Most of them would not even have involved a violation of the laws on monetary instruments. | permission",
            "NIST's response makes it clear that they intend to outlaw all non-escrow encryption. | prediction",
            "It is illegal (not merely frowned upon) to export PGP without a license. | prohibition",
            "The statute was intended to prohibit the interception of cellular calls. | prohibition",
            "It is not clear to me, but exporting it is illegal under the ITAR. | prohibition",
            // what an order tells someone to do
            "I gather that a court can order you to produce the means to decrypt ciphertext it has ruled is evidence. | obligation",
            "As part of his sentence, the judge ordered him to never draw this kind of stuff again. | obligation",
            // what a law or an order would allow it permits
            "The bill would allow US companies to produce and export products with cryptographic technology in them. | permission",
            "Clinton has reportedly prepared two executive orders that would allow the IRS to monitor personal bank accounts. | permission",
            // "version(s)" and a listing's fields are no program text
            "Note that since RSAREF cannot be exported, the USA Legal version(s) of PGP will not replace the current version(s). | prohibition",
            // what export rules do not allow, told in an adjective (a gold prohibition of cypherpunks 1994, Phil Karn's)
            "NSA has already let it be known that any cellular system that can provide end-to-end encryption will not be exportable. | prohibition",
            "I worry that requiring PGP signatures could pose problems for those outside the U.S., especially if MIT-PGP is apparently not exportable. | prohibition",
            "I am afraid if I do my code will be both un-exportable and non standard under the ITAR. | prohibition"})
    void findsTheKind(String sentence, String kind) {
        assertThat(claims(sentence + "\n")).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.evidence()).isNotEmpty();
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Is it legal to export PGP to Canada?",
            "Can the court really force me to hand over my key?",
            "The modem must be reset after the firmware upgrade.",
            "You should compile with -O2 and link against libgmp.",
            "The DES key schedule will take 16 rounds.",
            "Of course the FBI will ban dice next ;-)",
            "Thanks for the pointer to the article.",
            // lookalikes: a given name, laws of nature and logic, eponymous laws
            "Bill Gates is attempting to create a worldwide network of about a hundred satellites.",
            "In a sense, Bill is acting as a filter, or a paternal figure, for his clients.",
            "This is stuff that shouldn't be debated in private by the NSA and Bill C.",
            "What was also interesting was that Benford's law is scale-invariant.",
            "It may be possible to derive some limits just by knowing electronics and the laws of physics.",
            "Add the zip file to sys.path and you can import modules contained in the files inside it.",
            "Most of those messages do not seem to warrant the effort of decoding them.",
            "The following is big enough progress that it warrants a minireport of its own under the new policy.",
            "We need this so we can judge whether changes are introducing regressions or not.",
            "We put a 5 dollar bill on the copier and made a copy.",
            "Working with patches because you don't have svn commit rights is annoying.",
            "I tried the binary installer, but it keeps telling me that I don't have the rights to install it.",
            "The few $50 and $100 bills I've looked at over the past year have had a vertical stripe.",
            "So it's not quite reasonable to judge Twisted by the same standard.",
            "Please read the enclosed messages, judge for yourself, and act.",
            "Surprised parents of teenaged children are discovering international toll calls on their phone bills!",
            "The import of this is clear: the decisions we make about security today will shape tomorrow.",
            // "import" in a sentence that says nothing of trade or its law: a program's
            "The import line should be removed from the example file.",
            "Thoughts on how we should deal with the import problem are welcome.",
            // "law" as the first word of a compound of the legal trade; "precedence" as an order
            "The survey was commissioned by The Marx Group, an information services industry consulting and law firm.",
            "It sets a better precedence for other bits of Twisted that want to use compression, so it will take precedence.",
            // bills as money or invoices, in a message that says nothing of lawmaking
            "Looking at the front of the bill, it's clearly visible on those bills printed in 1990 and thereafter.",
            "The bank would know the same bill was spent twice, but wouldn't be able to determine that Alice was the spender.",
            "The IRS will just send you a bill.",
            "Shannon's law says only that it is theoretically possible to signal with arbitrarily low error.",
            "Greshams law: where people have a choice, they will use the lesser value money.",
            "Tim, I'll be glad to teach you how to file a Privacy Act request.",
            // a programme's outline; a crime spoken of, not asserted
            "This panel will explore policy and technical issues such as funding and regulation.",
            "THE PANEL WILL EXAMINE HOW THE LAW TREATS ENCRYPTION.",
            "Visitors can explore imaging in forensic science by using fingerprint enhancement to solve a crime!",
            // courts of no law
            "DC's 2600 meetings are held in the food court of a local mall.",
            "Nobody has reviewed it since, which means it's still in your court for some reason.",
            // a licence's standing text, pasted with code
            "# Redistributions of source code must retain the above copyright\n#    notice, this list of conditions and the following disclaimer.",
            "IN NO EVENT SHALL THE AUTHOR OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES.",
            "Copyright 1994 Time Inc. All rights reserved.",
            "There is NO WARRANTY, to the extent permitted by law.",
            // "authorized" describing its noun; "a crime that" as a shame
            "\"Authorized\" users with the right keys can regenerate the same dither stream and subtract it.",
            "It's a crime that so many people live in poverty.",
            // a mail disclaimer, a company footer
            "If you are not the intended recipient, any disclosure, copying or distribution of the message is prohibited.",
            "BNP Paribas Fund Services UK Limited is authorised and regulated by the Financial Services Authority.",
            "Registered office: Bremen, Managing directors: A. Weber, Court of register: Amtsgericht Bremen HRB 1321.",
            // options ruled out, not a court's ruling
            "Once you've ruled out options #1 and #4, there is nothing left but to ask the mailing list.",
            // a project's or a protocol's mandate
            "Just to be clear, the mandate for Python 3 is just for the standard desktop image.",
            "IRCv3 is attempting to mandate utf-8 for certain protocol elements (usernames and metadata).",
            "And when no encoding is mandated, perfectly reasonable assumptions do fail and fail often.",
            "The HTTP authentication standards specifically forbid this style of authentication.",
            // "illegal" of a program's input or of a specification's rule
            "Each iteration around this loop creates a new instance; after the illegal string is delivered, the instance isn't used again.",
            "This means that Python found an illegal virtual machine instruction.",
            "/usr/include/rpc/pmap_clnt.h:99: illegal function definition, found `)'",
            "I would also like to drop the illegal connection as quickly as possible.",
            "self.illegalStrings is defined as a list of byte strings.",
            "It is illegal, according to the specification.",
            "I thought this sort of thing was considered illegal in Python.",
            // "cannot" of what someone is unable to do, know or afford forbids nothing
            "The NSA may have monitoring facilities that we cannot hope to have.",
            "Since none of us have ever been inside the NSA, we cannot underestimate their power.",
            "If the NSA can't do it, then there is a good chance that no one can.",
            "Clipper can't fill certain market niches.",
            "Most small ISPs can't afford a lawyer.",
            "The government can't really stop people from using crypto.",
            "Clipper can't have been developed since Inauguration Day.",
            "The government can't have it both ways.",
            // a project's or a company's own policy
            "This violates our deprecation policy, so I suggest we only do it if absolutely must.",
            "Sorry I can't irc from work -- NASA/GSFC IT policy doesn't allow that.",
            "Our peering policy requires a minimum of three interconnection points.",
            "policies.ThrottlingFactory relies on how many bytes have been sent, and it should throttle them.",
            // a discovery that is a finding, a penalty in time, guilt felt
            "Twisted is going to need to rely on service discovery for a lot of stuff, eventually.",
            "This discovery will allow people who must use PGP 2.6 to communicate with people with earlier versions.",
            "This will incur some startup penalty as each process starts up, but is way simpler.",
            "It is possible to build a key search machine for several modes of DES with little penalty in run-time.",
            "There will be some penalties in terms of usability of the systems.",
            "The performance and cost penalties of the search operation are significant for telephone applications.",
            "I felt guilty doing 2.1 support because I am likely going to have to backport portions of it.",
            "The interested people (names withheld to protect the guilty) disagreed on what it should look like.",
            // more mail disclaimers
            "Any dissemination, distribution or copying of the enclosed material is prohibited.",
            "The unauthorized use, dissemination, distribution, or reproduction of this e-mail is prohibited and may be unlawful.",
            "Persistent Systems Ltd. does not accept any liability for virus infected mails.",
            // "privacy" in a program's name; a panel's programme
            "Privacy Enhanced Mail (PEM) allows encryption and authentication services to be applied to a mail message.",
            "The panelists will also review the procedural and evidentiary rules affecting judicial automation.",
            // "must" of what the writer admits, says or agrees to: talk, not a duty
            "I must concur with George Gleason's remarks about \"sneaking around in the shadows of legality\".",
            "I must admit to finding myself quite irritated that bodies like the LEAC, advising government on domestic policy, are so secretive.",
            "I really must say that Al Gore's Reinventing Government Task Farce has outdone itself.",
            "I must also point out that this is in no way legal advice, but merely academic examination.",
            // where in the law something is forbidden, asked or looked up
            "This is tantamount to asking me to bother looking up where in the law books precisely running red lights is outlawed.",
            "I would have to look up where specifically in the law books of all the states driving without a license was listed as a violation.",
            // program text: "authorized", "illegal", "legal" of a program
            "log(\"User not authorized\") request.setResponseCode(http.UNAUTHORIZED)",
            "noisy = 0      protocol = FlashPipe      authorized = {'somerandomdata' : 'valid user'}",
            "fork() with no exec() is legal Unix.",
            // a licence server or key, "be the judge of", a decision left in someone's court (twisted-python 2004-2009, cypherpunks 1994)
            "When I run the command I get a message saying it can't contact the license server, even though the command works.",
            "You'll have to be the judge of whether it's working for you or not.",
            "I don't believe any tickets have been filed for this, and that I am leaving in our venerable release manager's court.",
            // a Windows path, commit rights, a mail footer's privilege, the Library of Congress, a mangled "don't" before "warrant"
            "C:\\other\\Bill\\compstrm\\twbsd>twistd -noy testService.py 2004/05/21 19:29 India Standard Time [-] Log opened.",
            "Python doesn't have many worker bees compared to the long list of people who have checkin rights.",
            "This email or any attachments may contain confidential or legally privileged information intended for the addressees.",
            "Legal privilege is not waived by you reading this email.",
            "I tried at several universities but they said only the Library of Congress had it.",
            "Those space errors don?t really warrant a point release.",
            // "a fine" before a noun, ICMP's answer, ssh's keys (cypherpunks 1993-94, twisted-python 2003-2010)
            "Skipjack may be a fine cipher, but I sure as hell don't want Clipper.",
            "When the police break down the lab door, they find nothing but a fine powder.",
            "So as long as you're version-synchronized, PB is a fine choice as well.",
            "The problem is that occasionally I receive ICMP 13 (administratively prohibited) errors from the destinations.",
            "[CONCH] [PATCH] Allow deferred retrieval of authorized keys",
            // a project's tests and reviews, a markup's or program's attributes and keywords, made mandatory (twisted-python)
            "It's nice to have a unit test, even a simple one, but it shouldn't be mandatory.",
            "Launchpad requires mandatory reviewer approval for merging to trunk -- with an exception for trivial commits.",
            "We won't be using <code> for multi-line snippets, but rather <pre> with a mandatory class attribute.",
            "The cp_reconnect keyword is mandatory but not sufficient for what I've experienced.",
            // a contract of a program's interface (twisted-python)
            "I am curious to know the problems that were fixed here, but, this is a violation of the IReactorTime contract.",
            "Using __new__ like this is violating its implicit metaprogramming contract within Python.",
            // a precedent in a program's code (twisted-python)
            "This really sounds like black magic, but there is some precedent for it in widgets.Form.",
            "It sets a better precedent for other bits of Twisted that want to use compression.",
            // a ban of addresses (twisted-python), a voltage's regulation and a packet's illegal header (written examples)
            "I want to be able to ban IP addresses.",
            // a list's or a channel's own ban of a poster (cypherpunks 1993-94, twisted-python)
            "They have the power to kick and ban people from the channel, if they are being abusive.",
            "Look, there's one advantage to not banning LD from the list; he posts under his own names.",
            "I was then promptly kicked and banned, without even being given the opportunity to present my case.",
            "You should rate-limit and ban any /24 that scans you.",
            "The UPS has a regulated output and the voltage regulator failed, so we must replace it.",
            "Our power must be regulated to within 5% of 208V.",
            "Routers must drop illegal packets with bogus headers.",
            // "judge" as a verb after an adverb or in capitals (cypherpunks 1993-94)
            "INVENTERS OF CRYPTO ALGORITHMS ARE NOT QUALIFIED TO JUDGE THEM.",
            "That is mostly bull, in the sense that people can probably judge what is safe without knowing the standards.",
            // a program's arguments, methods and robots made mandatory or forbidden, a server's forbidden resource (twisted-python 2009-2011)
            "The obvious options would work, but you have the issue that existing mandatory arguments would just be ignored.",
            "setUpClass mandates a ClassSuite -- a suite that runs setUpClass at the start and tearDownClass at the end.",
            "Make a symlink called latest and use robots.txt to prohibit search engines from indexing the version-specific doc sets.",
            "So you'd think I had something wrong in my headers, or was trying to access a forbidden resource, etc.",
            // a project's and a program's permissions (twisted-python 2009-2017)
            "I'd add it to ProjectsUsingTwisted but I don't have rights on trac.",
            "I also added spectators, which were simply users with no rights to move tokens.",
            "An authenticated client should have rights to run some RPC methods, but not others.",
            "The presently active developers would presumably retain their PyPI maintainership rights as well.",
            "If you do code reviews on Twisted you get internet points and bragging rights.",
            // mail footers (twisted-python 2009)
            "This email and any attachments are intended only for the use of the recipient and may be confidential and/or legally privileged.",
            "MSN shall not be responsible or liable for the advertisers' content nor any of the goods or service advertised.",
            "Any retransmission or other use of the contents of this information is prohibited.",
            // a precedent or a ban in a program's code, a linter's header, "liable to" as likely to, a CA, a list's ban, twistd's import (twisted-python 2013-2018)
            "For precedent, IStreamClientEndpoint went with this strategy by having the (perhaps unfortunately named) UserError.",
            "If this should be forbidden, I will add a test to test_pb for this.",
            "On top of that, it is not forbidden for an IPushProducer implementation to call write() even when paused.",
            "The checker says the copyright header is missing, so we must add one to every file.",
            "There is a note against this that says it is liable to fail at some point.",
            "The feature is designed to check the list of trusted authorities on the Windows Update Web site when this check is needed.",
            "I have no idea how this bot got subscribed to the list, but, I've unsubscribed and banned them.",
            "twistd assumes privilege separation is accomplished via daemons that start up (and, implicitly, import all their code) as root, "
                    + "and then carefully shed privileges on their own.  this assumption was based in large part on the idea that twistd will want to bind privileged ports.",
            // a service's administration page, a contract to hire, a program's import and authorization (twisted-python 2005-2008)
            "I also coded a twisted.web service administration page that allows for a manual reload of the data on the individual server.",
            "Management decided to contract a large offshore J2EE firm to rewrite the application in Java, so as to be compliant with best practices.",
            "The current release of foolscap uses pickle, so such instances will be loadable if the viewer can import the same code, "
                    + "but future versions will probably switch to using Banana, at which point trying to log such instances will cause an error.",
            "If there's an intermediate layer, it can just return the authorize deferred as its own result, unless it wants to do some post processing to authorizes result.",
            // "outlaws" as people (cypherpunks 1992-94)
            "Note that we have very little to do with the Gibsonesque vision of punked-out outlaws and virtual reality escapades.",
            "Those who do not think that there is a crypto-movement may soon find themselves outlaws of a much higher level.",
            "Each user could have a set of agencies which were compatible with his principles, and another set of \"outlaws\".",
            // "legal" meaning valid, "a liability" meaning a drawback (twisted-python 2002, 2018)
            "One thing I learned from it - string paths are EVIL, especially in FTP where paths such as /baz/.././//foo/../bar are legal.",
            "It just means you can't legally run it through IDNA and turn it into an A-label.",
            "I guess you're saying that the transparency has become a liability, as you can't tell if you're invoking a local or remote object.",
            // "authorized" of a company's dealers or a cipher's receiver (cypherpunks 1993)
            "Several companies offer them, including AT&T and Western Union (buy them at authorized Western Union dealers).",
            "The cryptogram is again transformed by the authorized receiver using a secret reciprocal transformation.",
            // Twisted's .tax beside its .tap, a price's sales tax (twisted-python 2002-2003)
            "A tap file is about a thousand times faster than a tax, at present, and I don't have any plans for making it faster.",
            "If it is, load the tax, and save the tap.",
            "Then, each time a tap is to be loaded, check to see if the modification date on the tax is newer.",
            "Ok, I just called and they only have rooms available starting at $119/night + tax.",
            // a network's "police" of its traffic (written examples: no such sentence in the data at hand)
            "You should police ICMP to 1 Mbps at the edge.",
            "Routers must police control plane traffic.",
            "We police inbound traffic at 100 Mbps and you must do the same.",
            "Use a policer: police 8000 conform-action transmit exceed-action drop should work.",
            // a jail that confines a program (written examples)
            "You should run named in a chroot jail.",
            "Put the daemon in a jail and it cannot touch the rest of the box.",
            // a router's export or import policy (written examples)
            "Our export policy should only announce our own prefixes to peers.",
            "Your import policy should reject bogon routes from every eBGP neighbor.",
            // the slogan and its variants
            "If privacy is outlawed, only outlaws will have privacy.",
            "When codes are outlawed, only outlaws will have codes, a tagline I made up long ago."})
    void questionsJokesAndTechnicalStatementsAreNotClaims(String sentence) {
        assertThat(claims(sentence + "\n")).isEmpty();
    }

    /**
     * What someone cannot read, hear or monitor is an inability, no ban (cypherpunks 1993-94); with
     * "without a warrant" or the like it is the law's rule.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Government loves to seize paper; give the bastards something they can't read!",
            "Now the NSA can't listen in, the article reported, but who knows what they've done since then.",
            "Since the questionnaires were mailed via remailers, the researchers can't collude with the supervisory agency to learn who wrote which.",
            "Imagine running the Clipper algorithm and your key is exposed to listeners, yet you cannot disable this exposure.",
            "Maybe the character of the NSA has changed since the 70s, but we can't dismiss the possibility that Clipper is in our interest.",
            "The FBI can't keep up with all the cybercrime.",
            "Meanwhile, most computer systems have simple password systems that can't protect against wiretappers."})
    void anInabilityIsNoProhibition(String sentence) {
        assertThat(claims(sentence + "\n")).noneMatch(c -> c.kind().equals("prohibition"));
    }

    /** An inability's verb with "without a warrant" or "without a court order" stays a ban. */
    @ParameterizedTest
    @ValueSource(strings = {"The FBI can't read your mail without a warrant.", "Police cannot monitor your calls without a court order.",
            "If you own ViaCrypt PGP, you have a fully licensed program, and PKP cannot touch you for using it.",
            "Also, a sysop can't monitor for unlawful activity in general."})
    void aBanOnReadingWithoutAWarrantStays(String sentence) {
        assertThat(claims(sentence + "\n")).anyMatch(c -> c.kind().equals("prohibition"));
    }

    /**
     * A bill of money or an invoice is no legal term even where the message speaks of lawmaking
     * elsewhere (cypherpunks 1993-94, where the Digital Telephony bill is in the same thread).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Auto- motive customers have experienced their repair bill jump from $25 to $1,000 as retrofits become the only way.",
            "For now Mr. Brandenberger will be paying with plain old dollars, when he gets his credit card bill.",
            "When you eat sugar next to me, you're not doing me any harm unless I'm forced to pay your dental bills.",
            "Otherwise, it's the ratepayers that get stuck with the bill, which drains money from new technologies.",
            "At the end of the month, the box would send the total price to the vendor, which will bill the customer.",
            "Customers may \"withdraw\" more bills to use for remailing messages.",
            "The specific issues of extracting \"bills\" from a money file are areas where the interface should be made nice.",
            "The number of people determines the number and denomination of bills and coins to be printed and minted.",
            "The friendly attendants will happily change your bills into nickels and quarters so you can print it.",
            "Merchants must send an email message to verify that the money is unspent and receive fresh bills.",
            "Peter H. Daly said the bills' traditional look will be maintained as much as possible.",
            "Good photocopies of bills can get past this test, and they must be stopped.",
            "What do you think it means on your bills where it says, this is legal tender for all debts?"})
    void billsOfMoneyAreNoLegislationBesideLawmaking(String sentence) {
        String lawmaking = "Congress passed the wiretap act.\n\n";
        assertThat(claims(lawmaking + sentence + "\n")).allMatch(c -> c.start() < lawmaking.length(), "no claim in: " + sentence);
    }

    /** A bill beside words of money stays a bill where it is one (cypherpunks 1994). */
    @ParameterizedTest
    @ValueSource(strings = {
            "The bill would allow the attorney general to seek fines of $10,000 a day for firms that don't provide access.",
            "Since this will obviously cost money, the bill appropriates $500 million in Federal money to these carriers.",
            "Read the actual bill: it requires carriers to pay for the changes.",
            "The final bill requires the government to reimburse carriers for all reasonable costs."})
    void billsOfLawmakingBesideMoneyStay(String sentence) {
        String lawmaking = "Congress passed the wiretap act.\n\n";
        assertThat(claims(lawmaking + sentence + "\n")).anyMatch(c -> c.start() >= lawmaking.length());
    }

    /** A mandate beside words of government or lawmaking stays, a project's words or not (cypherpunks 1994, twisted-python 2005). */
    @ParameterizedTest
    @ValueSource(strings = {"Allows a bank to merge with a bank in another state, so long as neither state has taken legislative action to prohibit interstate mergers.",
            "I want an n-tier application for a market that has strict federally mandated security requirements and many interfaces to equipment."})
    void aMandateBesideGovernmentStays(String sentence) {
        assertThat(claims(sentence + "\n").stream().anyMatch(c -> c.evidence().stream().anyMatch(e -> e.contains("prohibit") || e.contains("mandat"))))
                .as(sentence).isTrue();
    }

    /** A contract of law stays, a sentence's end without its space or not (cypherpunks 1994). */
    @Test
    void aContractOfLawStays() {
        assertThat(claims("That means the person who bought the contract gets $500 times the index value.The person who sold a contract"
                + " would have to pay that amount.\n")).isNotEmpty();
        assertThat(claims("The PKP/Viacrypt contract requires that ViaCrypt use their own RSA engine.\n")).isNotEmpty();
    }

    /**
     * The legal senses of this round's lookalikes' words stay claims: a court's or a country's
     * precedent (dotted abbreviations or not), a government's regulations and bans (cypherpunks
     * 1993-94), and its export policy where no route is announced.
     */
    @ParameterizedTest
    @ValueSource(strings = {"First of all, it's in Canada, so U.S. precedent will not be set.",
            "The US precedents regarding traffic analysis (e.g., telephone \"pen registers\") are very anti-privacy.",
            "On the other hand, it is possible to do much better than current regulations do.",
            "Congress should ban strong crypto.", "Carriers must not ban customers for lawful speech.",
            "Posting led to mainstream groups, such as soc.culture.canada, being banned from network sites by court order.",
            "The administration's export policy must change before US firms lose the market.",
            "Export policy on cryptography should be set by Congress.",
            // round 56: a mandate or ban of a government, a judge named after "to", the rights of citizens, a tax with a tap
            "I want to build an application for a market with strict federally mandated security requirements.",
            "In Brunei, the private clinics are prohibited from accepting payments to their bank account from abroad.",
            "Defendants are therefore forced to appeal to Judge Gibbons without an order reduced to writing.",
            "Citizens have rights to access their own records under the Privacy Act.",
            "The tax on each phone tap must be paid by the carrier.",
            "Masked in all these arguments is the philosophy that `that which cannot be enforced should not be prohibited'.",
            "The escrows will be liable to Clipper users only under the Bivens doctrine.",
            "A provider who discloses such information shall be liable to the aggrieved person.",
            "The authorities must get a warrant before they read your mail.",
            "Heinlein said it was time to move when some place instituted mandatory IDs.",
            "The Clinton administration allows the NSA to read it.",
            "France, for example, outlaws the use of unregistered cryptographic devices within its borders.",
            "Remailer operators may face a liability for damages if they forward threats.",
            "What you have here is a liability transfer from a small customer to a larger intermediary.",
            "Vendors are required to contract with each carrier separately.",
            "Only authorized agents may obtain the key from the escrow agencies.", "Vendors must sign a contract before they get the keys."})
    void theLegalSensesOfLookalikeWordsStay(String sentence) {
        assertThat(claims(sentence + "\n")).hasSize(1);
    }

    /** A jail for people stays a consequence. */
    @ParameterizedTest
    @ValueSource(strings = {"He will go to jail if he exports it.", "The server's admin was put in a jail for a year."})
    void aJailForPeopleStays(String sentence) {
        assertThat(claims(sentence + "\n")).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo("consequence"));
    }

    /** The police who rate-limit nothing stay an actor, traffic or not. */
    @ParameterizedTest
    @ValueSource(strings = {"Police must not monitor traffic.", "Traffic police must stop speeding cars."})
    void thePoliceStayAnActor(String sentence) {
        assertThat(claims(sentence + "\n")).singleElement().satisfies(c -> assertThat(c.evidence()).contains("policy actor: police"));
    }

    /** "a fine" where a penalty's words follow it stays a consequence (cypherpunks 1993-94). */
    @ParameterizedTest
    @ValueSource(strings = {
            "A fine of up to $10,000 per day may be levied; for most companies this amount is sufficient to ensure compliance.",
            "If the government imposes a fine and the fined entity agrees, the deposit is spent.",
            "Under the bill a carrier could face a fine.",
            "Anyone who exports it without a license will pay a heavy fine."})
    void aFineBeforeAPenaltysWordsIsAConsequence(String sentence) {
        assertThat(claims(sentence + "\n").stream().anyMatch(c -> c.kind().equals("consequence"))).as(sentence).isTrue();
    }

    /**
     * "must" of an inference binds no one (cypherpunks 1993-94, twisted-python 2004); "there must be
     * no", "there must not be" and "there must exist" still demand.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "There must be some sleazy backroom collusion between executives of this company and the government. | false",
            "Newsom (the TN prosecutor) specializes in porn and must have been up on this landmark case. | false",
            "It is a common caution so I assume there must be other precedents. | false",
            "There must be no laws restricting domestic use of cryptography. | true",
            "There must not be a law forcing key escrow on us. | true",
            "There must exist probable cause for a search warrant. | true",
            "A remailer operator must be a moral arbiter of when to release an anonymous address under the law. | true"})
    void mustOfAnInferenceIsNoObligationAndMustOfADemandIs(String sentence, boolean obligation) {
        assertThat(claims(sentence + "\n").stream().anyMatch(c -> c.kind().equals("obligation"))).as(sentence).isEqualTo(obligation);
    }

    /** A policy in a message that speaks of no government or public affairs is a project's, a program's or a company's. From twisted-python 2004 and 2019. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Some of the policy will seem obvious, but other packages don't follow it.",
            "I don't think this policy will change when project release cycles are separated though.",
            "We also ought to have some sort of policy that all new module and package development should start in the sandbox.",
            "As per policy, official support will be dropped for this platform before the next release.",
            "Netcom said little.  I don't think this policy will change when the next release is out."})
    void aPolicyInAMessageOfNoPublicAffairsIsNoClaim(String body) {
        assertThat(claims(body + "\n")).isEmpty();
    }

    /** A word of government anywhere in the message keeps its policy a public one, in the sentence or beside it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "The administration's encryption policy will be announced next week.",
            "I don't think this policy will change when the new Congress is seated.",
            "The administration wants key escrow.  I don't think this policy will change when the next release is out."})
    void aPolicyInAMessageOfGovernmentStaysAClaim(String body) {
        assertThat(claims(body + "\n")).singleElement().extracting(Claim::kind).isEqualTo("prediction");
    }

    /** A project's rule for the licence or copyright of its contributions is the project's, not the law's. From twisted-python 2002-2009. */
    @ParameterizedTest
    @ValueSource(strings = {
            "All contributions or inclusions must be MIT licensed.",
            "FYI: Twisted patches must also be copyrighted by Glyph.",
            "When writing code to contribute to Twisted, note that it must be MIT licenced.",
            "I do hereby consign all copyrights for this patch to Glyph, as required by Twisted."})
    void aProjectsRuleForContributionsIsNoClaim(String sentence) {
        assertThat(claims(sentence + "\n")).isEmpty();
    }

    /** A duty to license that the law or the government sets, or that a licence sets on a program, stays an obligation. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Export of this code out of the U.S. requires a licence.",
            "Under U.S. copyright law, every patch you contribute must be licensed by its author.",
            "A contributor who distributes the patch must be licensed by the government.",
            "The reactor must be licensed under the GPL, but the rest of Twisted doesn't."})
    void aDutyToLicenseThatTheLawSetsStaysAClaim(String sentence) {
        assertThat(claims(sentence + "\n")).singleElement().extracting(Claim::kind).isEqualTo("obligation");
    }

    /** What a specification or a program mandates, forbids or prohibits is no law's rule. From twisted-python 2003 and 2005. */
    @ParameterizedTest
    @ValueSource(strings = {
            "For that matter, perhaps another solution would be to mandate that a method creating a Deferred is responsible for configuring it with an errback.",
            "The RFC forbids sending a body with a 304 response.",
            "The spec prohibits a Content-Length header in a chunked response.",
            "Twisted obscures SSL-level errors and prohibits application-level handling of them."})
    void aSpecificationsOrAProgramsRuleIsNoClaim(String sentence) {
        assertThat(claims(sentence + "\n")).isEmpty();
    }

    /** A word of government or its law beside a program's words keeps the mandate or ban the law's ("federally mandated", a bill, the FCC). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I want to create an application for a market that has strict federally mandated security requirements and many interfaces to equipment. | obligation",
            "H.R. 3636 also prohibits (with exceptions for small and rural areas) any common carrier from providing video programming. | prohibition",
            "The FCC prohibits this protocol on the amateur bands. | prohibition"})
    void aMandateOrBanBesideAWordOfGovernmentStaysAClaim(String sentence, String kind) {
        assertThat(claims(sentence + "\n")).singleElement().extracting(Claim::kind).isEqualTo(kind);
    }

    /** A mail footer's sentences of liability and of a prohibition, also one split off by a blank line. From twisted-python 2003 and 2005. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Neither FININFO (nor any of its subsidiaries or affiliates) shall be liable for the message if modified, altered or falsified.",
            "BNP PARIBAS (and its subsidiaries) shall (will) not therefore be liable for the message if modified.",
            "Our liability is limited to resupplying any affected attachments.",
            "Any unauthorised disclosure, use or dissemination, either whole or\n\npartial, is prohibited."})
    void aMailFootersLiabilityIsNoClaim(String body) {
        assertThat(claims(body + "\n")).isEmpty();
    }

    /** Liability for a message and a ban in part that a law sets stay claims. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Under federal law your liability is limited to $50 for unauthorized charges on a credit card. | consequence",
            "The carrier shall be liable for the message if it discloses it to the police without a warrant. | consequence",
            "Publication of the intercepted call, whole or partial, is prohibited by law. | prohibition"})
    void liabilityThatALawSetsStaysAClaim(String sentence, String kind) {
        assertThat(claims(sentence + "\n")).singleElement().extracting(Claim::kind).isEqualTo(kind);
    }

    /** A program's authorization, beside its logins, passwords and credentials, is access control, not the law's leave. From twisted-python 2003 and 2009. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Users will connect via one protocol, be authenticated and authorized to a separate service.",
            "I'd like to add some authorization to the service so users must enter a user id and password to use the service.",
            "AuthenticatingTelnetProtocol requires the cred portal to use to do the authentication and authorization with."})
    void aProgramsAuthorizationIsNoClaim(String sentence) {
        assertThat(claims(sentence + "\n")).isEmpty();
    }

    /** An authorization that a judge or the police hold stays a permission, passwords and logins beside it or not. */
    @ParameterizedTest
    @ValueSource(strings = {
            "A judge authorized the search of his login records.",
            "The police are authorized to demand your password only with a warrant."})
    void anAuthorizationOfTheLawStaysAPermission(String sentence) {
        assertThat(claims(sentence + "\n")).singleElement().extracting(Claim::kind).isEqualTo("permission");
    }

    /**
     * A directory row or contact block, with two telephone numbers, names a bill or an agency but
     * asserts nothing about it. From cypherpunks 1993-94 (a list of the bill's cosponsors, the
     * White House's lines, a newsletter's services).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "3 OR Wyden, Ronald (D)      1-202-225-4811   1-202-225-8941\n         1111 LHOB\n\tCosponsored HR 3627 on 03/22/94",
            "The President (202) 456-1414 White House Comment Line (202) 456-1111 When bill signed or vetoed (202) 456-2226",
            "On line: Information Law Alert is available to subscribers of NewsNet (800-952-0122); Dialog (800-334-2564)."})
    void aDirectoryRowIsNoClaim(String row) {
        assertThat(claims(row + "\n")).isEmpty();
    }

    /** A statement with one telephone number, or a cue beside two, stays a claim. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A special agent of the U.S. Customs Service in Austin, TX (512) 482-5502 served the subpoena on ViaCrypt. | legal-fact",
            "Under the Privacy Act your comments must reach the Treasury (202-622-0450, fax 202-622-1111) by 15 September. | obligation"})
    void aStatementWithATelephoneNumberStaysAClaim(String sentence, String kind) {
        assertThat(claims(sentence + "\n")).singleElement().extracting(Claim::kind).isEqualTo(kind);
    }

    /** A module named copyright is no legal word: "to still allow 1.3.0" is no permission. From twisted-python 2005. */
    @Test
    void aModuleNamedCopyrightMakesNoClaim() {
        assertThat(claims("On the client side to still allow 1.3.0 I import from there depending on twisted.copyright.version.\n")).isEmpty();
    }

    /** Words that look like a cue of one kind and are none: the sentence may still be a claim, of another kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a case set up or a turn of talk urges nothing; nor does "let us" meaning "allow us"
            "Let's say that you call someone who's under Clipper surveillance. | recommendation",
            "Okay, let's assume the crime involves a conspiracy, and they give you immunity. | recommendation",
            "Let us suppose Hillary wants to spend $100,000 given to her by a friend without the IRS knowing. | recommendation",
            "Let's face it, with the drug war, the Constitution's search and seizure protections are dead! | recommendation",
            "Let's hope PGP can become legal soon. | recommendation",
            "Let's take a look at the Bill of Rights and see which aspects are being threatened. | recommendation",
            "If your firm has lost business because you could not export your encryption product, please let us know. | recommendation",
            "This would let us plug in our favourite engine and save you a lot of hassle with export controls. | recommendation",
            // a thing that "allows" enables and gives no leave
            "By separating these functions, public key cryptography allows people to guarantee the privacy of conversations. | permission",
            "Newly developed encryption systems allow callers to scramble their messages so that no one, including the government, can eavesdrop. | permission",
            "This feature allows both your posts, and the responses to your posts, to be encrypted, protecting your privacy. | permission",
            // "will" as a noun foretells nothing
            "The will of the people is impossible to define, much less judge, gauge, measure or regulate. | prediction",
            "Using these keys, they may decrypt the message at will, and the government holds the keys to personal privacy. | prediction",
            "The secrecy goes beyond the will of Congress in the Computer Security Act of 1987. | prediction",
            // "feel free to" invites, "predictable" describes, "compliant" of a product or a body is no duty
            "If you are so sure of yourself, feel free to have your attorneys write up anything you like. | permission",
            "Part of the purpose of a legal system in any form is predictability. | prediction",
            "If we merely threaten it, we give a weapon to the FBI to request such laws and a compliant Congress might actually go ahead. | obligation",
            "As I am contemplating developing a PEM-compliant product, I will be writing to PKP to discuss licensing arrangements. | obligation",
            // "must agree to disagree", "I did not intend to", "much obliged", "will oblige": no duty, no forecast
            "If you believe that stopping regulation would restore competition, then we simply must agree to disagree. | obligation",
            "I did not intend to imply that Visa's policy in particular was not to use the network. | prediction",
            "I'd be much obliged if anyone would post references to legal precedents on this issue. | obligation",
            "I'm sure someone with the appropriate rights will oblige. | obligation",
            "Groups advocating greater control of illegal immigration long have argued for the policy. | prohibition",
            // a thing called non-exportable, as "illegal activity": no ban asserted
            "If you are a US or Canadian citizen, you can request an account for access to the full non-exportable RIPEM. | prohibition"})
    void aLookalikeCueMakesNoClaimOfItsKind(String sentence, String kind) {
        assertThat(claims(sentence + "\n")).extracting(Claim::kind).doesNotContain(kind);
    }

    @Test
    void hedgesAreKeptAndFlagged() {
        Claim c = claims("IANAL, but I think exporting RSA code without a license is illegal.\n").get(0);
        assertThat(c.hedged()).isTrue();
        assertThat(c.kind()).isEqualTo("prohibition");
        assertThat(c.evidence()).anyMatch(e -> e.startsWith("hedge:"));
    }

    @Test
    void topicsComeFromTheLexiconAndTheCitations() {
        Claim c = claims("Under 18 USC 2511 an ISP must not intercept the traffic of its customers without a court order.\n").get(0);
        assertThat(c.topics()).contains("lawful-intercept", "legal-process");
        assertThat(c.evidence()).anyMatch(e -> e.startsWith("cites 18 U.S.C."));
    }

    @Test
    void eachSentenceIsJudgedOnItsOwn() {
        List<Claim> found = claims("We met at the conference.  The law requires a warrant for that.  Lunch was fine.\n");
        assertThat(found).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("The law requires a warrant for that."));
    }
}
