package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.model.Message;
import org.listscope.model.Problem;

class PipermailTextParserTest {

    static final String TWO = """
            From jeff at jamcupboard.co.uk  Tue Mar  1 12:48:58 2005
            From: jeff at jamcupboard.co.uk (Jeff Silver)
            Date: Tue, 1 Mar 2005 17:48:58 +0000
            Subject: [Twisted-Python] =?iso-8859-1?q?Re:_Caf=E9?=
            In-Reply-To: <E1D5yF6-0004IU-03@pyramid.twistedmatrix.com>
            References: <a@b>
            \t<E1D5yF6-0004IU-03@pyramid.twistedmatrix.com>
            Message-ID: <H0000065000016a2.1109698830.moses@MHS>

            Thanks again.

            From what I know, tuples jelly just fine.
            From here on, something like: 12:30 in 2005



            From bogus@does.not.exist.com  Wed Mar  2 09:58:32 2005
            From: 
            Date: Wed, 02 Mar 2005 14:58:32 +0000
            Subject: [Twisted-Python] Need SSH help
            Message-ID: <200503021458.32250.TheBadBob@gmail.com>

            Second body.
            """;

    static List<Message> parse(Input in, List<Problem> problems) throws IOException {
        List<Message> out = new ArrayList<>();
        new PipermailTextParser().parse(in, new Sink() {
            public void message(Message m) { out.add(m); }
            public void problem(Problem p) { problems.add(p); }
        });
        return out;
    }

    @Test
    void readsHeadersAndKeepsBodyFromLines() throws IOException {
        List<Problem> problems = new ArrayList<>();
        Input in = Input.of("t.txt", null, TWO.getBytes(StandardCharsets.UTF_8));
        assertThat(new PipermailTextParser().accepts(in)).isTrue();
        List<Message> ms = parse(in, problems);
        assertThat(problems).isEmpty();
        assertThat(ms).hasSize(2);
        Message a = ms.get(0);
        assertThat(a.from().address()).isEqualTo("jeff@jamcupboard.co.uk");
        assertThat(a.from().name()).isEqualTo("Jeff Silver");
        assertThat(a.subject()).isEqualTo("[Twisted-Python] Re: Café");
        assertThat(a.list()).isEqualTo("twisted-python");
        assertThat(a.messageId()).isEqualTo("<H0000065000016a2.1109698830.moses@MHS>");
        assertThat(a.id()).isEqualTo(a.messageId());
        assertThat(a.inReplyTo()).containsExactly("<E1D5yF6-0004IU-03@pyramid.twistedmatrix.com>");
        assertThat(a.references()).containsExactly("<a@b>", "<E1D5yF6-0004IU-03@pyramid.twistedmatrix.com>");
        assertThat(a.date()).hasToString("2005-03-01T17:48:58Z");
        assertThat(a.body()).startsWith("Thanks again.").endsWith("something like: 12:30 in 2005")
                .contains("\nFrom what I know");
        assertThat(a.source().format()).isEqualTo("pipermail-txt");
        assertThat(ms.get(1).body()).isEqualTo("Second body.");
        assertThat(ms.get(1).warnings()).contains("no From header");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstSeparatorIsNoPartOfTheArchive() throws IOException {
        byte[] plain = TWO.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        marked.write(plain);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(marked.toByteArray());
        }
        List<Message> expected = Collected.read(Input.of("t.txt", null, plain)).messages;
        assertThat(expected).hasSize(2);
        for (byte[] bytes : List.of(marked.toByteArray(), gz.toByteArray())) {
            Collected c = Collected.read(Input.of("t.txt", null, bytes));
            assertThat(c.problems).isEmpty();
            assertThat(c.messages).isEqualTo(expected);
            assertThat(c.messages.get(0).source().format()).isEqualTo("pipermail-txt");
        }
    }

    @Test
    void earlyPipermailSeparatorsWithRfc822Dates() throws IOException {
        String text = """
                From glyph@divunal.com Thu, 1 Jul 1999 05:58:47 -0400 (EDT)
                Date: Thu, 1 Jul 1999 05:58:47 -0400 (EDT)
                From: Glyph Lefkowitz glyph@divunal.com
                Subject: [Divunal-devel] a few changes

                I changed the order.

                From jknight@MIT.EDU Fri, 9 Jul 1999 15:52:38 -0400
                Date: Fri, 9 Jul 1999 15:52:38 -0400
                From: James Knight jknight@MIT.EDU
                Subject: [Divunal-devel] Re: == != .equals()

                Interesting.
                """;
        List<Message> ms = parse(Input.of("d.txt", null, text.getBytes(StandardCharsets.UTF_8)), new ArrayList<>());
        assertThat(ms).extracting(m -> m.from().address()).containsExactly("glyph@divunal.com", "jknight@MIT.EDU");
        assertThat(ms).extracting(m -> m.from().name()).containsExactly("Glyph Lefkowitz", "James Knight");
        assertThat(ms.get(0).date()).hasToString("1999-07-01T09:58:47Z");
        assertThat(ms.get(0).id()).startsWith("h:");
    }

