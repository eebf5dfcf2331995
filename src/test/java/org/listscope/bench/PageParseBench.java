package org.listscope.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.parse.Archives;
import org.listscope.parse.Input;
import org.listscope.parse.PipermailPageParser;
import org.listscope.parse.Sink;
import org.listscope.parse.segment.Segmenter;

/**
 * Parsing the twisted-python 2005 message pages single-threaded, against bare {@code Jsoup.parse}
 * over the same bytes (held in memory, so that disk speed is out of it), measured in the same run.
 * Target: listscope at most 1.5x jsoup. Usage: {@code PageParseBench [shared-folder] [rounds]}.
 */
public final class PageParseBench {

    private PageParseBench() {
    }

    /** Counts what the parser delivers, so that no work is optimised away. */
    private static final class Counting implements Sink {
        long chars;
        int messages;
        int problems;

        @Override
        public void message(Message m) {
            messages++;
            chars += m.body().length() + m.subject().length();
        }

        @Override
        public void problem(Problem p) {
            problems++;
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared").resolve("corpus/pipermail/twisted-python");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.getParent().getFileName().toString().startsWith("2005-"))
                    .filter(p -> p.getFileName().toString().matches("\\d+\\.html")).sorted().forEach(files::add);
        }
        List<byte[]> pages = new ArrayList<>();
        long bytes = 0;
        for (Path p : files) {
            byte[] b = Files.readAllBytes(p);
            pages.add(b);
            bytes += b.length;
        }
        System.out.printf("%d pages, %.1f MB, %d rounds after %d warm-up rounds (median shown)%n%n",
                pages.size(), bytes / 1e6, rounds, rounds);

        long[] jsoup = new long[rounds];
        long[] parser = new long[rounds];
        long[] frontDoor = new long[rounds];
        long[] segmenting = new long[rounds];
        List<String> bodies = bodies(files, pages);
        for (int warm = 0; warm < rounds; warm++) {
            jsoup(pages);
            parser(files, pages);
            frontDoor(files, pages);
            segment(bodies);
        }
        for (int r = 0; r < rounds; r++) {
            jsoup[r] = jsoup(pages);
            parser[r] = parser(files, pages);
            frontDoor[r] = frontDoor(files, pages);
            segmenting[r] = segment(bodies);
        }
        long j = median(jsoup);
        long p = median(parser);
        long f = median(frontDoor);
        long s = median(segmenting);
        System.out.println("| what | time (ms) | pages/s | ratio to Jsoup.parse |");
        System.out.println("|---|---:|---:|---:|");
        row("bare `Jsoup.parse` (baseline)", j, pages.size(), j);
        row("`PipermailPageParser.parse` (message built, segmented)", p, pages.size(), j);
        row("`Archives.read` (recognition by content + parse)", f, pages.size(), j);
        row("of which `Segmenter.segment` over the same bodies", s, pages.size(), j);
        row("page reading without segmentation (parse minus segment)", p - s, pages.size(), j);
    }

    private static void row(String what, long nanos, int n, long base) {
        System.out.printf("| %s | %.0f | %.0f | %.2f |%n", what, nanos / 1e6, n / (nanos / 1e9), (double) nanos / base);
    }

    private static List<String> bodies(List<Path> files, List<byte[]> pages) throws Exception {
        List<String> out = new ArrayList<>(pages.size());
        PipermailPageParser parser = new PipermailPageParser();
        Sink sink = new Sink() {
            @Override
            public void message(Message m) {
                out.add(m.body());
            }

            @Override
            public void problem(Problem p) {
                throw new IllegalStateException(p.toString());
            }
        };
        for (int i = 0; i < pages.size(); i++) parser.parse(Input.of(files.get(i).toString(), null, pages.get(i)), sink);
        return out;
    }

    private static long segment(List<String> bodies) {
        long t = System.nanoTime();
        long n = 0;
        for (String b : bodies) n += Segmenter.segment(b).size();
        if (n < 0) throw new AssertionError();
        return System.nanoTime() - t;
    }

    private static long jsoup(List<byte[]> pages) throws IOException {
        long t = System.nanoTime();
        long nodes = 0;
        for (byte[] b : pages) {
            nodes += Jsoup.parse(new ByteArrayInputStream(b), null, "").childNodeSize();
        }
        if (nodes < 0) throw new AssertionError();
        return System.nanoTime() - t;
    }

    private static long parser(List<Path> files, List<byte[]> pages) throws Exception {
        PipermailPageParser parser = new PipermailPageParser();
        Counting sink = new Counting();
        long t = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            parser.parse(Input.of(files.get(i).toString(), null, pages.get(i)), sink);
        }
        long took = System.nanoTime() - t;
        check(sink, pages.size());
        return took;
    }

    private static long frontDoor(List<Path> files, List<byte[]> pages) {
        Counting sink = new Counting();
        long t = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            Archives.read(Input.of(files.get(i).toString(), null, pages.get(i)), sink);
        }
        long took = System.nanoTime() - t;
        check(sink, pages.size());
        return took;
    }

    private static void check(Counting sink, int expected) {
        if (sink.messages != expected || sink.problems != 0) {
            throw new IllegalStateException(sink.messages + " messages and " + sink.problems + " problems from " + expected + " pages");
        }
    }

    private static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
