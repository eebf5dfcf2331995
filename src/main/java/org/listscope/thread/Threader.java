package org.listscope.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.ParentLink;
import org.listscope.model.Segment;

/**
 * Rebuilds reply trees: the front door of the threading stage.
 *
 * <p>Each message's parent is taken from the strongest evidence available, in this order:
 * <ol>
 *   <li>{@code header}: In-Reply-To / References, JWZ style ({@link HeaderLinker}), confidence 0.8..1,
 *       unless the reply's attribution names, and its quote holds the words of, a reply to that
 *       parent by someone else, or names another message by its Message-ID: then that message, as
 *       an {@code attribution} link with a warning ({@link InferenceLinker#link(boolean[], boolean[], Link[])});</li>
 *   <li>{@code index}: the archive's own thread index ({@link IndexLinker}), 0.9;</li>
 *   <li>{@code attribution}, then {@code quote}: inferred from the text ({@link InferenceLinker}),
 *       0.5..0.95;</li>
 *   <li>{@code subject}: normalised subject and time order, last resort, 0.2..0.3; never used for a
 *       message whose headers name a parent that is absent (it replies to something, just not to
 *       anything here).</li>
 * </ol>
 * A weaker link that would close a loop with stronger ones is dropped with a warning. A message's
 * {@code threadId} is its root's id; where the root's headers name only absent messages, it is the
 * top absent Message-ID instead, so that replies to one missing message share a thread. Quote
 * segments are then linked to their source message and span ({@link QuoteSources}), on all cores.
 *
 * <p>Bad input never stops threading: reference loops, self-references, duplicate Message-IDs with
 * other content, dates before 1980 or in the future each add a warning to the message. Every step
 * is linear or n log n (hash maps, a shingle index), never pairwise.
 */
public final class Threader {

    /** Messages below which finding quote sources is not split between cores. */
    static final int MIN_BLOCK = 512;

    private Threader() {
    }

    /**
     * The batch's messages, in the same order, with {@code parentId}, {@code threadId},
     * {@code parentLink} and quote provenance ({@code quotedId}) set.
     */
    public static List<Message> thread(Batch batch) {
        return thread(batch, Instant.now());
    }

    /** As {@link #thread(Batch)}, with dates after {@code now} (plus two days) taken as wrong. */
    public static List<Message> thread(Batch batch, Instant now) {
        Corpus corpus = new Corpus(batch.messages(), now);
        int n = corpus.size();
        HeaderLinker headers = new HeaderLinker(corpus);
        Link[] byHeader = headers.link();
        Link[] byIndex = new IndexLinker(corpus).link(batch.threadIndexes());
        boolean[] needed = new boolean[n];
        boolean[] subjectAllowed = new boolean[n];
        for (int i = 0; i < n; i++) {
            needed[i] = byHeader[i] == null && byIndex[i] == null;
            subjectAllowed[i] = !headers.hasReferences[i];
        }
        InferenceLinker inference = new InferenceLinker(corpus);
        Link[] inferred = inference.link(needed, subjectAllowed, byHeader);
        for (int i = 0; i < n; i++) {
            if (byHeader[i] != null && inferred[i] != null) {
                corpus.warn(i, "headers name " + corpus.get(byHeader[i].parent()).id() + " as parent; the reply's"
                        + " attribution points to " + corpus.get(inferred[i].parent()).id() + ", which is taken");
                byHeader[i] = null;
            }
        }

        Forest forest = new Forest(n);
        for (Link[] stage : List.of(byHeader, byIndex, inferred)) {
            for (int i = 0; i < n; i++) {
                if (!forest.offer(i, stage[i])) {
                    corpus.warn(i, "parent " + corpus.get(stage[i].parent()).id() + " (" + stage[i].how().label()
                            + ") would close a reply loop: ignored");
                }
            }
        }
        int[] roots = forest.roots();
        // quote sources, the costliest step, on all cores: each message's are found on their own,
        // so contiguous blocks (which keep QuoteSources' cache of recent bodies useful) run at once
        Message[] out = new Message[n];
        int blocks = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, n / MIN_BLOCK));
        IntStream.range(0, blocks).parallel().forEach(b -> {
            // each its own cache: the bodies a copy is compared with are seldom those quoted next
            CopiedText copies = new CopiedText(corpus, inference.ownTextIndex(), inference::sharedPrints, new Bodies(corpus));
            QuoteSources quotes = new QuoteSources(corpus, inference.ownTextIndex(), new Bodies(corpus));
            for (int i = (int) ((long) n * b / blocks), to = (int) ((long) n * (b + 1) / blocks); i < to; i++) {
                List<Segment> segments = quotes.link(i, copies.split(i, forest.parent), forest.parent, roots);
                out[i] = threaded(i, corpus, headers, forest, roots[i]).withSegments(segments);
            }
        });
        return new ArrayList<>(Arrays.asList(out));
    }

    /** Message {@code i} with its parent, thread and threading warnings. */
    private static Message threaded(int i, Corpus corpus, HeaderLinker headers, Forest forest, int root) {
        Message m = corpus.get(i);
        String threadId = headers.ghostRoot[root] != null ? headers.ghostRoot[root] : corpus.get(root).id();
        Link l = forest.link[i];
        Message t = l == null
                ? m.withThread(null, threadId, null)
                : m.withThread(corpus.get(l.parent()).id(), threadId, new ParentLink(l.how(), l.confidence()));
        if (corpus.warnings.get(i).isEmpty()) return t;
        List<String> w = new ArrayList<>(m.warnings());
        w.addAll(corpus.warnings.get(i));
        return t.withWarnings(w);
    }
}
