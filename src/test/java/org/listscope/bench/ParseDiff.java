package org.listscope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.listscope.SharedCorpus;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.ThreadIndex;
import org.listscope.parse.Archives;
import org.listscope.parse.Sink;

/**
 * Differential check for parser changes: streams every message (duplicates included), thread index
 * and problem of a fixed set of real archives as JSON lines into {@code <prefix>-<set>.jsonl}, so
 * the output of two versions of the parser can be compared with {@code diff}. Sets: every
 * twisted-python {@code .txt.gz}, cypherpunks 1993, the 2005-March pipermail pages, the page
 * renderings, and the small lists and fixtures. Run after
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.listscope.bench.ParseDiff /tmp/segm-before}.
 */
public final class ParseDiff {

    private ParseDiff() {
    }

    public static void main(String[] args) throws IOException {
        String prefix = args.length > 0 ? args[0] : "/tmp/segm-out";
        Path corpus = SharedCorpus.root().resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            System.out.println("ParseDiff: " + corpus + " is absent; nothing to compare");
            return;
        }
        List<Path> txt;
        try (Stream<Path> s = Files.list(corpus.resolve("pipermail/twisted-python"))) {
            txt = s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
        }
        write(prefix + "-twisted-txt.jsonl", txt);
        write(prefix + "-cypherpunks-1993.jsonl", List.of(corpus.resolve("mbox/cypherpunks/cypherpunks-1993.mbox.gz")));
        write(prefix + "-pages-2005-March.jsonl", List.of(corpus.resolve("pipermail/twisted-python/2005-March")));
        write(prefix + "-renderings.jsonl", List.of(corpus.resolve("renderings")));
        write(prefix + "-small.jsonl", List.of(corpus.resolve("pipermail/divunal-devel"),
                corpus.resolve("pipermail-txt/arin-issued"), corpus.resolve("fixtures")));
    }

    private static void write(String file, List<Path> paths) throws IOException {
        long[] count = new long[1];
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            Archives.read(paths, new Sink() {
                public void message(Message m) {
                    line(out, Json.line(m));
                    count[0]++;
                }
                public void threadIndex(ThreadIndex index) {
                    line(out, "index " + Json.write(index));
                }
                public void problem(Problem p) {
                    line(out, "problem " + Json.write(p));
                }
            });
        }
        System.out.printf("%s: %d messages%n", file, count[0]);
    }

    private static void line(BufferedWriter out, String s) {
        try {
            out.write(s);
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
