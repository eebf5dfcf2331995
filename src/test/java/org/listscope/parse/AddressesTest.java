package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.listscope.model.Author;

class AddressesTest {

    @Test
    void deobfuscatesPipermailAddresses() {
        assertThat(Addresses.address("jeff at jamcupboard.co.uk")).isEqualTo("jeff@jamcupboard.co.uk");
        assertThat(Addresses.address("mailto:glyph%40divunal.com")).isEqualTo("glyph@divunal.com");
    }

    @Test
    void anAddressCutShortHasNoAddress() {
        assertThat(Addresses.address("smb at")).isNull();
        assertThat(Addresses.isCutShort("Steven M. Bellovin smb at")).isTrue();
        assertThat(Addresses.isCutShort("jeff at jamcupboard.co.uk")).isFalse();
    }

    /** A poster's display name loses the telephone number, extension or VMS date after it; the header as shown keeps it. */
    @Test
    void aTelephoneNumberAfterADisplayNameIsNoPartOfTheName() {
        Author syl = Addresses.fromHeader("Syl Miniter 803-768-3759 <miniters@citadel.edu>");
        assertThat(syl.name()).isEqualTo("Syl Miniter");
        assertThat(syl.shown()).isEqualTo("Syl Miniter 803-768-3759 <miniters@citadel.edu>");
        assertThat(Addresses.fromHeader("fergp@sytex.com (Paul Ferguson x2044)").name()).isEqualTo("Paul Ferguson");
        assertThat(Addresses.fromHeader("\"Stephen Dunne (+44) 71-538-5656\" <sd@example.co.uk>").name()).isEqualTo("Stephen Dunne");
        assertThat(Addresses.fromHeader("Peter Capek (TL-863-6721) <capek@example.com>").name()).isEqualTo("Peter Capek");
        assertThat(Addresses.fromHeader("bill.stewart@pleasantonca.ncr.com +1-510-484-6204 <wcs@anchor.ho.att.com>").name())
                .isEqualTo("bill.stewart@pleasantonca.ncr.com");
        assertThat(Addresses.withoutTrailingNumber("Welcome to Addendia, Mr. Lee. 23-Apr-1993 1109")).isEqualTo("Welcome to Addendia, Mr. Lee.");
        // fewer than seven digits, or nothing left: kept
        assertThat(Addresses.withoutTrailingNumber("Hal 9000")).isEqualTo("Hal 9000");
        assertThat(Addresses.withoutTrailingNumber("James Bond-007")).isEqualTo("James Bond-007");
        assertThat(Addresses.withoutTrailingNumber("422-0929")).isEqualTo("422-0929");
    }

    /** Addresses a display name carries beside the name are no part of it (cypherpunks 1992-94); the header as shown keeps them. */
    @Test
    void anAddressBesideTheNameIsNoPartOfTheName() {
        Author grady = Addresses.fromHeader("grady@public.btr.com (Grady Ward grady@btr.com)");
        assertThat(grady.name()).isEqualTo("Grady Ward");
        assertThat(grady.address()).isEqualTo("grady@public.btr.com");
        assertThat(grady.shown()).isEqualTo("grady@public.btr.com (Grady Ward grady@btr.com)");
        assertThat(Addresses.fromHeader("wcs@anchor.ho.att.com (Bill Stewart +1-908-949-0705 wcs@anchor.ho.att.com)").name())
                .isEqualTo("Bill Stewart");
        assertThat(Addresses.fromHeader("strick@versant.com (henry strickland -- strick@osc.versant.com)").name())
                .isEqualTo("henry strickland");
        assertThat(Addresses.fromHeader("jwc00@cas.org (Jim Cooper (jwc00@cas.org; 614-447-3600 ext 3581))").name())
                .isEqualTo("Jim Cooper");
        assertThat(Addresses.fromHeader("\"Jim Hawtree <raph@fnalv.fnal.gov>\" <RAPH@FNALV.FNAL.GOV>").name()).isEqualTo("Jim Hawtree");
        Author optimist = Addresses.fromHeader("nobody@alumni.cco.caltech.edu Eternal Optimist <na26436@anon.penet.fi>");
        assertThat(optimist.name()).isEqualTo("Eternal Optimist");
        assertThat(optimist.address()).isEqualTo("na26436@anon.penet.fi");
        assertThat(Addresses.cleanName("Dave Otto daveotto at acm.org")).isEqualTo("Dave Otto");
        // an address alone, a label, signs other than a name's, a comment without an address: kept
        assertThat(Addresses.fromHeader("mikeingl@news.delphi.com (MIKEINGLE@DELPHI.COM)").name()).isEqualTo("MIKEINGLE@DELPHI.COM");
        assertThat(Addresses.fromHeader("\"Reply to: hahn@lds.loral.com\" <HAHN@lds.loral.com>").name()).isEqualTo("Reply to: hahn@lds.loral.com");
        assertThat(Addresses.cleanName("CN=Ray Ozzie/O=Iris@IRIS")).isEqualTo("CN=Ray Ozzie/O=Iris@IRIS");
        assertThat(Addresses.cleanName("FMF Mailer Version 2.03 fergp@sytex.com (Paul Ferguson"))
                .isEqualTo("FMF Mailer Version 2.03 fergp@sytex.com (Paul Ferguson");
        assertThat(Addresses.cleanName("mycal (voices through your head @ 88.1MHz)")).isEqualTo("mycal (voices through your head @ 88.1MHz)");
    }

