package org.listscope.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.listscope.annotate.Annotator;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;

/**
 * Differential check of the annotator: annotates all of twisted-python 2005 and cypherpunks 1993
 * and writes each message as one JSON line (annotations included), so that two versions of the
 * annotator can be compared with {@code diff}. Run after {@code mvn -q test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.listscope.bench.AnnotateDiff out.jsonl}.
 */
public final class AnnotateDiff {

    private AnnotateDiff() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = BenchUtil.shared();
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/annot-after.jsonl");
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(shared.resolve("corpus/pipermail/twisted-python"))) {
            s.filter(p -> p.getFileName().toString().matches("2005-.*\\.txt\\.gz")).sorted().forEach(inputs::add);
        }
        inputs.add(shared.resolve("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz"));
        if (!inputs.stream().allMatch(Files::exists)) {
            System.out.println("AnnotateDiff: the shared corpus is absent; nothing to compare");
            return;
        }
        List<Message> annotated = new Annotator().annotate(Threader.thread(Archives.readBatch(inputs)));
        long annotations = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            for (Message m : annotated) {
                w.write(Json.line(m));
                w.newLine();
                annotations += m.annotations().size();
            }
        }
        System.out.printf("AnnotateDiff: %d inputs, %d messages, %d annotations -> %s%n", inputs.size(), annotated.size(), annotations, out);
    }
}
