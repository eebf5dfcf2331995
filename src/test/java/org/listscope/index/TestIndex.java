package org.listscope.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.listscope.json.Json;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.parse.Input;
import org.listscope.parse.Sink;

/** Builds indexes for tests. */
public final class TestIndex {

    private TestIndex() {
    }

    /** Writes the messages' documents straight into an index (no threading, no annotation). */
    public static void write(Path dir, List<Message> messages) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analysis.analyzer()))) {
            for (Message m : messages) w.updateDocument(new Term(Fields.ID, m.id()), MessageDocuments.of(m));
            Schema.stamp(w);
            w.commit();
        }
    }

    /** Writes messages as JSON lines, the form {@link #readJsonLines} reads. */
    public static Path jsonLines(Path file, List<Message> messages) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Message m : messages) lines.add(Json.line(m));
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** A batch source for files of message JSON lines (what {@code listscope parse} prints). */
    public static Batch readJsonLines(List<Path> files) {
        List<Message> messages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Sink sink = new Sink() {
            @Override
            public void message(Message message) {
                messages.add(message);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        };
        int read = 0;
        for (Path f : files) {
            if (readJsonLines(Input.of(f), sink)) read++;
        }
        return new Batch(messages, List.of(), problems, read, messages.size(), 0);
    }

    /** Reads one file of message JSON lines. */
    static boolean readJsonLines(Input in, Sink sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in.open(), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank()) continue;
                try {
                    sink.message(Json.readMessage(line));
                } catch (IllegalArgumentException e) {
                    sink.problem(new Problem(in.name() + ":" + n, "not a message: " + e.getMessage()));
                }
            }
            return true;
        } catch (IOException e) {
            sink.problem(new Problem(in.name(), "cannot read: " + e.getMessage()));
            return false;
        } catch (UncheckedIOException e) {
            sink.problem(new Problem(in.name(), "cannot read: " + e.getCause().getMessage()));
            return false;
        }
    }

    /** Makes the index look as written by another version: its commit records {@code version}, or none (-1). */
    public static void pretendVersion(Path index, int version) throws IOException {
        try (FSDirectory d = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            if (version < 0) data.remove(Schema.KEY);
            else data.put(Schema.KEY, Integer.toString(version));
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
    }
}
