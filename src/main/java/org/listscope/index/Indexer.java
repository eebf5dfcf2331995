package org.listscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.listscope.annotate.Annotator;
import org.listscope.json.Json;
import org.listscope.model.Batch;
import org.listscope.model.IndexReport;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.ThreadIndex;
import org.listscope.parse.Archives;
import org.listscope.parse.Duplicates;
import org.listscope.parse.Input;
import org.listscope.parse.Sink;
import org.listscope.thread.Threader;

/**
 * Parses, threads, annotates and indexes archive inputs, incrementally and crash-safely.
 *
 * <ol>
 *   <li>All inputs of the run are cut into chunks of about {@link #CHUNK_BYTES} bytes of text (a
 *       folder is kept whole, so pipermail's {@code thread.html} and its pages are threaded
 *       together), read or not: a run after a kill then cuts the chunks the killed run cut, and so
 *       merges, threads and annotates the same messages together. Of each chunk, the inputs whose
 *       size and modification time match their marker in the index are skipped unread, and a chunk
 *       with nothing else is skipped whole.</li>
 *   <li>Each chunk is parsed on all cores while the chunk before it is threaded, annotated and
 *       written (the first chunk is smaller, see {@link Chunks}); duplicates are merged
 *       ({@link Merge}), and messages already in the index are merged with their stored version.</li>
 *   <li>Threading sees the chunk plus the indexed messages of the threads it touches
 *       ({@link ThreadContext}); then the annotator runs over the same list.</li>
 *   <li>A message whose JSON differs from its stored JSON (or that is new) is written with
 *       {@code updateDocument} by {@code id}, so nothing is ever duplicated; one that is the same is
 *       not touched. Each writing thread flushes its own buffer when its share is written, so the
 *       commit does not flush them one after the other.</li>
 *   <li>The chunk's input markers are written and everything is committed at once: after a kill at
 *       any moment the index holds whole chunks only, and the next run reads the rest, chunk for
 *       chunk as the killed run would have.</li>
 *   <li>A run that wrote at least as many messages as the index held before (a first build, a
 *       bulk load) ends by merging the index into one segment, which searches about twice as fast
 *       as the dozen segments chunked commits leave; a first build merges laxly until then
 *       ({@link #BULK_SEGMENTS_PER_TIER}), and smaller runs leave merging to Lucene's policy. Until
 *       that merge is committed, each commit says it is to come ({@link Markers#MERGE_PENDING}), so
 *       the run after a kill during a first build or during the merge goes on as the bulk load it
 *       continues, and merges, even when it has nothing else to do.</li>
 * </ol>
 */
public final class Indexer {

    /** Segments per tier while a first build runs (Lucene's default is 10). */
    static final int BULK_SEGMENTS_PER_TIER = 40;

    /** About this many bytes of (uncompressed) text are parsed and committed at once. */
    static final long CHUNK_BYTES = 32L << 20;

    /** Reads a set of input files into one batch of distinct messages (default: {@link Archives#readBatch}). */
    @FunctionalInterface
    public interface BatchSource {
        Batch read(List<Path> files);
    }

    private final Path indexDir;
    private final int threads;
    private long chunkBytes = CHUNK_BYTES;
    private BatchSource source = Archives::readBatch;
    private boolean rebuild;

