package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.json.Json;
import org.listscope.model.Annotation;
import org.listscope.model.Message;
import org.listscope.model.Segment;

/**
 * A document posted again months later in another thread is a copy of its first poster's message
 * whichever chunk or run indexed that message: the index finds the source outside the chunk.
 */
class CopySourcesTest {

    /** Forty-odd words of policy prose, the kind of paragraph that is posted again. */
    private static final String PARAGRAPH = "The Department of Justice has asked Congress to require every carrier\n"
            + "to build wiretap access into its switches, and the bill now before the\n"
            + "committee would let the Attorney General set the capacity each carrier\n"
            + "must provide, with fines for those that fail to comply within three years.\n";

    @TempDir
    Path tmp;

    private final Message first = Msgs.message("<a@x>", "Ann Lee", "ann@example.org", "1993-01-10T10:00:00Z",
            "DoJ wiretap bill", "Press release follows.\n\n" + PARAGRAPH, null);
    private final Message other = Msgs.message("<b@x>", "Bob Roe", "bob@example.org", "1993-01-11T10:00:00Z",
            "Remailers", "A remailer strips the headers of each message it passes on.\n", null);
    private final Message repost = Msgs.message("<c@x>", "Cy Poe", "cy@example.org", "1993-09-20T10:00:00Z",
            "Fwd: news", "Did you all see this?\n\n" + PARAGRAPH + "\nWrite to your representative.\n", null);

    private Map<String, String> index(String name, List<List<Message>> inputs, long chunkBytes) throws Exception {
        Path index = tmp.resolve(name);
        for (int run = 0; run < inputs.size(); run++) {
            Path in = TestIndex.jsonLines(tmp.resolve(name + "-" + run + ".jsonl"), inputs.get(run));
            new Indexer(index, 2).source(TestIndex::readJsonLines).chunkBytes(chunkBytes).index(List.of(in), Progress.NONE);
        }
        return IndexerTest.documents(index);
    }

    private static List<Segment> copies(Map<String, String> docs, String id) {
        return Json.readMessage(docs.get(id)).segments().stream().filter(Segment::copied).toList();
    }

    @Test
    void aCopyFindsItsSourceIndexedByAnEarlierRun() throws Exception {
        Map<String, String> docs = index("runs", List.of(List.of(first, other), List.of(repost)), Indexer.CHUNK_BYTES);
        List<Segment> copies = copies(docs, "<c@x>");
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).quotedId()).isEqualTo("<a@x>");
        String body = repost.body();
        assertThat(body.substring(copies.get(0).start(), copies.get(0).end())).isEqualTo(PARAGRAPH);
        Message c = Json.readMessage(docs.get("<c@x>"));
        assertThat(c.threadId()).isEqualTo("<c@x>");
        // the pasted words are Ann's: the source is known to the annotator, not annotated again
        assertThat(c.annotations()).filteredOn(Annotation::inQuote).extracting(Annotation::speaker).containsOnly("Ann Lee");
    }

    @Test
    void oneRunAndTwoRunsAndTwoChunksGiveTheSameDocuments() throws Exception {
        Map<String, String> one = index("one", List.of(List.of(first, other, repost)), Indexer.CHUNK_BYTES);
        assertThat(copies(one, "<c@x>")).extracting(Segment::quotedId).containsExactly("<a@x>");
        assertThat(index("two", List.of(List.of(first, other), List.of(repost)), Indexer.CHUNK_BYTES)).isEqualTo(one);
        // two inputs of one run, each its own chunk
        Path a = TestIndex.jsonLines(tmp.resolve("chunks-a.jsonl"), List.of(first, other));
        Path c = TestIndex.jsonLines(tmp.resolve("chunks-c.jsonl"), List.of(repost));
        Path index = tmp.resolve("chunks");
        new Indexer(index, 2).source(TestIndex::readJsonLines).chunkBytes(1).index(List.of(a, c), Progress.NONE);
        assertThat(IndexerTest.documents(index)).isEqualTo(one);
    }

    private static String month(Message m) {
        return m.date() == null ? "" : m.date().toString().substring(0, 7);
    }

    /** The copied passages of an index: message id, span and source. */
    private static List<String> copied(Map<String, String> docs) {
        List<String> out = new ArrayList<>();
        for (String json : docs.values()) {
            Message m = Json.readMessage(json);
            for (Segment q : m.segments()) {
                if (q.copied()) out.add(m.id() + " " + q.start() + "-" + q.end() + " " + q.quotedId());
            }
        }
        return out;
    }

    @Test
    void twistedPythonMarchFindsItsCopiesOfFebruaryIndexedInAnEarlierChunk() throws Exception {
        Path february = SharedCorpus.path("corpus/pipermail/twisted-python/2005-February.txt.gz");
        Path march = SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz");
        Path together = tmp.resolve("together");
        new Indexer(together, 2).index(List.of(february, march), Progress.NONE);
        Map<String, String> one = IndexerTest.documents(together);
        Path apart = tmp.resolve("apart");
        new Indexer(apart, 2).chunkBytes(1).index(List.of(february, march), Progress.NONE);
        Map<String, String> two = IndexerTest.documents(apart);
        // passages of March pasted from a February message of another thread (4 in an index of all the months)
        int across = 0;
        for (String json : two.values()) {
            Message m = Json.readMessage(json);
            for (Segment q : m.segments()) {
                String source = q.copied() ? two.get(q.quotedId()) : null;
                if (source == null) continue;
                Message s = Json.readMessage(source);
                if (month(m).equals("2005-03") && month(s).equals("2005-02") && !s.threadId().equals(m.threadId())) across++;
            }
        }
        assertThat(across).isGreaterThanOrEqualTo(1);
        assertThat(copied(two)).containsExactlyInAnyOrderElementsOf(copied(one));
    }
}
