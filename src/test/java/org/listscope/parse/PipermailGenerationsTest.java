package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Message;

/** Real data: every generation of pipermail page in the shared corpus parses, with its quirks. */
class PipermailGenerationsTest {

    private static Collected readPages(String folder) throws Exception {
        Path dir = SharedCorpus.path("corpus/pipermail/" + folder);
        List<Path> pages;
        try (Stream<Path> s = Files.walk(dir)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        Collected c = new Collected();
        for (Path p : pages) Archives.read(Input.of(p), c);
        long messagePages = pages.stream().filter(p -> p.getFileName().toString().matches("\\d+\\.html")).count();
        assertThat(c.problems).as(folder).isEmpty();
        assertThat(c.messages).as(folder + ": one message per NNNNNN.html, none from index pages").hasSize((int) messagePages);
        for (Message m : c.messages) {
            assertThat(m.subject()).as(m.source().path()).isNotBlank();
            assertThat(m.source().format()).isEqualTo("pipermail-html");
        }
        return c;
    }

    @Test
    void divunalDevel1999() throws Exception {
        Collected c = readPages("divunal-devel");
        assertThat(c.messages).allSatisfy(m -> {
            assertThat(m.list()).isEqualTo("divunal-devel");
            assertThat(m.date()).as(m.dateShown()).isNotNull();
            assertThat(m.from().address()).as(m.from().shown()).contains("@");
            assertThat(m.warnings()).isEmpty();
        });
        Message first = c.messages.stream().filter(m -> m.source().path().endsWith("1999-July/000040.html")).findFirst().orElseThrow();
        assertThat(first.from().name()).isEqualTo("Glyph Lefkowitz");
        assertThat(first.from().address()).isEqualTo("glyph@divunal.com");
        assertThat(first.date()).isEqualTo("1999-07-20T14:12:08Z");
        assertThat(first.id()).isEqualTo("divunal-devel/1999-July/000040");
        assertThat(first.body()).startsWith("Interesting!").contains("> How about this:").doesNotContain("<i>", "</I>", "&gt;");
    }

    @Test
    void twistedPython2001April() throws Exception {
        Collected c = readPages("twisted-python/2001-April");
        assertThat(c.messages).allSatisfy(m -> {
            assertThat(m.list()).isEqualTo("twisted-python");
            assertThat(m.date()).isNotNull();
        });
        long withAddress = c.messages.stream().filter(m -> m.from().address() != null).count();
        assertThat(withAddress).isGreaterThanOrEqualTo(c.messages.size() - 2); // "washort at iceman" has no domain
        Message king = c.messages.stream().filter(m -> m.source().path().endsWith("000019.html")).findFirst().orElseThrow();
        assertThat(king.from().name()).isEqualTo("Allen Short");
        assertThat(king.from().address()).isNull();
        assertThat(king.warnings()).anyMatch(w -> w.contains("washort at iceman"));
        assertThat(king.date()).isEqualTo("2001-04-07T10:39:06Z");
        assertThat(king.body()).contains("shortwa at auburn.edu").doesNotContain("<A HREF");
        assertThat(c.messages).anyMatch(m -> m.source().path().endsWith("000049.html") && m.body().isEmpty());
    }

    @Test
    void twistedPython2019March() throws Exception {
        Collected c = readPages("twisted-python/2019-March");
        assertThat(c.messages).allSatisfy(m -> {
            assertThat(m.list()).isEqualTo("twisted-python");
            assertThat(m.date()).isNotNull();
            assertThat(m.messageId()).as(m.source().path()).isNotNull();
            assertThat(m.id()).isEqualTo(m.messageId());
            assertThat(m.inReplyTo()).isEmpty();
        });
        Message farewell = c.messages.stream().filter(m -> m.source().path().endsWith("032190.html")).findFirst().orElseThrow();
        assertThat(farewell.messageId()).isEqualTo("<95b8942e-685d-55f3-4534-46171b7e9a47@withers.org>");
        assertThat(farewell.from().address()).isEqualTo("chris@withers.org");
        assertThat(farewell.date()).isEqualTo("2019-03-03T14:07:58Z");
        assertThat(farewell.body()).startsWith("An HTML attachment was scrubbed...\nURL: </pipermail/");
    }

    @Test
    void twistedPython1945FebruaryHasGarbageDates() throws Exception {
        Collected c = readPages("twisted-python/1945-February");
        assertThat(c.messages).hasSize(2).allSatisfy(m -> {
            assertThat(m.date()).isNull();
            assertThat(m.dateShown()).endsWith("1945");
            assertThat(m.warnings()).anyMatch(w -> w.contains("implausible date"));
            assertThat(m.from().address()).isEqualTo("pythondork@cgi-works.com");
        });
    }
}
