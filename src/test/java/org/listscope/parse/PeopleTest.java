package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Author;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Source;

class PeopleTest {

    private static int n;

    static Message by(String name, String address, String list) {
        n++;
        return Message.builder().id("h:" + n).from(Author.of(name, address, name + " " + address)).list(list)
                .date(Instant.EPOCH).body("b" + n).source(new Source("x", null, "mbox")).build();
    }

    static Map<String, String> keys(List<Message> in) {
        Map<String, String> out = new TreeMap<>();
        for (Message m : People.merge(in)) out.put(m.id(), m.from().key());
        return out;
    }

    @Test
    void oneKeyForNamesAndAddressesOfOnePerson() {
        List<Message> ms = List.of(
                by("Steven M. Bellovin", "smb@cs.columbia.edu", "nanog"),
                by("Steve Bellovin", "smb@cs.columbia.edu", "nanog"),
                by("Steven M. Bellovin", "smb@research.att.com", "nanog"),
                by("Steve Bellovin", null, "nanog"));
        List<Message> out = People.merge(ms);
        assertThat(out).extracting(m -> m.from().key()).containsOnly("smb@cs.columbia.edu");
    }

    @Test
    void oneWordNamesJoinNothing() {
        List<Message> ms = List.of(by("John", "john@a.org", "l"), by("John", "john@b.org", "l"));
        assertThat(People.merge(ms)).extracting(m -> m.from().key()).containsExactly("john@a.org", "john@b.org");
    }

    @Test
    void aGatewayAddressDoesNotJoinDifferentPeople() {
        List<Message> ms = List.of(by("Alice Smith", "gateway@news.example", "l"),
                by("Robert Jones", "gateway@news.example", "l"), by("Alice Smith", "alice@example.org", "l"));
        List<Message> out = People.merge(ms);
        assertThat(out.get(0).from().key()).isEqualTo("alice@example.org");
        assertThat(out.get(1).from().key()).isEqualTo("name:robert jones");
        assertThat(out.get(2).from().key()).isEqualTo("alice@example.org");
    }

    @Test
    void aMistypedNameMakesNoGateway() {
        // twisted-python 2004: "Ralf Schmmitt" once, on the address that shows "Ralf Schmitt"
        List<Message> ms = List.of(by("Ralf Schmitt", "ralf@brainbot.com", "l"), by("Ralf Schmmitt", "ralf@brainbot.com", "l"),
                by("Ralf Schmitt", "ralf@home.example", "l"));
        assertThat(People.merge(ms)).extracting(m -> m.from().key()).containsOnly("ralf@brainbot.com");
    }

    @Test
    void aHandleInBracketsMakesNoGateway() {
        // twisted-python: one address under "Amber Brown", "Amber Brown (hawkowl)" and "HawkOwl"
        List<Message> ms = List.of(by("Amber Brown", "hawkowl@atleastfornow.net", "l"),
                by("Amber Brown (hawkowl)", "hawkowl@atleastfornow.net", "l"), by("HawkOwl", "hawkowl@atleastfornow.net", "l"));
        assertThat(People.merge(ms)).extracting(m -> m.from().key()).containsOnly("hawkowl@atleastfornow.net");
    }

    @Test
    void standInAndListAddressesDoNotJoin() {
        List<Message> ms = List.of(by("Alice Smith", "l@lists.example", "l"), by("Robert Jones", "l@lists.example", "l"),
                by("Carol White", "bogus@does.not.exist.com", "l"), by("Dan Brown", "bogus@does.not.exist.com", "l"));
        assertThat(People.merge(ms)).extracting(m -> m.from().key()).doesNotHaveDuplicates();
    }

    @Test
    void anAmbiguousNameVariantJoinsNobody() {
        List<Message> ms = List.of(by("Steven Bellovin", "smb@a.org", "l"), by("Stephen Bellovin", "sb@b.org", "l"),
                by("Ste Bellovin", null, "l"));
        assertThat(People.merge(ms).get(2).from().key()).isEqualTo("name:ste bellovin");
    }

