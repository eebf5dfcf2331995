package org.listscope.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;
import org.listscope.model.TopicEvidence;

/** Messages for tests, written inline: own text, quoted text, annotations. */
public final class Msgs {

    private Msgs() {
    }

    /** A message whose body is the quote (as {@code > } lines, when given) followed by own text. */
    public static Message message(String id, String name, String address, String date, String subject, String own, String quoted) {
        StringBuilder body = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        if (quoted != null && !quoted.isEmpty()) {
            String q = "> " + quoted.replace("\n", "\n> ") + "\n";
            segments.add(Segment.of(SegmentKind.QUOTE, 0, q.length(), 1));
            body.append(q);
        }
        int start = body.length();
        body.append(own);
        segments.add(Segment.of(SegmentKind.TEXT, start, body.length(), 0));
        return Message.builder().id(id).messageId(id.startsWith("<") ? id : null).list("nanog").subject(subject)
                .from(Author.of(name, address, name == null ? address : name + " <" + address + ">"))
                .date(date == null ? null : Instant.parse(date)).dateShown(date)
                .source(new Source("test.jsonl", null, "mbox")).body(body.toString()).segments(segments)
                .threadId(id).build();
    }

    /** A citation of {@code text} in the message's body (first occurrence), own text or quoted per the segment. */
    public static Citation cite(Message m, String text, String kind, String normalized, String... topics) {
        int at = m.body().indexOf(text);
        if (at < 0) throw new IllegalArgumentException(text + " not in body of " + m.id());
        boolean inQuote = m.segments().stream().anyMatch(s -> s.kind() == SegmentKind.QUOTE && s.contains(at));
        return new Citation(kind, at, at + text.length(), text, normalized, null, null, List.of(topics), 0.9,
                List.of("test"), inQuote, m.from().name());
    }

    /** A claim over {@code text} in the message's body. */
    public static Claim claim(Message m, String text, String kind, String... topics) {
        int at = m.body().indexOf(text);
        if (at < 0) throw new IllegalArgumentException(text + " not in body of " + m.id());
        boolean inQuote = m.segments().stream().anyMatch(s -> s.kind() == SegmentKind.QUOTE && s.contains(at));
        return new Claim(kind, at, at + text.length(), text, List.of(topics), 0.8, List.of("test"), false, inQuote,
                m.from().name());
    }

    /** The message with these annotations and, as the annotator gives them, the topics of its own ones, each counted. */
    public static Message annotated(Message m, Annotation... annotations) {
        java.util.Map<String, TopicEvidence> first = new java.util.LinkedHashMap<>();
        for (Annotation a : annotations) {
            if (a.inQuote()) continue;
            for (String t : a.topics()) {
                TopicEvidence e = first.get(t);
                first.put(t, e == null ? new TopicEvidence(t, a.start(), a.end()) : e.withCount(e.count() + 1));
            }
        }
        List<TopicEvidence> evidence = Annotation.TOPICS.stream().filter(first::containsKey).map(first::get).toList();
        return m.withAnnotations(List.of(annotations), evidence);
    }
}
