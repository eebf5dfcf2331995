package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.json.Json;
import org.listscope.model.Message;

/** A person met again in a later chunk keeps the key the index holds, where the evidence names one key. */
class PersonKeysTest {

    @TempDir
    Path tmp;

    private int n;

    private Message from(String name, String address, String key) {
        n++;
        Message m = Msgs.message("<m" + n + "@x>", name, address, "2007-05-1" + (n % 10) + "T10:00:00Z",
                "subject " + n, "own words " + n, null);
        return key == null ? m : m.withFrom(m.from().withKey(key));
    }

    /** Indexes each list of messages as one chunk, in order; returns message id to person key. */
    private Map<String, String> index(List<List<Message>> chunks) throws IOException {
        Path index = tmp.resolve("index");
        Path[] files = new Path[chunks.size()];
        for (int i = 0; i < files.length; i++) files[i] = TestIndex.jsonLines(tmp.resolve("chunk" + i + ".jsonl"), chunks.get(i));
        new Indexer(index, 2).source(TestIndex::readJsonLines).chunkBytes(1).index(List.of(files), Progress.NONE);
        Map<String, String> keys = new TreeMap<>();
        IndexerTest.documents(index).forEach((id, json) -> keys.put(id, Json.readMessage(json).from().key()));
        return keys;
    }

    @Test
    void aFullNameMetAgainFromAnotherAddressKeepsItsKey() throws IOException {
        Message first = from("Timothy C. May", "tcmay@a.example", null);
        Message later = from("Timothy C. May", "tcmay@b.example", null);
        Message laterStill = from("Tim May", "tcmay@b.example", null); // the same key in that chunk
        assertThat(index(List.of(List.of(first), List.of(later, laterStill))))
                .containsEntry(later.id(), "tcmay@a.example").containsEntry(laterStill.id(), "tcmay@a.example");
    }

    @Test
    void aNameOnlyKeyGivesWayToTheAddressALaterChunkShows() throws IOException {
        // pages that show no address, then the month's text archive with it, as one batch would key them
        Message page = from("Paul Swartz", null, null);
        Message later = from("Paul Swartz", "z3p@twistedmatrix.example", null);
        assertThat(index(List.of(List.of(page), List.of(later))))
                .containsEntry(page.id(), "z3p@twistedmatrix.example").containsEntry(later.id(), "z3p@twistedmatrix.example");
    }

    @Test
    void aNameOnlyKeyTwoNewAddressesWantStays() throws IOException {
        Message page = from("Pat Kim", null, null);
        Message one = from("Pat Kim", "pat@a.example", null);
        Message two = from("Pat Kim", "pat@b.example", null); // two people, as far as the chunk knows
        Map<String, String> keys = index(List.of(List.of(page), List.of(one, two)));
        assertThat(keys).containsEntry(page.id(), "name:pat kim");
    }

    @Test
    void aNameTwoPeopleInTheIndexShareJoinsNeither() throws IOException {
        Message one = from("Pat Kim", "pat@a.example", null);
        Message two = from("Pat Kim", "pat@b.example", null);
        Message third = from("Pat Kim", "pat@c.example", null);
        assertThat(index(List.of(List.of(one, two), List.of(third)))).containsEntry(third.id(), "pat@c.example");
    }

    @Test
    void anAddressOnePersonUsedJoinsItsKey() throws IOException {
        // parsing joined bob@ and robert@ under robert@ in the first chunk; the second has bob@ alone
        Message first = from("Robert Jones", "bob@x.example", "robert@y.example");
        Message later = from("Bob", "bob@x.example", null);
        assertThat(index(List.of(List.of(first), List.of(later)))).containsEntry(later.id(), "robert@y.example");
    }

    @Test
    void anAddressLentToSeveralPeopleOrAStandInJoinsNobody() throws IOException {
        Message ann = from("Ann Lee", "gw@x.example", "name:ann lee");
        Message bo = from("Bo Chen", "gw@x.example", "name:bo chen");
        Message later = from("X", "gw@x.example", null);
        Message anon = from("Alice Smith", "nobody@remailer.example", "name:alice smith");
        Message anonLater = from("Anonymous", "nobody@remailer.example", null);
        Map<String, String> keys = index(List.of(List.of(ann, bo, anon), List.of(later, anonLater)));
        assertThat(keys).containsEntry(later.id(), "gw@x.example").containsEntry(anonLater.id(), "nobody@remailer.example");
    }

    @Test
    void aKeyTheIndexHoldsIsKept() throws IOException {
        Message first = from("Carol White", "carol@a.example", null);
        Message other = from("Carol White", "carol@b.example", null);
        Message later = from("Carol White", "carol@b.example", null);
        // the first chunk already holds both keys (parsing did not join them); the second keeps its own
        assertThat(index(List.of(List.of(first, other), List.of(later)))).containsEntry(later.id(), "carol@b.example");
    }

    @Test
    void twoHeldKeysThatAChunkShowsTogetherBecomeOne() throws IOException {
        // cypherpunks: "gnu (John Gilmore)" without an address and bare gnu@cygnus.com in 1993, then
        // "John Gilmore <gnu@cygnus.com>" in 1994
        Message named = from("John Gilmore", null, "name:john gilmore");
        Message namedToo = from("John Gilmore", null, "name:john gilmore");
        Message bare = from(null, "gnu@cygnus.com", null);
        Message both = from("John Gilmore", "gnu@cygnus.com", null);
        Map<String, String> keys = index(List.of(List.of(named, namedToo, bare), List.of(both)));
        assertThat(keys).containsEntry(both.id(), "gnu@cygnus.com").containsEntry(bare.id(), "gnu@cygnus.com")
                .containsEntry(named.id(), "gnu@cygnus.com").containsEntry(namedToo.id(), "gnu@cygnus.com");
    }

    @Test
    void aHeldKeyMetWithTwoOthersJoinsNeither() throws IOException {
        Message ann = from("Ann Lee", null, "name:ann lee");
        Message annB = from("Ann B Lee", null, "name:ann b lee");
        Message bare = from(null, "al@x.example", null);
        Message one = from("Ann Lee", "al@x.example", null);
        Message two = from("Ann B Lee", "al@x.example", null);
        Map<String, String> keys = index(List.of(List.of(ann, annB, bare), List.of(one, two)));
        assertThat(keys).containsEntry(ann.id(), "name:ann lee").containsEntry(annB.id(), "name:ann b lee")
                .containsEntry(one.id(), "al@x.example").containsEntry(two.id(), "al@x.example");
    }
}
