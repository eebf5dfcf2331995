package org.listscope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;

/**
 * Differential harness for threading changes: threads real messages and writes every threaded
 * message as one JSON line, so that the output of two versions of the threader can be compared
 * with {@code diff}. Writes {@code PREFIX-txt.jsonl} (every twisted-python {@code .txt.gz} month),
 * {@code PREFIX-renderings.jsonl} (the 660 renderings)
 * and {@code PREFIX-pages.jsonl} (the 2005-March pipermail pages).
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.listscope.bench.ThreadOutputDump /tmp/thread-before}
 */
public final class ThreadOutputDump {

    private ThreadOutputDump() {
    }

    public static void main(String[] args) throws IOException {
        String prefix = args.length > 0 ? args[0] : "/tmp/thread-out";
        Path shared = BenchUtil.shared();
        Path pipermail = shared.resolve("corpus/pipermail/twisted-python");
        List<Path> months;
        try (Stream<Path> s = Files.list(pipermail)) {
            months = s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
        }
        write(Threader.thread(Archives.readBatch(months)), Path.of(prefix + "-txt.jsonl"));
        Path renderings = shared.resolve("corpus/renderings/twisted-python");
        write(Threader.thread(Archives.readBatch(List.of(renderings.resolve("2005-March"), renderings.resolve("2005-October")))),
                Path.of(prefix + "-renderings.jsonl"));
        write(Threader.thread(Archives.readBatch(List.of(pipermail.resolve("2005-March")))),
                Path.of(prefix + "-pages.jsonl"));
    }

    private static void write(List<Message> messages, Path to) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            for (Message m : messages) {
                w.write(Json.line(m));
                w.newLine();
            }
        }
        System.out.println(to + ": " + messages.size() + " messages");
    }
}
