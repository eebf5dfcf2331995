package org.listscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.listscope.json.Json;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and output format shared by commands that print messages ({@code parse}, {@code annotate}). */
final class MessageOutput {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text.")
    Format format;

    enum Format { jsonl, text }

    /** Prints the messages, then the batch's problems and summary; returns the exit code. */
    int print(List<Message> messages, Batch batch, PrintWriter out, PrintWriter err) {
        Map<String, Message> byId = new HashMap<>();
        if (format == Format.text) for (Message m : messages) byId.put(m.id(), m);
        for (Message m : messages) {
            out.println(format == Format.jsonl ? Json.line(m) : TextFormat.message(m, byId::get));
        }
        out.flush();
        return Reporting.summarize(batch, err);
    }
}
