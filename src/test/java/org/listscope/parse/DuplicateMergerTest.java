package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.model.ThreadIndex;

class DuplicateMergerTest {

    static final String BODY = "I am trying to write an encrypted P2P program. Is there another way I should "
            + "generate the keys? See http://example.org/keys for the code I use.";

    static Message.Builder msg(String id, String format) {
        return Message.builder().id(id).subject("[Twisted-Python] Need SSH help")
                .from(Author.of("Bad_Bob", "TheBadBob@gmail.com", "TheBadBob at gmail.com (Bad_Bob)"))
                .date(Instant.parse("2005-03-02T14:58:32Z")).body(BODY).list("twisted-python")
                .source(new Source("x", null, format));
    }

    @Test
    void sameMessageIdKeepsTheRichestFieldsOfEach() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("twisted-python/2005-March/042182", "pipermail-html").messageId("<m1@x>")
                .from(Author.of("Bad_Bob", null, "Bad_Bob")).url("http://h/2005-March/042182.html").build());
        merger.add(msg("<m1@x>", "pipermail-txt").messageId("<m1@x>").inReplyTo(List.of("<p@x>"))
                .references(List.of("<r@x>", "<p@x>")).build());
        List<Message> out = merger.messages(List.of());
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("<m1@x>");
            assertThat(m.url()).isEqualTo("http://h/2005-March/042182.html");
            assertThat(m.references()).containsExactly("<r@x>", "<p@x>");
            assertThat(m.inReplyTo()).containsExactly("<p@x>");
            assertThat(m.from().address()).isEqualTo("TheBadBob@gmail.com");
            assertThat(m.from().name()).isEqualTo("Bad_Bob");
        });
        assertThat(merger.merged()).isEqualTo(1);
        assertThat(merger.records()).isEqualTo(2);
    }

    @Test
    void withoutMessageIdMatchesBySubjectTimeAuthorAndBody() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("<m1@x>", "pipermail-txt").messageId("<m1@x>").build());
        // a stripped rendering: no Message-ID, address cut short, the link line gone, seconds lost
        merger.add(msg("h:abc", "rendering").from(Author.of("Bad_Bob", null, "Bad_Bob TheBadBob at"))
                .date(Instant.parse("2005-03-02T14:59:00Z"))
                .body("I am trying to write an encrypted P2P program. Is there another way I should generate the keys?")
                .build());
        assertThat(merger.messages(List.of())).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo("<m1@x>"));
    }

    @Test
    void aDateReadWithoutZoneMatchesWholeHoursOff() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("h:1", "pipermail-txt").build());
        merger.add(msg("h:2", "rendering").date(Instant.parse("2005-03-02T07:58:32Z"))
                .warnings(List.of("date without zone \"Wed Mar 2 07:58:32 2005\", read as UTC")).build());
        List<Message> out = merger.messages(List.of());
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.date()).as("the date read without guessing wins").isEqualTo(Instant.parse("2005-03-02T14:58:32Z"));
            assertThat(m.id()).isEqualTo("h:1");
        });
    }

    @Test
    void differentBodiesOrAuthorsStayApart() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("h:1", "pipermail-txt").build());
        merger.add(msg("h:2", "pipermail-txt").body("Completely different words about reactors and deferreds.").build());
        merger.add(msg("h:3", "pipermail-txt").from(Author.of("Someone Else", "else@example.org", "else at example.org")).build());
        merger.add(msg("h:4", "pipermail-txt").date(Instant.parse("2005-03-02T15:10:00Z")).build());
        assertThat(merger.messages(List.of())).extracting(Message::id).containsExactly("h:1", "h:2", "h:3", "h:4");
        assertThat(merger.merged()).isZero();
    }

    @Test
    void aMessageIdReusedByAnotherMessageIsNotAMerge() {
        DuplicateMerger merger = new DuplicateMerger();
        String placeholder = "<d41d8cd98f00b204e9800998ecf8427e@NO-ID-FOUND.mhonarc.org>";
        merger.add(msg(placeholder, "mbox").messageId(placeholder).build());
        merger.add(msg(placeholder, "mbox").messageId(placeholder).subject("Something else")
                .date(Instant.parse("1993-05-01T00:00:00Z")).body("Nothing in common with the first one at all.").build());
        List<Message> out = merger.messages(List.of());
        assertThat(out).hasSize(2);
        assertThat(out.get(0).id()).isEqualTo(placeholder);
        assertThat(out.get(1).id()).startsWith("h:");
        assertThat(out.get(1).warnings()).anyMatch(w -> w.contains("also used by a different message"));
    }

    @Test
    void aRedactedCopyWithTheSameMessageIdAndDateIsTheSameMessage() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("<s@x>", "pipermail-txt").messageId("<s@x>").build());
        merger.add(msg("<s@x>", "pipermail-txt").messageId("<s@x>").subject("[spam elided]").body("elided").build());
        assertThat(merger.messages(List.of())).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo(BODY));
    }

    @Test
    void aRebuiltArchiveKeepsThePageUrlTheThreadIndexNames() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("a/1", "pipermail-html").messageId("<m@x>").url("http://h/pipermail/l/2005-March/009612.html").build());
        merger.add(msg("a/2", "pipermail-html").messageId("<m@x>").url("http://h/pipermail/l/2005-March/042182.html").build());
        ThreadIndex index = new ThreadIndex("thread.html", "l", List.of(
                new ThreadIndex.Entry("/corpus/l/2005-March/042182.html", null, null, "s", "a")));
        assertThat(merger.messages(List.of(index))).singleElement()
                .satisfies(m -> assertThat(m.url()).endsWith("042182.html"));
        assertThat(merger.messages(List.of())).singleElement()
                .satisfies(m -> assertThat(m.url()).endsWith("009612.html"));
    }
}