    public Indexer(Path indexDir) {
        this(indexDir, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public Indexer(Path indexDir, int threads) {
        this.indexDir = indexDir.toAbsolutePath().normalize();
        this.threads = Math.max(1, threads);
    }

    /** Uses smaller chunks (tests of crash safety want many commits). */
    public Indexer chunkBytes(long bytes) {
        this.chunkBytes = Math.max(1, bytes);
        return this;
    }

    /**
     * Reads inputs with another source than {@link Archives#readBatch} (the default), for instance
     * messages already parsed to JSON lines.
     */
    public Indexer source(BatchSource s) {
        this.source = java.util.Objects.requireNonNull(s);
        return this;
    }

    /**
     * Builds the index afresh from this run's inputs: the documents already in it are dropped with the
     * run's first commit (until then the index is as it was, so a kill before it costs nothing), and
     * every input is read, marked or not. The way to bring an index of an older {@link Schema} up to
     * date.
     */
    public Indexer rebuild(boolean afresh) {
        this.rebuild = afresh;
        return this;
    }

    /**
     * Indexes every input below the paths. Bad inputs become problems; the rest goes on.
     *
     * @throws StaleIndexException when the index holds documents of another {@link Schema} version and
     *                             this is not a {@link #rebuild}; the index is left untouched
     */
    public IndexReport index(List<Path> paths, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(indexDir);
        Counts c = new Counts();
        List<Input> inputs = new ArrayList<>();
        List<Problem> listing = new ArrayList<>();
        List<Input> found = Archives.inputs(paths, new Sink() {
            @Override
            public void message(Message message) {
            }

            @Override
            public void problem(Problem problem) {
                listing.add(problem);
            }
        });
        listing.forEach(c::problem);
        for (Input in : found) {
            if (in.path() == null || !in.path().toAbsolutePath().normalize().startsWith(indexDir)) inputs.add(in);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "listscope-index");
            t.setDaemon(true);
            return t;
        });
        try (Directory dir = FSDirectory.open(indexDir)) {
            Committed committed = rebuild ? Committed.NONE : Committed.read(dir);
            long before = committed.messages();
            if (before > 0 && committed.schema() != Schema.VERSION) {
                throw new StaleIndexException(Schema.mismatch(indexDir, committed.schema()) + builtFrom(committed.done().keySet()));
            }
            Map<String, InputFingerprint> done = committed.done();
            List<List<Planned>> chunks = plan(inputs, done, c);
            if (chunks.isEmpty() && !committed.mergePending()) {
                return c.report(inputs.size(), count(dir), t0);
            }
            // a first build, or the rest of one (or of a bulk load's merge) that a kill cut short
            boolean bulk = before == 0 || committed.mergePending();
            List<Planned> todo = chunks.stream().flatMap(List::stream).toList();
            progress.start(todo.size(), todo.stream().mapToLong(p -> p.stat.size()).sum());
            try (IndexWriter w = openWriter(dir, config(bulk, rebuild), indexDir)) {
                Schema.stamp(w);
                if (bulk) Markers.mergePending(w, true); // in every commit until the merge's
                if (!chunks.isEmpty()) {
                    // parsing of the next chunk overlaps threading, annotating and writing of this one
                    Future<ChunkRead> next = pool.submit(() -> read(chunks.get(0), done));
                    for (int i = 0; i < chunks.size(); i++) {
                        Future<ChunkRead> current = next;
                        int k = i + 1;
                        next = k < chunks.size() ? pool.submit(() -> read(chunks.get(k), done)) : null;
                        indexChunk(w, await(current), pool, progress, c);
                    }
                }
                long written = c.added + c.updated;
                if (bulk || written > 0 && written >= before) {
                    // a bulk load: one segment answers a search in half the time of the dozen that
                    // chunked commits leave; the merge is committed whole, or not at all, and the
                    // flag committed before it makes the run after a kill during it merge again
                    if (!bulk) {
                        Markers.mergePending(w, true);
                        w.commit();
                    }
                    w.forceMerge(1);
                    Markers.mergePending(w, false);
                    w.commit();
                }
            }
            return c.report(inputs.size(), count(dir), t0);
        } finally {
            progress.finish();
            pool.shutdownNow();
        }
    }

    private static IndexWriterConfig config(boolean bulkLoad, boolean afresh) {
        IndexWriterConfig cfg = new IndexWriterConfig(Analysis.analyzer());
        if (bulkLoad) {
            // the build ends with one merge of everything: merging along the way would write most
            // documents twice; a lax policy still bounds the segment count of a very large build
            TieredMergePolicy lax = new TieredMergePolicy();
            lax.setSegmentsPerTier(BULK_SEGMENTS_PER_TIER);
            lax.setMaxMergeAtOnce(BULK_SEGMENTS_PER_TIER);
            cfg.setMergePolicy(lax);
        }
        // CREATE drops the documents there with the first commit, and not before
        cfg.setOpenMode(afresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(96);
        cfg.setCommitOnClose(false); // only whole chunks are ever committed
        cfg.setUseCompoundFile(false); // fewer copies at flush; the index is a folder anyway
        return cfg;
    }

    /**
     * What the index's last commit holds of earlier runs: its messages, the inputs done, whether a
     * bulk load's merge is to come, and the {@link Schema} version of its documents.
     */
    private record Committed(long messages, Map<String, InputFingerprint> done, boolean mergePending, int schema) {

        /** Nothing: no index yet, or one being built afresh. */
        static final Committed NONE = new Committed(0, Map.of(), false, Schema.VERSION);

        static Committed read(Directory dir) throws IOException {
            if (!DirectoryReader.indexExists(dir)) return NONE;
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                return new Committed(count(r), Markers.read(r), Markers.mergePending(r), Schema.of(r));
            }
        }
    }

