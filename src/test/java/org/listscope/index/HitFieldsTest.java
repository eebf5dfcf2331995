package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.listscope.json.Json;
import org.listscope.model.Message;

class HitFieldsTest {

    @Test
    void streamingReadGivesWhatTheWholeMessageGives() throws Exception {
        Message root = Msgs.message("<root@example.net>", "Steven M. Bellovin", "smb@cs.columbia.edu",
                "2007-05-11T21:05:20Z", "ISP CALEA compliance", "CALEA requires it; see 47 U.S.C. § 1001.", null)
                .withUrl("https://example.net/root.html");
        Message reply = Msgs.annotated(Msgs.message("<reply@example.net>", null, "jane@fbi.gov", null, "Re: ISP",
                        "We disagree.\\nStrongly.", "CALEA requires it.")
                .withThread("<root@example.net>", "<root@example.net>", null));
        Message bare = Msgs.message("h:01", "Anon", null, null, "", "text", null).withSegments(List.of());
        for (Message m : List.of(root, reply, bare)) {
            HitFields h = HitFields.read(Json.line(m));
            assertThat(h.id()).isEqualTo(m.id());
            assertThat(h.subject()).isEqualTo(m.subject());
            assertThat(h.from()).isEqualTo(m.from());
            assertThat(h.date()).isEqualTo(m.date());
            assertThat(h.url()).isEqualTo(m.url());
            assertThat(h.thread()).isEqualTo(m.threadId() != null ? m.threadId() : m.id());
            assertThat(h.own()).isEqualTo(MessageText.own(m));
            assertThat(h.quoted()).isEqualTo(MessageText.quoted(m));
            assertThat(HitFields.decode(HitFields.encode(m))).isEqualTo(h);
        }
    }

    @Test
    void loadReadsTheHitDocValueAndFallsBackToTheJsonOfAnOlderIndex() throws Exception {
        Message m = Msgs.annotated(Msgs.message("<reply@example.net>", "Jane Roe", "jane@fbi.gov",
                        "2007-05-12T08:00:00Z", "Re: ISP", "We disagree.\\nStrongly.", "CALEA requires it.")
                .withThread("<root@example.net>", "<root@example.net>", null));
        try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
             var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            w.addDocument(MessageDocuments.of(m));
            org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
            old.add(new org.apache.lucene.document.StoredField(Fields.JSON, Json.line(m)));
            w.addDocument(old);
            w.commit();
            try (var r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                HitFields expected = HitFields.read(Json.line(m));
                var loaded = HitFields.load(r, new int[] {1, 0});
                assertThat(loaded.get(0)).isEqualTo(expected);
                assertThat(loaded.get(1)).isEqualTo(expected);
                assertThat(expected.quoted()).contains("CALEA requires it.");
            }
        }
    }

    @Test
    void messagesEncodedOneAfterAnotherOnOneThreadDecodeToThemselves() throws Exception {
        // one LZ4 hash table serves every message of a thread: long, short and repetitive texts in turn
        java.util.Random r = new java.util.Random(3);
        String[] words = {"CALEA", "subpoena", "retention", "the", "of", "ISP", "\u00e9t\u00e9", "\u00a7 1001", "\\n"};
        for (int i = 0; i < 200; i++) {
            StringBuilder body = new StringBuilder();
            int n = r.nextInt(4) == 0 ? 3_000 + r.nextInt(20_000) : r.nextInt(40);
            for (int k = 0; k < n; k++) body.append(words[r.nextInt(words.length)]).append(' ');
            Message m = Msgs.message("<m" + i + "@example.net>", "Jane Roe", "jane@example.net", "2007-05-12T08:00:00Z",
                    "Re: " + i, body.toString(), i % 3 == 0 ? "quoted " + body : null);
            BytesRef value = HitFields.encode(m);
            HitFields h = HitFields.decode(value);
            assertThat(h.id()).isEqualTo(m.id());
            assertThat(h.own()).isEqualTo(MessageText.own(m));
            assertThat(h.quoted()).isEqualTo(MessageText.quoted(m));
            assertThat(HitFields.body(value)).isEqualTo(m.body());
        }
    }
}
