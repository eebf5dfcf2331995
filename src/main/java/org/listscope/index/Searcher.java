package org.listscope.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;
import org.listscope.model.ThreadHits;

/**
 * Answers searches over an index: hits with snippets, facet counts, hits grouped by thread, and
 * single messages or whole threads by id. Each search runs over slices of the index's segments on
 * all cores. Open once and reuse; thread-safe.
 */
public final class Searcher implements Searchable {

    /** Oldest first, messages without a date last, then by id: the order of {@link #messages} and threads. */
    private static final Comparator<Message> OLDEST_FIRST =
            Comparator.comparing((Message m) -> m.date() == null ? java.time.Instant.MAX : m.date()).thenComparing(Message::id);

    /** Hits listed per thread when grouping. */
    static final int HITS_PER_THREAD = 3;

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryLanguage language = new QueryLanguage(Analysis.analyzer());
    private final SortedSetDocValuesReaderState facetState;
    /** Labels of the {@code from} facet's person keys, made for the keys searches show and kept. */
    private final PersonLabels persons;

    /** Searches the index's segments in parallel, one slice per core; daemon threads, shut at close. */
    private final java.util.concurrent.ExecutorService slices;

    private Searcher(Directory dir, DirectoryReader reader) throws IOException {
        this.dir = dir;
        this.reader = reader;
        int cores = Runtime.getRuntime().availableProcessors();
        this.slices = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, cores), r -> {
            Thread t = new Thread(r, "listscope-search");
            t.setDaemon(true);
            return t;
        });
        this.searcher = new IndexSearcher(reader, slices);
        this.facetState = hasFacets(reader)
                ? new DefaultSortedSetDocValuesReaderState(reader, MessageDocuments.facetsConfig()) : null;
        this.persons = new PersonLabels(searcher, language);
    }

    /** Whether an index exists in the folder. */
    public static boolean exists(Path indexDir) throws IOException {
        if (!java.nio.file.Files.isDirectory(indexDir)) return false;
        try (Directory d = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    /** Opens the index in the folder; {@link java.nio.file.NoSuchFileException} when there is none. */
    public static Searcher open(Path indexDir) throws IOException {
        if (!exists(indexDir)) throw new java.nio.file.NoSuchFileException(indexDir.toString(), null, "no index here");
        Directory d = FSDirectory.open(indexDir);
        try {
            return new Searcher(d, DirectoryReader.open(d));
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private static boolean hasFacets(DirectoryReader r) {
        for (var leaf : r.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
                return true;
            }
        }
        return false;
    }

    /** How many messages the index holds. */
    public long size() throws IOException {
        return searcher.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_MESSAGE)));
    }

    /** The paths of the inputs the index was built from (those read whole), as they were indexed. */
    public java.util.Set<String> inputs() throws IOException {
        return new java.util.TreeSet<>(Markers.read(reader).keySet());
    }

    /** The {@link Schema} version of the index's documents ({@link Schema#VERSION} for an index without any). */
    public int schema() throws IOException {
        return size() == 0 ? Schema.VERSION : Schema.of(reader);
    }

    /** The query the text stands for, over message documents. */
    public Query parse(String query) throws QuerySyntaxException {
        return StoredMessages.messages(language.parse(query));
    }

    /** How many messages match. */
    public int count(String query) throws QuerySyntaxException, IOException {
        Query q = parse(query);
        try {
            return searcher.count(q);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLanguage.tooManyClauses(query);
        }
    }

    /**
     * Runs a search. A query whose wildcards expand past {@link QueryLanguage#MAX_CLAUSES} terms is
     * refused as a query error, like one that holds that many.
     */
    public SearchResult search(SearchRequest r) throws QuerySyntaxException, IOException {
        try {
            return run(r);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLanguage.tooManyClauses(r.query());
        }
    }

    private SearchResult run(SearchRequest r) throws QuerySyntaxException, IOException {
        long t0 = System.nanoTime();
        Query user = language.parse(r.query());
        Query q = StoredMessages.messages(user);
        Sort sort = sort(r.sort());
        int n = queueSize(r.limit());
        CollectorManager<?, ? extends TopDocs> top = sort == null
                ? new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE)
                : new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE);
        Object[] results = searcher.search(q, new MultiCollectorManager(top, new FacetsCollectorManager()));
        TopDocs docs = (TopDocs) results[0];
        FacetsCollector fc = (FacetsCollector) results[1];
        long total = docs.totalHits.value;
        Map<String, Map<String, Long>> facets = r.facetLimit() > 0 ? FacetCounts.of(facetState, fc, r.facetLimit(), persons) : FacetCounts.none();
        Map<String, Long> timeline = r.timeline() == null ? null : Timeline.of(fc, r.timeline());

        List<SearchHit> hits;
        List<ThreadHits> threads = null;
        if (r.threads()) {
            threads = threads(user, q, sort, r.limit());
            hits = threads.stream().map(t -> t.hits().get(0)).toList();
        } else {
            hits = hits(user, r.limit() == 0 ? new ScoreDoc[0] : docs.scoreDocs, sort == null);
        }
        double took = Math.round((System.nanoTime() - t0) / 1_000.0) / 1_000.0;
        return new SearchResult(r.query(), total, took, hits, facets, threads, timeline);
    }

    private static Sort sort(SearchRequest.Order order) {
        return switch (order) {
            case RELEVANCE -> null;
            case DATE -> {
                SortedNumericSortField f = new SortedNumericSortField(Fields.DATE, SortField.Type.LONG, false);
                f.setMissingValue(Long.MAX_VALUE);
                yield new Sort(f, SortField.FIELD_DOC);
            }
            case NEWEST -> {
                SortedNumericSortField f = new SortedNumericSortField(Fields.DATE, SortField.Type.LONG, true);
                f.setMissingValue(Long.MIN_VALUE);
                yield new Sort(f, SortField.FIELD_DOC);
            }
        };
    }

    private List<SearchHit> hits(Query user, ScoreDoc[] scoreDocs, boolean scored) throws IOException {
        int[] docIds = new int[scoreDocs.length];
        for (int i = 0; i < scoreDocs.length; i++) docIds[i] = scoreDocs[i].doc;
        Map<Integer, HitFields> messages = HitFields.load(reader, docIds);
        String[] snippets = new Snippets(searcher).of(user, docIds, messages);
        List<SearchHit> out = new ArrayList<>(scoreDocs.length);
        for (int i = 0; i < scoreDocs.length; i++) {
            HitFields m = messages.get(docIds[i]);
            Double score = scored ? (double) scoreDocs[i].score : null;
            out.add(new SearchHit(m.id(), m.subject(), m.from(), m.date(), m.url(), m.thread(), score, snippets[i]));
        }
        return out;
    }

    private List<ThreadHits> threads(Query user, Query q, Sort sort, int limit) throws IOException {
        if (limit == 0) return List.of();
        GroupingSearch g = new GroupingSearch(Fields.THREAD);
        g.setGroupDocsLimit(HITS_PER_THREAD);
        if (sort != null) {
            g.setGroupSort(sort);
            g.setSortWithinGroup(sort);
        }
        TopGroups<BytesRef> groups = g.search(searcher, q, 0, queueSize(limit));
        List<ThreadHits> out = new ArrayList<>();
        for (GroupDocs<BytesRef> group : groups.groups) {
            String threadId = group.groupValue == null ? "" : group.groupValue.utf8ToString();
            List<SearchHit> hits = hits(user, group.scoreDocs, sort == null);
            Optional<Message> root = message(threadId);
            // a root that is an absent message replies name (a ghost): its thread's first message stands in
            HitFields first = root.isPresent() ? null : firstOf(threadId);
            String subject = root.map(Message::subject).orElse(first != null ? first.subject() : hits.get(0).subject());
            java.time.Instant date = root.map(Message::date).orElse(first != null ? first.date() : null);
            out.add(new ThreadHits(threadId, subject, date, group.totalHits.value, hits));
        }
        return out;
    }

    /** Lucene sizes its queue of hits by the limit asked for: never more than the index holds. */
    private int queueSize(int limit) {
        return Math.max(1, Math.min(limit, reader.maxDoc()));
    }

    /** The earliest message of a thread (by date; undated ones last), or {@code null} when it has none. */
    private HitFields firstOf(String threadId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Fields.THREAD, threadId)), 1, sort(SearchRequest.Order.DATE));
        if (top.scoreDocs.length == 0) return null;
        int doc = top.scoreDocs[0].doc;
        return HitFields.load(reader, new int[] {doc}).get(doc);
    }

    /** One message by its {@code id} (or Message-ID). */
    public Optional<Message> message(String id) throws IOException {
        List<Message> found = StoredMessages.find(searcher, new TermQuery(new Term(Fields.ID, MessageDocuments.idKey(id))), 1);
        if (found.isEmpty()) {
            String mid = org.listscope.parse.MessageIds.canonical(id);
            if (mid != null) found = StoredMessages.find(searcher, new TermQuery(new Term(Fields.MESSAGE_ID, mid)), 1);
        }
        return found.stream().findFirst();
    }

    /**
     * Every message matching the query (at most {@code max}), oldest first, rebuilt exactly from the
     * index: what {@code export QUERY} writes.
     */
    public List<Message> messages(String query, int max) throws QuerySyntaxException, IOException {
        List<Message> out = new ArrayList<>(StoredMessages.find(searcher, language.parse(query), max));
        out.sort(OLDEST_FIRST);
        return out;
    }

    /**
     * Every message of the index, in index order, each rebuilt exactly as {@link #messages} rebuilds it,
     * handed over one at a time: a whole list's history need not fit in memory.
     */
    public void forEachMessage(java.util.function.Consumer<Message> action) throws IOException {
        StoredMessages.forEach(searcher, new org.apache.lucene.search.MatchAllDocsQuery(), action);
    }

    /** Every message of a thread, oldest first (messages without a date last). */
    public List<Message> thread(String threadId) throws IOException {
        List<Message> out = new ArrayList<>(StoredMessages.find(searcher,
                new TermQuery(new Term(Fields.THREAD, MessageDocuments.idKey(threadId))), Integer.MAX_VALUE));
        out.sort(OLDEST_FIRST);
        return out;
    }

    /** The threads named, read in one search of their keys rather than one search each. */
    @Override
    public Map<String, List<Message>> threads(java.util.Collection<String> threadIds) throws IOException {
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        for (String t : threadIds) byKey.putIfAbsent(MessageDocuments.idKey(t), t);
        Map<String, List<Message>> found = new java.util.HashMap<>();
        StoredMessages.forEach(searcher, StoredMessages.anyOf(Fields.THREAD, byKey.keySet()), m -> {
            String key = MessageDocuments.idKey(m.threadId() != null ? m.threadId() : m.id());
            found.computeIfAbsent(byKey.get(key), k -> new ArrayList<>()).add(m);
        });
        Map<String, List<Message>> out = new java.util.LinkedHashMap<>();
        for (String t : byKey.values()) {
            List<Message> whole = found.get(t);
            if (whole == null) continue;
            whole.sort(OLDEST_FIRST);
            out.put(t, whole);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        slices.shutdownNow();
        try {
            reader.close();
        } finally {
            dir.close();
        }
    }
}
