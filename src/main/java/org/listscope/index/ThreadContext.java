package org.listscope.index;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.ReplySubjects;

/**
 * The already-indexed messages that threading of new messages must see: the messages they reply
 * to (by Message-ID), those that reply to them, those with the same subject near in time, and
 * then every message of those threads, so a thread that gains messages is threaded whole again.
 *
 * @param messages the context messages, oldest first
 * @param stored   their stored JSON by id, to tell afterwards which of them changed
 */
record ThreadContext(List<Message> messages, Map<String, String> stored) {

    /** At most this many context messages per chunk, to bound memory. */
    static final int MAX = 20_000;
    private static final Duration WINDOW = Duration.ofDays(45);

    static ThreadContext load(IndexSearcher s, Collection<Message> fresh) throws IOException {
        if (s.getIndexReader().numDocs() == 0 || fresh.isEmpty()) return NONE;
        Set<String> freshIds = new HashSet<>();
        Set<String> refs = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        Instant min = null;
        Instant max = null;
        for (Message m : fresh) {
            freshIds.add(m.id());
            // ids as indexed: one too long for a term is hashed (MessageDocuments.idKey)
            for (String r : m.inReplyTo()) refs.add(MessageDocuments.idKey(r));
            for (String r : m.references()) refs.add(MessageDocuments.idKey(r));
            if (m.messageId() != null) messageIds.add(MessageDocuments.idKey(m.messageId()));
            String key = ReplySubjects.key(m.subject());
            if (!key.isEmpty()) subjects.add(key);
            if (m.date() != null) {
                min = min == null || m.date().isBefore(min) ? m.date() : min;
                max = max == null || m.date().isAfter(max) ? m.date() : max;
            }
        }
        BooleanQuery.Builder related = new BooleanQuery.Builder();
        if (!refs.isEmpty()) related.add(StoredMessages.anyOf(Fields.MESSAGE_ID, refs), Occur.SHOULD);
        if (!messageIds.isEmpty()) related.add(StoredMessages.anyOf(Fields.REFS, messageIds), Occur.SHOULD);
        if (!subjects.isEmpty() && min != null) {
            Query near = LongField.newRangeQuery(Fields.DATE, min.minus(WINDOW).toEpochMilli(), max.plus(WINDOW).toEpochMilli());
            related.add(new BooleanQuery.Builder()
                    .add(StoredMessages.anyOf(Fields.SUBJECT_KEY, subjects), Occur.MUST)
                    .add(near, Occur.FILTER).build(), Occur.SHOULD);
        }
        return NONE.plusThreadsOf(s, related.build(), freshIds);
    }

    /** No context: an empty index, or nothing new. */
    private static final ThreadContext NONE = new ThreadContext(List.of(), Map.of());

    private static final Comparator<Message> TIME_ORDER =
            Comparator.comparing((Message m) -> m.date() == null ? Instant.MIN : m.date()).thenComparing(Message::id);

    /**
     * This context and the whole threads of the indexed messages that quote one of {@code ids} (a
     * quote found in another thread), but not the messages of {@code fresh}: threading must see
     * them to link their quotes again when those messages are merged under other ids or bodies.
     */
    ThreadContext withQuotersOf(IndexSearcher s, Collection<String> ids, Set<String> fresh) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String id : ids) keys.add(MessageDocuments.idKey(id));
        return plusThreadsOf(s, StoredMessages.anyOf(Fields.QUOTES, keys), fresh);
    }

    /**
     * This context and every message of the threads of the indexed messages {@code related} finds,
     * but not those already in it or in {@code skip}, in time order.
     */
    private ThreadContext plusThreadsOf(IndexSearcher s, Query related, Set<String> skip) throws IOException {
        Set<String> threads = new HashSet<>();
        for (Message m : StoredMessages.find(s, related, MAX)) {
            threads.add(MessageDocuments.idKey(m.threadId() != null ? m.threadId() : m.id()));
        }
        if (threads.isEmpty()) return this;
        List<Message> out = new ArrayList<>(messages);
        Map<String, String> more = new LinkedHashMap<>(stored);
        for (Message m : StoredMessages.find(s, StoredMessages.anyOf(Fields.THREAD, threads), MAX)) {
            if (skip.contains(m.id()) || stored.containsKey(m.id())) continue;
            out.add(m);
            more.put(m.id(), Json.line(m));
        }
        out.sort(TIME_ORDER);
        return new ThreadContext(out, more);
    }
}
