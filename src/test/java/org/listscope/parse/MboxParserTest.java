package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Message;
import org.listscope.model.Problem;

class MboxParserTest {

    static List<Message> parse(byte[] bytes, List<Problem> problems) throws IOException {
        Input in = Input.of("test.mbox", null, bytes);
        List<Message> out = new ArrayList<>();
        Archives.read(in, new Sink() {
            public void message(Message m) { out.add(m); }
            public void problem(Problem p) { problems.add(p); }
        });
        return out;
    }

    static List<Message> parse(String text) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Message> ms = parse(text.getBytes(StandardCharsets.UTF_8), problems);
        assertThat(problems).isEmpty();
        return ms;
    }

    /** What listscope's own mbox export keeps in X-Listscope-* headers comes back. */
    @Test
    void listscopeHeadersGiveBackIdListUrlAndTheDateShown() throws IOException {
        List<Message> ms = parse("""
                From jorg.muller@unknown.listscope.invalid Thu Jan  1 00:00:00 1970
                From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <jorg.muller@unknown.listscope.invalid>
                Subject: Re: ISP CALEA compliance
                Message-ID: <0f5a1b2c3d4e5f60718293a4@listscope.invalid>
                In-Reply-To: <reply@example.org>
                X-Listscope-Id: nanog/2007-May/000003
                X-Listscope-List: nanog
                X-Listscope-Url: https://mailman.nanog.org/pipermail/nanog/2007-May/000003.html
                X-Listscope-Thread: <root@example.net>
                X-Listscope-Date-Shown: garbage date +50579034
                X-Listscope-Source: pipermail-html;
                 https://mailman.nanog.org/pipermail/nanog/2007-May/000003.html

                Data retention.

                From todd@example.net Fri May 11 20:00:00 2007
                From: Todd <todd@example.net>
                Date: Fri, 11 May 2007 20:00:00 GMT
                Subject: ISP CALEA compliance
                Message-ID: <root@example.net>

                Does CALEA apply to ISPs?
                """);
        assertThat(ms).hasSize(2);
        Message exported = ms.get(0);
        assertThat(exported.id()).isEqualTo("nanog/2007-May/000003");
        assertThat(exported.messageId()).isEqualTo("<0f5a1b2c3d4e5f60718293a4@listscope.invalid>");
        assertThat(exported.list()).isEqualTo("nanog");
        assertThat(exported.url()).isEqualTo("https://mailman.nanog.org/pipermail/nanog/2007-May/000003.html");
        assertThat(exported.date()).isNull();
        assertThat(exported.dateShown()).isEqualTo("garbage date +50579034");
        assertThat(exported.source().format()).as("the source is the file read").isEqualTo("mbox");
        assertThat(exported.threadId()).as("threading is derived again").isNull();
        Message plain = ms.get(1);
        assertThat(plain.id()).isEqualTo("<root@example.net>");
        assertThat(plain.list()).isNull();
        assertThat(plain.url()).isNull();
        assertThat(plain.dateShown()).isEqualTo("Fri, 11 May 2007 20:00:00 GMT");
    }

    @Test
    void mboxrdUnescapesFromLinesAndKeepsUnescapedBodyFromLines() throws IOException {
        List<Message> ms = parse("""
                From alice@example.org Thu Mar  3 11:14:52 2005
                From: Alice <alice@example.org>
                Date: Thu, 3 Mar 2005 11:14:52 -0500
                Subject: one
                Message-ID: <1@example.org>

                >From the start.
                >>From quoted.

                From here on, plain mboxo text.

                From bob@example.org Thu Mar  3 12:00:00 2005
                From: bob@example.org
                Subject: two
                Message-ID: <2@example.org>

                Two.
                """);
        assertThat(ms).hasSize(2);
        assertThat(ms.get(0).body()).isEqualTo("From the start.\n>From quoted.\n\nFrom here on, plain mboxo text.");
        assertThat(ms.get(0).source().format()).isEqualTo("mbox");
        assertThat(ms.get(1).body()).isEqualTo("Two.");
        assertThat(ms.get(1).date()).as("no Date: the From_ line's date").hasToString("2005-03-03T12:00:00Z");
        assertThat(ms.get(1).warnings()).anyMatch(w -> w.contains("separator line"));
    }

    @Test
    void aByteOrderMarkBeforeTheFirstFromLineIsNoPartOfTheMailbox() throws IOException {
        String mbox = """
                From alice@example.org Thu Mar  3 11:14:52 2005
                From: Alice <alice@example.org>
                Subject: first
                Message-ID: <1@example.org>

                One.

                From bob@example.org Thu Mar  3 12:14:52 2005
                From: Bob <bob@example.org>
                Subject: second

                Two.
                """;
        List<Message> expected = parse(mbox);
        assertThat(expected).extracting(Message::subject).containsExactly("first", "second");
        List<Problem> problems = new ArrayList<>();
        assertThat(parse(("\uFEFF" + mbox).getBytes(StandardCharsets.UTF_8), problems)).isEqualTo(expected);
        assertThat(problems).isEmpty();
    }

    @Test
    void multipartKeepsPlainTextAndNotesAttachments() throws IOException {
        Message m = parse("""
                From a@b.org Thu Mar  3 11:14:52 2005
                From: =?utf-8?q?J=C3=BCrgen?= <j@b.org>
                Subject: =?iso-8859-1?b?Q2Fm6Q==?=
                Date: Thu, 3 Mar 2005 11:14:52 +0100
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="XX"

                --XX
                Content-Type: multipart/alternative; boundary="YY"

                --YY
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: quoted-printable

                Gr=FC=DFe, caf=E9
                --YY
                Content-Type: text/html; charset=utf-8

                <p>ignored because a plain part exists</p>
                --YY--
                --XX
                Content-Type: application/pdf; name="report.pdf"
                Content-Disposition: attachment; filename="report.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+
                --XX--
                """).get(0);
        assertThat(m.from().name()).isEqualTo("Jürgen");
        assertThat(m.subject()).isEqualTo("Café");
        assertThat(m.body()).isEqualTo("Grüße, café\n\n[attachment: report.pdf, application/pdf, 60 bytes]");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void htmlOnlyMailBecomesText() throws IOException {
        Message m = parse("""
                From a@b.org Thu Mar  3 11:14:52 2005
                From: a@b.org
                Content-Type: text/html; charset=utf-8

                <html><body><p>Hello &amp; welcome</p><p>line<br>two</p></body></html>
                """).get(0);
        assertThat(m.body()).isEqualTo("Hello & welcome\nline\ntwo");
    }

    @Test
    void lyingCharsetFallsBackWithAWarning() throws IOException {
        byte[] head = ("From a@b.org Thu Mar  3 11:14:52 2005\nFrom: a@b.org\nContent-Type: text/plain; charset=us-ascii\n\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] body = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        Message m = parse(all, new ArrayList<>()).get(0);
        assertThat(m.body()).isEqualTo("caf\u00e9");
        assertThat(m.warnings()).contains("declared us-ascii but holds 8-bit text; read as windows-1252");
    }

    @Test
    void declaredUtf8ThatIsNotFallsBack() throws IOException {
        byte[] head = ("From a@b.org Thu Mar  3 11:14:52 2005\nFrom: a@b.org\nContent-Type: text/plain; charset=utf-8\n\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] body = "na\u00efve \u201cquoted\u201d\n".getBytes(Charsets.WINDOWS_1252);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        Message m = parse(all, new ArrayList<>()).get(0);
        assertThat(m.body()).isEqualTo("na\u00efve \u201cquoted\u201d");
        assertThat(m.warnings()).contains("declared UTF-8 but not valid UTF-8; read as windows-1252");
    }

    @Test
    void mmdfRecords() throws IOException {
        List<Message> ms = parse("\u0001\u0001\u0001\u0001\nFrom: a@b.org\nSubject: one\n\nOne.\n\u0001\u0001\u0001\u0001\n"
                + "\u0001\u0001\u0001\u0001\nFrom: c@d.org\nSubject: two\n\nTwo.\n\u0001\u0001\u0001\u0001\n");
        assertThat(ms).extracting(Message::subject).containsExactly("one", "two");
        assertThat(ms).extracting(Message::body).containsExactly("One.", "Two.");
    }

    @Test
    void singleMessageFile() throws IOException {
        List<Message> ms = parse("Received: from x by y\nFrom: Joe <joe@example.com>\nSubject: single\n"
                + "Date: Thu, 7 Nov 2013 17:54:55 +0000\n\nJust one.\n");
        assertThat(ms).singleElement().satisfies(m -> {
            assertThat(m.source().format()).isEqualTo("rfc822");
            assertThat(m.body()).isEqualTo("Just one.");
        });
    }

    @Test
    void cypherpunksCounts() throws IOException {
        assertCounts("corpus/mbox/cypherpunks/cypherpunks-1992.mbox.gz", 975, 975);
        assertCounts("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz", 9_443, 9_441);
        assertCounts("corpus/mbox/cypherpunks/cypherpunks-1994.mbox.gz", 15_012, 15_007);
    }

    private static void assertCounts(String file, int records, int distinctIds) throws IOException {
        Path p = SharedCorpus.path(file);
        int[] n = {0};
        Set<String> ids = new HashSet<>();
        List<String> controls = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        MboxParser.withoutSegments().parse(Input.of(p), new Sink() { // segmentation is tested elsewhere
            public void message(Message m) {
                n[0]++;
                if (m.messageId() != null) ids.add(m.messageId());
                for (String v : java.util.Arrays.asList(m.subject(), m.from().name(), m.from().address(), m.from().shown())) {
                    if (v != null && v.chars().anyMatch(c -> c < 0x20 && c != '\t')) controls.add(v);
                }
            }
            public void problem(Problem pr) { problems.add(pr); }
        });
        assertThat(problems).as(file).isEmpty();
        assertThat(n[0]).as(file).isEqualTo(records);
        assertThat(ids).as(file).hasSize(distinctIds);
        // 1993 and 1994 hold U+001C between two values and typed backspaces in From and Subject
        assertThat(controls).as(file + ": header values with control characters").isEmpty();
    }
}
