package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;
import org.listscope.model.SearchRequest;

/** The {@code from} facet counts persons (one bucket per key) under labels that find their bucket. */
class PersonLabelsTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    /** A message of the author, with the person key that merging people would have given it. */
    static Message by(String id, String name, String address, String key, String own) {
        Message m = Msgs.message("<" + id + "@example.net>", name, address, "1993-05-01T00:00:00Z", "subject " + id, own, null);
        return key == null ? m : m.withFrom(m.from().withKey(key));
    }

    static List<Message> messages() {
        return List.of(
                // one person, two names and two addresses, merged by key
                by("h1", "Hal", "hfinney@shell.portal.com", null, "clipper chip thoughts"),
                by("h2", "Hal", "hfinney@shell.portal.com", null, "clipper again"),
                by("h3", "Hal", "hfinney@shell.portal.com", null, "remailers"),
                by("h4", "Hal Finney", "74076.1041@compuserve.com", "hfinney@shell.portal.com", "clipper from compuserve"),
                // two people called John Smith, neither with an address
                by("j1", "John Smith", null, null, "escrow"),
                by("j2", "John Smith", null, "name:john q smith", "escrow"),
                by("j3", "John Smith", null, "name:john q smith", "clipper"),
                by("j4", "John Q. Smith", null, "name:john q smith", "wiretap"),
                // two people called Anne Example, one with an address
                by("a1", "Anne Example", "anne@example.org", null, "privacy"),
                by("a2", "Anne Example", null, null, "privacy"),
                // no name: the address alone, unless others write from it too
                by("g1", null, "glyph@divunal.com", null, "deferred"),
                by("n1", null, "nobody@remailer.net", null, "anonymous"),
                by("n2", "Alice", "nobody@remailer.net", "name:alice", "anonymous"),
                // a tie of names: the longer, then the smaller string
                by("t1", "Bob", "tie@example.org", null, "tie"),
                by("t2", "Ann", "tie@example.org", null, "tie"),
                by("t3", "Al", "tie@example.org", null, "tie"),
                // a hand-made key in mixed case (the query also tries its lower-case form)
                by("m1", "Max", "max@example.org", "Max@Example.org", "mixed"));
    }

    @BeforeAll
    static void build() throws Exception {
        TestIndex.write(dir, messages());
        searcher = Searcher.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    static Map<String, Long> from(Searcher s, String query, int limit) throws Exception {
        return s.search(new SearchRequest(query, 10, SearchRequest.Order.RELEVANCE, false, limit)).facets().get("from");
    }

    @Test
    void oneBucketPerPersonUnderAReadableUniqueLabel() throws Exception {
        // most frequent first; equal counts in key order; a full name before a more frequent first name
        // (Hal Finney signed most messages "Hal")
        assertThat(from(searcher, "list:nanog", 10)).containsExactly(
                entry("Hal Finney <hfinney@shell.portal.com>", 4L),
                entry("John Smith <name:john q smith>", 3L),
                entry("Ann <tie@example.org>", 3L),
                entry("Max <Max@Example.org>", 1L),
                entry("Anne Example <anne@example.org>", 1L),
                entry("glyph@divunal.com", 1L),
                entry("Alice", 1L),
                entry("Anne Example <name:anne example>", 1L),
                entry("John Smith <name:john smith>", 1L),
                entry("<nobody@remailer.net>", 1L));
        assertThat(from(searcher, "clipper", 10)).containsExactly(
                entry("Hal Finney <hfinney@shell.portal.com>", 3L), entry("John Smith <name:john q smith>", 1L));
        assertThat(from(searcher, "list:nanog", 2)).containsExactly(
                entry("Hal Finney <hfinney@shell.portal.com>", 4L), entry("John Smith <name:john q smith>", 3L));
    }

    @Test
    void aLabelQuotedInFromFindsExactlyItsBucket() throws Exception {
        for (String q : List.of("list:nanog", "clipper", "escrow OR privacy", "anonymous", "-clipper")) {
            for (Map.Entry<String, Long> e : from(searcher, q, 10).entrySet()) {
                String label = "from:" + QueryLanguage.quoted(e.getKey());
                assertThat((long) searcher.count(label + " AND (" + q + ")")).as("%s in %s", label, q).isEqualTo(e.getValue());
            }
        }
        for (Map.Entry<String, Long> e : from(searcher, "list:nanog", 10).entrySet()) {
            assertThat((long) searcher.count("from:" + QueryLanguage.quoted(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void anAddressInAngleBracketsIsThePersonWhateverTheName() throws Exception {
        assertThat(searcher.count("from:\"Hal <hfinney@shell.portal.com>\"")).isEqualTo(4);
        assertThat(searcher.count("from:\"Someone Else <HFinney@Shell.Portal.com>\"")).isEqualTo(4);
        assertThat(searcher.count("from:<hfinney@shell.portal.com>")).isEqualTo(4);
        assertThat(searcher.count("from:\"<nobody@remailer.net>\"")).isEqualTo(1);
        assertThat(searcher.count("from:\"x <nobody@nowhere.example>\"")).isZero();
        // plain values as before: name words, an address, a domain
        assertThat(searcher.count("from:hal")).isEqualTo(4);
        assertThat(searcher.count("from:hfinney@shell.portal.com")).isEqualTo(3);
        assertThat(searcher.count("from:portal.com")).isEqualTo(3);
        // a full name: both people of that name, with John Q. Smith's message signed so
        assertThat(searcher.count("from:\"John Smith\"")).isEqualTo(4);
        assertThat(searcher.count("from:nobody@remailer.net")).isEqualTo(2);
    }

    @Test
    void labelsCountOnlyLiveMessages(@TempDir Path own) throws Exception {
        TestIndex.write(own, messages());
        // re-indexed under another name: the old document is deleted, not counted
        TestIndex.write(own, List.of(by("j1", "Johnny Smith", null, "name:john smith", "escrow")));
        try (Searcher s = Searcher.open(own)) {
            assertThat(from(s, "escrow", 10)).containsExactly(
                    entry("John Smith <name:john q smith>", 1L), entry("Johnny Smith <name:john smith>", 1L));
        }
    }

    @Test
    void aPersonIsLabelledByTheirFullNameInItsPlainestSpelling(@TempDir Path own) throws Exception {
        TestIndex.write(own, List.of(
                by("w1", "bill.stewart@pleasantonca.ncr.com +1-510-484-6204", "wcs@anchor.ho.att.com", null, "export"),
                by("w2", "bill.stewart@pleasantonca.ncr.com +1-510-484-6204", "wcs@anchor.ho.att.com", null, "export"),
                by("w3", "bill.stewart@pleasantonca.ncr.com +1-510-484-6204", "wcs@anchor.ho.att.com", null, "export"),
                by("w4", "Bill_Stewart(HOY002)1305", "wcs@anchor.ho.att.com", null, "export"),
                by("w5", "Bill_Stewart(HOY002)1305", "wcs@anchor.ho.att.com", null, "export"),
                by("w6", "Bill Stewart", "wcs@anchor.ho.att.com", null, "export")));
        try (Searcher s = Searcher.open(own)) {
            assertThat(from(s, "export", 10)).containsExactly(entry("Bill Stewart <wcs@anchor.ho.att.com>", 6L));
        }
    }
}
