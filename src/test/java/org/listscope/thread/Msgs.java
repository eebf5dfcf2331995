package org.listscope.thread;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.listscope.model.Author;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.model.ThreadIndex;
import org.listscope.parse.Archives;

/** Small inline messages for threading tests. */
final class Msgs {

    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private Msgs() {
    }

    /** A message with a Message-ID {@code <id@x>}, dated {@code minutes} after 2005-03-01 12:00 UTC. */
    static Message.Builder mail(String id, String author, int minutes, String subject, String body) {
        return Message.builder()
                .id("<" + id + "@x>").messageId("<" + id + "@x>").list("test").subject(subject)
                .from(Author.of(author, author.toLowerCase().replace(' ', '.') + "@example.org", author))
                .date(Instant.parse("2005-03-01T12:00:00Z").plusSeconds(60L * minutes))
                .source(new Source("t/" + id, null, "mbox")).body(body);
    }

    /** A header-less page rendering (no Message-ID), identified by {@code id}. */
    static Message.Builder page(String id, String author, Instant date, String subject, String body) {
        return Message.builder()
                .id(id).list("test").subject(subject)
                .from(Author.of(author, null, author))
                .date(date)
                .source(new Source("r/" + id + ".txt", null, "rendering")).body(body);
    }

    static String mid(String id) {
        return "<" + id + "@x>";
    }

    static List<Message> thread(Message.Builder... builders) {
        return thread(List.of(), builders);
    }

    static List<Message> thread(List<ThreadIndex> indexes, Message.Builder... builders) {
        List<Message> ms = java.util.Arrays.stream(builders).map(Message.Builder::build).toList();
        return Threader.thread(new Batch(ms, indexes, List.of(), ms.size(), ms.size(), 0), NOW);
    }

    /** The messages of real archive files, read and threaded together, by {@code id}. */
    static Map<String, Message> threadedById(List<Path> files) throws IOException {
        return Threader.thread(Archives.readBatch(files)).stream()
                .collect(Collectors.toMap(Message::id, Function.identity(), (a, b) -> a));
    }

    static Message byId(List<Message> ms, String id) {
        return ms.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
