package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.model.Author;
import org.listscope.model.Batch;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ParentLink;
import org.listscope.model.Source;
import org.listscope.parse.Archives;

/**
 * Real archives out through {@code mbox} and {@code maildir} and back in through {@code parse}, in a
 * folder that names no list: the list comes back from {@code X-Listscope-List}.
 */
class MailRoundTripTest {

    @TempDir
    Path dir;

    private static Map<String, Message> byId(List<Message> messages) {
        Map<String, Message> out = new LinkedHashMap<>();
        for (Message m : messages) out.putIfAbsent(m.id(), m);
        return out;
    }

    private static void assertSame(Map<String, Message> before, Batch after) {
        assertThat(after.problems()).isEmpty();
        Map<String, Message> back = byId(after.messages());
        assertThat(back.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        for (Message a : before.values()) {
            Message b = back.get(a.id());
            assertThat(b.body()).as("body of %s", a.id()).isEqualTo(a.body());
            assertThat(b.subject()).as("subject of %s", a.id()).isEqualTo(a.subject());
            assertThat(b.list()).as("list of %s", a.id()).isNotNull().isEqualTo(a.list());
            assertThat(b.date()).as("date of %s", a.id()).isEqualTo(a.date());
            // the sender's own form of the date, its zone and two-digit year, comes back too
            assertThat(b.dateShown()).as("date shown of %s", a.id()).isEqualTo(a.dateShown());
            // an address alone is shown alone, not in the brackets the export once put around it
            if (a.from().name() == null && a.from().address() != null && a.from().shown().equals(a.from().address())) {
                assertThat(b.from().shown()).as("author shown of %s", a.id()).isEqualTo(a.from().shown());
            }
            assertThat(b.from().key()).as("person key of %s", a.id()).isEqualTo(a.from().key());
            assertThat(b.from().name()).as("name of %s", a.id()).isEqualTo(a.from().name());
            assertThat(b.from().address()).as("address of %s", a.id()).isEqualTo(a.from().address());
            assertThat(b.messageId()).isEqualTo(a.messageId());
            assertThat(b.inReplyTo()).as("In-Reply-To of %s", a.id()).isEqualTo(a.inReplyTo());
            assertThat(b.references()).as("References of %s", a.id()).isEqualTo(a.references());
        }
    }

    @Test
    void cypherpunks1992ComesBackFromMbox() throws Exception {
        Path in = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1992.mbox.gz");
        Batch original = Archives.readBatch(List.of(in));
        Map<String, Message> before = byId(original.messages());
        assertThat(before).hasSizeGreaterThan(900);
        Path out = dir.resolve("cp.mbox");
        Exporters.export(new MboxWriter(), List.copyOf(before.values()), Fixtures.provenance(), out);
        assertSame(before, Archives.readBatch(List.of(out)));
    }

    @Test
    void cypherpunks1992ComesBackFromMaildir() throws Exception {
        Path in = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1992.mbox.gz");
        Map<String, Message> before = byId(Archives.readBatch(List.of(in)).messages());
        Path out = dir.resolve("Maildir");
        Exporters.export(new MaildirWriter(), List.copyOf(before.values()), Fixtures.provenance(), out);
        assertSame(before, Archives.readBatch(List.of(out)));
    }

    /** A root without a Message-ID and a reply to it found by its subject alone, read back from mbox. */
    private List<Message> subjectThreadBack() throws Exception {
        Message root = Message.builder().id("h:0123456789abcdef0123").list("nanog").subject("Weekly report")
                .from(Author.of("Ann Lee", "ann@example.org", "Ann Lee")).date(Instant.parse("2005-03-05T04:16:38Z"))
                .source(new Source("x.txt", null, "pipermail-txt")).body("Nothing new this week.\n")
                .threadId("h:0123456789abcdef0123").build();
        Message reply = Message.builder().id("<r@example.org>").messageId("<r@example.org>").list("nanog")
                .subject("Weekly report").from(Author.of("Bob Roe", "bob@example.org", "Bob Roe"))
                .date(Instant.parse("2005-03-12T04:16:38Z")).source(new Source("x.txt", null, "pipermail-txt"))
                .body("Still nothing.\n").threadId("h:0123456789abcdef0123").build()
                .withThread("h:0123456789abcdef0123", "h:0123456789abcdef0123", new ParentLink(LinkMethod.SUBJECT, 0.2));
        Path out = dir.resolve("s.mbox");
        Exporters.export(new MboxWriter(), List.of(root, reply), Fixtures.provenance(), out);
        return Archives.readBatch(List.of(out)).messages();
    }

    @Test
    void anInReplyToTheExportMadeUpForAParentFoundByItsSubjectIsNotReadBack() throws Exception {
        Message reply = byId(subjectThreadBack()).get("<r@example.org>");

        assertThat(reply.inReplyTo()).isEmpty();
    }

    /** A message with the given author and body, written to mbox and read back. */
    private Message backFromMbox(Author from, String body) throws Exception {
        Message m = Message.builder().id("<lead@example.org>").messageId("<lead@example.org>").list("twisted-python")
                .subject("Re: reactor").from(from).date(Instant.parse("2005-04-06T16:33:49Z"))
                .source(new Source("010063.html", null, "pipermail-html")).body(body).build();
        Path out = dir.resolve("one.mbox");
        Exporters.export(new MboxWriter(), List.of(m), Fixtures.provenance(), out);
        return Archives.readBatch(List.of(out)).messages().get(0);
    }

    @Test
    void aBodyThatStartsWithABlankLineComesBackWithIt() throws Exception {
        String body = "\nOn Wed, 6 Apr 2005, Jeff Pitman wrote:\n>On Wednesday\n\nIt works.";

        assertThat(backFromMbox(Author.of("Jp Calderone", "exarkun@divmod.com", "Jp Calderone"), body).body())
                .isEqualTo(body);
    }

    @Test
    void aCarriageReturnWithNoLineFeedComesBack() throws Exception {
        // as in cypherpunks 1993-94: after blanks, doubled, and after a letter
        String body = "Plus \re la change.\nnot getting to \r\rUUCICO:\n     \r    ISSUE\nbar\rfoo";

        assertThat(backFromMbox(Author.of("Eric Hughes", "hughes@soda.berkeley.edu", "Eric Hughes"), body).body())
                .isEqualTo(body);
    }

    @Test
    void anAuthorNameWithBracketsComesBackWhole() throws Exception {
        Author keith = Author.of("Keith Cheung (張國良)", "kcheung@example.com.hk", "Keith Cheung (張國良)");

        assertThat(backFromMbox(keith, "Hello.").from().name()).isEqualTo("Keith Cheung (張國良)");
    }

    @Test
    void anAddressThatIsNotAsciiComesBack() throws Exception {
        Author lucia = Author.of("Lucía Charlie", "lucíacharlie@wellsfargo.com", "lucíacharlie at wellsfargo.com");

        assertThat(backFromMbox(lucia, "Hello.").from().address()).isEqualTo("lucíacharlie@wellsfargo.com");
    }
}
