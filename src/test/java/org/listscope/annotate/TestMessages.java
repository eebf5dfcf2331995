package org.listscope.annotate;

import java.util.List;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.Source;

/** Small messages built inline for the annotator's tests. */
final class TestMessages {

    private TestMessages() {
    }

    static Message message(String id, String author, String body, List<Segment> segments) {
        return Message.builder().id(id).messageId("<" + id + "@example.org>").from(Author.of(author, null, author))
                .source(new Source(null, null, "mbox")).body(body).segments(segments).build();
    }

    static Message message(String body) {
        return message("m1", "Poster", body, List.of());
    }
}
