package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.listscope.json.Json;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;

class RichestFieldsTest {

    static final String FULL = "Please review the patch.\nAdd the tests before merging, and run them twice.";
    static final String CUT = "Please review the patch.\nAdd";

    static Message.Builder copy(String path, String format, String body) {
        return Message.builder().id("<m1@x>").messageId("<m1@x>").list("twisted-python")
                .subject("[Twisted-Python] Review").from(Author.of("Jo Smith", "jo@example.org", "jo at example.org (Jo Smith)"))
                .date(Instant.parse("2005-03-02T14:58:32Z")).dateShown("Wed, 2 Mar 2005 14:58:32 +0000")
                .source(new Source(path, null, format)).body(body);
    }

    @Test
    void theLongerBodyWinsWhicheverCopyComesFirst() {
        Message cut = copy("a/2005-March.txt", "pipermail-txt", CUT).build();
        // a stripped copy in a more telling format is still the poorer body
        Message full = copy("b/2005-March.txt", "pipermail-txt", FULL).build();
        Message page = copy("c/009673.html", "pipermail-html", CUT).url("http://h/009673.html").build();
        assertThat(RichestFields.merge(cut, full).body()).isEqualTo(FULL);
        assertThat(RichestFields.merge(full, cut)).isEqualTo(RichestFields.merge(cut, full));
        Message m = RichestFields.merge(page, full);
        assertThat(m.body()).isEqualTo(FULL);
        assertThat(m.source().path()).isEqualTo("b/2005-March.txt");
        assertThat(m.url()).as("the page's URL is kept though its body is not").isEqualTo("http://h/009673.html");
        assertThat(RichestFields.merge(full, page)).isEqualTo(m);
    }

    @Test
    void anEditThatAddsAWordWinsAsMuchAsOneThatChangesALetter() {
        // before, the greater JSON won: "Add ... quokkaword" lost and "Zdd ..." won
        Message held = copy("a.txt", "pipermail-txt", FULL).build();
        Message longer = copy("b.txt", "pipermail-txt", FULL + " quokkaword").build();
        assertThat(RichestFields.merge(held, longer).body()).endsWith("quokkaword");
        assertThat(RichestFields.merge(longer, held).body()).endsWith("quokkaword");
    }

    @Test
    void equalBodiesGoToTheMoreTellingFormatThenToTheSourceThatSortsFirst() {
        Message txt = copy("a.txt", "pipermail-txt", FULL).build();
        Message page = copy("z.html", "pipermail-html", FULL).build();
        assertThat(RichestFields.merge(txt, page).source().path()).isEqualTo("z.html");
        assertThat(RichestFields.merge(page, txt).source().path()).isEqualTo("z.html");
        Message first = copy("0096xx.html", "pipermail-html", FULL).url("http://h/009673.html").build();
        Message second = copy("0421xx.html", "pipermail-html", FULL).url("http://h/042182.html").build();
        assertThat(RichestFields.merge(second, first).url()).isEqualTo("http://h/009673.html");
        assertThat(RichestFields.merge(first, second).url()).isEqualTo("http://h/009673.html");
    }

    @Test
    void otherFieldsAreTakenWhereRichest() {
        Message page = copy("p.html", "pipermail-html", FULL + " (and a link)")
                .messageId(null).id("twisted-python/2005-March/009673").url("http://h/009673.html")
                .from(Author.of("Jo Smith", null, "Jo Smith")).build();
        Message txt = copy("t.txt", "pipermail-txt", FULL).inReplyTo(List.of("<p@x>"))
                .references(List.of("<r@x>", "<p@x>")).warnings(List.of("header charset guessed")).build();
        Message m = RichestFields.merge(page, txt);
        assertThat(m.body()).isEqualTo(page.body());
        assertThat(m.id()).isEqualTo("<m1@x>");
        assertThat(m.messageId()).isEqualTo("<m1@x>");
        assertThat(m.url()).isEqualTo("http://h/009673.html");
        assertThat(m.from().address()).isEqualTo("jo@example.org");
        assertThat(m.inReplyTo()).containsExactly("<p@x>");
        assertThat(m.references()).containsExactly("<r@x>", "<p@x>");
        assertThat(m.warnings()).containsExactly("header charset guessed");
        assertThat(RichestFields.merge(page.toBuilder().subject("Review").build(), txt).subject())
                .as("the subject that kept its list tag").isEqualTo("[Twisted-Python] Review");
        assertThat(RichestFields.merge(txt, page)).isEqualTo(m);
    }

