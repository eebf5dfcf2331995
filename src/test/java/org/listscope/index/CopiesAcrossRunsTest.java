package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.json.Json;
import org.listscope.model.IndexReport;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * A message read in one run from a source without its Message-ID (a page's rendering, an id derived
 * from the archive) and in a later run from one with it (the month's text archive) is one document,
 * as one run over both inputs makes it.
 */
class CopiesAcrossRunsTest {

    @TempDir
    Path tmp;

    private static Message copy(String id) {
        return Msgs.message(id, "Sam Okafor", "sokafor@example.net", "2007-05-04T10:00:00Z",
                "[nanog] ISP CALEA compliance", "CALEA is about real-time interception, not subpoenas.", null);
    }

    private IndexReport index(Path index, Path input) throws Exception {
        return new Indexer(index, 2).source(TestIndex::readJsonLines).index(List.of(input), Progress.NONE);
    }

    @Test
    void aCopyWithItsMessageIdReplacesTheArchiveDerivedOne() throws Exception {
        Path rendering = TestIndex.jsonLines(tmp.resolve("rendering.jsonl"), List.of(copy("nanog/2007-May/000123")));
        Path text = TestIndex.jsonLines(tmp.resolve("month.jsonl"), List.of(copy("<463B30E2.1000602@example.net>")));
        Path index = tmp.resolve("index");
        assertThat(index(index, rendering).added()).isEqualTo(1);
        IndexReport second = index(index, text);
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isEqualTo(1);
        assertThat(IndexerTest.documents(index)).containsOnlyKeys("<463B30E2.1000602@example.net>");
    }

    @Test
    void aReplyHeldInAnEarlierRunQuotesTheCopyUnderItsNewId() throws Exception {
        Message reply = Msgs.message("<reply.1@example.org>", "Ana Ruiz", "aruiz@example.org", "2007-05-05T09:00:00Z",
                "Re: [nanog] ISP CALEA compliance", "Wiretap orders are another matter.",
                "CALEA is about real-time interception, not subpoenas.");
        Path rendering = TestIndex.jsonLines(tmp.resolve("rendering.jsonl"), List.of(copy("nanog/2007-May/000123"), reply));
        Path text = TestIndex.jsonLines(tmp.resolve("month.jsonl"), List.of(copy("<463B30E2.1000602@example.net>")));
        Path index = tmp.resolve("index");
        index(index, rendering);
        assertThat(quotedIds(index, "<reply.1@example.org>")).containsExactly("nanog/2007-May/000123");

        index(index, text);
        Map<String, String> docs = IndexerTest.documents(index);
        assertThat(docs).containsOnlyKeys("<463B30E2.1000602@example.net>", "<reply.1@example.org>");
        assertThat(quotedIds(index, "<reply.1@example.org>")).containsExactly("<463B30E2.1000602@example.net>");
        assertThat(Json.readMessage(docs.get("<reply.1@example.org>")).parentId()).isEqualTo("<463B30E2.1000602@example.net>");
    }

    @Test
    void aMessageOfAnotherThreadQuotesTheCopyUnderItsNewId() throws Exception {
        Message other = Msgs.message("<bgp.1@example.org>", "Lee Chan", "lchan@example.org", "2007-05-04T12:00:00Z",
                "[nanog] BGP flap damping", "Flap damping hurts more than it helps on a busy peering router.", null);
        Message reply = Msgs.message("<reply.2@example.org>", "Ana Ruiz", "aruiz@example.org", "2007-05-05T09:00:00Z",
                "Re: [nanog] BGP flap damping", "As Sam wrote in the other thread, wiretap orders are another matter.",
                "CALEA is about real-time interception, not subpoenas.")
                .withHeaders("<reply.2@example.org>", List.of("<bgp.1@example.org>"), List.of("<bgp.1@example.org>"));
        Path rendering = TestIndex.jsonLines(tmp.resolve("rendering.jsonl"), List.of(copy("nanog/2007-May/000123"), other, reply));
        Path text = TestIndex.jsonLines(tmp.resolve("month.jsonl"), List.of(copy("<463B30E2.1000602@example.net>")));
        Path index = tmp.resolve("index");
        index(index, rendering);
        assertThat(Json.readMessage(IndexerTest.documents(index).get("<reply.2@example.org>")).parentId()).isEqualTo("<bgp.1@example.org>");
        assertThat(quotedIds(index, "<reply.2@example.org>")).containsExactly("nanog/2007-May/000123");

        index(index, text);
        Map<String, String> docs = IndexerTest.documents(index);
        assertThat(docs).containsOnlyKeys("<463B30E2.1000602@example.net>", "<bgp.1@example.org>", "<reply.2@example.org>");
        assertThat(quotedIds(index, "<reply.2@example.org>")).containsExactly("<463B30E2.1000602@example.net>");
        assertThat(Json.readMessage(docs.get("<reply.2@example.org>")).parentId()).isEqualTo("<bgp.1@example.org>");
    }

    private static List<String> quotedIds(Path index, String id) throws Exception {
        Message m = Json.readMessage(IndexerTest.documents(index).get(id));
        return m.segments().stream().filter(s -> s.kind() == SegmentKind.QUOTE).map(Segment::quotedId).toList();
    }

    @Test
    void aCopyWithoutItsMessageIdJoinsTheOneThatHasIt() throws Exception {
        Path text = TestIndex.jsonLines(tmp.resolve("month.jsonl"), List.of(copy("<463B30E2.1000602@example.net>")));
        Path rendering = TestIndex.jsonLines(tmp.resolve("rendering.jsonl"), List.of(copy("nanog/2007-May/000123")));
        Path index = tmp.resolve("index");
        index(index, text);
        IndexReport second = index(index, rendering);
        assertThat(second.added()).isZero();
        assertThat(IndexerTest.documents(index)).containsOnlyKeys("<463B30E2.1000602@example.net>");
    }

    @Test
    void twistedPythonRenderingsThenTheirTextArchiveAndBackAreOneMessageEach() throws Exception {
        Path renderings = SharedCorpus.path("corpus/renderings/twisted-python/2005-March");
        Path text = SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz");
        Path once = tmp.resolve("once");
        new Indexer(once).index(List.of(renderings, text), Progress.NONE);
        Map<String, String> single = IndexerTest.documents(once);
        assertThat(single).hasSizeGreaterThan(300);

        Path textFirst = tmp.resolve("text-first");
        new Indexer(textFirst).index(List.of(text), Progress.NONE);
        IndexReport after = new Indexer(textFirst).index(List.of(renderings), Progress.NONE);
        assertThat(after.added()).isZero();
        assertThat(IndexerTest.documents(textFirst)).isEqualTo(single);

        Path renderingsFirst = tmp.resolve("renderings-first");
        new Indexer(renderingsFirst).index(List.of(renderings), Progress.NONE);
        new Indexer(renderingsFirst).index(List.of(text), Progress.NONE);
        // a person keyed by name on the pages, which show no address, is keyed by the address the
        // text archive shows, as in one run
        assertThat(IndexerTest.documents(renderingsFirst)).isEqualTo(single);
    }
}
