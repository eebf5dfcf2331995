package org.listscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;

/**
 * Parent agreement of header-less threading on the 660 renderings, read by the project's own
 * parser, per style and per link method, against {@code truth.jsonl} (pipermail's own thread
 * index). Each disagreement is also put beside the message's own headers, which the renderings
 * lost and the month's {@code .truth.jsonl} keeps ({@code headerParent}, {@code inReplyTo}):
 * pipermail threads a reply without headers under its subject's thread, so where the headers
 * said nothing the index is itself a guess.
 *
 * <p>Run: {@code java -cp target/test-classes:target/listscope-0.1.0-all.jar
 * org.listscope.bench.RenderingsThreadBench [RENDERINGS_DIR [v]]} ({@code v} lists each disagreement).
 */
public final class RenderingsThreadBench {

    private RenderingsThreadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus/renderings/twisted-python");
        Path pages = root.resolve("../../pipermail/twisted-python").normalize();
        long t0 = System.nanoTime();
        Batch batch = Archives.readBatch(List.of(root.resolve("2005-March"), root.resolve("2005-October")));
        long t1 = System.nanoTime();
        List<Message> threaded = Threader.thread(batch);
        long ms = (System.nanoTime() - t1) / 1_000_000;
        Map<String, Message> byFile = new HashMap<>();
        Map<String, String> fileById = new HashMap<>();
        for (Message m : threaded) {
            String file = root.relativize(Path.of(m.source().path())).toString().replace('\\', '/');
            byFile.put(file, m);
            fileById.put(m.id(), file);
        }
        ObjectMapper om = new ObjectMapper();
        Map<String, JsonNode> headers = new HashMap<>();
        for (String month : List.of("2005-March", "2005-October")) {
            Path t = pages.resolve(month + ".truth.jsonl");
            if (!Files.exists(t)) continue;
            for (String line : Files.readAllLines(t)) {
                JsonNode n = om.readTree(line);
                headers.put(month + "/" + n.get("number").asText() + ".txt", n);
            }
        }
        Map<String, int[]> byStyle = new TreeMap<>();
        Map<String, int[]> byHow = new TreeMap<>();
        Map<String, Integer> misses = new TreeMap<>();
        boolean verbose = args.length > 1;
        for (String line : Files.readAllLines(root.resolve("truth.jsonl"))) {
            JsonNode t = om.readTree(line);
            String file = t.get("file").asText();
            Message m = byFile.get(file);
            String want = t.get("parent").isNull() ? null : t.get("parent").asText();
            String got = m.parentId() == null ? null : fileById.get(m.parentId());
            boolean ok = Objects.equals(want, got);
            int[] s = byStyle.computeIfAbsent(t.get("style").asText(), k -> new int[2]);
            s[0] += ok ? 1 : 0;
            s[1]++;
            String how = m.parentLink() == null ? (want == null ? "root" : "root (missed)") : m.parentLink().how().label();
            int[] h = byHow.computeIfAbsent(how, k -> new int[2]);
            h[0] += ok ? 1 : 0;
            h[1]++;
            if (ok) continue;
            String said = headerSays(headers.get(file), file, want, got);
            misses.merge(said, 1, Integer::sum);
            if (verbose) System.out.println("MISS " + file + " want " + want + " got " + got + " via " + how + "; " + said);
        }
        System.out.println("| style | agree | total | share |\n|---|---|---|---|");
        int a = 0;
        int n = 0;
        for (var e : byStyle.entrySet()) {
            System.out.printf("| %s | %d | %d | %.1f%% |%n", e.getKey(), e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[0] / e.getValue()[1]);
            a += e.getValue()[0];
            n += e.getValue()[1];
        }
        System.out.printf("| all | %d | %d | %.1f%% |%n%n", a, n, 100.0 * a / n);
        System.out.println("| link | agree | total |\n|---|---|---|");
        for (var e : byHow.entrySet()) System.out.printf("| %s | %d | %d |%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
        System.out.println("\n| disagreement, beside the message's lost headers | messages |\n|---|---|");
        for (var e : misses.entrySet()) System.out.printf("| %s | %d |%n", e.getKey(), e.getValue());
        System.out.println("\nreading took " + (t1 - t0) / 1_000_000 + " ms, threading " + ms + " ms for " + threaded.size() + " messages");
    }

    /** What the message's own headers said of a parent pipermail and listscope disagree on. */
    private static String headerSays(JsonNode h, String file, String want, String got) {
        if (h == null) return "headers unknown";
        boolean any = !h.path("inReplyTo").isNull() && !h.path("inReplyTo").isMissingNode() || h.path("references").size() > 0;
        if (!any) return "no headers: pipermail's parent is its subject guess";
        String hp = h.path("headerParent").isNull() || h.path("headerParent").isMissingNode() ? null
                : file.substring(0, file.indexOf('/') + 1) + h.get("headerParent").asText() + ".txt";
        if (hp == null) return "headers name a message not in the month";
        if (hp.equals(got)) return "headers agree with listscope";
        if (hp.equals(want)) return "headers agree with pipermail";
        return "headers name a third message";
    }
}
