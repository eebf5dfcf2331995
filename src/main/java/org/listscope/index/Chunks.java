package org.listscope.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Splits the inputs of a run into chunks of about a given size of text. The indexer gives it all the
 * run's inputs, those it will skip too, so that a run after a kill cuts the same chunks as the killed
 * run (the cut depends only on the inputs' order, folders, names and sizes). Inputs of one folder stay
 * together (a pipermail month: its pages and its {@code thread.html}); gzip files count four times
 * their size, roughly their text. The first chunk gets an eighth of the budget: nothing else can
 * run while it is parsed, and once it is written the parsing of each next chunk overlaps the
 * threading, annotating and writing of the one before.
 */
final class Chunks {

    /** The first chunk's share of the budget: one part in this many. */
    static final int FIRST_SHARE = 8;

    private Chunks() {
    }

    static List<List<Indexer.Planned>> of(List<Indexer.Planned> inputs, long budget) {
        Map<Path, List<Indexer.Planned>> byFolder = new LinkedHashMap<>();
        for (Indexer.Planned p : inputs) {
            Path folder = Objects.requireNonNullElse(p.input().path().toAbsolutePath().getParent(), Path.of("/"));
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(p);
        }
        List<List<Indexer.Planned>> chunks = new ArrayList<>();
        List<Indexer.Planned> current = new ArrayList<>();
        long size = 0;
        long limit = Math.max(1, budget / FIRST_SHARE);
        for (List<Indexer.Planned> folder : byFolder.values()) {
            boolean hasIndex = folder.stream().anyMatch(p -> p.input().fileName().endsWith(".html"));
            for (Indexer.Planned p : folder) {
                long s = weight(p);
                if (!current.isEmpty() && size + s > limit && !(hasIndex && sameFolder(current, p))) {
                    chunks.add(current);
                    current = new ArrayList<>();
                    size = 0;
                    limit = budget;
                }
                current.add(p);
                size += s;
            }
        }
        if (!current.isEmpty()) chunks.add(current);
        return chunks;
    }

    private static boolean sameFolder(List<Indexer.Planned> chunk, Indexer.Planned p) {
        Path last = chunk.get(chunk.size() - 1).input().path().toAbsolutePath().getParent();
        return Objects.equals(last, p.input().path().toAbsolutePath().getParent());
    }

    private static long weight(Indexer.Planned p) {
        String name = p.input().fileName();
        return name.endsWith(".gz") ? 4 * p.stat().size() : p.stat().size();
    }
}
