package org.listscope.parse.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Message bodies from a pipermail {@code .txt.gz} month, split crudely on {@code From } separator
 * lines, headers cut at the first blank line. Only for feeding the segmenter real text in tests and
 * benchmarks; the real text-archive parser lives in {@code org.listscope.parse}.
 */
public final class TextArchiveBodies {

    private TextArchiveBodies() {
    }

    /** The bodies of every message in the file. */
    public static List<String> read(Path txtGz) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(txtGz)), StandardCharsets.ISO_8859_1))) {
            StringBuilder body = null;
            boolean headers = false;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("From ") && line.contains(" at ") || line.startsWith("From ") && line.contains("@")) {
                    if (body != null) bodies.add(body.toString());
                    body = new StringBuilder();
                    headers = true;
                } else if (headers) {
                    if (line.isEmpty()) headers = false;
                } else if (body != null) {
                    body.append(line).append('\n');
                }
            }
            if (body != null) bodies.add(body.toString());
        }
        return bodies;
    }
}
