package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legacy mailboxes whose messages each lead with the same line after a blank one. */
class LeadingLineSplitterTest {

    private static List<String> split(String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        return LeadingLineSplitter.split(b, b.length).stream()
                .map(r -> new String(b, r.start(), r.end() - r.start(), StandardCharsets.ISO_8859_1)).toList();
    }

    @Test
    void splitsWhereTheFirstLineComesBackAfterABlankLineBeforeAHeader() {
        String one = "Return-Path: <a@x.org>\nFrom: a@x.org\nSubject: one\n\nBody one.\n\n";
        String two = "Return-Path: <b@x.org>\r\nFrom: b@x.org\r\nSubject: two\r\n\r\nBody two.\r\n";
        assertThat(split(one + two)).containsExactly(one, two);
    }

    @Test
    void aYearLineLeadsEachMessageAndIsNoPartOfIt() {
        String m1 = "Message-Id: <1@x>\nFrom: a@x.org\n\nfirst\n\n";
        String m2 = "Message-Id: <2@x>\nFrom: b@x.org\n\nsecond\n";
        assertThat(split("\n2005\n" + m1 + "2005\n" + m2)).containsExactly(m1, m2);
    }

    @Test
    void theLineInABodyWithoutAHeaderAfterItOrInsideAnOpenMultipartIsNoSeparator() {
        String report = "Received: from a by b; Mon, 1 Jan 2001 00:00:00 +0000\n"
                + "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"XX\"\n\n"
                + "--XX\nContent-Type: text/rfc822-headers\n\n"
                + "Received: from c by d; Sun, 31 Dec 2000 00:00:00 +0000\nFrom: c@x.org\n\n--XX--\n\n";
        String prose = "Received: from e by f; Mon, 1 Jan 2001 00:00:00 +0000\nFrom: e@x.org\n\n"
                + "I wrote:\n\nReceived: your note, thanks.\n\n";
        String next = "Received: from g by h; Mon, 1 Jan 2001 00:00:00 +0000\nFrom: g@x.org\n\nhi\n";
        assertThat(split(report + prose + next)).containsExactly(report, prose, next);
    }

    @Test
    void aMailboxLeadingWithFromIsSplitAtEachWholeHeaderBlockWithFromDateAndSubject() {
        String one = "From: a@x.org\nSubject: one\nDate: Tue, 6 Jan 1998 23:44:38 -0500\n\nBody one.\n\n";
        String two = "Date: Fri, 09 Jan 1998 08:37:59 -0600\nFrom: b@x.org\nSubject: two\n\nBody two.\n\n";
        String three = "To: c@x.org\nSubject: three\nX-Face: \"Evs\"\n\tWIn3jU\nFrom: d@x.org\n"
                + "Date: 11 Jan 1998 01:20:41 +0100\n\nBody three.\n\n";
        String four = "From: e@x.org\r\nDate: Mon, 12 Jan 1998 16:31:08 -0800\r\nSubject: four\r\n\r\nBody four.\r\n";
        assertThat(split(one + two + three + four)).containsExactly(one, two, three, four);
    }

    @Test
    void inAMailboxLeadingWithFromABlockThatIsNotAWholeMessageHeadBeginsNothing() {
        String one = "From: a@x.org\nSubject: one\nDate: Tue, 6 Jan 1998 23:44:38 -0500\n\nI wrote:\n\n"
                // quoted headers: no date, a date no one reads, a line that is no header
                + "From: b@x.org\nSubject: s\n\n"
                + "From: b@x.org\nSubject: s\nDate: soon\n\n"
                + "From: b@x.org\nSubject: s\nDate: Fri, 09 Jan 1998 08:37:59 -0600\nthat is all\n\n"
                + "<ftp://ds.internic.net/x.txt>\nFrom: c@x.org\nDate: Fri, 09 Jan 1998 08:37:59 -0600\nSubject: t\n\n"
                + "Bye.\n\n";
        String two = "From: d@x.org\nSubject: two\nDate: Fri, 09 Jan 1998 08:37:59 -0600\n\nBody two.\n";
        assertThat(split(one + two)).containsExactly(one, two);
    }

    @Test
    void aMailboxLeadingWithFromWhereNoLaterBlockLeadsWithFromIsOneMessage() {
        // a message quoting a whole header block, as a forward does, is still one message
        String m = "From: a@x.org\nSubject: fwd\nDate: Tue, 6 Jan 1998 23:44:38 -0500\n\nForwarded:\n\n"
                + "Date: Fri, 09 Jan 1998 08:37:59 -0600\nFrom: b@x.org\nSubject: two\n\nBody two.\n";
        byte[] b = m.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(LeadingLineSplitter.split(b, b.length)).containsExactly(new LeadingLineSplitter.Range(0, b.length));
    }

    @Test
    void aMessageOfAnyOtherFirstLineIsOneWholeMessage() {
        // a From: first line, but no header block with a Date
        String m = "From: a@x.org\nSubject: s\n\nbody\n\nFrom: b@x.org\nSubject: t\n\nmore\n";
        byte[] b = m.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(LeadingLineSplitter.split(b, b.length)).containsExactly(new LeadingLineSplitter.Range(0, b.length));
        assertThat(split("\r\n\n" + m)).containsExactly(m); // from its headers on
    }
}
