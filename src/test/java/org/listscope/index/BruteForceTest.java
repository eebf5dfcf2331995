package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;

/** Search counts on random messages equal brute-force counts over the same messages. */
class BruteForceTest {

    static final String[] WORDS = ("calea subpoena wiretap retention provider carrier lawful intercept court order "
            + "warrant records logs network operator router peering transit bgp filter spam privacy encryption key "
            + "escrow clipper fbi doj fcc statute section compliance cost equipment vendor switch tap mediation "
            + "deferred reactor protocol callback server client twisted python release bug patch").split(" ");
    static final String[][] CITES = {{"47 U.S.C. § 1001", "47 USC 1001"}, {"RFC 2119", "rfc 2119"},
            {"Pub. L. 103-414", "P.L. 103-414"}, {"18 U.S.C. § 2703", "18 USC 2703"}};

    @TempDir
    static Path dir;
    static List<Message> messages = new ArrayList<>();
    static BruteForce brute;
    static Searcher searcher;
    static final Random random = new Random(20070511);

    @BeforeAll
    static void build() throws Exception {
        for (int i = 0; i < 1500; i++) messages.add(randomMessage(i));
        TestIndex.write(dir, messages);
        brute = new BruteForce(messages);
        searcher = Searcher.open(dir);
    }

    static Message randomMessage(int i) {
        String own = words(5 + random.nextInt(60));
        String quoted = random.nextInt(3) == 0 ? words(3 + random.nextInt(20)) + " onlyquoted" + random.nextInt(5) : null;
        // a citation written in one of its variants, in own text
        String[] cite = random.nextInt(4) == 0 ? CITES[random.nextInt(CITES.length)] : null;
        if (cite != null) own = own + " see " + cite[1] + " for that.";
        int person = random.nextInt(25);
        Instant date = LocalDate.of(2004, 1, 1).plusDays(random.nextInt(5 * 365)).atStartOfDay(ZoneOffset.UTC)
                .plusSeconds(random.nextInt(86400)).toInstant();
        Message m = Msgs.message("<r" + i + "@brute>", "Person" + person, "person" + person + "@d" + (person % 4) + ".example.org",
                date.toString(), (random.nextBoolean() ? "Re: " : "") + words(1 + random.nextInt(4)), own, quoted);
        if (cite != null) {
            m = Msgs.annotated(m, Msgs.cite(m, cite[1], "usc", cite[0]));
        }
        return m;
    }

    static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(random.nextInt(12) == 0 ? ". " : " ");
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    @Test
    void termCounts() throws Exception {
        for (String w : WORDS) assertThat(searcher.count(w)).as(w).isEqualTo(brute.term(w));
        for (int q = 0; q < 5; q++) assertThat(searcher.count("onlyquoted" + q)).isZero();
    }

    @Test
    void phraseCounts() throws Exception {
        for (int q = 0; q < 100; q++) {
            int i = random.nextInt(messages.size());
            List<String> words = brute.ownWords(i);
            int len = Math.min(words.size(), 2 + random.nextInt(2));
            int at = random.nextInt(words.size() - len + 1);
            String phrase = String.join(" ", words.subList(at, at + len));
            assertThat((long) searcher.count("\"" + phrase + "\"")).as(phrase).isEqualTo(brute.phrase(phrase)).isPositive();
        }
    }

    @Test
    void fromCounts() throws Exception {
        for (int p = 0; p < 25; p++) {
            String address = "person" + p + "@d" + (p % 4) + ".example.org";
            assertThat((long) searcher.count("from:" + address)).as(address).isEqualTo(brute.from(address));
        }
        assertThat((long) searcher.count("from:d1.example.org"))
                .isEqualTo(brute.count(m -> m.from().address().endsWith("@d1.example.org")));
    }

    @Test
    void dateCounts() throws Exception {
        for (int q = 0; q < 40; q++) {
            YearMonth ym = YearMonth.of(2004 + random.nextInt(5), 1 + random.nextInt(12));
            Instant from = ym.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            assertThat((long) searcher.count("date:" + ym)).as(ym.toString()).isEqualTo(brute.dateIn(from, to));
            LocalDate a = ym.atDay(1 + random.nextInt(28));
            LocalDate b = a.plusDays(random.nextInt(200));
            assertThat((long) searcher.count("date:[" + a + " TO " + b + "]")).isEqualTo(brute.dateIn(
                    a.atStartOfDay(ZoneOffset.UTC).toInstant(), b.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            assertThat((long) searcher.count("date:" + a + ".." + b)).isEqualTo(brute.dateIn(
                    a.atStartOfDay(ZoneOffset.UTC).toInstant(), b.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            assertThat((long) searcher.count("date:>=" + a) + searcher.count("date:<" + a))
                    .isEqualTo(searcher.count("has:date"));
        }
        for (int y = 2003; y <= 2009; y++) {
            Instant from = LocalDate.of(y, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            assertThat((long) searcher.count("year:" + y)).isEqualTo(brute.dateIn(from, to));
        }
    }

    @Test
    void citationCountsWhateverTheWritingOnEitherSide() throws Exception {
        for (String[] c : CITES) {
            long expected = brute.cites(c[0]);
            assertThat(expected).isPositive();
            assertThat((long) searcher.count("cites:\"" + c[0] + "\"")).as(c[0]).isEqualTo(expected);
            assertThat((long) searcher.count("cites:\"" + c[1] + "\"")).as(c[1]).isEqualTo(expected);
            assertThat((long) searcher.count("cites:" + CitationKeys.key(c[0]))).isEqualTo(expected);
        }
    }

    @Test
    void booleanCombinations() throws Exception {
        for (int q = 0; q < 50; q++) {
            String a = WORDS[random.nextInt(WORDS.length)];
            String b = WORDS[random.nextInt(WORDS.length)];
            String stemA = BruteForce.tokens(new Analysis.English(), a).get(0);
            String stemB = BruteForce.tokens(new Analysis.English(), b).get(0);
            long and = brute.both(stemA, true, stemB, true);
            long andNot = brute.both(stemA, true, stemB, false);
            assertThat((long) searcher.count(a + " AND " + b)).isEqualTo(and);
            assertThat((long) searcher.count(a + " AND NOT " + b)).isEqualTo(andNot);
            assertThat((long) searcher.count(a + " OR " + b)).isEqualTo(brute.term(a) + brute.term(b) - and);
        }
    }
}