    @Test
    void readsHeaderForms() {
        Author a = Addresses.fromHeader("\"Steven M. Bellovin\" <smb@cs.columbia.edu>");
        assertThat(a.name()).isEqualTo("Steven M. Bellovin");
        assertThat(a.address()).isEqualTo("smb@cs.columbia.edu");
        assertThat(a.key()).isEqualTo("smb@cs.columbia.edu");
        Author b = Addresses.fromHeader("glyph at divunal.com (Glyph Lefkowitz)");
        assertThat(b.name()).isEqualTo("Glyph Lefkowitz");
        assertThat(b.address()).isEqualTo("glyph@divunal.com");
        Author c = Addresses.fromHeader("tcmay@netcom.com");
        assertThat(c.address()).isEqualTo("tcmay@netcom.com");
        assertThat(c.name()).isNull();
    }

    /** A relay's note after the author's comment is no part of the name (cypherpunks 1993, 11 messages). */
    @Test
    void theFirstCommentNamesTheAuthorNotARelaysNoteAfterIt() {
        Author a = Addresses.fromHeader("marca@mcom.com (Marc Andreessen) (by way of marca@mcom.com (Marc Andreessen))");
        assertThat(a.name()).isEqualTo("Marc Andreessen");
        assertThat(a.address()).isEqualTo("marca@mcom.com");
        Author b = Addresses.fromHeader("Christoph_Pagalies@hh2.maus.de (Christoph Pagalies) (by way of habs@cmyk.warwick.com (Harry Shapiro))");
        assertThat(b.name()).isEqualTo("Christoph Pagalies");
        assertThat(b.address()).isEqualTo("Christoph_Pagalies@hh2.maus.de");
        // a comment inside the name's comment stays in it
        assertThat(Addresses.fromHeader("mw@a.b (Mike Winter (miwinter))").name()).isEqualTo("Mike Winter (miwinter)");
    }

    @Test
    void readsEarlyPipermailNameThenAddress() {
        Author a = Addresses.fromHeader("Glyph Lefkowitz glyph@divunal.com");
        assertThat(a.name()).isEqualTo("Glyph Lefkowitz");
        assertThat(a.address()).isEqualTo("glyph@divunal.com");
        assertThat(Addresses.fromHeader("jeff at jamcupboard.co.uk").name()).isNull();
        assertThat(Addresses.fromHeader("glyph at divmod.com (glyph at divmod.com)").name()).isNull();
    }

    @Test
    void unquotesQuotedDisplayNames() {
        Author a = Addresses.fromHeader("\"L. Detweiler\" <ld231782@longs.lance.colostate.edu>");
        assertThat(a.name()).isEqualTo("L. Detweiler");
        assertThat(a.address()).isEqualTo("ld231782@longs.lance.colostate.edu");
        assertThat(a.shown()).isEqualTo("\"L. Detweiler\" <ld231782@longs.lance.colostate.edu>");
    }

