package org.listscope.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.ThreadIndex;
import org.listscope.parse.Archives;
import org.listscope.parse.segment.Segmenter;

/** The bundled demo archive, {@code corpus/policy-ops}, read from the repository as committed. */
class DemoCorpusTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path LIST = CORPUS.resolve("policy-ops");
    private static final Pattern PAGE = Pattern.compile("\\d{6}\\.html");
    private static final Pattern OWN_ID = Pattern.compile("In-Reply-To=([^\"&]+)\"");
    private static final Pattern THREAD_KEY = Pattern.compile("<!--(\\d+) ((?:\\d{11}\\.\\d+-)+) -->");
    private static final Pattern HEADER = Pattern.compile("^(In-Reply-To|Message-ID): (\\S+)$", Pattern.MULTILINE);

    @Test
    void committedFilesAreWhatTheGeneratorWrites() throws IOException {
        Map<Path, byte[]> expected = DemoCorpusWriter.files();
        Set<Path> onDisk;
        try (Stream<Path> walk = Files.walk(LIST)) {
            onDisk = walk.filter(Files::isRegularFile).map(CORPUS::relativize).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(expected.keySet());
        List<String> stale = new java.util.ArrayList<>();
        for (Map.Entry<Path, byte[]> f : expected.entrySet()) {
            if (!java.util.Arrays.equals(Files.readAllBytes(CORPUS.resolve(f.getKey())), f.getValue())) stale.add(f.getKey().toString());
        }
        assertThat(stale).as("corpus/ files that differ from the generator's output; regenerate with "
                + "java -cp target/test-classes:target/classes org.listscope.demo.DemoCorpusWriter").isEmpty();
    }

    @Test
    void archiveHoldsTwentyEightMessagesInTwoMonths() throws IOException {
        assertThat(pages("2007-May")).hasSize(17);
        assertThat(pages("2007-June")).hasSize(11);
        long separators = text("2007-May").lines().filter(l -> l.startsWith("From ")).filter(l -> l.contains(" at ")).count()
                + text("2007-June").lines().filter(l -> l.startsWith("From ")).filter(l -> l.contains(" at ")).count();
        assertThat(separators).isEqualTo(28);
    }

    @Test
    void threadIndexNestingMatchesInReplyTo() throws IOException {
        for (String month : List.of("2007-May", "2007-June")) {
            Map<String, Integer> numberById = new HashMap<>();
            for (Path page : pages(month)) {
                Matcher m = OWN_ID.matcher(Files.readString(page));
                assertThat(m.find()).as(page.toString()).isTrue();
                numberById.put(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8), number(page.getFileName().toString()));
            }
            Map<Integer, Integer> parentByHeader = new HashMap<>();
            for (String record : text(month).split("\n(?=From \\S+ at \\S+  )")) {
                Map<String, String> headers = new HashMap<>();
                Matcher h = HEADER.matcher(record.substring(0, record.indexOf("\n\n")));
                while (h.find()) headers.put(h.group(1), h.group(2));
                Integer self = numberById.get(headers.get("Message-ID"));
                Integer parent = headers.containsKey("In-Reply-To") ? numberById.get(headers.get("In-Reply-To")) : null;
                parentByHeader.put(self, parent); // null: a root, or a parent filed in another month
            }
            Map<Integer, Integer> parentByIndex = new HashMap<>();
            Matcher k = THREAD_KEY.matcher(Files.readString(LIST.resolve(month).resolve("thread.html")));
            while (k.find()) {
                String[] chain = k.group(2).split("-");
                int self = Integer.parseInt(chain[chain.length - 1].substring(12));
                parentByIndex.put(self, chain.length > 1 ? Integer.parseInt(chain[chain.length - 2].substring(12)) : null);
                assertThat(Integer.parseInt(k.group(1))).isEqualTo(Math.min(chain.length - 1, 3));
            }
            assertThat(parentByIndex).as(month).isEqualTo(parentByHeader);
        }
    }

    @Test
    void replyLinksCarryEachPagesOwnMessageId() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String month : List.of("2007-May", "2007-June")) {
            for (Path page : pages(month)) {
                Matcher m = OWN_ID.matcher(Files.readString(page));
                m.find();
                ids.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
            }
        }
        Set<String> described = DemoDescription.load().messages().stream().map(DemoMessage::messageId)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ids).isEqualTo(described);
    }

    @Test
    void quickStartQueryHasAMatch() throws IOException {
        long both = DemoDescription.load().messages().stream()
                .filter(m -> m.body().contains("CALEA") && m.body().contains("subpoena")).count();
        assertThat(both).isPositive();
    }

    @Test
    void noRealAddressesOnlyExampleDomains() throws IOException {
        Pattern address = Pattern.compile("[A-Za-z0-9._-]+(?:@| at )([A-Za-z0-9.-]+\\.[a-z]{2,})");
        for (DemoMessage m : DemoDescription.load().messages()) {
            Matcher a = address.matcher(m.fromAddress() + "\n" + m.body());
            while (a.find()) {
                assertThat(a.group(1)).as(m.key()).matches("(?:.*\\.)?example\\.(?:org|net|com)");
            }
        }
    }

    @Test
    void bodiesHoldEveryKindOfSegment() throws IOException {
        Set<SegmentKind> kinds = EnumSet.noneOf(SegmentKind.class);
        for (DemoMessage m : DemoDescription.load().messages()) {
            Segmenter.segment(m.body()).forEach(s -> kinds.add(s.kind()));
        }
        assertThat(kinds).containsExactlyInAnyOrder(SegmentKind.values());
    }

    @Test
    void outlookStyleReplyQuotesItsSource() throws IOException {
        DemoMessage top = DemoDescription.load().messages().stream().filter(m -> m.key().equals("calea-3")).findFirst().orElseThrow();
        List<Segment> quotes = Segmenter.segment(top.body()).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.quotedAuthor()).isEqualTo("Dev Raman"));
    }

    @Test
    void quotesAreVerbatimFromTheMessagesTheyQuote() throws IOException {
        Map<String, DemoMessage> byKey = new HashMap<>();
        DemoDescription.load().messages().forEach(m -> byKey.put(m.key(), m));
        int lines = 0;
        for (DemoMessage m : byKey.values()) {
            if (m.parentKey() == null) continue;
            for (Segment s : Segmenter.segment(m.body())) {
                if (s.kind() != SegmentKind.QUOTE) continue;
                DemoMessage source = byKey.get(m.parentKey());
                for (int d = 1; d < s.depth(); d++) source = byKey.get(source.parentKey());
                String quoted = squeeze(source.body());
                for (String line : m.body().substring(s.start(), s.end()).split("\n")) {
                    String t = squeeze(line.replaceFirst("^(?:> ?){0," + s.depth() + "}", ""));
                    if (t.isEmpty()) continue;
                    assertThat(quoted).as("%s quoting %s", m.key(), source.key()).contains(t);
                    lines++;
                }
            }
        }
        assertThat(lines).isGreaterThan(50);
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** Through the parse front door: 28 distinct messages (pages and text archive hold the same ones), no problems. */
    @Test
    void parsesThroughArchivesIntoTwentyEightMessages() {
        Batch batch = Archives.readBatch(List.of(LIST));
        assertThat(batch.problems()).isEmpty();
        assertThat(batch.messages()).hasSize(28);
        assertThat(batch.messages().stream().map(Message::id).distinct()).hasSize(28);
        assertThat(batch.duplicatesMerged()).isEqualTo(28);
        assertThat(batch.messages()).allSatisfy(m -> assertThat(m.list()).isEqualTo("policy-ops"));
    }

    /**
     * The thread indexes the parsers read from thread.html agree with the text archive's In-Reply-To.
     * Skips while no parser in the build reads thread indexes.
     */
    @Test
    void parsedThreadIndexesMatchInReplyTo() throws IOException {
        Batch batch = Archives.readBatch(List.of(LIST));
        assumeTrue(!batch.threadIndexes().isEmpty(), "no parser in this build reads pipermail thread indexes yet");
        Map<String, Set<String>> inReplyTo = new HashMap<>();
        for (Message m : batch.messages()) {
            inReplyTo.computeIfAbsent(m.messageId(), k -> new TreeSet<>()).addAll(m.inReplyTo());
        }
        Map<String, String> idByFile = new HashMap<>();
        for (String month : List.of("2007-May", "2007-June")) {
            for (Path page : pages(month)) {
                Matcher m = OWN_ID.matcher(Files.readString(page));
                m.find();
                idByFile.put(month + "/" + page.getFileName(), URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
            }
        }
        int replies = 0;
        int entries = 0;
        for (ThreadIndex index : batch.threadIndexes()) {
            for (ThreadIndex.Entry e : index.entries()) {
                entries++;
                if (e.parentUrl() == null) continue;
                assertThat(inReplyTo.get(idByFile.get(tail(e.url())))).containsExactly(idByFile.get(tail(e.parentUrl())));
                replies++;
            }
        }
        assertThat(entries).isEqualTo(28);
        assertThat(replies).isEqualTo(28 - 6);
    }

    private static String tail(String url) {
        String[] parts = url.replace('\\', '/').split("/");
        return parts[parts.length - 2] + "/" + parts[parts.length - 1];
    }

    private static List<Path> pages(String month) throws IOException {
        try (Stream<Path> s = Files.list(LIST.resolve(month))) {
            return s.filter(p -> PAGE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static int number(String file) {
        return Integer.parseInt(file.substring(0, 6));
    }

    private static String text(String month) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(LIST.resolve(month + ".txt.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
