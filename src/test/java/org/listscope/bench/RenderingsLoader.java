package org.listscope.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.parse.Dates;

/**
 * A minimal reader of the plain-text renderings (subject, blank, author, date, blank, body, footer),
 * for measuring the threader on its own while the project's rendering parser is not on this branch.
 * It reads only what the files show; nothing comes from the truth file.
 */
final class RenderingsLoader {

    private RenderingsLoader() {
    }

    static List<Message> load(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Message> out = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            int bodyStart = lines[0].length() + 1 + lines[1].length() + 1 + lines[2].length() + 1 + lines[3].length() + 1
                    + (lines.length > 4 ? lines[4].length() + 1 : 0);
            String body = bodyStart < text.length() ? text.substring(bodyStart) : "";
            String shown = lines[2].strip();
            String name = shown.replaceAll("\\s+\\S+\\s+at(\\s+\\S+)?$", "").strip();
            String rel = root.relativize(f).toString();
            out.add(Message.builder()
                    .id("r:" + rel)
                    .subject(lines[0].strip())
                    .from(Author.of(name, null, shown))
                    .date(Dates.parse(lines[3]).instant())
                    .dateShown(lines[3].strip())
                    .list("twisted-python")
                    .source(new Source(f.toString(), null, "rendering"))
                    .body(body)
                    .build());
        }
        return out;
    }
}
