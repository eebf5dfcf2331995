package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;

class MaildirWriterTest {

    @TempDir
    Path dir;

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesOneFilePerMessageInCurWithTheMaildirLayout() throws Exception {
        Path out = dir.resolve("Maildir");
        List<Message> in = ThreadOrder.messages(Fixtures.calea());
        Exporters.export(new MaildirWriter(), in, Fixtures.provenance(), out);
        assertThat(out.resolve("new")).isEmptyDirectory();
        assertThat(out.resolve("tmp")).isEmptyDirectory();
        List<Path> cur = files(out.resolve("cur"));
        assertThat(cur).hasSize(3);
        assertThat(cur).allMatch(p -> p.getFileName().toString().matches("\\d+\\.[0-9a-f]{20}\\.listscope:2,S"));
        for (Message m : in) {
            Path file = out.resolve("cur").resolve(MaildirWriter.fileName(m) + ":2,S");
            org.apache.james.mime4j.dom.Message mail = MailReader.parse(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(mail.getSubject()).isEqualTo(m.subject());
            assertThat(MailReader.body(mail)).isEqualTo(m.body());
            assertThat(mail.getHeader().getField("X-Listscope-Id").getBody()).isEqualTo(m.id());
        }
        // no envelope line and no mboxrd quoting in a maildir file
        String reply = Files.readString(out.resolve("cur").resolve(MaildirWriter.fileName(in.get(1)) + ":2,S"));
        assertThat(reply).startsWith("From: ").contains("\nFrom the archives").contains("\n>From here on");
        assertThat(Exporters.provenanceFile(out)).exists().hasFileName("Maildir.provenance.json");
    }

    @Test
    void exportingAgainReplacesInsteadOfAddingCopies() throws Exception {
        Path out = dir.resolve("Maildir");
        Exporters.export(new MaildirWriter(), Fixtures.calea(), Fixtures.provenance(), out);
        Exporters.export(new MaildirWriter(), Fixtures.calea(), Fixtures.provenance(), out);
        assertThat(files(out.resolve("cur"))).hasSize(3);
    }

    @Test
    void refusesAFileWhereTheFolderShouldBe() throws Exception {
        Path out = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> new MaildirWriter().write(Fixtures.calea(), Fixtures.provenance(), out))
                .isInstanceOf(IOException.class).hasMessageContaining("is a file");
    }
}
