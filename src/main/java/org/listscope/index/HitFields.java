package org.listscope.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.parse.segment.Segmenter;

/**
 * What a hit shows (id, subject, author, date, URL, thread) and the texts its snippet comes from.
 * The index keeps them apart from the rest of the message JSON, in one compressed binary doc value
 * ({@link Fields#HIT}) with the body and its segments' spans, so a search reads a few hundred bytes
 * per hit instead of decompressing the stored block around the message and parsing its JSON. An
 * index written before that field existed (schema 19 and before) is read from the stored JSON by a
 * streaming pass that skips everything else. Own and quoted text are joined exactly as
 * {@link MessageText} joins them for the index.
 */
record HitFields(String id, String subject, Author from, Instant date, String url, String threadId,
                 String own, String quoted) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The thread id, or the message's own id for a message without one. */
    String thread() {
        return threadId != null ? threadId : id;
    }

    /**
     * The hit fields of the documents, by document: from their {@link Fields#HIT} doc values, read
     * in document order with one iterator per segment, or, in an index written before that field
     * existed, from their stored JSON.
     */
    static Map<Integer, HitFields> load(IndexReader reader, int[] docs) throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        Map<Integer, HitFields> out = new HashMap<>();
        Values values = new Values(reader);
        StoredMessages.Reader stored = null;
        for (int doc : sorted) {
            if (out.containsKey(doc)) continue;
            BytesRef value = values.get(doc);
            if (value != null) {
                out.put(doc, decode(value));
                continue;
            }
            if (stored == null) stored = new StoredMessages.Reader(reader);
            String json = stored.json(doc);
            if (json == null) throw new IOException("document " + doc + " is not a stored message");
            out.put(doc, read(json));
        }
        return out;
    }

    /**
     * The {@link Fields#HIT} values of an index's documents, read in any order: one iterator per
     * segment, taken again only for a document before the one it stands on.
     */
    static final class Values {
        private final List<LeafReaderContext> leaves;
        private LeafReaderContext leaf;
        private BinaryDocValues values;

        Values(IndexReader reader) {
            this.leaves = reader.leaves();
        }

        /** The value of document {@code doc}, or null where it has none (an input marker, an index of schema 19 or before). */
        BytesRef get(int doc) throws IOException {
            if (leaf == null || doc < leaf.docBase || doc >= leaf.docBase + leaf.reader().maxDoc()
                    || values != null && values.docID() > doc - leaf.docBase) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getBinaryDocValues(Fields.HIT);
            }
            return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
        }
    }

    /**
     * The value of {@link Fields#HIT}: the display fields, the body and its segments' kinds and spans
     * in a compact binary form, LZ4-compressed as one block (binary doc values are stored raw, and a
     * hit's texts are read on every search that shows it). Own and quoted text are cut from the body
     * when it is read, exactly as {@link MessageText} cuts them; the stored JSON gets its body from here
     * ({@link StoredJson}).
     */
    static BytesRef encode(Message m) {
        try {
            var raw = new ByteBuffersDataOutput();
            raw.writeString(m.id());
            raw.writeString(m.subject());
            optional(raw, m.from().name());
            optional(raw, m.from().address());
            raw.writeString(m.from().shown());
            raw.writeString(m.from().key());
            raw.writeZLong(m.date() == null ? Long.MIN_VALUE : m.date().toEpochMilli());
            optional(raw, m.url());
            optional(raw, m.threadId());
            Utf8.write(raw, m.body());
            raw.writeVInt(m.segments().size());
            for (Segment s : m.segments()) {
                raw.writeString(s.kind().label());
                raw.writeVInt(s.start());
                raw.writeVInt(s.end() - s.start());
            }
            byte[] bytes = raw.toArrayCopy();
            var out = new ByteBuffersDataOutput();
            out.writeVInt(bytes.length);
            LZ4.FastCompressionHashTable table = HASH_TABLES.get();
            LZ4.compress(bytes, 0, bytes.length, out, table);
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One LZ4 hash table per writing thread, reused for every message: a new one is allocated and
     * zeroed per call otherwise (LZ4 tells stale entries from fresh ones without clearing).
     */
    private static final ThreadLocal<LZ4.FastCompressionHashTable> HASH_TABLES =
            ThreadLocal.withInitial(LZ4.FastCompressionHashTable::new);

    /** Reads what {@link #encode} wrote. */
    static HitFields decode(BytesRef value) throws IOException {
        var raw = uncompressed(value);
        Shown shown = shown(raw);
        String body = raw.readString();
        int n = raw.readVInt();
        int[] segs = new int[3 * n];
        for (int i = 0; i < n; i++) {
            segs[3 * i] = SegmentKind.fromLabel(raw.readString()).ordinal();
            segs[3 * i + 1] = raw.readVInt();
            segs[3 * i + 2] = segs[3 * i + 1] + raw.readVInt();
        }
        return of(shown.id, shown.subject, shown.from, shown.date, shown.url, shown.threadId, body, segs, n);
    }

    /** The body in a value {@link #encode} wrote, its segments left unread. */
    static String body(BytesRef value) throws IOException {
        var raw = uncompressed(value);
        shown(raw);
        return raw.readString();
    }

    /** The display fields, as {@link #encode} writes them before the body. */
    private record Shown(String id, String subject, Author from, Instant date, String url, String threadId) {
    }

    private static Shown shown(DataInput raw) throws IOException {
        String id = raw.readString();
        String subject = raw.readString();
        String name = optional(raw);
        String address = optional(raw);
        Author from = new Author(name, address, raw.readString(), raw.readString());
        long millis = raw.readZLong();
        Instant date = millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
        return new Shown(id, subject, from, date, optional(raw), optional(raw));
    }

    private static ByteArrayDataInput uncompressed(BytesRef value) throws IOException {
        var in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
        byte[] bytes = new byte[in.readVInt()];
        LZ4.decompress(in, bytes.length, bytes, 0);
        return new ByteArrayDataInput(bytes);
    }

    /** The hit fields of a message whose body has {@code n} segments: kind ordinal, start, end, .... */
    private static HitFields of(String id, String subject, Author from, Instant date, String url, String threadId,
                                String body, int[] segs, int n) {
        String own = n == 0 ? body : join(body, segs, n, SegmentKind.TEXT);
        String quoted = join(body, segs, n, SegmentKind.QUOTE);
        return new HitFields(id, subject, from, date, url, threadId, own, quoted);
    }

    private static void optional(DataOutput out, String s) throws IOException {
        out.writeByte((byte) (s == null ? 0 : 1));
        if (s != null) out.writeString(s);
    }

    private static String optional(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }

    /** The hit fields from a whole message JSON. */
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
            return of(id, subject, from, date, url, threadId, body, segs, nsegs);
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
            if (kind == SegmentKind.QUOTE) Segmenter.appendUnquoted(sb, body, segs[3 * i + 1], segs[3 * i + 2]);
            else sb.append(body, segs[3 * i + 1], segs[3 * i + 2]);
        }
        return sb.toString();
    }
}
