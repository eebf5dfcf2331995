package org.listscope.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ParentLink;
import org.listscope.model.Provenance;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;
import org.listscope.model.TopicEvidence;

/** Small annotated threads, written inline, for the writers' tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Provenance provenance() {
        return new Provenance("test", "calea AND topic:lawful-intercept", null, "/tmp/index", List.of(), false,
                Instant.parse("2026-01-02T03:04:05Z"));
    }

    /** A three-message CALEA thread: a root, a reply quoting it, and a reply to the reply. */
    static List<Message> calea() {
        String b1 = "Does CALEA apply to ISPs? See 47 U.S.C. § 1001 and RFC 2119.\n"
                + "From what I read, providers must be able to intercept.\n-- \nTodd\n";
        Message root = Message.builder().id("<root@example.net>").messageId("<root@example.net>").list("nanog")
                .subject("ISP CALEA compliance").from(Author.of("Todd Glassey", "todd@example.net", "Todd Glassey"))
                .date(Instant.parse("2007-05-11T20:00:00Z")).dateShown("Fri, 11 May 2007 13:00:00 -0700")
                .url("https://mailman.nanog.org/pipermail/nanog/2007-May/000001.html")
                .source(new Source("nanog/2007-May.txt", null, "pipermail-txt")).body(b1)
                .segments(List.of(Segment.of(SegmentKind.TEXT, 0, b1.indexOf("-- \n"), 0),
                        Segment.of(SegmentKind.SIGNATURE, b1.indexOf("-- \n"), b1.length(), 0)))
                .annotations(List.of(
                        cite(b1, "usc", "47 U.S.C. § 1001", "47 U.S.C. § 1001", "https://www.law.cornell.edu/uscode/text/47/1001", "Todd Glassey", false),
                        cite(b1, "rfc", "RFC 2119", "RFC 2119", "https://www.rfc-editor.org/rfc/rfc2119", "Todd Glassey", false),
                        claim(b1, "obligation", "providers must be able to intercept", "Todd Glassey", false)))
                .threadId("<root@example.net>").build();
        int intercept = b1.indexOf("From what I read");
        root = root.withAnnotations(root.annotations(),
                List.of(new TopicEvidence("lawful-intercept", intercept, b1.indexOf("-- \n"))));

        String b2 = "On Fri, 11 May 2007, Todd Glassey wrote:\n> providers must be able to intercept.\n"
                + "What doesn't exist can't be subpoenaed.\nFrom the archives: nothing is kept.\n"
                + ">From here on, an mboxrd-escaped line.\n";
        int q0 = b2.indexOf("> providers");
        int q1 = b2.indexOf("What");
        Message reply = Message.builder().id("<reply@example.org>").messageId("<reply@example.org>").list("nanog")
                .subject("Re: ISP CALEA compliance").from(Author.of("Steven M. Bellovin", null, "Steven M. Bellovin smb at"))
                .date(Instant.parse("2007-05-11T21:05:20Z")).dateShown("Fri May 11 21:05:20 UTC 2007")
                .url("https://mailman.nanog.org/pipermail/nanog/2007-May/000002.html")
                .inReplyTo(List.of("<root@example.net>")).references(List.of("<root@example.net>"))
                .source(new Source("nanog/2007-May.txt", null, "pipermail-txt")).body(b2)
                .segments(List.of(Segment.of(SegmentKind.ATTRIBUTION, 0, q0, 0),
                        Segment.of(SegmentKind.QUOTE, q0, q1, 1).withQuoted("Todd Glassey", null),
                        Segment.of(SegmentKind.TEXT, q1, b2.length(), 0)))
                .annotations(List.of(
                        claim(b2, "obligation", "providers must be able to intercept", "Todd Glassey", true),
                        claim(b2, "legal-fact", "What doesn't exist can't be subpoenaed", "Steven M. Bellovin", false)))
                .threadId("<root@example.net>").parentId("<root@example.net>")
                .parentLink(new ParentLink(LinkMethod.HEADER, 1.0)).build();

        String b3 = "Grüße aus Köln: the EU data retention directive 2006/24/EC says \"=SUM(A1)\" ... \u00e9t\u00e9.\n"
                + "-dash first\n@at first\n";
        Message third = Message.builder().id("nanog/2007-May/000003").list("nanog")
                .subject("Re: ISP CALEA compliance — Datenschutz").from(Author.of("Jörg Müller", null, "Jörg Müller"))
                .date(null).dateShown("garbage date +50579034")
                .source(new Source(null, "https://mailman.nanog.org/pipermail/nanog/2007-May/000003.html", "pipermail-html"))
                .body(b3).threadId("<root@example.net>").parentId("<reply@example.org>")
                .parentLink(new ParentLink(LinkMethod.QUOTE, 0.8))
                .annotations(List.of(
                        cite(b3, "eu-law", "directive 2006/24/EC", "Directive 2006/24/EC", "https://eur-lex.europa.eu/eli/dir/2006/24/oj", "Jörg Müller", false),
                        claim(b3, "legal-fact", "\"=SUM(A1)\"", "Jörg Müller", false),
                        claim(b3, "prediction", "-dash first", "Jörg Müller", false)))
                .build();
        return List.of(root, reply, third);
    }

    /** A message written to attack the HTML report: markup, event handlers and script URLs everywhere. */
    static Message hostile() {
        String body = "<script>alert('body')</script>\n<img src=x onerror=alert(1)>\n"
                + "> <iframe src=\"javascript:alert(2)\"></iframe>\n"
                + "see <a href=\"javascript:alert(3)\">here</a> and \" onmouseover=\"alert(4)\n";
        int q0 = body.indexOf("> <iframe");
        int q1 = body.indexOf("see <a");
        String linkText = "<a href=\"javascript:alert(3)\">here</a>";
        int ls = body.indexOf(linkText);
        List<Annotation> anns = new ArrayList<>();
        anns.add(new Citation("url\" onclick=\"alert(5)", ls, ls + linkText.length(), linkText, "<b>bold</b>",
                "javascript:alert(6)", null, List.of("<i>topic</i>"), 0.5, List.of(), false, "<u>speaker</u>"));
        anns.add(new Claim("<script>", 0, 30, body.substring(0, 30), List.of(), 0.4, List.of(), false, false, null));
        return Message.builder().id("<evil\"><script>alert(7)</script>@x>").messageId("<evil@x>")
                .list("<svg onload=alert(8)>").subject("<script>alert('subject')</script>")
                .from(Author.of("<b onclick=alert(9)>Mallory</b>", "mallory@example.com", "<b>Mallory</b>"))
                .date(Instant.parse("2008-01-01T00:00:00Z")).url("javascript:alert(10)")
                .source(new Source("<script>path</script>", null, "mbox")).body(body)
                .segments(List.of(Segment.of(SegmentKind.TEXT, 0, q0, 0),
                        Segment.of(SegmentKind.QUOTE, q0, q1, 1).withQuoted("<em>quoted</em>", null),
                        Segment.of(SegmentKind.TEXT, q1, body.length(), 0)))
                .warnings(List.of("<blink>warning</blink>"))
                .annotations(anns).threadId("<evil\"><script>alert(7)</script>@x>").build();
    }

    static Citation cite(String body, String kind, String text, String normalized, String link, String speaker, boolean quoted) {
        int s = body.indexOf(text);
        if (s < 0) throw new IllegalArgumentException(text);
        return new Citation(kind, s, s + text.length(), text, normalized, link, null, List.of("lawful-intercept"), 0.95,
                List.of(kind), quoted, speaker);
    }

    static Claim claim(String body, String kind, String text, String speaker, boolean quoted) {
        int s = body.indexOf(text);
        if (s < 0) throw new IllegalArgumentException(text);
        return new Claim(kind, s, s + text.length(), text, List.of("lawful-intercept", "legal-process"), 0.8,
                List.of("must"), false, quoted, speaker);
    }
}
