package org.listscope.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.listscope.model.Author;
import org.listscope.model.SegmentKind;

/**
 * What a hit shows (id, subject, author, date, URL, thread) and the texts its snippet comes from,
 * read from the stored message JSON by a streaming pass that skips everything else (annotations,
 * source, warnings): several times cheaper than rebuilding the whole {@link org.listscope.model.Message}.
 * Own and quoted text are joined exactly as {@link MessageText} joins them for the index.
 */
record HitFields(String id, String subject, Author from, Instant date, String url, String threadId,
                 String own, String quoted) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The thread id, or the message's own id for a message without one. */
    String thread() {
        return threadId != null ? threadId : id;
    }

    static HitFields read(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a message object");
            String id = null, subject = "", url = null, threadId = null, body = "";
            Instant date = null;
            Author from = null;
            int[] segs = new int[0]; // kind ordinal, start, end, ...
            int nsegs = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_NULL) continue;
                switch (name) {
                    case "id" -> id = p.getText();
                    case "subject" -> subject = p.getText();
                    case "url" -> url = p.getText();
                    case "threadId" -> threadId = p.getText();
                    case "body" -> body = p.getText();
                    case "date" -> date = Instant.parse(p.getText());
                    case "from" -> from = author(p);
                    case "segments" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            int kind = -1, start = 0, end = 0;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String f = p.currentName();
                                JsonToken v = p.nextToken();
                                switch (f) {
                                    case "kind" -> kind = SegmentKind.fromLabel(p.getText()).ordinal();
                                    case "start" -> start = p.getIntValue();
                                    case "end" -> end = p.getIntValue();
                                    default -> {
                                        if (v.isStructStart()) p.skipChildren();
                                    }
                                }
                            }
                            if (segs.length < 3 * (nsegs + 1)) segs = java.util.Arrays.copyOf(segs, 6 * (nsegs + 1));
                            segs[3 * nsegs] = kind;
                            segs[3 * nsegs + 1] = start;
                            segs[3 * nsegs + 2] = end;
                            nsegs++;
                        }
                    }
                    default -> {
                        if (t.isStructStart()) p.skipChildren();
                    }
                }
            }
            if (id == null || from == null) throw new IOException("stored message without id or author");
            String own = nsegs == 0 ? body : join(body, segs, nsegs, SegmentKind.TEXT);
            String quoted = join(body, segs, nsegs, SegmentKind.QUOTE);
            return new HitFields(id, subject, from, date, url, threadId, own, quoted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored message: " + e.getMessage(), e);
        }
    }

    private static Author author(JsonParser p) throws IOException {
        String name = null, address = null, shown = null, key = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NULL) continue;
            switch (f) {
                case "name" -> name = p.getText();
                case "address" -> address = p.getText();
                case "shown" -> shown = p.getText();
                case "key" -> key = p.getText();
                default -> {
                    if (v.isStructStart()) p.skipChildren();
                }
            }
        }
        return new Author(name, address, shown, key);
    }

    private static String join(String body, int[] segs, int n, SegmentKind kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (segs[3 * i] != kind.ordinal()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(body, segs[3 * i + 1], segs[3 * i + 2]);
        }
        return sb.toString();
    }
}