    @Test
    void latin1BodyIsReadWithAWarning() throws IOException {
        byte[] bytes = ("From a at b.org  Tue Mar  1 12:48:58 2005\nFrom: a at b.org (A)\nDate: Tue, 1 Mar 2005 17:48:58 +0000\n"
                + "Subject: x\n\nna\u00efve\n").getBytes(StandardCharsets.ISO_8859_1);
        Message m = parse(Input.of("l.txt", null, bytes), new ArrayList<>()).get(0);
        assertThat(m.body()).isEqualTo("na\u00efve");
        assertThat(m.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void truncatedGzipGivesTheMessagesBeforeTheCutAndAProblem(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            sb.append("From a at b.org  Tue Mar  1 12:48:58 2005\nFrom: a at b.org (A)\nDate: Tue, 1 Mar 2005 17:48:58 +0000\n")
                    .append("Subject: message ").append(i).append("\nMessage-ID: <m").append(i).append("@x>\n\n")
                    .append("body ").append(i).append(" ").append(Integer.toHexString(i * 7919).repeat(40)).append("\n\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        byte[] all = gz.toByteArray();
        Path cut = dir.resolve("2005-March.txt.gz");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        List<Problem> problems = new ArrayList<>();
        List<Message> ms = parse(Input.of(cut), problems);
        assertThat(ms.size()).isBetween(50, 399);
        for (int i = 0; i < ms.size() - 1; i++) {
            assertThat(ms.get(i).subject()).isEqualTo("message " + i);
            assertThat(ms.get(i).warnings()).isEmpty();
        }
        assertThat(ms.get(ms.size() - 1).warnings()).anyMatch(w -> w.contains("cut short"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(cut.toString());
            assertThat(p.reason()).contains("cut short");
        });
    }

    /**
     * Cut anywhere, a text archive gives every message the decompressed bytes before the cut hold
     * whole, then the one the cut falls in, marked cut short: also where less than the 64 KB of one
     * read decompresses (it gave none).
     */
    @Test
    void truncatedGzipGivesEveryMessageBeforeTheCutWhereverItFalls(@TempDir Path dir) throws Exception {
        java.util.Random random = new java.util.Random(11);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append("From a at b.org  Tue Mar  1 12:48:58 2005\nFrom: a at b.org (A)\nDate: Tue, 1 Mar 2005 17:48:58 +0000\n")
                    .append("Subject: message ").append(i).append("\nMessage-ID: <m").append(i).append("@x>\n\n");
            for (int w = 0; w < 80; w++) sb.append(Integer.toString(random.nextInt(1 << 20), 36)).append(w % 12 == 11 ? "\n" : " ");
            sb.append("\nend ").append(i).append("\n\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        byte[] all = gz.toByteArray();
        for (int cut : new int[] {1_500, 6_000, 14_000, 30_000, all.length * 2 / 3}) {
            String before = new String(InputTest.beforeTheCut(java.util.Arrays.copyOf(all, cut)), StandardCharsets.US_ASCII);
            int whole = 0;
            while (before.contains("\nend " + whole + "\n")) whole++;
            Path file = dir.resolve(cut + ".txt.gz");
            Files.write(file, java.util.Arrays.copyOf(all, cut));
            List<Problem> problems = new ArrayList<>();
            List<Message> ms = parse(Input.of(file), problems);
            assertThat(whole).as("cut at %d", cut).isPositive();
            // the message the cut falls in, unless it falls before its header
            assertThat(ms.size()).as("cut at %d: %d bytes decompress", cut, before.length()).isBetween(whole, whole + 1);
            for (int i = 0; i < ms.size(); i++) {
                assertThat(ms.get(i).subject()).isEqualTo("message " + i);
                if (i < whole) assertThat(ms.get(i).body()).endsWith("end " + i);
                if (i < ms.size() - 1) assertThat(ms.get(i).warnings()).isEmpty();
            }
            assertThat(ms.get(ms.size() - 1).warnings()).anyMatch(w -> w.contains("cut short"));
            assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("cut short"));
        }
    }

    @Test
    void wholeTwistedPythonArchiveCounts() throws IOException {
        Path dir = SharedCorpus.path("corpus/pipermail/twisted-python");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
        }
        DuplicateMerger merger = new DuplicateMerger();
        int[] records = {0};
        int[] bogus = {0};
        int[] bodyFromLines = {0};
        Set<String> ids = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        Sink sink = new Sink() {
            public void message(Message m) {
                records[0]++;
                ids.add(m.id());
                merger.add(m);
                for (String line : m.body().split("\n", -1)) {
                    if (line.startsWith("From ")) bodyFromLines[0]++;
                }
            }
            public void problem(Problem p) { problems.add(p); }
        };
        PipermailTextParser parser = PipermailTextParser.withoutSegments(); // segmentation is tested elsewhere
        for (Path f : files) {
            Input in = Input.of(f);
            assertThat(parser.accepts(in)).as(f.toString()).isTrue();
            parser.parse(in, sink);
        }
        assertThat(problems).isEmpty();
        assertThat(records[0]).isEqualTo(65_706);
        assertThat(bodyFromLines[0]).isEqualTo(55);
        assertThat(ids).hasSize(33_240 + 2); // the 2 records without Message-ID differ in body: merged below
        assertThat(merger.messages(List.of())).hasSize(33_241);
        assertThat(merger.merged()).isEqualTo(65_706 - 33_241);
        // separators naming pipermail's stand-in sender
        int[] stand = {0};
        for (Path f : files) {
            try (var in = Input.of(f).open()) {
                RecordSplitter split = new RecordSplitter(in, RecordSplitter.Style.PIPERMAIL);
                RecordSplitter.Record r;
                while ((r = split.next()) != null) {
                    if (r.separator().startsWith("From bogus@does.not.exist.com ")) stand[0]++;
                }
            }
        }
        assertThat(stand[0]).isEqualTo(52);
    }

    @Test
    void march2005Counts() throws IOException {
        Path f = SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz");
        List<Message> ms = parse(Input.of(f), new ArrayList<>());
        assertThat(ms).hasSize(674);
        assertThat(ms.stream().map(Message::id).distinct().count()).isEqualTo(337);
    }
}
