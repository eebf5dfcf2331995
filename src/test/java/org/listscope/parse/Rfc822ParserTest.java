package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;
import org.listscope.model.Problem;

/** One message per file, or a legacy mailbox of them; a Maildir's file is always one. */
class Rfc822ParserTest {

    private static final String TWO = "Return-Path: <a@x.org>\nFrom: a@x.org\nSubject: one\n\nBody one.\n\n"
            + "Return-Path: <b@x.org>\nFrom: b@x.org\nSubject: two\n\nBody two.\n";

    private static List<Message> parse(Path file) throws Exception {
        List<Message> out = new ArrayList<>();
        new Rfc822Parser().parse(Input.of(file), new Sink() {
            public void message(Message m) { out.add(m); }
            public void problem(Problem p) { throw new AssertionError(p.toString()); }
        });
        return out;
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aLegacyMailboxGivesEachMessage(@TempDir Path tmp) throws Exception {
        assertThat(parse(write(tmp, "mailbox", TWO))).extracting(Message::subject).containsExactly("one", "two");
    }

    @Test
    void aByteOrderMarkBeforeTheHeadersIsNoPartOfTheFirstHeader() {
        String one = "\n\nFrom: Ann <ann@x.org>\nSubject: caf\u00e9\nDate: Tue, 1 Mar 2005 17:48:58 +0000\n\nBody.\n";
        Message expected = Collected.read("1.eml", one).only();
        assertThat(expected.from().address()).isEqualTo("ann@x.org");
        Collected marked = Collected.read("1.eml", "\uFEFF" + one);
        assertThat(marked.only()).isEqualTo(expected);
        assertThat(marked.only().source().format()).isEqualTo("rfc822");
        assertThat(Collected.read("2.eml", "\uFEFF" + TWO).messages).extracting(Message::subject).containsExactly("one", "two");
    }

    /** A gzipped message cut short gives what came out before the cut, marked cut short, and a problem naming the file. */
    @Test
    void aCutGzippedMessageGivesItsHeadersAndTheBodyBeforeTheCut(@TempDir Path tmp) throws Exception {
        StringBuilder body = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        for (int w = 0; w < 400; w++) body.append(Integer.toString(random.nextInt(1 << 20), 36)).append(w % 12 == 11 ? "\n" : " ");
        String text = "From: Ann <ann@x.org>\nSubject: cut\nMessage-ID: <cut@x.org>\nDate: Tue, 1 Mar 2005 17:48:58 +0000\n\n" + body;
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        Path file = tmp.resolve("1.eml.gz");
        Files.write(file, java.util.Arrays.copyOf(gz.toByteArray(), gz.size() * 2 / 3));
        List<Message> messages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new Rfc822Parser().parse(Input.of(file), new Sink() {
            public void message(Message m) { messages.add(m); }
            public void problem(Problem p) { problems.add(p); }
        });
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo("<cut@x.org>");
            assertThat(m.body().length()).isBetween(100, body.length() - 1);
            assertThat(body.toString()).startsWith(m.body().strip());
            assertThat(m.warnings()).anyMatch(w -> w.contains("cut short"));
        });
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(file.toString());
            assertThat(p.reason()).contains("cut short");
        });
    }

    @Test
    void aMessageInUtf16IsNamedSoNotReadAsBinary() {
        String one = "From: Ann <ann@x.org>\nSubject: hello\n\nBody.\n";
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            Collected c = Collected.read("1.eml", "\uFEFF" + one, utf16);
            assertThat(c.messages).isEmpty();
            assertThat(c.problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("wide-character text (UTF-16"));
        }
    }

    @Test
    void aMaildirFileIsOneMessageWhateverItsBodyHolds(@TempDir Path tmp) throws Exception {
        List<Message> one = parse(write(tmp.resolve("box/cur"), "1.host:2,S", TWO));
        assertThat(one).extracting(Message::subject).containsExactly("one");
        assertThat(one.get(0).body()).contains("Body two.");
    }
}
