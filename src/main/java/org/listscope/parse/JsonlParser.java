package org.listscope.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.listscope.json.Json;
import org.listscope.model.Problem;

/**
 * listscope's own JSON Lines ({@code parse}, {@code annotate} and {@code export --format jsonl}
 * output): one contract message per line, read back as it was written, source and annotations
 * included, so that exported messages can be read, threaded and exported again. A line that is not
 * a message becomes a problem naming the file and line; the other lines are read.
 */
final class JsonlParser implements ArchiveParser {

    @Override
    public String format() {
        return "listscope-jsonl";
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        String head = input.headText(StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) head = head.substring(1);
        if (!head.startsWith("{")) return false;
        int eol = head.indexOf('\n');
        String first = eol < 0 ? head : head.substring(0, eol);
        return first.contains("\"id\"") && first.contains("\"body\"") && first.contains("\"source\"");
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    sink.message(Json.readMessage(line.startsWith("\uFEFF") ? line.substring(1) : line));
                } catch (IllegalArgumentException e) {
                    sink.problem(new Problem(input.name() + ":" + n, oneLine(e.getMessage())));
                }
            }
        }
    }

    private static String oneLine(String s) {
        return s == null ? "not a listscope message" : s.lines().findFirst().orElse(s);
    }
}
