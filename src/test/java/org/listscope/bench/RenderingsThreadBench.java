package org.listscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.thread.Threader;

/**
 * Parent agreement of header-less threading on the 660 renderings, per style and per link method,
 * against {@code truth.jsonl} (pipermail's own thread index). Reads the renderings with a minimal
 * loader so that the threader can be measured on its own.
 */
public final class RenderingsThreadBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus/renderings/twisted-python");
        List<Message> messages = RenderingsLoader.load(root);
        long t0 = System.nanoTime();
        List<Message> threaded = Threader.thread(new Batch(messages, List.of(), List.of(), messages.size(), messages.size(), 0));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Message> byFile = new HashMap<>();
        for (Message m : threaded) byFile.put(m.id().substring(2), m);
        ObjectMapper om = new ObjectMapper();
        Map<String, int[]> byStyle = new TreeMap<>();
        Map<String, int[]> byHow = new TreeMap<>();
        boolean verbose = args.length > 1;
        for (String line : Files.readAllLines(root.resolve("truth.jsonl"))) {
            JsonNode t = om.readTree(line);
            Message m = byFile.get(t.get("file").asText());
            String want = t.get("parent").isNull() ? null : t.get("parent").asText();
            String got = m.parentId() == null ? null : m.parentId().substring(2);
            boolean ok = java.util.Objects.equals(want, got);
            int[] s = byStyle.computeIfAbsent(t.get("style").asText(), k -> new int[2]);
            s[0] += ok ? 1 : 0;
            s[1]++;
            String how = m.parentLink() == null ? (want == null ? "root" : "root (missed)") : m.parentLink().how().label();
            int[] h = byHow.computeIfAbsent(how, k -> new int[2]);
            h[0] += ok ? 1 : 0;
            h[1]++;
            if (verbose && !ok) System.out.println("MISS " + t.get("file").asText() + " want " + want + " got " + got + " via " + how);
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
        System.out.println("\nthreading took " + ms + " ms for " + messages.size() + " messages");
    }
}
