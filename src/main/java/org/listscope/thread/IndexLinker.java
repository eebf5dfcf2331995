package org.listscope.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.listscope.model.IndexKey;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ThreadIndex;

/**
 * Parents from archives' own thread indexes (pipermail {@code thread.html}), read from each entry's
 * full ancestry key, never from the drawn indentation.
 *
 * <p>An entry is matched to a message by its page location (the last folder and file name of the
 * message's URL or source path, so that a local path and a URL of the same page agree); failing
 * that, by the date in its key (to the second) and its subject, which also finds a page whose
 * duplicate from a rebuilt archive was kept instead. A parent named only by Message-ID
 * ({@code mid:} URL) is joined by Message-ID, which also joins replies across months.
 *
 * <p>Confidence 0.9: the archive's tree follows headers where they exist but guesses by subject
 * where they do not.
 */
final class IndexLinker {

    static final double CONFIDENCE = 0.9;

    private final Corpus corpus;
    private final Map<String, Integer> byPage = new HashMap<>();
    private final Map<Long, List<Integer>> bySecond = new HashMap<>();

    IndexLinker(Corpus corpus) {
        this.corpus = corpus;
        for (int i = 0; i < corpus.size(); i++) {
            Message m = corpus.get(i);
            for (String loc : new String[] {m.url(), m.source().path(), m.source().url()}) {
                String k = pageKey(loc);
                if (k != null) byPage.putIfAbsent(k, i);
            }
            if (m.date() != null) {
                bySecond.computeIfAbsent(m.date().getEpochSecond(), s -> new ArrayList<>(1)).add(i);
            }
        }
    }

    /** The index parent of every message an index names, {@code null} elsewhere. */
    Link[] link(List<ThreadIndex> indexes) {
        Link[] links = new Link[corpus.size()];
        for (ThreadIndex index : indexes) {
            Map<String, Integer> local = new HashMap<>();
            List<Integer> found = new ArrayList<>(index.entries().size());
            for (ThreadIndex.Entry e : index.entries()) {
                Integer m = find(e);
                found.add(m);
                if (m != null) local.put(pageKey(e.url()), m);
            }
            for (int k = 0; k < index.entries().size(); k++) {
                Integer child = found.get(k);
                ThreadIndex.Entry e = index.entries().get(k);
                if (child == null || e.parentUrl() == null) continue;
                Integer parent = parentOf(e.parentUrl(), local);
                if (parent != null && parent.intValue() != child.intValue()) {
                    links[child] = new Link(parent, LinkMethod.INDEX, CONFIDENCE);
                }
            }
        }
        return links;
    }

    private Integer parentOf(String parentUrl, Map<String, Integer> local) {
        if (parentUrl.startsWith("mid:")) {
            return corpus.byMessageId.get("<" + parentUrl.substring(4) + ">");
        }
        String k = pageKey(parentUrl);
        Integer p = local.get(k);
        return p != null ? p : byPage.get(k);
    }

    private Integer find(ThreadIndex.Entry e) {
        Integer m = byPage.get(pageKey(e.url()));
        if (m != null) return m;
        IndexKey key = IndexKey.parse(e.key());
        if (key == null) return null;
        if (key.self().messageId() != null) {
            m = corpus.byMessageId.get(key.self().messageId());
            if (m != null) return m;
        }
        List<Integer> same = bySecond.get(key.self().epochSeconds());
        if (same == null) return null;
        String subject = Subjects.normalize(e.subject());
        for (int c : same) {
            if (Subjects.normalize(corpus.get(c).subject()).equals(subject)) return c;
        }
        return same.size() == 1 ? same.get(0) : null;
    }

    /** The last folder and file name of a path or URL, without {@code .html}/{@code .txt}. */
    static String pageKey(String location) {
        if (location == null || location.isBlank()) return null;
        String s = location.replace('\\', '/');
        int cut = s.indexOf('#');
        if (cut >= 0) s = s.substring(0, cut);
        cut = s.indexOf('?');
        if (cut >= 0) s = s.substring(0, cut);
        int slash = s.lastIndexOf('/');
        int prev = slash > 0 ? s.lastIndexOf('/', slash - 1) : -1;
        String key = s.substring(prev + 1);
        int dot = key.lastIndexOf('.');
        if (dot > key.lastIndexOf('/')) key = key.substring(0, dot);
        return key;
    }
}
