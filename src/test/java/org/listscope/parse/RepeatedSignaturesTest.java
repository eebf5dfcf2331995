package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;
import org.listscope.parse.segment.Segmenter;

class RepeatedSignaturesTest {

    private static final String NOTICE = "This message is protected by 18 USC 2511 and 18 USC 2703. Monitoring\n"
            + "by anyone other than the recipient is absolutely forbidden by US Law\n";

    private static int n;

    private static Message post(String address, String path, String subject, String body) {
        return post(address, path, "mbox", subject, body);
    }

    private static Message post(String address, String path, String format, String subject, String body) {
        n++;
        return Message.builder().id("r:" + n).from(Author.of(null, address, address)).list("l").subject(subject)
                .date(Instant.EPOCH.plusSeconds(n)).body(body).segments(Segmenter.segment(body))
                .source(new Source(path, null, format)).build();
    }

    /** The kind of the segment holding the first character of {@code text} in the message. */
    private static SegmentKind kindAt(Message m, String text) {
        int at = m.body().indexOf(text);
        assertThat(at).as("%s in %s", text, m.body()).isGreaterThanOrEqualTo(0);
        for (Segment s : m.segments()) if (s.start() <= at && at < s.end()) return s.kind();
        throw new AssertionError("no segment at " + at);
    }

    private static List<Message> signed(String address, String path, String... subjects) {
        List<Message> out = new ArrayList<>();
        for (String subject : subjects) {
            out.add(post(address, path, subject, "My view on " + subject + " is simple.\nIt stays mine.\n\n" + NOTICE));
        }
        return out;
    }

    @Test
    void closingLinesOnePersonRepeatsOnThreeSubjectsAreASignature() {
        List<Message> out = RepeatedSignatures.mark(signed("md@unm.edu", "a.mbox", "Key Signing", "Tee-shirt", "AP story"));
        for (Message m : out) {
            assertThat(kindAt(m, "This message is protected")).isEqualTo(SegmentKind.SIGNATURE);
            assertThat(kindAt(m, "by anyone other")).isEqualTo(SegmentKind.SIGNATURE);
            assertThat(kindAt(m, "My view on")).isEqualTo(SegmentKind.TEXT);
        }
    }

    @Test
    void pipermailPagesOfOneMonthCountTogether() {
        List<Message> pages = new ArrayList<>();
        List<Message> renderings = new ArrayList<>();
        for (String subject : List.of("Key Signing", "Tee-shirt", "AP story")) {
            String body = "My view on " + subject + " is simple.\n\n" + NOTICE;
            pages.add(post("md@unm.edu", "nanog/2007-May/0" + n + ".html", "pipermail-html", subject, body));
            renderings.add(post("md@unm.edu", "nanog/2007-May/0" + n + ".txt", "rendering", subject, body));
        }
        for (Message m : RepeatedSignatures.mark(pages)) {
            assertThat(kindAt(m, "This message is protected")).isEqualTo(SegmentKind.SIGNATURE);
        }
        // a folder of renderings may be cut across index chunks, so each rendering stays its own input
        for (Message m : RepeatedSignatures.mark(renderings)) {
            assertThat(kindAt(m, "This message is protected")).isEqualTo(SegmentKind.TEXT);
        }
    }

    @Test
    void copiesReadFromACrawlsWarcFileCountByTheFileEachRecordCaptured() {
        // one WARC file holds a crawl's months: its pages of one month count together, as in the
        // crawl's mirror, but two months' text archives are two inputs there and stay two here
        String base = "http://lists.example.org/pipermail/nanog/";
        List<Message> pages = new ArrayList<>();
        List<Message> archives = new ArrayList<>();
        for (String subject : List.of("Key Signing", "Tee-shirt", "AP story")) {
            String body = "My view on " + subject + " is simple.\n\n" + NOTICE;
            pages.add(captured(base + "2007-May/0" + n + ".html", subject, body));
            archives.add(captured(base + (subject.equals("AP story") ? "2007-June" : "2007-May") + ".txt.gz", subject, body));
        }
        for (Message m : RepeatedSignatures.mark(pages)) {
            assertThat(kindAt(m, "This message is protected")).as(m.subject()).isEqualTo(SegmentKind.SIGNATURE);
        }
        for (Message m : RepeatedSignatures.mark(archives)) {
            assertThat(kindAt(m, "This message is protected")).as(m.subject()).isEqualTo(SegmentKind.TEXT);
        }
    }