    /**
     * Every merge made in twisted-python's 2005 text archives, each checked by reading the messages:
     * the same full name on both addresses, and the same person (the list's regulars and their work
     * and private addresses; Shawn Church once posted through the list's own address; Umit Oztosun
     * is "Ümit Öztosun" on his other address). No two different people are merged. Remy Cool's
     * second address, which shows "Remi Cool" and "Remy Cool" (one letter apart, so no gateway), is
     * one person's and keeps its own key: "Remy C Cool" on his first address is only a variant of
     * those names, and variants join only names never shown with an address.
     */
    @Test
    void mergesInTwistedPython2005() throws IOException {
        Path dir = SharedCorpus.path("corpus/pipermail/twisted-python");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("2005-.*\\.txt\\.gz")).sorted().toList();
        }
        Batch batch = Archives.readBatch(files);
        Map<String, Set<String>> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("andrea@cpushare.com", Set.of("andrea@cpushare.com", "andrea@suse.de")),
                Map.entry("dguaraglia@gmx.de", Set.of("dguaraglia@gmail.com", "dguaraglia@gmx.de")),
                Map.entry("firemoth@gmail.com", Set.of("firemoth@gmail.com", "timothyfitz@gmail.com")),
                Map.entry("jarrod.roberson@gmail.com", Set.of("jarrod.roberson@gmail.com", "jarrod@vertigrated.com")),
                Map.entry("jml@mumak.net", Set.of("jml@mumak.net", "jonathan.lange@gmail.com")),
                Map.entry("ken@kenkinder.com", Set.of("ken@kenkinder.com", "kkinder@gmail.com")),
                Map.entry("kid@kendermedia.com", Set.of("dangoor@gmail.com", "kid@kendermedia.com")),
                Map.entry("lc278@cornell.edu", Set.of("laran@elevasoft.com", "lc278@cornell.edu")),
                Map.entry("mcfletch@rogers.com", Set.of("mcfletch@rogers.com", "mcfletch@vrplumber.com")),
                Map.entry("sl_church@sbcglobal.net", Set.of("sl_church@sbcglobal.net", "twisted-python@twistedmatrix.com")),
                Map.entry("tv@twistedmatrix.com", Set.of("tv@tv.debian.net", "tv@twistedmatrix.com")),
                Map.entry("umit@liqia.com", Set.of("umit.oztosun@gmail.com", "umit@liqia.com")),
                Map.entry("yves@sita.lu", Set.of("y.glodt@sitasoftware.lu", "yves@sita.lu")),
                Map.entry("z3p@twistedmatrix.com", Set.of("paulswartz@gmail.com", "z3p@twistedmatrix.com"))));
        Map<String, Set<String>> actual = new TreeMap<>();
        People.groups(batch.messages()).forEach((k, v) -> actual.put(k, new TreeSet<>(v)));
        Map<String, Set<String>> want = new TreeMap<>();
        expected.forEach((k, v) -> want.put(k, new TreeSet<>(v)));
        assertThat(actual).isEqualTo(want);
        List<Message> merged = People.merge(batch.messages());
        List<Message> remy = merged.stream().filter(m -> "mailinglists@smartology.nl".equals(m.from().address())).toList();
        assertThat(remy).extracting(m -> m.from().name()).contains("Remi Cool", "Remy Cool");
        assertThat(remy).extracting(m -> m.from().key()).containsOnly("mailinglists@smartology.nl");
        // and every merged group carries one full name on all its addresses
        for (String key : actual.keySet()) {
            Set<String> names = new TreeSet<>();
            for (Message m : batch.messages()) {
                if (m.from().key().equals(key) && m.from().name() != null && PersonNames.isFull(PersonNames.normalize(m.from().name()))) {
                    names.add(PersonNames.normalize(m.from().name()));
                }
            }
            List<String> list = new ArrayList<>(names);
            for (String a : list) {
                assertThat(list).as(key).allSatisfy(b -> assertThat(PersonNames.variants(a, b) || a.equals(b)
                        || PersonNames.last(a).equals(PersonNames.last(b))).isTrue());
            }
        }
    }
}
