package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionDetectorTest {

    /** The author the detector reads from an attribution line with no poster known. */
    private static String author(String line) {
        return AttributionDetector.detect(line, null).author();
    }

    @Test
    void muttStyleDateWithAmPm() {
        Attribution a = AttributionDetector.detect("On Wed, Mar 30, 2005 at 10:21:16AM -0800, Ed Suominen wrote:", null);
        assertThat(a.author()).isEqualTo("Ed Suominen");
        assertThat(a.date()).isEqualTo(Instant.parse("2005-03-30T18:21:16Z"));
    }

    /** Attribution lines of the forms mailers and archives wrote them, with the author each names. */
    static Stream<Arguments> attributionsAndTheirAuthors() {
        return Stream.of(
                // a middle initial is no article ("a"), nor a suffix or a dotted nickname a sentence's end
                Arguments.of("On Fri, Jul 25, 2003 at 04:22:34PM -0400, David A. Leedom wrote:", "David A. Leedom"),
                Arguments.of("James A. Donald writes:", "James A. Donald"),
                Arguments.of("Jeffrey I. Schiller wrote:", "Jeffrey I. Schiller"),
                Arguments.of("On Mon, 2004-05-10 at 11:13, James R. Saker Jr. wrote:", "James R. Saker Jr."),
                Arguments.of("On Mon, 16 Aug 2004 22:50:35 -0400, Fred L. Drake, Jr. <fdrake at acm.org> wrote:", "Fred L. Drake, Jr."),
                Arguments.of("On 6/10/06, Chaz. <eprparadocs at gmail.com> wrote:", "Chaz."),
                // "quoth" and "thus spake", the verb after the name or before it
                Arguments.of("Quoth Itamar:", "Itamar"),
                Arguments.of("Quoth Jim Bidzos, verily I saith unto thee:", "Jim Bidzos"),
                Arguments.of("THUS SPAKE Karl Lui Barrus <klbarrus@owlnet.rice.edu>:", "Karl Lui Barrus"),
                Arguments.of("Thus spake SINCLAIR  DOUGLAS N <sinclai@ecf.toronto.edu>:", "SINCLAIR DOUGLAS N"),
                Arguments.of("Fri, 1 Nov 2002 07:38:27 -0800 Donovan Preston <dp at twistedmatrix.com> quoth:", "Donovan Preston"),
                Arguments.of("writes Timothy C. May:", "Timothy C. May"),
                // words between the verb and the colon: when, where, about what
                Arguments.of("Jp Calderone wrote on Mon, Feb 03 2003 (10:52:57 -0500):", "Jp Calderone"),
                Arguments.of("itamar wrote on 2004-10-22:", "itamar"),
                Arguments.of("glyph at divmod.com wrote in the \"Teach Me Twisted Redux\" thread:", "glyph@divmod.com"),
                Arguments.of("Paul Robichaux wrote, regarding the NetCash proposal:", "Paul Robichaux"),
                Arguments.of("Brian D Williams <talon57@well.sf.ca.us> wrote (re TRIGGERFISH):", "Brian D Williams"),
                // French: "disait", "Selon"
                Arguments.of("Justin Warren <daedalus at eigenmagic.com> disait :", "Justin Warren"),
                Arguments.of("02:39, Fred C <fred at bsdhost.net> disait:", "Fred C"),
                Arguments.of("Selon glyph at divmod.com:", "glyph@divmod.com"),
                // mutt's bracketed date in other forms, with or without the star
                Arguments.of("Kevin Howe [Fri, Dec 12, 2003 at 03:38:46PM -0500]:", "Kevin Howe"),
                Arguments.of("* Itamar Shtull-Trauring <itamar at itamarst.org> [111203, 13:28]:", "Itamar Shtull-Trauring"),
                // Gmail's of 2008-2010: a date in figures and the sender, no verb
                Arguments.of("2008/8/6 Nadav Aharony <nadav at mit.edu>:", "Nadav Aharony"),
                Arguments.of("2014-01-25 Dustin J. Mitchell <dustin at v.igoro.us>:", "Dustin J. Mitchell"),
                Arguments.of("2015-04-29 0:33 GMT+08:00 Louis D. Burr <ldanielburr at me.com>:", "Louis D. Burr"),
                Arguments.of("2014-12-06 13:47 GMT-05:00 <exarkun at twistedmatrix.com>:", "exarkun@twistedmatrix.com"),
                // Polish Thunderbird's verb with its "(a)", and its letter lost to "?" in a text archive
                Arguments.of("Jean-Paul Calderone napisa\u0142(a):", "Jean-Paul Calderone"),
                Arguments.of("Marcin Kasperski <Marcin.Kasperski at softax.com.pl> napisa?(a):", "Marcin Kasperski"),
                Arguments.of("Jo\u00e3o Silva escreveu:", "Jo\u00e3o Silva"),
                // Evolution in Swedish and Norwegian: the verb between the date and the name
                Arguments.of("tis 2002-08-20 klockan 22.40 skrev Itamar Shtull-Trauring:", "Itamar Shtull-Trauring"),
                Arguments.of("2004-11-16 kl. 19.57 skrev Eric Mangold:", "Eric Mangold"),
                // Gmail in Russian, no verb, the time after the date or after a comma
                Arguments.of("\u0441\u0431, 20 \u044f\u043d\u0432. 2018 \u0433. \u0432 9:10, Glyph <glyph at twistedmatrix.com>:", "Glyph"),
                Arguments.of("\u043f\u043d, 29 \u044f\u043d\u0432. 2018 \u0433., 16:52 Ilya Skriblovsky <ilyaskriblovsky at gmail.com>:",
                        "Ilya Skriblovsky"),
                // Russian mailers' verb ("пишет:", "написал(а):"), its Cyrillic turned into "?" by a text archive
                Arguments.of("Christopher Armstrong ?????:", "Christopher Armstrong"),
                Arguments.of("glyph at divmod.com ?????:", "glyph@divmod.com"),
                Arguments.of("? ???, 24.09.2005, ? 01:32, Jp Calderone ?????:", "Jp Calderone"),
                Arguments.of("08.09.15 17:51, Nagy, Attila ?????:", "Nagy, Attila"),
                Arguments.of("24 ???? 2014, 1:55, ?/? Glyph Lefkowitz <glyph at twistedmatrix.com> ??????:", "Glyph Lefkowitz"),
                // an old From header's address and comment: the comment where it is a name, else the address
                Arguments.of("rarachel@prism.poly.edu (Arsen Ray Arachelian):", "Arsen Ray Arachelian"),
                Arguments.of("tytso@ATHENA.MIT.EDU (Theodore Ts'o):", "Theodore Ts'o"),
                Arguments.of("loki@convex1.TCS.Tulane.EDU (the mischeivious god) said:", "loki@convex1.TCS.Tulane.EDU"),
                // a dash, dots or brackets for the colon, or nothing: weak, so they stand only above a quote
                Arguments.of("Timothy C. May <uunet!netcom.com!tcmay> wrote -", "Timothy C. May"),
                Arguments.of("Perry E. Metzger writes", "Perry E. Metzger"),
                Arguments.of("Phil Karn says...", "Phil Karn"),
                Arguments.of("(Eric Fogleman writes)", "Eric Fogleman"),
                Arguments.of("<In mail Black Unicorn said:>", "Black Unicorn"),
                Arguments.of("<dmandl@shearson.com> David Mandl writes -", "David Mandl"),
                Arguments.of("**** Pat Farrel <pfarrell@cs.gmu.edu> writes", "Pat Farrel"),
                // Blue Wave, an offline reader: a name, or an address whose first letter it capitalised
                Arguments.of(" -=> Quoting Stan Young to All <=-", "Stan Young"),
                Arguments.of("-=> Quoting Chan@shell.portal.com to John Nieder <=-", "chan@shell.portal.com"),
                // Gmail's address run into the verb, as pipermail keeps it
                Arguments.of("On Fri, Jul 3, 2009 at 7:52 AM, Johann Borck <johann.borck at densedata.com>wrote:", "Johann Borck"),
                // a name whose accented letter the archive lost
                Arguments.of("Thomas Herv? wrote:", "Thomas Herv?"),
                // a dated attribution trusts a name of common words, and the address for a name of question marks
                Arguments.of("On Jun 24, 2006, at 5:04 PM, The Wiz wrote:", "The Wiz"),
                Arguments.of("On Sun, 14 Aug 1994, Tommy the Tourist wrote:", "Tommy the Tourist"),
                Arguments.of("On Thu, Dec 04, 2003 at 11:09:36AM -0300, RITA Y/O RODRIGO DIAZ Y/O BENENSON wrote:",
                        "RITA Y/O RODRIGO DIAZ Y/O BENENSON"),
                Arguments.of("On Fri, Aug 28, 2009 at 11:05 AM, ??? <artman328 at gmail.com> wrote:", "artman328@gmail.com"),
                // newsgroups, MH and exmh, Italian, playful verbs, a lead-in
                Arguments.of("In list.cypherpunks, sidney@taurus.apple.com writes:", "sidney@taurus.apple.com"),
                Arguments.of("In alt.privacy.clipper, Ann Lee writes:", "Ann Lee"),
                Arguments.of("In message Tue, 9 Nov 93 12:38:52 PST,  tcmay (Timothy C. May)  writes:", "Timothy C. May"),
                Arguments.of("Il mer, 2003-04-02 alle 10:28, Stefano Maniero ha scritto:", "Stefano Maniero"),
                Arguments.of("On Tue, Jul 03, 2001 at 10:25:28PM -0600, Travis B. Hartwell quipped:", "Travis B. Hartwell"),
                Arguments.of("Perry E. Metzger sez:", "Perry E. Metzger"),
                Arguments.of("Earlier, Sandy Sandfort wrote:", "Sandy Sandfort"),
                // a narrated reply, and a mailer's quotation banner
                Arguments.of("To which Julf replied:", "Julf"),
                Arguments.of("To which Phil Karn responded:", "Phil Karn"),
                // a date in figures first, with no "On" (old Gmail's, a Finnish Thunderbird's, one whose "O" was lost)
                Arguments.of("2007/6/12, Maarten ter Huurne wrote:", "Maarten ter Huurne"),
                Arguments.of("11.01.2011 01:26, Christopher Armstrong kirjoitti:", "Christopher Armstrong"),
                Arguments.of("n 24/10/12 12:33, Michael Schlenker wrote:", "Michael Schlenker"),
                Arguments.of("To which julf@penet.fi replied:", "julf@penet.fi"),
                Arguments.of("To which Perry Metzger wrote:", "Perry Metzger"),
                Arguments.of("And then Peter Davidson responded:", "Peter Davidson"),
                Arguments.of("Crim Tideson asked:", "Crim Tideson"),
                Arguments.of("begin  Glyph Lefkowitz quotation:", "Glyph Lefkowitz"),
                Arguments.of("begin  Kevin Turner  quotation:", "Kevin Turner"),
                // a full name alone with a colon (weak: only above a quote)
                Arguments.of("Itamar Shtull-Trauring:", "Itamar Shtull-Trauring"),
                Arguments.of("Tim May:", "Tim May"),
                Arguments.of("Ed Carp Said:", "Ed Carp"),
                // Yahoo! Mail's rule before it, in English and French (a French colon's space kept or lost)
                Arguments.of("--- On Tue, 2/3/09, Ann Lee <ann at example.org> wrote:", "Ann Lee"),
                Arguments.of("--- En date de\u00a0: Mar 21.2.12, Johan Rydberg <johan.rydberg at edgeware.tv> a \u00e9crit\u00a0:",
                        "Johan Rydberg"),
                Arguments.of("--- En date de?: Mar 21.2.12, Johan Rydberg <johan.rydberg at edgeware.tv> a ?crit?:", "Johan Rydberg"),
                // a story told in the present, with an adverb, or with a verb of reported speech (a full name only)
                Arguments.of("Phil Karn asks:", "Phil Karn"),
                Arguments.of("Mike Godwin replies:", "Mike Godwin"),
                Arguments.of("<phr@napa.Telebit.COM> allegedly asks:", "phr@napa.Telebit.COM"),
                Arguments.of("Tim also writes:", "Tim"),
                Arguments.of("unicorn@access.digex.net (Black Unicorn) once said:", "Black Unicorn"),
                Arguments.of("lefty@apple.com might have said:", "lefty@apple.com"),
                Arguments.of("Michael K. Sanders is believed to have said:", "Michael K. Sanders"),
                Arguments.of("Bob Stratton stated in the last message:", "Bob Stratton"),
                Arguments.of("Perry E. Metzger posits:", "Perry E. Metzger"),
                Arguments.of("And finally, Sameer Parekh opines:", "Sameer Parekh"),
                Arguments.of("jim@rand.org (Jim Gillogly) forwards:", "Jim Gillogly"),
                Arguments.of("Jim Gillogly quoted then replied:", "Jim Gillogly"),
                Arguments.of("and Chris Hadgis wrote:", "Chris Hadgis"),
                Arguments.of("As Yanek says:", "Yanek"),
                // a middle initial without its full stop, a capitalised verb, a UUCP path before the name
                Arguments.of("Jeremiah A Blatz writes:", "Jeremiah A Blatz"),
                Arguments.of("Tom Jennings <tomj@wps.com> Writes:", "Tom Jennings"),
                Arguments.of("uunet!netcom.com!tcmay (Timothy C. May) writes:", "Timothy C. May"),
                // dated forms: weekday first with no "On" (The Bat!, one whose "O" was lost), bold or Mulberry's
                // marks before "On", MH's "In Message", a name followed by its address in parentheses
                Arguments.of("Friday, May 27, 2005, 11:08:10 PM, Glyph Lefkowitz wrote:", "Glyph Lefkowitz"),
                Arguments.of("Tue, 24 Feb 2009 17:35:14 +0100, Gabriel Rossetti <gabriel.rossetti at arimaz.com> wrote:",
                        "Gabriel Rossetti"),
                Arguments.of("n Fri, 03 Mar 2006 09:50:39 +0000, Michael Hudson <mwh at python.net> wrote:", "Michael Hudson"),
                Arguments.of("**On 01/09/2012 12:39 PM, bino oetomo wrote:", "bino oetomo"),
                Arguments.of("--On 17. Juli 2006 11:19:26 +0200 Ralph Meijer <twisted at ralphm.ik.nu> wrote:", "Ralph Meijer"),
                Arguments.of("In Message Sun, 28 Feb 93 15:44:21 -0800,  tcmay@netcom.com (Timothy C. May) writes:", "Timothy C. May"),
                Arguments.of("On March 12, 2014 at 5:39:36 PM, Chris Withers (chris at simplistix.co.uk) wrote:", "Chris Withers"),
                // a full name with an aside between commas, a lead-in phrase before the name
                Arguments.of("Eric Hughes, replying to somebody, says:", "Eric Hughes"),
                Arguments.of("Tyler Yip, UnixWeenie(tm), asks:", "Tyler Yip"),
                Arguments.of("Kenneth G. Hagler, \"Lord Krieg\" <CVADSAAV@CSUPomona.Edu>, writes:", "Kenneth G. Hagler"),
                Arguments.of("a conscious being, Stanton McCandlish wrote:", "Stanton McCandlish"),
                Arguments.of("In a previous message, Michael K. Sanders said:", "Michael K. Sanders"),
                Arguments.of("A While Back, L. Detweiler asked:", "L. Detweiler"),
                Arguments.of("In cypherpunks, allan@elvis.tamu.edu (Allan Bailey) writes:", "Allan Bailey"),
                // dated: a handle with figures, a nickname after the name, marks or letters glued before "On"
                Arguments.of("On Sat, 14 Jul 2001, z3p wrote:", "z3p"),
                Arguments.of("On 19 Jul 2011, at 08:37, hbd666 wrote:", "hbd666"),
                Arguments.of("On Monday, 14 October 2019 09:05:35 BST Amber Brown (hawkowl) wrote:", "Amber Brown"),
                Arguments.of("WfOn Fri, 1 Jul 1994, Timothy C. May wrote:", "Timothy C. May"),
                Arguments.of("|--==> On Tue, 10 Aug 2010 16:07:56 +0100, Jonathan Lange <jml at mumak.net> said:", "Jonathan Lange"),
                // a name written family name first after the time (Outlook's "Scott, Barry"), not a zone's word
                Arguments.of("On Wed, Feb 27, 2019 at 10:07 AM Scott, Barry <barry.scott at forcepoint.com> wrote:", "Scott, Barry"),
                Arguments.of("On 12/3/2004 at 10:00 PM Eastern, Bob Smith wrote:", "Bob Smith"),
                Arguments.of("On 12/3/2004 at 10:00 PM Eastern, Bob wrote:", "Bob"),
                // Airmail's address link inside the parentheses of the address
                Arguments.of("On January 23, 2021 at 1:36:40 PM, Craig Rodrigues (rodrigc at crodrigues.org(mailto:rodrigc at"
                        + " crodrigues.org)) wrote:", "Craig Rodrigues"),
                // a telephone number or a call sign after the name, with no address to name the author
                Arguments.of("On Sat, 5 Mar 1994, Syl Miniter 803-768-3759 wrote:", "Syl Miniter"),
                Arguments.of("On Mon, 18 Apr 1994, Jim Sewell - KD4CKQ wrote:", "Jim Sewell"),
                Arguments.of("On Mar 26, 2010, at 7:30 AM, King Simon-NFHD78 wrote:", "King Simon-NFHD78"),
                // figures with small letters are a handle's, not a code: the name stays whole, or the address names the author
                Arguments.of("On 19 Jul 2011, at 08:37, hbd666 wrote:", "hbd666"),
                Arguments.of("On Wed, Jan 25, 2012 at 6:04 PM, Tech Aficionado1743 <techaficionado1743 at gmail.com> wrote:",
                        "techaficionado1743@gmail.com"),
                // a dated line whose name reads as none is its address's
                Arguments.of("On Feb 21, 2016, at 7:14 PM, exvito here <ex.vitorino at gmail.com> wrote:", "ex.vitorino@gmail.com"),
                Arguments.of("On Tue,  5 Nov 2002 15:54:46 +0800, \"lals;dfjsd\" <twisted_low at contact.com.my> wrote:",
                        "twisted_low@contact.com.my"));
    }

    /** Lines a reporting verb or a lead-in makes look like attributions, that name nobody: a noun phrase, one word, a pronoun. */
    @ParameterizedTest
    @ValueSource(strings = {"Release notes:", "Test Results posted:", "Some Dark thoughts:", "Tim comments:", "Credit Union discussion:",
            "He writes:", "Recently posted:", "Everyone asks:", "The question asks:", "Python Twisted fails:", "Fri Feb 3 14:08:54 MST 2006 wrote:",
            "Regarding the author of the article, someone says:", "In fact, the code says:", "On Wed, 1 Mar 2006 12:00 (PST) wrote:",
            "Well, as Tim said:"})
    void reportingVerbsAfterNoNameAreNoAttribution(String line) {
        assertThat(AttributionDetector.detect(line, null)).isNull();
    }

    @Test
    void aDatedLineWhoseNameTheArchiveLostNamesNobodyButIsAnAttribution() {
        Attribution a = AttributionDetector.detect("On Wed, 2009-02-11 at 11:43 +0800, ?? wrote:", null);
        assertThat(a.author()).isNull();
        assertThat(a.strong()).isTrue();
        assertThat(a.date()).isEqualTo(Instant.parse("2009-02-11T03:43:00Z"));
    }

    @Test
    void wrappedBeforeTheVerbOverTwoOrThreeLines() {
        Attribution yahoo = AttributionDetector.detect("--- Itamar Shtull-Trauring <itamar at itamarst.org>", "wrote:");
        assertThat(yahoo.author()).isEqualTo("Itamar Shtull-Trauring");
        assertThat(yahoo.lines()).isEqualTo(2);
        assertThat(yahoo.strong()).isFalse();
        Attribution three = AttributionDetector.detect("On Fri, 1 Feb 2008 13:34:15 -0500, Doug Farrell", "<dfarrell at mypublisher.com>", "wrote:");
        assertThat(three.author()).isEqualTo("Doug Farrell");
        assertThat(three.lines()).isEqualTo(3);
        assertThat(three.strong()).isTrue();
        assertThat(three.date()).isEqualTo(Instant.parse("2008-02-01T18:34:15Z"));
        // an address's tail and the verb name nobody by themselves: no wrap of a name
        assertThat(AttributionDetector.detect("barry.scott at forcepoint.com>", "wrote:")).isNull();
    }

    @ParameterizedTest
    @MethodSource("attributionsAndTheirAuthors")
    void attributionLinesNameTheirAuthor(String line, String author) {
        assertThat(author(line)).isEqualTo(author);
    }

    /** Lines that end like attributions but name nobody: an article, a question, the poster, a phrase, a note. */
    @ParameterizedTest
    @ValueSource(strings = {"a wrote:", "Who? wrote:", "What did I say? I wrote:", "On Monday, we saw it fail. wrote:",
            "On Thu, Jul 05, 2001 at 08:19:02PM -0700, I wrote:", "On Tue, Feb 19, 2008 at 12:42:53AM +0100, my list wrote:",
            "The Wiz wrote:", "* Fixed the reactor [see ticket]:", "--- Once more, the answer is:", "Hi Folks:", "Hello Glyph:",
            "Also:", "Perry:", "Compare With:", "The Results:", "Reading Material:", "To which the answer is:",
            "To which I replied:", "begin the quotation:", "Someone asked:", "The question asked:", "And then he added:",
            "That sounded reasonable to me until Crim Tideson asked:", "Eric Hughes wrote, quoting Detweiler:",
            "Hal Finney wrote (quoting John Perry):", "rah@shipwright.com (Robert Hettinga) writes (quotes are Eric Hughes):",
            "I've said in a previous post and others like it:", "loki@convex1.TCS.Tulane.EDU (the mischeivious god):",
            "\u0441\u0431, 20 \u044f\u043d\u0432. 2018 \u0433. \u0432 9:10:", "Well said...", "Some nobody writes", "It says",
            "That being said", "I was really upset when he said", "Let me review what has been said"})
    void linesThatNameNobodyAreNoAttribution(String line) {
        assertThat(AttributionDetector.detect(line, null)).isNull();
    }

    @Test
    void anAttributionWithoutItsColonIsWeak() {
        assertThat(AttributionDetector.detect("Perry E. Metzger writes -", null).strong()).isFalse();
        assertThat(AttributionDetector.opensWithoutColon("Phil Karn says...", 0, 17)).isTrue();
        assertThat(AttributionDetector.opensWithoutColon("the key is in the drawer", 0, 24)).isFalse();
    }

    @Test
    void blueWavesGatewayNamesNobodyButIsAnAttribution() {
        Attribution a = AttributionDetector.detect("-=> Quoting Uucp to All <=-", null);
        assertThat(a.author()).isNull();
        assertThat(a.strong()).isTrue();
        assertThat(AttributionDetector.opensWithoutColon(" -=> Quoting Uucp to All <=-", 0, 28)).isTrue();
    }

    @Test
    void swedishEvolutionKeepsItsDate() {
        Attribution a = AttributionDetector.detect("tis 2002-08-20 klockan 22.40 skrev Itamar Shtull-Trauring:", null);
        assertThat(a.date()).isEqualTo(Instant.parse("2002-08-20T22:40:00Z"));
        assertThat(a.strong()).isTrue();
    }

    @Test
    void datedFormsKeepTheirDateAndAWrappedOneItsTwoLines() {
        Attribution gmail = AttributionDetector.detect("On Fri, Jul 3, 2009 at 7:52 AM, Johann Borck <johann.borck at densedata.com>wrote:", null);
        assertThat(gmail.strong()).isTrue();
        Attribution wrapped = AttributionDetector.detect("On Tue, Aug 11, 2009 at 10:03 PM, Glyph Lefkowitz", "<glyph at twistedmatrix.com>wrote:");
        assertThat(wrapped.author()).isEqualTo("Glyph Lefkowitz");
        assertThat(wrapped.lines()).isEqualTo(2);
        Attribution mutt = AttributionDetector.detect("* Eugene Coetzee <projects at reedflute.com> [2006-04-10 14:12:38 +0200]:", null);
        assertThat(mutt.author()).isEqualTo("Eugene Coetzee");
        assertThat(mutt.date()).isEqualTo(Instant.parse("2006-04-10T12:12:38Z"));
        assertThat(mutt.strong()).isTrue();
        Attribution exmh = AttributionDetector.detect("In a message of 01 Nov 2002 06:05:59 GMT, Moshe Zadka writes:", null);
        assertThat(exmh.author()).isEqualTo("Moshe Zadka");
        assertThat(exmh.date()).isEqualTo(Instant.parse("2002-11-01T06:05:59Z"));
        assertThat(AttributionDetector.detect("On Fri, Jul 25, 2003 at 04:22:34PM -0400, David A. Leedom wrote:", null).date())
                .isEqualTo(Instant.parse("2003-07-25T20:22:34Z"));
    }

    @Test
    void appleMailStyle() {
        Attribution a = AttributionDetector.detect("On Mar 30, 2005, at 12:26 PM, Cory Dodt wrote:", null);
        assertThat(a.author()).isEqualTo("Cory Dodt");
        assertThat(a.date()).isEqualTo(Instant.parse("2005-03-30T12:26:00Z"));
    }

    @Test
    void pipelinesAttributionHasNoColonAndAWrappedDate() {
        Attribution a = AttributionDetector.detect("Responding to msg by sandfort@crl.com (Sandy Sandfort) on Fri, ", "8 Jul  3:0  PM");
        assertThat(a.author()).isEqualTo("Sandy Sandfort");
        assertThat(a.lines()).isEqualTo(2);
        assertThat(a.strong()).isTrue();
        assertThat(AttributionDetector.detect("Responding to msg by ravage@bga.com (Jim choate) on Fri, 8 Jul  ", "").lines()).isEqualTo(1);
        assertThat(author("Responding to msg by Al Billings:")).isEqualTo("Al Billings");
        assertThat(author("Responding to msg by Black Unicorn, who is having a bad hair day:"))
                .isEqualTo("Black Unicorn");
        assertThat(author("Responding to msg by an8785@anon.penet.fi (Random "))
                .isEqualTo("an8785@anon.penet.fi");
    }

    @Test
    void commaInsideTheName() {
        assertThat(author("On Wed, Mar 16, 2005, Sinang, Danny wrote:")).isEqualTo("Sinang, Danny");
    }

    @Test
    void aNameBeforeACommaAndAnAddressIsKeptAndLeadInWordsAreDropped() {
        assertThat(author("Through e-mail, charliemerritt@BIX.com writes:"))
                .isEqualTo("charliemerritt@BIX.com");
        assertThat(author("Friday May 06 1994 10:03, nobody@shell.portal.com wrote:"))
                .isEqualTo("nobody@shell.portal.com");
        assertThat(author("Perry Metzger, pmetzger@lehman.com, writes:")).isEqualTo("Perry Metzger");
        assertThat(author("\"Kragen J. Sittler\", xentrac@cybele.unm.edu, writes:"))
                .isEqualTo("Kragen J. Sittler");
    }

    @Test
    void aNameInParenthesesAfterTheAddressIsTheAuthor() {
        assertThat(author("On Sun, 25 May 2003, jml at mumak.net (Jonathan M. Lange) wrote:"))
                .isEqualTo("Jonathan M. Lange");
        assertThat(author("uunet.uu.net!ghsvax!hal@netcomsv.netcom.com (Hal Finney) writes:"))
                .isEqualTo("Hal Finney");
        assertThat(AttributionDetector.detect("On Sun, 25 May 2003, jml at mumak.net (he is wrong) wrote:", null)).isNull();
    }

    @Test
    void encodedWordsCopiedFromTheFromHeaderAreDecoded() {
        Attribution a = AttributionDetector.detect(
                "On 21 Apr 2003, pinard at iro.umontreal.ca (=?iso-8859-1?q?Fran=E7ois_Pinard?=) wrote:", null);
        assertThat(a.author()).isEqualTo("Fran\u00e7ois Pinard");
    }

    @Test
    void addressOnlyGivesTheAddress() {
        assertThat(author("On Thu, 3 Mar 2005 10:00:00 -0500, <itamar at example.org> wrote:"))
                .isEqualTo("itamar@example.org");
    }

    @Test
    void frenchAttribution() {
        Attribution a = AttributionDetector.detect("Le lundi 03 octobre 2005 \u00e0 18:19 -0600, Ken Kinder a \u00e9crit :", null);
        assertThat(a.author()).isEqualTo("Ken Kinder");
    }

    @Test
    void inArticleForm() {
        assertThat(author("In article <123@example.org>, Ann Lee <ann at example.org> writes:"))
                .isEqualTo("Ann Lee");
    }

    @Test
    void aQuotedAuthorCalledYouIsNoName() {
        for (String line : List.of("In article <9412220301.AA20375@toad.com>, you wrote:", "In message <2957@morgan.demon.co.uk> you write:",
                "In list.cypherpunks you write:", "You wrote:")) {
            Attribution a = AttributionDetector.detect(line, null);
            assertThat(a).as(line).isNotNull();
            assertThat(a.author()).as(line).isNull();
        }
        Attribution dated = AttributionDetector.detect("On Sunday 29 April 2001 00:33, you wrote:", null);
        assertThat(dated.date()).isEqualTo(Instant.parse("2001-04-29T00:33:00Z"));
        assertThat(dated.strong()).isTrue();
        assertThat(AttributionDetector.detect("You wrote:", null).strong()).isFalse();
        assertThat(AttributionDetector.detect("For example, you wrote:", null)).isNull();
    }

    @Test
    void quotingForm() {
        assertThat(author("Quoting Ann Lee <ann at example.org>:")).isEqualTo("Ann Lee");
    }

    @Test
    void yahooStyleDashes() {
        assertThat(author("--- Lenny Arbage <lenny at example.com> wrote:")).isEqualTo("Lenny Arbage");
    }

    @Test
    void eudoraAtForm() {
        Attribution a = AttributionDetector.detect("At 11:14 AM 3/3/2005, Bob Ippolito wrote:", null);
        assertThat(a.author()).isEqualTo("Bob Ippolito");
        assertThat(a.strong()).isTrue();
    }

    @Test
    void bareFormIsWeak() {
        assertThat(AttributionDetector.detect("James Y Knight wrote:", null).strong()).isFalse();
    }

    @Test
    void sentenceIsNotAName() {
        assertThat(AttributionDetector.detect("As I said:", null)).isNull();
    }

    @Test
    void onWithoutADateIsNotAnAttribution() {
        assertThat(AttributionDetector.detect("On the other hand, I think Bob wrote:", null)).isNull();
    }

    @Test
    void wrappedFormJoinsTwoLines() {
        Attribution a = AttributionDetector.detect("On Thu, 3 Mar 2005 10:00:00 -0500, Itamar Shtull-Trauring",
                "<itamar at example.org> wrote:");
        assertThat(a.lines()).isEqualTo(2);
        assertThat(a.author()).isEqualTo("Itamar Shtull-Trauring");
    }

    @Test
    void ordinaryLineEndingInAColonIsNotAnAttribution() {
        assertThat(AttributionDetector.detect("Here is the traceback:", null)).isNull();
    }

    @Test
    void saysForm() {
        assertThat(author("Derek Atkins says:")).isEqualTo("Derek Atkins");
    }

    @Test
    void accordingToForm() {
        assertThat(author("According to smb@example.org:")).isEqualTo("smb@example.org");
    }

    @Test
    void usenetFormWithoutTheWordArticle() {
        assertThat(author("In <1993Jun6.1234@example.org>, Hal Finney writes:"))
                .isEqualTo("Hal Finney");
    }

    @Test
    void germanFormWithTheNameAfterTheVerb() {
        Attribution a = AttributionDetector.detect("Am 03/03/2019 um 7:32 schrieb Glyph:", null);
        assertThat(a.author()).isEqualTo("Glyph");
        assertThat(a.strong()).isTrue();
    }

    @Test
    void aMailtoLinkInsideTheAddressIsNoPartOfTheName() {
        Attribution a = AttributionDetector.detect(
                "On Feb 22, 2013, at 8:30 AM, Chris Arm <radix at example.com <mailto:radix at example.com>> wrote:", null);
        assertThat(a.author()).isEqualTo("Chris Arm");
        Attribution wrapped = AttributionDetector.detect("On 11/16/06, *Chaz.* <chaz at example.com",
                "<mailto:chaz at example.com>> wrote:");
        assertThat(wrapped.author()).isEqualTo("Chaz.");
        assertThat(wrapped.lines()).isEqualTo(2);
    }

    @Test
    void gmanesAtWordIsAnAddress() {
        Attribution a = AttributionDetector.detect("Jean Paul <jp <at> example.com> writes:", null);
        assertThat(a.author()).isEqualTo("Jean Paul");
        assertThat(author("<exarkun <at> example.com> writes:")).isEqualTo("exarkun@example.com");
    }

    @Test
    void emptiedParenthesesAndSquareBracketedAddressesAreNoPartOfTheName() {
        assertThat(author("Timothy C. May () writes:")).isEqualTo("Timothy C. May");
        assertThat(author("Bob Ippolito [bob at example.com] wrote:")).isEqualTo("Bob Ippolito");
    }
    /** Usenet's "In article" without the comma after the id, also wrapped inside the name (cypherpunks 1993-94). */
    @Test
    void anArticleAttributionWithoutACommaAfterItsIdIsRead() {
        assertThat(author("In article <9311111430.AA28017@snark.lehman.com> Perry E. Metzger writes:"))
                .isEqualTo("Perry E. Metzger");
        Attribution wrapped = AttributionDetector.detect(
                "In article <CypherPunksList.0606@arcticus.UUCP> tcmay@netcom.com (Timothy C.", "May) writes:");
        assertThat(wrapped.author()).isEqualTo("Timothy C. May");
        assertThat(wrapped.lines()).isEqualTo(2);
        Attribution inId = AttributionDetector.detect("In <9406021400.AA08779@disvnm2.lehman.com>, dmandl@lehman.com (David",
                "Mandl) writes:");
        assertThat(inId.author()).isEqualTo("David Mandl");
    }

    /** A wrapped name's second line read alone names nobody, rather than "Sternlight)". */
    @Test
    void theTailOfAWrappedNameAloneNamesNobody() {
        Attribution tail = AttributionDetector.detect("Sternlight) writes:", null);
        assertThat(tail == null ? null : tail.author()).isNull();
        Attribution cut = AttributionDetector.detect("From: John Abel <", null);
        assertThat(cut == null ? null : cut.author()).isNotEqualTo("John Abel <");
    }
}
