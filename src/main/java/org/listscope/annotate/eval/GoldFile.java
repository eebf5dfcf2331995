package org.listscope.annotate.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a gold file: JSON lines of {@link GoldMessage} (or of {@link GoldTopics}); blank lines and {@code //} comments are skipped. */
public final class GoldFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private GoldFile() {
    }

    /** Every gold message in the file; a bad line fails with its line number. */
    public static List<GoldMessage> read(Path file) throws IOException {
        return read(file, GoldMessage.class);
    }

    /** Every message of a topic gold file ({@link GoldTopics}); a bad line fails with its line number. */
    public static List<GoldTopics> readTopics(Path file) throws IOException {
        return read(file, GoldTopics.class);
    }

    private static <T> List<T> read(Path file, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        int n = 0;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text, as a gold file must be", e);
        }
        for (String line : lines) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("//")) continue;
            try {
                out.add(MAPPER.readValue(t, type));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(file + ":" + n + ": not a gold message: " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        return out;
    }
}
