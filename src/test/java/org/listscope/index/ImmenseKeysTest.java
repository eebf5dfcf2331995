package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.IndexReport;
import org.listscope.model.Message;

/**
 * Header values longer than a Lucene term may be (32,766 UTF-8 bytes) are indexed, searchable and
 * updated by id like any other, and never stop the batch they came with.
 */
class ImmenseKeysTest {

    @TempDir
    Path tmp;

    private static final String LONG_SUBJECT = "calea wiretap " + "überlong ".repeat(4500); // about 45 KB
    private static final String LONG_MESSAGE_ID = "<" + "a".repeat(40_000) + "@example.org>";

    private static String mail(String messageId, String subject, String extraHeaders, String body) {
        return "From alice@example.org Mon Jan  1 10:00:00 2007\n"
                + (extraHeaders.startsWith("From:") ? "" : "From: Alice <alice@example.org>\n")
                + "Subject: " + subject + "\n"
                + "Date: Mon, 1 Jan 2007 10:00:00 +0000\n"
                + "Message-ID: " + messageId + "\n"
                + extraHeaders
                + "\n" + body + "\n\n";
    }

    private Path mbox() throws Exception {
        return Files.writeString(tmp.resolve("in/list.mbox"),
                mail("<normal@example.org>", "an ordinary subject", "", "Ordinary words about calea.")
                        + mail("<longsubject@example.org>", LONG_SUBJECT, "", "A subject longer than a term may be.")
                        + mail(LONG_MESSAGE_ID, "a long message id", "", "A Message-ID longer than a term may be.")
                        + mail("<reply@example.org>", "Re: a long message id", "In-Reply-To: " + LONG_MESSAGE_ID
                                + "\nReferences: <normal@example.org> " + LONG_MESSAGE_ID + "\n", "A reply naming it.")
                        + mail("<longauthor@example.org>", "a long author", "From: " + "Bob ".repeat(10_000) + "<"
                                + "b".repeat(40_000) + "@example.org>\nList-Id: <" + "l".repeat(40_000) + ".example.org>\n",
                                "An author and a list longer than a term may be."),
                StandardCharsets.UTF_8);
    }

    @Test
    void messagesWithImmenseKeysAreIndexedSearchableAndNotDuplicatedByARerun() throws Exception {
        Files.createDirectories(tmp.resolve("in"));
        Path mbox = mbox();
        Path index = tmp.resolve("index");

        IndexReport first = new Indexer(index, 2).index(List.of(tmp.resolve("in")), Progress.NONE);
        assertThat(first.problems()).isEmpty();
        assertThat(first.added()).isEqualTo(5);
        assertThat(first.documents()).isEqualTo(5);
        Map<String, String> before = IndexerTest.documents(index);
        assertThat(before).hasSize(5);

        try (Searcher s = Searcher.open(index)) {
            assertThat(s.count("wiretap")).isEqualTo(1);
            assertThat(s.count("\"long message id\"")).isEqualTo(2);
            assertThat(s.count("calea")).isEqualTo(2);
            assertThat(s.count("\"long author\"")).isEqualTo(1);
            for (String id : before.keySet()) {
                assertThat(s.message(id)).as("message(%s)", id).isPresent();
                assertThat(s.count("id:\"" + id + "\"")).as("id:%s", id).isEqualTo(1);
                Message m = s.message(id).orElseThrow();
                String thread = m.threadId() != null ? m.threadId() : m.id();
                assertThat(s.thread(thread)).as("thread of %s", id).extracting(Message::id).contains(id);
            }
        }

        // unchanged input: nothing is read or written
        IndexReport second = new Indexer(index, 2).index(List.of(tmp.resolve("in")), Progress.NONE);
        assertThat(second.written()).isZero();
        assertThat(IndexerTest.documents(index)).isEqualTo(before);

        // the input grows: it is read again, and the messages already indexed are found by id, not added twice
        Files.writeString(mbox, mail("<late@example.org>", "Re: " + LONG_SUBJECT, "", "A late reply."),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        IndexReport third = new Indexer(index, 2).index(List.of(tmp.resolve("in")), Progress.NONE);
        assertThat(third.problems()).isEmpty();
        assertThat(third.added()).isEqualTo(1);
        assertThat(third.documents()).isEqualTo(6);
        assertThat(IndexerTest.documents(index)).hasSize(6).containsAllEntriesOf(before);
    }

    @Test
    void keywordsAreCutAtAUtf8BoundaryWithinLucenesTermLimit() {
        String s = "ü".repeat(20_000); // 40,000 bytes
        String cut = MessageDocuments.cut(s, IndexWriter.MAX_TERM_LENGTH);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(IndexWriter.MAX_TERM_LENGTH)
                .isGreaterThan(IndexWriter.MAX_TERM_LENGTH - 2);
        assertThat(s).startsWith(cut);
        String pairs = "\uD83D\uDE00".repeat(10_000); // 40,000 bytes of four-byte characters
        String cutPairs = MessageDocuments.cut(pairs, IndexWriter.MAX_TERM_LENGTH);
        assertThat(cutPairs.length() % 2).as("no surrogate pair split").isZero();
        assertThat(MessageDocuments.cut("short", IndexWriter.MAX_TERM_LENGTH)).isEqualTo("short");
    }

    @Test
    void aTooLongIdBecomesTheSameShortKeyEverywhere() {
        String id = "x".repeat(40_000);
        assertThat(MessageDocuments.idKey(id)).isEqualTo(MessageDocuments.idKey(id)).hasSizeLessThan(100)
                .isNotEqualTo(MessageDocuments.idKey(id + "y"));
        assertThat(MessageDocuments.idKey("<normal@example.org>")).isEqualTo("<normal@example.org>");
    }

    @Test
    void aMessageWhoseOwnIdIsImmenseIsUpdatedNotDuplicatedAndFoundById() throws Exception {
        // ids from JSON lines are taken as they are: the index keys them by hash
        String id = "x".repeat(40_000);
        Message m = Msgs.message(id, "Ann", "ann@example.org", "2007-01-01T10:00:00Z", "a long id", "Words about calea.", null);
        Message reply = Msgs.message("<r@example.org>", "Bob", "bob@example.org", "2007-01-02T10:00:00Z",
                "Re: a long id", "More about calea.", null).withThread(id, id, null);
        Path in = TestIndex.jsonLines(tmp.resolve("in.jsonl"), List.of(m, reply));
        Path index = tmp.resolve("jindex");
        IndexReport first = new Indexer(index, 2).source(TestIndex::readJsonLines).index(List.of(in), Progress.NONE);
        assertThat(first.problems()).isEmpty();
        assertThat(first.added()).isEqualTo(2);
        Files.setLastModifiedTime(in, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Files.writeString(in, "\n", StandardOpenOption.APPEND); // read again, same messages
        IndexReport again = new Indexer(index, 2).source(TestIndex::readJsonLines).index(List.of(in), Progress.NONE);
        assertThat(again.problems()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.documents()).isEqualTo(2);
        try (Searcher s = Searcher.open(index)) {
            assertThat(s.message(id)).map(Message::subject).contains("a long id");
            assertThat(s.thread(id)).hasSize(2);
            assertThat(s.count("calea")).isEqualTo(2);
        }
    }
}