    /** Where the inputs an index records lie, for the one line that asks for a rebuild: {@code ; it holds 251 inputs under /data}. */
    static String builtFrom(Collection<String> inputs) {
        Path common = null;
        for (String in : inputs) {
            Path parent = Path.of(in).getParent();
            if (parent == null) return "";
            if (common == null) {
                common = parent;
            } else {
                while (common != null && !parent.startsWith(common)) common = common.getParent();
                if (common == null) return "";
            }
        }
        if (common == null) return "";
        return "; it holds " + inputs.size() + (inputs.size() == 1 ? " input" : " inputs") + " under " + common;
    }

    private static long count(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) return 0;
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            return count(r);
        }
    }

    private static long count(DirectoryReader r) throws IOException {
        return new IndexSearcher(r).count(new TermQuery(new Term(Fields.KIND, Fields.KIND_MESSAGE)));
    }

    /** An input to read, with its size and time. */
    record Planned(Input input, InputFingerprint stat) {
    }

    /**
     * The chunks to read, each with its inputs whose size or time differ from their marker (their
     * hash is compared when the chunk is read). The chunks are cut from all the inputs, done or
     * not, so that a run after a kill over the same inputs cuts the chunks the killed run cut: a
     * chunk is committed whole, with its markers, so the killed run's committed chunks are left with
     * nothing to read, and the others are read as the killed run would have read them. An input that
     * failed as a whole has no marker and is read again, without the rest of its chunk. A run over
     * other inputs cuts other chunks: it adds to the index, as any incremental run does.
     */
    private List<List<Planned>> plan(List<Input> inputs, Map<String, InputFingerprint> done, Counts c) {
        List<Planned> all = new ArrayList<>();
        for (Input in : inputs) {
            try {
                all.add(new Planned(in, InputFingerprint.stat(in.path())));
            } catch (IOException e) {
                c.problem(new Problem(in.name(), "cannot read: " + Archives.reason(e)));
            }
        }
        List<List<Planned>> chunks = new ArrayList<>();
        for (List<Planned> chunk : Chunks.of(all, chunkBytes)) {
            List<Planned> changed = new ArrayList<>();
            for (Planned p : chunk) {
                if (p.stat.sameStat(done.get(p.stat.path()))) {
                    c.inputsUnchanged++;
                } else {
                    changed.add(p);
                }
            }
            if (!changed.isEmpty()) chunks.add(changed);
        }
        return chunks;
    }

    /**
     * What reading one chunk gave.
     *
     * @param marks  the fingerprints to record for inputs read whole or found unchanged by hash
     * @param unread inputs that could not be opened (since listed: deleted, or not readable)
     * @param batch  the distinct messages read, with thread indexes and problems
     */
    private record ChunkRead(List<Planned> inputs, List<InputFingerprint> marks, int sameContent,
                             List<Problem> unread, Batch batch) {
    }

    /** Hashes the chunk's inputs, skips those whose content is unchanged, reads the rest as one batch. */
    private ChunkRead read(List<Planned> chunk, Map<String, InputFingerprint> done) throws IOException {
        List<InputFingerprint> marks = new ArrayList<>();
        List<InputFingerprint> toRead = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Problem> unread = new ArrayList<>();
        int same = 0;
        for (Planned p : chunk) {
            InputFingerprint fp;
            try {
                fp = p.stat.hashed(p.input.path());
            } catch (IOException e) {
                // it costs only itself: unmarked, it is tried again by the next run
                unread.add(new Problem(p.input.name(), "cannot read: " + Archives.reason(e)));
                continue;
            }
            InputFingerprint before = done.get(fp.path());
            if (before != null && fp.sha256().equals(before.sha256())) {
                marks.add(fp);
                same++;
            } else {
                toRead.add(fp);
                files.add(p.input.path());
            }
        }
        Batch batch = files.isEmpty() ? new Batch(List.of(), List.of(), List.of(), 0, 0, 0) : source.read(files);
        // an input that failed as a whole has a problem naming just it; it stays unmarked and is tried again
        java.util.Set<String> failed = new java.util.HashSet<>();
        for (Problem pr : batch.problems()) failed.add(pr.source());
        for (int i = 0; i < toRead.size(); i++) {
            if (!failed.contains(files.get(i).toString())) marks.add(toRead.get(i));
        }
        return new ChunkRead(chunk, marks, same, unread, batch);
    }

    private void indexChunk(IndexWriter w, ChunkRead chunk, ExecutorService pool, Progress progress, Counts c)
            throws IOException {
        Batch read = chunk.batch;
        long bytes = chunk.inputs.stream().mapToLong(p -> p.stat.size()).sum();
        progress.chunkRead(chunk.inputs.size(), bytes, read.recordsRead());
        c.inputsUnchanged += chunk.sameContent;
        c.inputsRead += read.inputsRead();
        c.records += read.recordsRead();
        chunk.unread.forEach(c::problem);
        read.problems().forEach(c::problem);
        Map<String, Message> fresh = new LinkedHashMap<>();
        for (Message m : read.messages()) fresh.merge(m.id(), Merge.stripped(m), Merge::of);

        // 2. merge with what the index holds, and load the threads the chunk touches
        try (DirectoryReader reader = DirectoryReader.open(w)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, String> existing = StoredMessages.jsonByIds(searcher, fresh.keySet());
            mergeHeld(fresh, existing);
            ThreadContext context = ThreadContext.load(searcher, fresh.values());
            Set<String> replaced = new HashSet<>();
            context = mergeCopies(w, searcher, context, fresh, existing, replaced);
            // a person met in an earlier chunk keeps the key given there
            PersonKeys.Reconciled people = PersonKeys.reconcile(searcher, fresh.values());
            for (Message m : people.messages()) fresh.put(m.id(), m);

            // 3. thread and annotate the chunk with its context
            List<Message> all = new ArrayList<>(context.messages());
            all.addAll(fresh.values());
            Batch batch = read.withMessages(all);
            List<Message> done2 = new ArrayList<>();
            for (Message m : new Annotator().annotate(keepParents(Threader.thread(batch), context))) {
                done2.add(people.folded(m));
            }
            // what the index holds of the messages to write: a chunk's own copy first, then its context's
            Map<String, String> stored = refold(searcher, people, done2, replaced);
            stored.putAll(context.stored());
            stored.putAll(existing);

            // 4. write what changed, on all cores
            int[] counts = write(w, done2, stored::get, fresh.keySet()::contains, pool);
            c.added += counts[0];
            c.updated += counts[1];
            c.unchanged += counts[2];
            progress.written(counts[0] + counts[1]);
        }

        // 5. mark the inputs read and commit all at once
        for (InputFingerprint fp : chunk.marks) w.updateDocument(Markers.term(fp), Markers.document(fp));
        w.commit();
    }

    /**
     * Merges each message of the chunk with the version the index holds under its id, read once; a
     * message that only shares a held message's Message-ID (a placeholder id an archiver gave many
     * messages) takes an id of its own instead, as one batch holding both would give it, and
     * {@code existing} then holds nothing under its new id.
     */
    private static void mergeHeld(Map<String, Message> fresh, Map<String, String> existing) {
        Map<String, Message> held = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, String>> it = existing.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> e = it.next();
            Message h = Json.readMessage(e.getValue());
            Message m = fresh.get(e.getKey());
            Message apart = Duplicates.apart(h, m);
            if (apart == m) {
                held.put(e.getKey(), h);
                continue;
            }
            it.remove();
            fresh.remove(e.getKey());
            fresh.merge(apart.id(), apart, Merge::of);
        }
        held.forEach((id, h) -> fresh.computeIfPresent(id, (k, m) -> Merge.stripped(Merge.of(h, m))));
    }

    /**
     * A message the index holds under another id is one message with its copy in the chunk, as one
     * run over both inputs makes it (a rendering indexed before the month's {@code .txt.gz}): the
     * two are merged into {@code fresh} under the id parsing gives ({@link Merge#copies}), the held
     * copy's JSON goes to {@code existing} under that id (so the write is an update), and a held
     * document whose id changes is deleted in this chunk's commit (its id added to {@code replaced}),
     * the links of its thread renamed. The threads of indexed messages that quote a held copy join
     * the context, and every quote of a held copy is unlinked, so that threading links it again to
     * the merged message. Returns the context without the held copies.
     */
    private static ThreadContext mergeCopies(IndexWriter w, IndexSearcher searcher, ThreadContext context,
                                             Map<String, Message> fresh, Map<String, String> existing,
                                             Set<String> replaced) throws IOException {
        if (context.messages().isEmpty()) return context;
        List<Message> unheld = new ArrayList<>();
        for (Message m : fresh.values()) {
            if (!existing.containsKey(m.id())) unheld.add(m);
        }
        Map<String, String> copies = Duplicates.copiesOf(context.messages(), unheld);
        if (copies.isEmpty()) return context;
        // messages of other threads that quote a held copy are threaded again with the chunk too
        context = context.withQuotersOf(searcher, copies.values(), fresh.keySet());
        Map<String, Message> held = new HashMap<>();
        for (Message m : context.messages()) held.put(m.id(), m);
        Map<String, String> renamed = new HashMap<>();
        Set<String> merged = new HashSet<>(copies.values());
        for (Map.Entry<String, String> c : copies.entrySet()) {
            Message h = held.remove(c.getValue());
            Message copy = Merge.copies(h, fresh.remove(c.getKey()));
            fresh.put(copy.id(), copy);
            existing.put(copy.id(), context.stored().get(h.id()));
            if (!copy.id().equals(h.id())) {
                renamed.put(h.id(), copy.id());
                replaced.add(h.id());
                w.deleteDocuments(new Term(Fields.ID, MessageDocuments.idKey(h.id())));
            }
        }
        List<Message> rest = new ArrayList<>(held.size());
        for (Message m : context.messages()) {
            if (!held.containsKey(m.id())) continue;
            String parent = renamed.getOrDefault(m.parentId(), m.parentId());
            String thread = renamed.getOrDefault(m.threadId(), m.threadId());
            Message linked = parent == null ? m : m.withThread(parent, thread, m.parentLink());
            rest.add(linked.withSegments(unlinked(linked.segments(), merged)));
        }
        return new ThreadContext(rest, context.stored());
    }

    /**
     * The segments with the quotes of a merged copy unlinked, so that threading links them again to
     * the merged message, under its id and in its body, as one run over both copies would. Lines
     * taken for a copy of it by their words alone are the poster's text again until threading finds
     * them anew.
     */
    private static List<Segment> unlinked(List<Segment> segments, Set<String> merged) {
        List<Segment> out = null;
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            if (s.quotedId() == null || !merged.contains(s.quotedId())) continue;
            if (out == null) out = new ArrayList<>(segments);
            out.set(k, s.copied() ? Segment.of(SegmentKind.TEXT, s.start(), s.end(), 0) : s.withSource(null, -1, -1));
        }
        return out == null ? segments : out;
    }

    /**
     * Two keys of one person that the chunk joins: the documents of the losing key outside the chunk
     * (and not {@code replaced} by a copy in it) are added to {@code done}, with the survivor's key.
     * Returns their stored JSON by id, in a map the caller may add to.
     */
    private static Map<String, String> refold(IndexSearcher searcher, PersonKeys.Reconciled people, List<Message> done,
                                              Set<String> replaced) throws IOException {
        Map<String, String> stored = new LinkedHashMap<>();
        if (people.folds().isEmpty()) return stored;
        Set<String> chunkIds = new HashSet<>();
        for (Message m : done) chunkIds.add(m.id());
        StoredMessages.jsonById(searcher, PersonKeys.heldBy(people.folds().keySet())).forEach((id, json) -> {
            if (chunkIds.contains(id) || replaced.contains(id)) return;
            stored.put(id, json);
            done.add(people.folded(Json.readMessage(json)));
        });
        return stored;
    }

    /**
     * A context message keeps the parent it had when threading of this chunk found none for it: the
     * evidence for that link (a pipermail thread index, a quote) may have come with an earlier chunk
     * and is not in this one. New links are taken; links are never lost, unless one kept would close
     * a reply loop with the new ones. Every message's {@code threadId} is then its root's again,
     * found through the links kept: a reply threaded under a context message that kept its parent
     * had taken that message for its root (27 "Weekly Bug Summary" messages of twisted-python
     * 2005-06 named a thread their chain of parents did not lead to).
     */
    static List<Message> keepParents(List<Message> threaded, ThreadContext context) {
        if (context.messages().isEmpty()) return threaded;
        Map<String, Message> before = new HashMap<>();
        for (Message m : context.messages()) before.put(m.id(), m);
        Map<String, Message> byId = new HashMap<>();
        for (Message m : threaded) byId.put(m.id(), m);
        boolean kept = false;
        for (Message m : threaded) {
            Message old = before.get(m.id());
            if (old != null && m.parentId() == null && old.parentId() != null
                    && !isAncestor(byId, m.id(), old.parentId())) {
                byId.put(m.id(), m.withThread(old.parentId(), old.threadId(), old.parentLink()));
                kept = true;
            }
        }
        if (!kept) return threaded;
        Map<String, String> roots = new HashMap<>();
        List<Message> out = new ArrayList<>(threaded.size());
        for (Message m : threaded) {
            Message t = byId.get(m.id());
            String thread = threadOf(byId, roots, t);
            out.add(thread.equals(t.threadId()) ? t : t.withThread(t.parentId(), thread, t.parentLink()));
        }
        return out;
    }

    /** Whether {@code id} is {@code from} or one of its ancestors among {@code byId}. */
    private static boolean isAncestor(Map<String, Message> byId, String id, String from) {
        Set<String> seen = new HashSet<>();
        for (Message m = byId.get(from); m != null && seen.add(m.id()); m = m.parentId() == null ? null : byId.get(m.parentId())) {
            if (m.id().equals(id)) return true;
        }
        return false;
    }

    /**
     * The {@code threadId} of the top of {@code m}'s chain of parents among {@code byId} (a root, or
     * a message whose parent is not there), remembered in {@code roots} for every message passed.
     */
    private static String threadOf(Map<String, Message> byId, Map<String, String> roots, Message m) {
        Set<String> chain = new LinkedHashSet<>();
        Message top = m;
        String thread;
        while ((thread = roots.get(top.id())) == null) {
            Message parent = top.parentId() == null ? null : byId.get(top.parentId());
            if (!chain.add(top.id()) || parent == null) { // a loop's message met again, or the top
                thread = top.threadId();
                break;
            }
            top = parent;
        }
        for (String id : chain) roots.put(id, thread);
        return thread;
    }

    /**
     * Writes the messages whose JSON differs from what is stored (or that are new), on all cores.
     * Returns {added, updated, unchanged}; unchanged counts only messages read from the inputs.
     */
    private int[] write(IndexWriter w, List<Message> messages, java.util.function.Function<String, String> stored,
                        java.util.function.Predicate<String> isFresh, ExecutorService pool) throws IOException {
        List<Future<int[]>> futures = new ArrayList<>();
        int slices = Math.min(threads, Math.max(1, messages.size()));
        for (int s = 0; s < slices; s++) {
            int from = s;
            futures.add(pool.submit(() -> {
                int[] n = new int[3];
                for (int i = from; i < messages.size(); i += slices) {
                    Message m = messages.get(i);
                    String before = stored.apply(m.id());
                    String json = Json.line(m);
                    if (json.equals(before)) {
                        if (isFresh.test(m.id())) n[2]++;
                        continue;
                    }
                    n[before == null ? 0 : 1]++;
                    w.updateDocument(new Term(Fields.ID, MessageDocuments.idKey(m.id())), MessageDocuments.of(m, json));
                }
                // flush this thread's buffer here, in parallel, rather than serially in the commit
                w.flushNextBuffer();
                return n;
            }));
        }
        int[] total = new int[3];
        for (Future<int[]> f : futures) {
            int[] n = await(f);
            for (int k = 0; k < 3; k++) total[k] += n[k];
        }
        return total;
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof UncheckedIOException uio) throw uio.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IOException(cause);
        }
    }

    /** Running totals of one run. */
    private static final class Counts {
        int inputsUnchanged;
        int inputsRead;
        int records;
        int added;
        int updated;
        int unchanged;
        final List<Problem> problems = new ArrayList<>();

        void problem(Problem p) {
            problems.add(p);
        }

        IndexReport report(int inputs, long documents, long t0) {
            return new IndexReport(inputs, inputsUnchanged, inputsRead, records, added, updated, unchanged, documents,
                    (System.nanoTime() - t0) / 1_000_000, problems);
        }
    }

    /**
     * A writer of the index, or an error that says why there is none: another process holds its
     * lock, or the folder cannot be written (Lucene names only the lock file it failed to make).
     */
    private static IndexWriter openWriter(Directory dir, IndexWriterConfig config, Path indexDir) throws IOException {
        try {
            return new IndexWriter(dir, config);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IOException("another listscope is writing to the index " + indexDir + " (its write.lock is held); run again when it is done", e);
        } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
            if (java.nio.file.Files.isDirectory(indexDir) && !java.nio.file.Files.isWritable(indexDir)) {
                throw new IOException("cannot write to the index folder " + indexDir + ": permission denied", e);
            }
            throw e;
        }
    }

}
