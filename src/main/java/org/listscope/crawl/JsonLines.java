package org.listscope.crawl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only file of JSON records, one a line, that survives being killed mid-write: on
 * opening, a torn last line (no newline) is cut off and lines that do not parse are skipped and
 * counted. Appends are flushed line by line. Thread-safe.
 */
final class JsonLines<T> implements Closeable {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<T> loaded;
    private final int skipped;
    private final BufferedWriter out;

    private JsonLines(List<T> loaded, int skipped, BufferedWriter out) {
        this.loaded = loaded;
        this.skipped = skipped;
        this.out = out;
    }

    /** Opens (creating where absent) the file, reading what a previous run left. */
    static <T> JsonLines<T> open(Path file, Class<T> type) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<T> records = new ArrayList<>();
        int bad = 0;
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') end--;
            if (end < bytes.length) {
                bad++; // a torn last line from a killed run
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(end);
                }
            }
            for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                try {
                    records.add(MAPPER.readValue(line, type));
                } catch (JsonProcessingException e) {
                    bad++;
                }
            }
        }
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return new JsonLines<>(records, bad, w);
    }

    /** The records a previous run left, in order. */
    List<T> loaded() {
        return loaded;
    }

    /** How many lines were torn or unreadable. */
    int skipped() {
        return skipped;
    }

    /** Appends one record as one line. */
    synchronized void append(T record) throws IOException {
        out.write(MAPPER.writeValueAsString(record));
        out.write('\n');
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
