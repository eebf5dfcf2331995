package org.listscope.model;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One archived message, as the contract (docs/CONTRACT.md) describes it. Immutable: stages return
 * changed copies through the {@code withX} methods.
 *
 * @param id         stable key: the Message-ID where known, else derived from list and archive URL,
 *                   else from a hash of author, date, subject and body
 * @param messageId  the RFC 5322 Message-ID with angle brackets, or {@code null}
 * @param list       list name in lower case ({@code nanog})
 * @param subject    as written, list prefix kept
 * @param from       the author
 * @param date       the instant in UTC, or {@code null} when unreadable (then a warning)
 * @param dateShown  the date as the source wrote it
 * @param inReplyTo  Message-IDs from In-Reply-To (or a page link)
 * @param references Message-IDs from References, oldest first
 * @param parentId   after threading: the parent's {@code id}, {@code null} for a root
 * @param threadId   after threading: the root's {@code id}
 * @param parentLink after threading: how the parent was found, {@code null} for a root
 * @param url        the archive URL where known
 * @param source     where it was read
 * @param body       the text, decoded to Unicode
 * @param segments   kinds of text covering {@code body}
 * @param warnings   what was odd or guessed
 * @param annotations citations and claims, empty until annotated
 * @param topics     the policy topics ({@link Annotation#TOPICS}) the author's own words discuss, empty
 *                   until annotated: those of the annotations of the own text, and of its sentences that
 *                   speak of law or policy
 * @param topicEvidence where each of {@code topics} was found, in the same order
 */
public record Message(String id, String messageId, String list, String subject, Author from, Instant date,
                      String dateShown, List<String> inReplyTo, List<String> references, String parentId,
                      String threadId, ParentLink parentLink, String url, Source source, String body,
                      List<Segment> segments, List<String> warnings, List<Annotation> annotations,
                      List<String> topics, List<TopicEvidence> topicEvidence) {

    public Message {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("message id is required");
        if (from == null) throw new IllegalArgumentException("message author is required (id " + id + ")");
        if (source == null) throw new IllegalArgumentException("message source is required (id " + id + ")");
        body = body == null ? "" : body;
        subject = subject == null ? "" : subject;
        inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
        references = references == null ? List.of() : List.copyOf(references);
        segments = segments == null ? List.of() : List.copyOf(segments);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        topics = topics == null ? List.of() : List.copyOf(topics);
        topicEvidence = topicEvidence == null ? List.of() : List.copyOf(topicEvidence);
        if (!topicEvidence.isEmpty() && !topics.equals(topicEvidence.stream().map(TopicEvidence::topic).toList())) {
            throw new IllegalArgumentException("topic evidence " + topicEvidence + " does not match topics " + topics
                    + " (id " + id + ")");
        }
        for (TopicEvidence e : topicEvidence) {
            if (e.end() > body.length()) {
                throw new IllegalArgumentException("topic evidence " + e + " outside body of length " + body.length()
                        + " (id " + id + ")");
            }
        }
        for (Segment s : segments) {
            if (s.end() > body.length()) {
                throw new IllegalArgumentException("segment " + s.start() + ".." + s.end()
                        + " outside body of length " + body.length() + " (id " + id + ")");
            }
        }
    }

    /** Returns a copy with another id. */
    public Message withId(String newId) {
        return new Message(newId, messageId, list, subject, from, date, dateShown, inReplyTo, references,
                parentId, threadId, parentLink, url, source, body, segments, warnings, annotations, topics, topicEvidence);
    }

    /** Returns a copy with another author. */
    public Message withFrom(Author newFrom) {
        return new Message(id, messageId, list, subject, newFrom, date, dateShown, inReplyTo, references,
                parentId, threadId, parentLink, url, source, body, segments, warnings, annotations, topics, topicEvidence);
    }

    /** Returns a copy placed in a thread. */
    public Message withThread(String newParentId, String newThreadId, ParentLink link) {
        return new Message(id, messageId, list, subject, from, date, dateShown, inReplyTo, references,
                newParentId, newThreadId, link, url, source, body, segments, warnings, annotations, topics, topicEvidence);
    }

    /** Returns a copy with other segments. */
    public Message withSegments(List<Segment> newSegments) {
        return new Message(id, messageId, list, subject, from, date, dateShown, inReplyTo, references,
                parentId, threadId, parentLink, url, source, body, newSegments, warnings, annotations, topics, topicEvidence);
    }

    /** Returns a copy with other annotations and topics: those of {@code evidence}, in its order. */
    public Message withAnnotations(List<Annotation> newAnnotations, List<TopicEvidence> evidence) {
        return new Message(id, messageId, list, subject, from, date, dateShown, inReplyTo, references,
                parentId, threadId, parentLink, url, source, body, segments, warnings, newAnnotations,
                evidence.stream().map(TopicEvidence::topic).toList(), evidence);
    }

    /** Returns a copy with other warnings. */
    public Message withWarnings(List<String> newWarnings) {
        return new Message(id, messageId, list, subject, from, date, dateShown, inReplyTo, references,
                parentId, threadId, parentLink, url, source, body, segments, newWarnings, annotations, topics, topicEvidence);
    }

    /** Returns a copy with another URL. */
    public Message withUrl(String newUrl) {
        return new Message(id, messageId, list, subject, from, date, dateShown, inReplyTo, references,
                parentId, threadId, parentLink, newUrl, source, body, segments, warnings, annotations, topics, topicEvidence);
    }

    /** Returns a copy with other header links (after merging duplicates). */
    public Message withHeaders(String newMessageId, List<String> newInReplyTo, List<String> newReferences) {
        return new Message(id, newMessageId, list, subject, from, date, dateShown, newInReplyTo, newReferences,
                parentId, threadId, parentLink, url, source, body, segments, warnings, annotations, topics, topicEvidence);
    }

    /** The body text of one segment. */
    public String text(Segment s) {
        return body.substring(s.start(), s.end());
    }

    /**
     * The author's own words: the body's segments of kind {@code text}, joined with a new line;
     * attributions, quotes, signatures and footers left out. A message without segments (not
     * segmented) is all its own text.
     */
    public String ownText() {
        if (segments.isEmpty()) return body;
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (s.kind() != SegmentKind.TEXT) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(body, s.start(), s.end());
        }
        return sb.toString();
    }

    /**
     * The quote of this message that holds the whole span {@code [start, end)} of its body, or null
     * where any of the span is outside its quotes: words another message found inside it are the
     * quoted author's, not this message's author's.
     */
    private Segment quoteHolding(int start, int end) {
        for (Segment s : segments) {
            if (s.kind() == SegmentKind.QUOTE && s.start() <= start && end <= s.end()) return s;
        }
        return null;
    }

    /**
     * Who wrote the words at {@code [start, end)} of this body, as a quote of them in another message
     * credits them: this message's author, named by {@code name}; where they stand inside one of its
     * quotes ({@link #quoteHolding}), that quote's attributed name, else the author of the message
     * that quote was found in ({@code messages} by id, null where unknown), else null: a forward of a
     * sender nobody named, or words quoted from a message not at hand, are nobody's known words.
     */
    public String wordsAuthor(int start, int end, Function<String, Message> messages, Function<Author, String> name) {
        Segment within = start < 0 ? null : quoteHolding(start, end);
        if (within == null) return name.apply(from);
        if (within.quotedAuthor() != null && !within.quotedAuthor().isBlank()) return within.quotedAuthor();
        if (within.forwarded() || within.quotedId() == null || within.quotedId().equals(id)) return null;
        Message older = messages.apply(within.quotedId());
        return older == null ? null : name.apply(older.from());
    }

    /** Starts a message; {@link Builder#build()} checks it. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this message's fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id; b.messageId = messageId; b.list = list; b.subject = subject; b.from = from; b.date = date;
        b.dateShown = dateShown; b.inReplyTo = inReplyTo; b.references = references; b.parentId = parentId;
        b.threadId = threadId; b.parentLink = parentLink; b.url = url; b.source = source; b.body = body;
        b.segments = segments; b.warnings = warnings; b.annotations = annotations;
        b.topics = topics; b.topicEvidence = topicEvidence;
        return b;
    }

    /** Collects a message's fields for parsers, which learn them one by one. */
    public static final class Builder {
        private String id;
        private String messageId;
        private String list;
        private String subject;
        private Author from;
        private Instant date;
        private String dateShown;
        private List<String> inReplyTo = List.of();
        private List<String> references = List.of();
        private String parentId;
        private String threadId;
        private ParentLink parentLink;
        private String url;
        private Source source;
        private String body;
        private List<Segment> segments = List.of();
        private List<String> warnings = List.of();
        private List<Annotation> annotations = List.of();
        private List<String> topics = List.of();
        private List<TopicEvidence> topicEvidence = List.of();

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder messageId(String v) { messageId = v; return this; }
        public Builder list(String v) { list = v; return this; }
        public Builder subject(String v) { subject = v; return this; }
        public Builder from(Author v) { from = v; return this; }
        public Builder date(Instant v) { date = v; return this; }
        public Builder dateShown(String v) { dateShown = v; return this; }
        public Builder inReplyTo(List<String> v) { inReplyTo = v; return this; }
        public Builder references(List<String> v) { references = v; return this; }
        public Builder parentId(String v) { parentId = v; return this; }
        public Builder threadId(String v) { threadId = v; return this; }
        public Builder parentLink(ParentLink v) { parentLink = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder source(Source v) { source = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder segments(List<Segment> v) { segments = v; return this; }
        public Builder warnings(List<String> v) { warnings = v; return this; }
        public Builder annotations(List<Annotation> v) { annotations = v; return this; }

        /** The id set so far, or {@code null}. */
        public String id() { return id; }

        /** Checks the fields and makes the message. */
        public Message build() {
            return new Message(id, messageId, list, subject, from, date, dateShown, inReplyTo, references,
                    parentId, threadId, parentLink, url, source, body, segments, warnings, annotations, topics, topicEvidence);
        }
    }
}
