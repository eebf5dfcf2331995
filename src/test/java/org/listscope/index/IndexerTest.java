package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.json.Json;
import org.listscope.model.Batch;
import org.listscope.model.IndexReport;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ParentLink;
import org.listscope.model.Problem;

class IndexerTest {

    @TempDir
    Path tmp;

    private Indexer indexer() {
        return new Indexer(tmp.resolve("index"), 2).source(TestIndex::readJsonLines);
    }

    private static List<Message> messages(String prefix, int n) {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Msgs.message("<" + prefix + i + "@x>", "Person " + (i % 7), "p" + (i % 7) + "@example.org",
                    "2007-0" + (1 + i % 9) + "-1" + (i % 10) + "T10:00:00Z", "subject " + prefix + " " + i,
                    "own words number " + i + " about calea", i % 3 == 0 ? "quoted words " + i : null));
        }
        return out;
    }

    /** Every message document in the index: id to stored JSON. */
    static Map<String, String> documents(Path index) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            StoredMessages.Reader stored = new StoredMessages.Reader(r);
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if (r.leaves().isEmpty()) break;
                if (!isLive(r, doc)) continue;
                String json = stored.json(doc);
                if (json == null) continue; // an input marker
                String id = Json.readMessage(json).id();
                assertThat(out.put(id, json)).as("duplicate document for %s", id).isNull();
            }
        }
        return out;
    }

    private static boolean isLive(DirectoryReader r, int doc) {
        for (var leaf : r.leaves()) {
            if (doc >= leaf.docBase && doc < leaf.docBase + leaf.reader().maxDoc()) {
                var live = leaf.reader().getLiveDocs();
                return live == null || live.get(doc - leaf.docBase);
            }
        }
        return false;
    }

    @Test
    void secondRunOverUnchangedInputChangesNothing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestIndex.jsonLines(in.resolve("a.jsonl"), messages("a", 50));
        TestIndex.jsonLines(in.resolve("b.jsonl"), messages("b", 30));
        IndexReport first = indexer().index(List.of(in), Progress.NONE);
        assertThat(first.added()).isEqualTo(80);
        assertThat(first.documents()).isEqualTo(80);
        Map<String, String> before = documents(tmp.resolve("index"));
        long generation = generation();

        IndexReport second = indexer().index(List.of(in), Progress.NONE);
        assertThat(second.inputsUnchanged()).isEqualTo(2);
        assertThat(second.inputsRead()).isZero();
        assertThat(second.written()).isZero();
        assertThat(second.documents()).isEqualTo(80);
        assertThat(generation()).as("no new commit").isEqualTo(generation);
        assertThat(documents(tmp.resolve("index"))).isEqualTo(before);
    }

    @Test
    void touchedButSameContentIsHashedNotReindexed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path a = TestIndex.jsonLines(in.resolve("a.jsonl"), messages("a", 20));
        indexer().index(List.of(in), Progress.NONE);
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 60_000));
        IndexReport r = indexer().index(List.of(in), Progress.NONE);
        assertThat(r.inputsUnchanged()).isEqualTo(1);
        assertThat(r.records()).isZero();
        assertThat(r.written()).isZero();
        // and the marker now holds the new time: a third run does not even hash
        assertThat(indexer().index(List.of(in), Progress.NONE).inputsUnchanged()).isEqualTo(1);
    }

    @Test
    void aBulkLoadEndsInOneSegmentAndASmallAdditionLeavesMergingToThePolicy() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int month = 1; month <= 6; month++) {
            TestIndex.jsonLines(in.resolve("2007-0" + month + ".jsonl"), messages("m" + month + "-", 30));
        }
        new Indexer(tmp.resolve("index"), 2).source(TestIndex::readJsonLines).chunkBytes(1).index(List.of(in), Progress.NONE);
        assertThat(segments()).isEqualTo(1);

        TestIndex.jsonLines(in.resolve("2007-07.jsonl"), messages("m7-", 10));
        indexer().index(List.of(in), Progress.NONE);
        assertThat(segments()).isGreaterThan(1);
        assertThat(documents(tmp.resolve("index"))).hasSize(190);
    }

    private int segments() throws IOException {
        return segments(tmp.resolve("index"));
    }

    private static int segments(Path index) throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return r.leaves().size();
        }
    }

    private static boolean mergePending(Path index) throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return Markers.mergePending(r);
        }
    }

    @Test
    void aRunFindingABulkLoadsMergePendingMergesThoughItHasNothingToRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int month = 1; month <= 3; month++) {
            TestIndex.jsonLines(in.resolve("2007-0" + month + ".jsonl"), messages("m" + month + "-", 10));
        }
        Path index = tmp.resolve("index");
        indexer().index(List.of(in), Progress.NONE);
        assertThat(segments()).isEqualTo(1);
        assertThat(mergePending(index)).isFalse();
        Map<String, String> before = documents(index);

        // as a kill during a bulk load's final merge leaves the index: segments, and the flag committed
        try (FSDirectory d = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analysis.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            Map<String, InputFingerprint> markers;
            try (DirectoryReader r = DirectoryReader.open(d)) {
                markers = Markers.read(r);
            }
            for (InputFingerprint fp : markers.values()) {
                w.updateDocument(Markers.term(fp), Markers.document(fp));
                w.commit();
            }
            Markers.mergePending(w, true);
            w.commit();
        }
        assertThat(segments()).isEqualTo(4);
        assertThat(mergePending(index)).isTrue();

        IndexReport r = indexer().index(List.of(in), Progress.NONE);
        assertThat(r.inputsUnchanged()).isEqualTo(3);
        assertThat(r.inputsRead()).isZero();
        assertThat(segments()).isEqualTo(1);
        assertThat(mergePending(index)).isFalse();
        assertThat(documents(index)).isEqualTo(before);
        long generation = generation();
        indexer().index(List.of(in), Progress.NONE);
        assertThat(generation()).as("nothing left to do, no commit").isEqualTo(generation);
    }

    @Test
    void newInputsAddOnlyNewMessagesAndRepeatsNeverDuplicate() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Message> jan = messages("a", 40);
        TestIndex.jsonLines(in.resolve("2007-January.jsonl"), jan);
        indexer().index(List.of(in), Progress.NONE);

        // a new month repeating ten January messages (archives rebuilt) plus ten new ones
        List<Message> feb = new ArrayList<>(jan.subList(0, 10));
        feb.addAll(messages("f", 10));
        TestIndex.jsonLines(in.resolve("2007-February.jsonl"), feb);
        IndexReport r = indexer().index(List.of(in), Progress.NONE);
        assertThat(r.inputsRead()).isEqualTo(1);
        assertThat(r.added()).isEqualTo(10);
        assertThat(r.unchanged()).isEqualTo(10);
        assertThat(r.updated()).isZero();
        assertThat(r.documents()).isEqualTo(50);
        assertThat(documents(tmp.resolve("index"))).hasSize(50);
    }

    @Test
    void aPlaceholderMessageIdOfAnEarlierRunReplacesNoOtherMessage() throws Exception {
        // cypherpunks 1992-94: nine messages share one made-up Message-ID, in different chunks
        String placeholder = "<d41d8cd98f00b204e9800998ecf8427e@NO-ID-FOUND.mhonarc.org>";
        Path in = Files.createDirectories(tmp.resolve("in"));
        Message first = Msgs.message(placeholder, "Anonymous", null, "1999-09-07T12:36:54Z", "No Subject",
                "xxxx is exactly right on this. Several years ago I posted to sci.crypt", null);
        TestIndex.jsonLines(in.resolve("1992.jsonl"), List.of(first));
        indexer().index(List.of(in), Progress.NONE);
        Message later = Msgs.message(placeholder, "Anonymous", null, "1999-09-07T12:46:11Z", "No Subject",
                "Speculation on sci.crypt some time ago was that the code supplied to the PAL", null);
        TestIndex.jsonLines(in.resolve("1994.jsonl"), List.of(later));
        assertThat(indexer().index(List.of(in), Progress.NONE).documents()).isEqualTo(2);
        // a second delivery of the first (its date agrees) is still that message
        TestIndex.jsonLines(in.resolve("1995.jsonl"), List.of(first.withWarnings(List.of("a second delivery"))));
        assertThat(indexer().index(List.of(in), Progress.NONE).documents()).isEqualTo(2);
        Map<String, String> docs = documents(tmp.resolve("index"));
        assertThat(docs).hasSize(2).containsKey(placeholder);
        assertThat(Json.readMessage(docs.get(placeholder)).body()).contains("exactly right");
        String other = docs.keySet().stream().filter(id -> !id.equals(placeholder)).findFirst().orElseThrow();
        assertThat(other).startsWith("h:");
        assertThat(Json.readMessage(docs.get(other)).body()).contains("Speculation");
        assertThat(Json.readMessage(docs.get(other)).warnings()).anyMatch(w -> w.contains("also used by a different message"));
    }

    @Test
    void aRicherRecordReplacesTheDocument() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Message plain = messages("a", 1).get(0);
        TestIndex.jsonLines(in.resolve("txt.jsonl"), List.of(plain));
        indexer().index(List.of(in), Progress.NONE);

        Message richer = plain.withUrl("https://lists.example.org/pipermail/nanog/2007-January/000001.html");
        TestIndex.jsonLines(in.resolve("html.jsonl"), List.of(richer));
        IndexReport r = indexer().index(List.of(in), Progress.NONE);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.documents()).isEqualTo(1);
        try (Searcher s = Searcher.open(tmp.resolve("index"))) {
            assertThat(s.message(plain.id()).orElseThrow().url()).isEqualTo(richer.url());
        }
        // the poorer record read again later does not undo it
        TestIndex.jsonLines(in.resolve("txt2.jsonl"), List.of(plain));
        assertThat(indexer().index(List.of(in), Progress.NONE).written()).isZero();
    }

    @Test
    void badInputsAreReportedAndTheRestIsIndexed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        TestIndex.jsonLines(in.resolve("good.jsonl"), messages("g", 5));
        Files.writeString(in.resolve("bad.jsonl"), "{\"not\": \"a message\"}\n" + Json.line(messages("h", 1).get(0)) + "\n");
        IndexReport r = indexer().index(List.of(in, tmp.resolve("missing")), Progress.NONE);
        assertThat(r.documents()).isEqualTo(6);
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0).toString()).contains("missing");
        assertThat(r.problems().get(1).toString()).contains("bad.jsonl:1");
    }

    @Test
    void smallChunksGiveTheSameIndexAsOneBigChunk() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int f = 0; f < 6; f++) {
            List<Message> ms = new ArrayList<>(messages("m" + f, 15));
            if (f > 0) ms.addAll(messages("m" + (f - 1), 5)); // repeats across files
            TestIndex.jsonLines(in.resolve("f" + f + ".jsonl"), ms);
        }
        new Indexer(tmp.resolve("one"), 2).source(TestIndex::readJsonLines).index(List.of(in), Progress.NONE);
        new Indexer(tmp.resolve("many"), 2).source(TestIndex::readJsonLines).chunkBytes(1).index(List.of(in), Progress.NONE);
        assertThat(documents(tmp.resolve("many"))).isEqualTo(documents(tmp.resolve("one"))).hasSize(90);
    }

    /**
     * A source that records the file names of each read, throws on the read of a chunk holding
     * {@code killAt} (as if the process ended there), and fails every input named {@code *bad*} as
     * a whole (a problem naming just it), as an unreadable file does.
     */
    private static final class Recording implements Indexer.BatchSource {
        final List<List<String>> reads = new ArrayList<>();
        private final String killAt;

        Recording(String killAt) {
            this.killAt = killAt;
        }

        @Override
        public Batch read(List<Path> files) {
            List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
            synchronized (reads) {
                reads.add(names); // two chunks may be read at once: sorted() puts them in input order
            }
            if (names.contains(killAt)) throw new IllegalStateException("killed");
            List<Path> good = files.stream().filter(f -> !f.getFileName().toString().contains("bad")).toList();
            Batch b = TestIndex.readJsonLines(good);
            List<Problem> problems = new ArrayList<>(b.problems());
            for (Path f : files) {
                if (!good.contains(f)) problems.add(new Problem(f.toString(), "cannot read: bad"));
            }
            return new Batch(b.messages(), b.threadIndexes(), problems, b.inputsRead(), b.recordsRead(), b.duplicatesMerged());
        }

        List<List<String>> sorted() {
            return reads.stream().sorted(Comparator.comparing((List<String> r) -> r.get(0))).toList();
        }
    }

    private Indexer indexer(Path index, Indexer.BatchSource source, long chunkBytes) {
        return new Indexer(index, 2).source(source).chunkBytes(chunkBytes);
    }

    @Test
    void runsAfterKilledOnesReadTheChunksTheUninterruptedRunRead() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int f = 0; f < 10; f++) {
            List<Message> ms = new ArrayList<>(messages(String.format("m%02d-", f), 4));
            if (f > 0) ms.addAll(messages(String.format("m%02d-", f - 1), 2)); // repeats across files
            TestIndex.jsonLines(in.resolve(String.format("f%02d.jsonl", f)), ms);
        }
        TestIndex.jsonLines(in.resolve("f05-bad.jsonl"), messages("bad", 1));
        long budget = 2 * Files.size(in.resolve("f01.jsonl")); // a first chunk of one file, then two
        Recording whole = new Recording("none");
        indexer(tmp.resolve("whole"), whole, budget).index(List.of(in), Progress.NONE);
        List<List<String>> chunks = whole.sorted();
        assertThat(chunks).hasSize(6);
        assertThat(chunks.get(3)).contains("f05-bad.jsonl").hasSize(2);

        // killed while reading the third chunk, then while reading the fifth: chunks 0 to 3 are
        // committed, f05-bad.jsonl (chunk 3) without a marker
        Path index = tmp.resolve("killed");
        assertThatThrownBy(() -> indexer(index, new Recording(chunks.get(2).get(0)), budget).index(List.of(in), Progress.NONE))
                .hasMessageContaining("killed");
        Recording second = new Recording(chunks.get(4).get(0));
        assertThatThrownBy(() -> indexer(index, second, budget).index(List.of(in), Progress.NONE)).hasMessageContaining("killed");
        assertThat(second.sorted().subList(0, 3)).isEqualTo(chunks.subList(2, 5));
        assertThat(mergePending(index)).as("a first build cut short").isTrue();
        Recording last = new Recording("none");
        IndexReport r = indexer(index, last, budget).index(List.of(in), Progress.NONE);

        List<List<String>> expected = new ArrayList<>();
        expected.add(List.of("f05-bad.jsonl")); // failed as a whole, so read again, without the rest of its chunk
        expected.addAll(chunks.subList(4, chunks.size()));
        assertThat(last.sorted()).isEqualTo(expected);
        assertThat(r.inputsUnchanged()).isEqualTo(chunks.subList(0, 4).stream().mapToInt(List::size).sum() - 1);
        assertThat(documents(index)).isEqualTo(documents(tmp.resolve("whole")));
        assertThat(segments(index)).isEqualTo(1);
        assertThat(mergePending(index)).isFalse();
    }

    private long generation() throws IOException {
        try (FSDirectory d = FSDirectory.open(tmp.resolve("index"))) {
            return org.apache.lucene.index.SegmentInfos.getLastCommitGeneration(d);
        }
    }

    @Test
    void anInputThatCannotBeReadCostsOnlyItself() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path a = TestIndex.jsonLines(in.resolve("a.jsonl"), messages("a", 5));
        Path c = TestIndex.jsonLines(in.resolve("c.jsonl"), messages("c", 5));
        // a socket file: listed and stat'ed like a file, but it cannot be opened, even by root
        Path b = in.resolve("b.sock");
        try (var server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(b));
            IndexReport r = indexer().chunkBytes(1).index(List.of(a, b, c), Progress.NONE);
            assertThat(r.problems()).extracting(Problem::source).containsExactly(b.toString());
            assertThat(r.problems().get(0).reason()).startsWith("cannot read: ");
            assertThat(r.added()).isEqualTo(10);
            assertThat(documents(tmp.resolve("index"))).hasSize(10);
        }
    }

    @Test
    void aReplyUnderAContextMessageThatKeepsItsParentTakesTheThreadOfThatParent() {
        // indexed before: root <r@x>, and <c@x> under it by a link whose evidence this chunk lacks
        Message root = Msgs.message("<r@x>", "Ann Lee", "ann@example.org", "2005-10-01T10:00:00Z", "Bugs", "one", null);
        Message held = Msgs.message("<c@x>", "Bob Roe", "bob@example.org", "2005-11-01T10:00:00Z", "Bugs", "two", null)
                .withThread("<r@x>", "<r@x>", new ParentLink(LinkMethod.INDEX, 0.9));
        ThreadContext context = new ThreadContext(List.of(root, held), Map.of());
        // this chunk's threading finds no parent for <c@x>, so it roots the new reply's thread there
        Message reply = Msgs.message("<n@x>", "Cy Poe", "cy@example.org", "2006-02-01T10:00:00Z", "Re: Bugs", "three", null)
                .withThread("<c@x>", "<c@x>", new ParentLink(LinkMethod.HEADER, 1.0));
        List<Message> threaded = List.of(root, held.withThread(null, "<c@x>", null), reply);

        List<Message> out = Indexer.keepParents(threaded, context);

        assertThat(out).extracting(Message::id, Message::parentId, Message::threadId).containsExactly(
                tuple("<r@x>", null, "<r@x>"), tuple("<c@x>", "<r@x>", "<r@x>"), tuple("<n@x>", "<c@x>", "<r@x>"));
    }
}
