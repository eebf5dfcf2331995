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
    void aMessageOfAnyOtherFirstLineIsOneWholeMessage() {
        String m = "From: a@x.org\nSubject: s\n\nbody\n\nFrom: b@x.org\nSubject: t\n\nmore\n";
        byte[] b = m.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(LeadingLineSplitter.split(b, b.length)).containsExactly(new LeadingLineSplitter.Range(0, b.length));
        assertThat(split("\r\n\n" + m)).containsExactly(m); // from its headers on
    }
}