    @Test
    void aCopyReadAgainFromTheSameSourceReplacesTheBodyWhateverItsLength() {
        Message held = copy("a.txt", "pipermail-txt", FULL).url("http://h/1.html").build();
        Message shorter = copy("a.txt", "pipermail-txt", CUT).build();
        Message m = RichestFields.reread(held, shorter);
        assertThat(m.body()).isEqualTo(CUT);
        assertThat(m.url()).as("what the new reading lacks is kept").isEqualTo("http://h/1.html");
        // from another source, the longer body stays
        Message other = copy("b.txt", "pipermail-txt", CUT).build();
        assertThat(RichestFields.reread(held, other).body()).isEqualTo(FULL);
    }

    /** Copies of one message that differ in every field that merging weighs. */
    private static List<Message> variants(int n, long seed, boolean dateWarnings) {
        Random r = new Random(seed);
        String[] formats = {"pipermail-html", "mbox", "pipermail-txt", "warc", "rendering"};
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = FULL.substring(0, 20 + r.nextInt(3)) + (r.nextBoolean() ? "x" : "y");
            Message.Builder b = copy("src" + i + ".txt", formats[r.nextInt(formats.length)], body);
            if (r.nextBoolean()) b.messageId(null).id(r.nextBoolean() ? "h:" + i : "twisted-python/2005-March/" + i);
            if (r.nextBoolean()) b.url("http://h/" + i + ".html");
            if (r.nextBoolean()) b.list(null);
            if (r.nextBoolean()) b.subject(r.nextBoolean() ? "" : "Review " + i);
            if (r.nextBoolean()) b.from(Author.of(r.nextBoolean() ? null : "J. Smith " + i, null, "J. Smith"));
            if (r.nextBoolean()) b.date(r.nextBoolean() ? null : Instant.parse("2005-03-02T14:58:3" + i % 10 + "Z"));
            if (dateWarnings && r.nextInt(4) == 0) b.warnings(List.of("date without zone \"x\", read as UTC"));
            if (r.nextBoolean()) b.inReplyTo(List.of("<p" + i + "@x>"));
            if (r.nextBoolean()) b.references(r.nextBoolean() ? List.of("<r@x>") : List.of("<r@x>", "<p" + i + "@x>"));
            if (r.nextInt(3) == 0) b.warnings(List.of("warning " + i));
            out.add(b.build());
        }
        return out;
    }

    @Test
    void twoCopiesMergeAlikeInEitherOrderAndMergingAgainChangesNothing() {
        List<Message> copies = variants(40, 7, true);
        for (Message a : copies) {
            for (Message b : copies) {
                Message ab = RichestFields.merge(a, b);
                assertThat(RichestFields.merge(b, a)).isEqualTo(ab);
                assertThat(RichestFields.merge(ab, a)).isEqualTo(ab);
                assertThat(RichestFields.merge(ab, b)).isEqualTo(ab);
                assertThat(RichestFields.reread(ab, b)).as("a re-read of either input").isEqualTo(ab);
            }
        }
    }

    @Test
    void threeCopiesMergeAlikeInEveryOrder() {
        List<Message> copies = variants(12, 11, false);
        for (Message a : copies) {
            for (Message b : copies) {
                for (Message c : copies) {
                    String abc = Json.line(RichestFields.merge(RichestFields.merge(a, b), c));
                    assertThat(Json.line(RichestFields.merge(RichestFields.merge(c, a), b))).as("%s\n%s\n%s", a, b, c).isEqualTo(abc);
                    assertThat(Json.line(RichestFields.merge(RichestFields.merge(b, c), a))).as("%s\n%s\n%s", a, b, c).isEqualTo(abc);
                }
            }
        }
    }
}