    private static Message captured(String url, String subject, String body) {
        Message m = post("md@unm.edu", "crawl/.crawl/warc/listscope-00000.warc.gz", "warc", subject, body);
        return m.toBuilder().source(new Source(m.source().path(), url, "warc")).build();
    }

    @Test
    void twoSubjectsOtherPeopleOrOtherInputsAreNotEnough() {
        List<Message> two = signed("md@unm.edu", "a.mbox", "Key Signing", "Tee-shirt", "Re: Tee-shirt");
        List<Message> mixed = new ArrayList<>(signed("md@unm.edu", "a.mbox", "Key Signing", "Tee-shirt"));
        mixed.addAll(signed("ben@netcom.com", "a.mbox", "AP story"));
        mixed.addAll(signed("md@unm.edu", "b.mbox", "AP story"));
        for (List<Message> in : List.of(two, mixed)) {
            for (Message m : RepeatedSignatures.mark(in)) {
                assertThat(kindAt(m, "This message is protected")).as(m.subject()).isEqualTo(SegmentKind.TEXT);
            }
        }
    }

    @Test
    void aDocumentPostedAgainUnderNewSubjectsStaysText() {
        // a FAQ posted every month: its closing answers repeat, and so do the answers above them
        StringBuilder faq = new StringBuilder();
        for (int q = 1; q <= 8; q++) {
            faq.append("Q").append(q).append(": What does remailer question number ").append(q).append(" ask?\n")
                    .append("A").append(q).append(": The answer to question ").append(q).append(" is in the list below.\n\n");
        }
        faq.append("Check out the pub/cypherpunks directory at soda.berkeley.edu for more.\n");
        List<Message> in = new ArrayList<>();
        for (String month : List.of("June", "July", "August")) {
            in.add(post("kb@uh.edu", "a.mbox", "Remailers " + month, "Remailer list for " + month + " 1993:\n\n" + faq));
        }
        for (Message m : RepeatedSignatures.mark(in)) assertThat(kindAt(m, "Check out the pub")).isEqualTo(SegmentKind.TEXT);
    }

    @Test
    void aMessageThatIsAllRepeatedLinesAndShortSignOffsStayText() {
        List<Message> in = new ArrayList<>();
        for (String subject : List.of("one", "two", "three")) in.add(post("x@y.org", "a.mbox", subject, NOTICE));
        for (String subject : List.of("four", "five", "six")) {
            in.add(post("z@y.org", "a.mbox", subject, "About " + subject + " I have this to say.\n\nBye,\nZed\n"));
        }
        for (Message m : RepeatedSignatures.mark(in)) {
            String first = m.from().address().startsWith("x") ? "This message is protected" : "About";
            assertThat(kindAt(m, first)).isEqualTo(SegmentKind.TEXT);
            if (m.from().address().startsWith("z")) assertThat(kindAt(m, "Bye,")).isEqualTo(SegmentKind.TEXT);
        }
    }

    @Test
    void michaelDiehlsNoticeIsHisSignatureInCypherpunks1993() {
        Path mbox = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz");
        assumeTrue(mbox != null && mbox.toFile().exists(), "skipped: ../shared/corpus is absent");
        Pattern notice = Pattern.compile("protected\\s+by\\s+18\\s+USC\\s+2511");
        int seen = 0;
        for (Message m : Archives.readBatch(List.of(mbox)).messages()) {
            if (!m.from().key().startsWith("mdiehl@")) continue;
            Matcher at = notice.matcher(m.body());
            if (!at.find()) continue;
            seen++;
            assertThat(kindAt(m, at.group())).as(m.id()).isEqualTo(SegmentKind.SIGNATURE);
        }
        assertThat(seen).isEqualTo(5);
    }
}