    @Test
    void readsDoubledQuotesAsEmptyQuotedStringsAroundTheName() {
        // 46 messages of cypherpunks 1993 carry this form
        Author a = Addresses.fromHeader("\"\"L. Detweiler\"\" <ld231782@longs.lance.colostate.edu>");
        assertThat(a.name()).isEqualTo("L. Detweiler");
        assertThat(a.address()).isEqualTo("ld231782@longs.lance.colostate.edu");
    }

    @Test
    void resolvesBackslashEscapesInsideQuotedStrings() {
        Author a = Addresses.fromHeader("\"ERIC \\\"Thin 'n Crispy\\\" SPAULDING\" <ESPAULDING@CENTER.COLGATE.EDU>");
        assertThat(a.name()).isEqualTo("ERIC \"Thin 'n Crispy\" SPAULDING");
        assertThat(Addresses.fromHeader("\"Back\\\\slash, Jo\" <jo@example.org>").name()).isEqualTo("Back\\slash, Jo");
    }

    @Test
    void joinsQuotedStringsAndAtomsOfAPhrase() {
        assertThat(Addresses.fromHeader("Paul \"K.\" Strong <pauls@dcs.rhbnc.ac.uk>").name()).isEqualTo("Paul K. Strong");
    }

    @Test
    void leavesCommentsOutOfADisplayName() {
        Author a = Addresses.fromHeader("\"Erik E. Fair\" (Internet Architect) <fair@apple.com>");
        assertThat(a.name()).isEqualTo("Erik E. Fair");
        assertThat(a.address()).isEqualTo("fair@apple.com");
        assertThat(Addresses.fromHeader("<jo@example.org> (Jo Smith)").name()).isEqualTo("Jo Smith");
    }

    @Test
    void anAngleBracketInsideQuotesDoesNotStartTheAddress() {
        Author a = Addresses.fromHeader("\"Jim Hawtree <raph@fnalv.fnal.gov>\" <RAPH@FNALV.FNAL.GOV>");
        assertThat(a.address()).isEqualTo("RAPH@FNALV.FNAL.GOV");
        assertThat(a.name()).isEqualTo("Jim Hawtree"); // the address in the quotes is no part of the name
        assertThat(a.shown()).isEqualTo("\"Jim Hawtree <raph@fnalv.fnal.gov>\" <RAPH@FNALV.FNAL.GOV>");
    }

    @Test
    void anUnclosedQuoteRunsToTheAddress() {
        Author a = Addresses.fromHeader("\"Jim Hawtree <jim@example.org>");
        assertThat(a.address()).isEqualTo("jim@example.org");
        assertThat(a.name()).isEqualTo("Jim Hawtree");
    }

    @Test
    void keepsQuotesInsideACommentName() {
        // pipermail writes the name it read into a comment; quotes there are the name's own
        Author a = Addresses.fromHeader("hawkowl at atleastfornow.net (Amber \"Hawkie\" Brown)");
        assertThat(a.name()).isEqualTo("Amber \"Hawkie\" Brown");
        assertThat(a.address()).isEqualTo("hawkowl@atleastfornow.net");
        assertThat(Addresses.fromHeader("jo@example.org (\"Jo Smith\")").name()).isEqualTo("Jo Smith");
    }

    @Test
    void unquotesANameFromDecodedEncodedWords() {
        // MailFields decodes RFC 2047 words before the address is read
        String decoded = HeaderValues.decode("=?iso-8859-1?Q?=22J=F6rg_M=FCller=22?= <jm@example.de>");
        assertThat(Addresses.fromHeader(decoded).name()).isEqualTo("J\u00f6rg M\u00fcller");
        String inQuotes = HeaderValues.decode("\"=?utf-8?Q?Andr=C3=A9_Pang?=\" <ap@example.org>");
        assertThat(Addresses.fromHeader(inQuotes).name()).isEqualTo("Andr\u00e9 Pang");
    }

    @Test
    void anAngleAddressAloneHasNoName() {
        Author a = Addresses.fromHeader("<tcmay@netcom.com>");
        assertThat(a.name()).isNull();
        assertThat(a.address()).isEqualTo("tcmay@netcom.com");
        assertThat(Addresses.fromHeader("\"\" <tcmay@netcom.com>").name()).isNull();
    }
}
