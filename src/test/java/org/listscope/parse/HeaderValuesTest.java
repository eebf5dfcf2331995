package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.listscope.model.Message;

/** Header values as messages show them: encoded words decoded, no control characters. */
class HeaderValuesTest {

    @Test
    void controlCharactersBetweenWordsBecomeOneSpaceAndGoElsewhere() {
        assertThat(HeaderValues.decode("uunet!netcom.com!tcmay (Timothy C. May)\u001cdenning@guvax.acc.georgetown.edu"))
                .isEqualTo("uunet!netcom.com!tcmay (Timothy C. May) denning@guvax.acc.georgetown.edu");
        assertThat(HeaderValues.decode("Re: randomness?\b\b\b\b\b\btimeofday")).isEqualTo("Re: randomness? timeofday");
        assertThat(HeaderValues.decode("FMF Mailer Version 2.03 \u001cfergp@sytex.com")).isEqualTo("FMF Mailer Version 2.03 fergp@sytex.com");
        assertThat(HeaderValues.decode("\u0000protocol removal\u0001")).isEqualTo("protocol removal");
        assertThat(HeaderValues.decode("\u0007")).isEmpty();
        assertThat(HeaderValues.decode("=?utf-8?q?a=1Cb?=")).as("after decoding").isEqualTo("a b");
    }

    @Test
    void anEncodedDisplayNameWithBracketsIsQuotedSoThatItsBracketsAreNoComment() {
        assertThat(HeaderValues.decodeAddress("=?UTF-8?Q?Keith_Cheung_=28=E5=BC=B5=29?= <k@example.org>"))
                .isEqualTo("\"Keith Cheung (\u5f35)\" <k@example.org>");
    }

    @Test
    void tabsAndLineBreaksAreSpacesAsBefore() {
        assertThat(HeaderValues.decode("a long\r\n\tsubject")).isEqualTo("a long subject");
        assertThat(HeaderValues.decode("plain text")).isEqualTo("plain text");
        assertThat(HeaderValues.decode(null)).isNull();
    }

    @Test
    void aMessagesFromAndSubjectHoldNoControlCharacter() {
        String mbox = "From denning@guvax.acc.georgetown.edu Thu Apr 15 12:00:00 1993\n"
                + "From: uunet!netcom.com!tcmay (Timothy C. May)\u001cdenning@guvax.acc.georgetown.edu\r\n"
                + "Subject: (fwd) THE CLIPPER CHIP\u001cTHE CLIPPER CHIP\r\n"
                + "Date: Thu, 15 Apr 1993 12:00:00 -0400\r\n\r\nThe summary.\n";
        Message m = Collected.read("c.mbox", mbox).only();
        assertThat(m.from().address()).isEqualTo("denning@guvax.acc.georgetown.edu");
        assertThat(m.from().key()).isEqualTo("denning@guvax.acc.georgetown.edu");
        assertThat(m.from().shown()).isEqualTo("uunet!netcom.com!tcmay (Timothy C. May) denning@guvax.acc.georgetown.edu");
        assertThat(m.subject()).isEqualTo("(fwd) THE CLIPPER CHIP THE CLIPPER CHIP");
        String pipermail = "From a at b.org  Tue Mar  1 12:48:58 2005\nFrom: a at b.org (Ann\u001cOther)\n"
                + "Date: Tue, 1 Mar 2005 17:48:58 +0000\nSubject: removal\u0001\n\nBody.\n";
        Message p = Collected.read("2005-March.txt", pipermail).only();
        assertThat(p.source().format()).isEqualTo("pipermail-txt");
        assertThat(p.from().name()).isEqualTo("Ann Other");
        assertThat(p.subject()).isEqualTo("removal");
    }
}
