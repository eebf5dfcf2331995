package org.listscope.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;
import org.listscope.model.Message;
import org.listscope.model.PushReport;

/**
 * Sends the messages of one local index to a listscope collection ({@link SolrConfigset}) in batches.
 * A message's document replaces the collection's document of the same {@code id}, so pushing the
 * same index again, or an index that has since gained messages, never duplicates one, and a push cut
 * short is completed by pushing again.
 *
 * <p>Each document is marked with the index it came from ({@code pushed.from}, the origin) and the
 * push ({@code pushed.at}). A push that completes ({@link #complete}) then removes what its origin
 * pushed before and no longer holds: a message the local index has since merged under another id.
 * Documents pushed from other indexes (other lists, other machines) are left alone.
 */
public final class SolrPush implements Closeable {

    /** Documents sent per request. */
    static final int BATCH = 500;
    /** The field naming the local index a document was pushed from. */
    static final String FROM = "pushed.from";
    /** The field naming the push that sent a document. */
    static final String AT = "pushed.at";

    private final SolrClient client;
    private final String collection;
    private final boolean owned;
    private final String origin;
    private final long started = System.currentTimeMillis();
    private final String stamp = Long.toString(started);
    private final List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    private final LongConsumer sent;
    private long count;

    private SolrPush(SolrClient client, String collection, boolean owned, String origin, LongConsumer sent) {
        if (collection == null || collection.isBlank()) throw new IllegalArgumentException("no collection named");
        if (origin == null || origin.isBlank()) throw new IllegalArgumentException("no origin named");
        this.client = client;
        this.collection = collection;
        this.owned = owned;
        this.origin = origin;
        this.sent = sent;
    }

    /**
     * A push to {@code collection} through the Solr node at {@code solrUrl} (such as
     * {@code http://localhost:8983/solr}), which routes each document to its shard. {@code origin}
     * names the local index pushed (its host and folder); {@code sent} hears the count of documents
     * sent so far, after each batch.
     */
    public static SolrPush to(String solrUrl, String collection, String origin, LongConsumer sent) {
        return new SolrPush(new Http2SolrClient.Builder(solrUrl).build(), collection, true, origin, sent);
    }

    /** A push through a client the caller made and closes (a cluster's client, in tests). */
    public static SolrPush through(SolrClient client, String collection, String origin, LongConsumer sent) {
        return new SolrPush(client, collection, false, origin, sent);
    }

    /** Adds one message; a full batch is sent at once. */
    public void add(Message m) throws IOException {
        SolrInputDocument d = SolrDocuments.of(m);
        d.addField(FROM, origin);
        d.addField(AT, stamp);
        batch.add(d);
        if (batch.size() >= BATCH) flush();
    }

    /**
     * Ends a push that sent every message of its index: sends what is left, removes the documents its
     * origin pushed before and did not push now, and commits, so that searches see exactly the index's
     * messages.
     */
    public PushReport complete() throws IOException {
        flush();
        String stale = FROM + ":" + ClientUtils.escapeQueryChars(origin) + " AND -" + AT + ":" + stamp;
        try {
            client.commit(collection);
            SolrQuery q = new SolrQuery(stale);
            q.set("defType", "lucene");
            q.setRows(0);
            long removed = client.query(collection, q).getResults().getNumFound();
            if (removed > 0) {
                client.deleteByQuery(collection, stale);
                client.commit(collection);
            }
            return new PushReport(count, removed, System.currentTimeMillis() - started);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("Solr failed to complete the push to " + collection + ": " + e.getMessage(), e);
        }
    }

    private void flush() throws IOException {
        if (batch.isEmpty()) return;
        try {
            client.add(collection, batch);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("Solr refused " + batch.size() + " documents for " + collection + ": " + e.getMessage(), e);
        }
        count += batch.size();
        batch.clear();
        sent.accept(count);
    }

    @Override
    public void close() throws IOException {
        if (owned) client.close();
    }
}
