package org.listscope.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * {@code jsonl}: the contract's message objects, annotations and thread fields included, one per
 * line, UTF-8, {@code \n} line ends. Every line is a message; the provenance is in the side file.
 */
final class JsonlWriter implements ExportWriter {

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Message m : messages) {
                w.write(Json.line(m));
                w.write('\n');
            }
        }
    }
}
