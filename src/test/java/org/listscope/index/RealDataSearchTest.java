package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.model.Annotation;
import org.listscope.model.Claim;
import org.listscope.model.IndexReport;
import org.listscope.model.Message;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.parse.PersonEvidence;

/**
 * On an index of twisted-python 2005 ({@code .txt.gz}) and cypherpunks 1993 (mbox), built by the
 * whole pipeline, search counts equal brute-force counts over the indexed messages, and each label of
 * the {@code from} facet finds exactly its bucket: all messages of one person.
 */
@Tag("shared")
class RealDataSearchTest {

    @TempDir
    static Path tmp;
    static Searcher searcher;
    static BruteForce brute;
    static IndexReport report;
    /** Each test draws from its own generator of this seed ({@code -Dlistscope.seed=N} to replay). */
    static final long SEED = Long.getLong("listscope.seed", 1993L);
    Random random;

    @BeforeEach
    void seed(TestInfo test) {
        random = new Random(SEED ^ test.getDisplayName().hashCode());
        System.out.println("RealDataSearchTest." + test.getDisplayName() + ": seed " + SEED);
    }

    @BeforeAll
    static void build() throws Exception {
        Path twisted = SharedCorpus.path("corpus/pipermail/twisted-python");
        Path cypherpunks = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz");
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(twisted)) {
            s.filter(p -> p.getFileName().toString().matches("2005-.*\\.txt\\.gz")).sorted().forEach(inputs::add);
        }
        inputs.add(cypherpunks);
        report = new Indexer(tmp.resolve("index")).index(inputs, Progress.NONE);
        searcher = Searcher.open(tmp.resolve("index"));
        // every message the index holds, read back from its stored JSON
        List<Message> all = StoredMessages.find(new org.apache.lucene.search.IndexSearcher(
                org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(tmp.resolve("index")))),
                new org.apache.lucene.search.MatchAllDocsQuery(), Integer.MAX_VALUE);
        // in id order: index order depends on which writer thread got a document first
        all = new ArrayList<>(all);
        all.sort(java.util.Comparator.comparing(Message::id));
        brute = new BruteForce(all);
    }

    @AfterAll
    static void close() throws Exception {
        if (searcher != null) searcher.close();
    }

    @Test
    void indexHoldsEveryDistinctMessageOnce() throws Exception {
        assumeTrue(report.records() > 0, "no parser read the inputs");
        Set<String> ids = new HashSet<>();
        for (Message m : brute.messages()) assertThat(ids.add(m.id())).as("duplicate %s", m.id()).isTrue();
        assertThat((long) ids.size()).isEqualTo(report.documents()).isEqualTo(searcher.size());
        assertThat(report.records()).isGreaterThan(12_000);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void termCountsOfRandomWordsFromTheData() throws Exception {
        for (int q = 0; q < 60; q++) {
            String w = randomOwnWord();
            assertThat((long) searcher.count(w)).as(w).isEqualTo(brute.term(w));
        }
    }

    @Test
    void phraseCountsOfRandomPhrasesFromTheData() throws Exception {
        for (int q = 0; q < 30; q++) {
            int i = random.nextInt(brute.messages().size());
            List<String> words = brute.ownWords(i);
            if (words.size() < 3) continue;
            int len = 2 + random.nextInt(2);
            int at = random.nextInt(words.size() - len + 1);
            List<String> phrase = words.subList(at, at + len);
            if (phrase.stream().anyMatch(w -> !w.matches("[\\p{L}\\p{N}]+"))) continue; // keep to plain words
            String p = String.join(" ", phrase);
            assertThat((long) searcher.count("\"" + p + "\"")).as(p).isEqualTo(brute.phrase(p)).isPositive();
        }
    }

    @Test
    void fromCountsOfRandomAuthors() throws Exception {
        for (int q = 0; q < 40; q++) {
            Message m = brute.messages().get(random.nextInt(brute.messages().size()));
            if (m.from().address() == null || m.from().address().contains(" ")) continue;
            assertThat((long) searcher.count("from:\"" + m.from().address() + "\"")).as(m.from().address())
                    .isEqualTo(brute.from(m.from().address()));
        }
    }

    @Test
    void aFullNameFindsEveryMessageOfThePeopleOfThatName() throws Exception {
        int asked = 0;
        for (int q = 0; q < 200 && asked < 25; q++) {
            Message m = brute.messages().get(random.nextInt(brute.messages().size()));
            String typed = m.from().name();
            String full = PersonEvidence.fullName(m.from());
            if (full == null || typed.contains("\"") || typed.contains("\\") || typed.contains("<")) continue;
            asked++;
            // by brute force: the people one of whose messages shows a full name the typed one may stand for
            Set<String> people = new HashSet<>();
            for (Message o : brute.messages()) {
                String other = PersonEvidence.fullName(o.from());
                if (other != null && PersonEvidence.typedFor(full, other)) people.add(MessageDocuments.personKey(o.from()));
            }
            assertThat(people).as(typed).contains(MessageDocuments.personKey(m.from()));
            long theirs = brute.messages().stream().filter(o -> people.contains(MessageDocuments.personKey(o.from()))).count();
            String query = "from:" + QueryLanguage.quoted(typed);
            // all their messages, and beyond them only messages whose name words hold the name
            assertThat((long) searcher.count(query)).as(typed).isGreaterThanOrEqualTo(theirs);
            StringBuilder keys = new StringBuilder();
            for (String k : people) keys.append(keys.length() == 0 ? "" : " OR ").append("from:").append(QueryLanguage.quoted("<" + k + ">"));
            assertThat((long) searcher.count(query + " AND (" + keys + ")")).as(typed).isEqualTo(theirs);
        }
        assertThat(asked).isPositive();
    }

    @Test
    void dateCountsOfMonthsAndRanges() throws Exception {
        for (String ym : List.of("1993-01", "1993-06", "1993-11", "2005-03", "2005-10", "1992-12", "2006-01")) {
            YearMonth y = YearMonth.parse(ym);
            Instant from = y.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = y.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            assertThat((long) searcher.count("date:" + ym)).as(ym).isEqualTo(brute.dateIn(from, to));
        }
        assertThat((long) searcher.count("date:[1993-02-15 TO 1993-04-30]")).isEqualTo(brute.dateIn(
                Instant.parse("1993-02-15T00:00:00Z"), Instant.parse("1993-05-01T00:00:00Z")));
        assertThat((long) searcher.count("has:date")).isEqualTo(brute.count(m -> m.date() != null));
    }

    /** The interval of a date as java.time names it, in UTC: what a timeline should count it under. */
    private static String interval(Instant date, SearchRequest.Interval interval) {
        java.time.ZonedDateTime t = date.atZone(ZoneOffset.UTC);
        return switch (interval) {
            case DAY -> t.toLocalDate().toString();
            case WEEK -> String.format("%d-W%02d", t.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    t.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(t).toString();
            case YEAR -> java.time.Year.from(t).toString();
        };
    }

    @Test
    void timelinesCountTheMatchesOfEachIntervalAsBruteForceDoes() throws Exception {
        for (int q = 0; q < 24; q++) {
            String w = randomOwnWord();
            List<Message> matching = brute.withTerm(w);
            for (SearchRequest.Interval interval : SearchRequest.Interval.values()) {
                Map<String, Long> expected = new java.util.TreeMap<>();
                long undated = 0;
                for (Message m : matching) {
                    if (m.date() == null) undated++;
                    else expected.merge(interval(m.date(), interval), 1L, Long::sum);
                }
                List<Map.Entry<String, Long>> want = new ArrayList<>(expected.entrySet());
                if (undated > 0) want.add(Map.entry(Timeline.UNDATED, undated));
                SearchResult r = searcher.search(new SearchRequest(w, 0, SearchRequest.Order.RELEVANCE, false, 0, interval));
                assertThat(new ArrayList<>(r.timeline().entrySet())).as("%s by %s", w, interval).isEqualTo(want);
            }
        }
        // the whole index by month: each month's count is the date: query's
        SearchResult all = searcher.search(new SearchRequest("list:twisted-python OR list:cypherpunks", 0,
                SearchRequest.Order.RELEVANCE, false, 0, SearchRequest.Interval.MONTH));
        assertThat(all.timeline().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.total()).isEqualTo(searcher.size());
        assertThat(all.timeline()).hasSizeGreaterThan(12);
        for (Map.Entry<String, Long> e : all.timeline().entrySet()) {
            String q = e.getKey().equals(Timeline.UNDATED) ? "-has:date" : "date:" + e.getKey();
            assertThat((long) searcher.count(q)).as(q).isEqualTo(e.getValue());
        }
    }

    @Test
    void forwardCountsEqualTheParsedForwards() throws Exception {
        long forwards = brute.count(m -> m.segments().stream().anyMatch(s -> s.forwarded() && s.kind() == SegmentKind.QUOTE));
        assertThat(forwards).isPositive();
        assertThat((long) searcher.count("has:forward")).isEqualTo(forwards);
    }

    @Test
    void copyCountsEqualTheStoredCopies() throws Exception {
        long copies = brute.count(m -> m.segments().stream().anyMatch(Segment::copied));
        assertThat(copies).isPositive();
        assertThat((long) searcher.count("has:copy")).isEqualTo(copies);
    }

    @Test
    void citationCountsWhenAnnotated() throws Exception {
        List<String> cites = brute.messages().stream().flatMap(m -> BruteForce.citations(m).stream()).distinct().toList();
        assumeTrue(!cites.isEmpty(), "the annotator found no citations (placeholder annotator?)");
        for (int q = 0; q < Math.min(40, cites.size()); q++) {
            String c = cites.get(random.nextInt(cites.size()));
            assertThat((long) searcher.count("cites:\"" + c.replace("\"", "") + "\"")).as(c).isEqualTo(brute.cites(c));
        }
        // as a reader writes them: initials, another spelling, a year more or less than the annotator's name
        for (String c : List.of("ECPA", "FOIA", "Privacy Act", "Computer Security Act", "Electronic Communications Privacy Act of 1986")) {
            long expected = brute.cites(c);
            assertThat(expected).as(c).isPositive();
            assertThat((long) searcher.count("cites:\"" + c + "\"")).as(c).isEqualTo(expected);
        }
    }

    @Test
    void aSectionOfAnActNumberedAsTheCodeIsFoundAsTheActsSection() throws Exception {
        long code = searcher.count("cites:\"5 USC 552\"");
        assertThat(code).isPositive();
        assertThat((long) searcher.count("cites:\"Section 552 of FOIA\"")).isEqualTo(code);
        assertThat((long) searcher.count("cites:\"Freedom of Information Act § 552\"")).isEqualTo(code);
    }

    @Test
    void speakerCountsOfRandomSpeakersOwnAndQuoted() throws Exception {
        List<String> speakers = brute.messages().stream().flatMap(m -> m.annotations().stream())
                .map(a -> a.speaker()).filter(sp -> sp != null && !sp.isBlank() && sp.indexOf('"') < 0).distinct().sorted().toList();
        assumeTrue(!speakers.isEmpty(), "the annotator named no speaker");
        for (int q = 0; q < Math.min(40, speakers.size()); q++) {
            String sp = speakers.get(random.nextInt(speakers.size()));
            Predicate<String> person = samePerson(sp);
            // who said a message's citations and claims, and its poster, whose own text gave it its topics
            long expected = brute.count(m -> m.annotations().stream().anyMatch(a -> a.speaker() != null && person.test(a.speaker()))
                    || !m.topics().isEmpty() && poster(m) != null && person.test(poster(m)));
            assertThat((long) searcher.count("speaker:\"" + sp.replace("\\", "\\\\") + "\"")).as(sp).isEqualTo(expected).isPositive();
        }
    }

    @Test
    void whatRandomSpeakersSaidOfEachKindAndTopic() throws Exception {
        // pairs of one annotation's speaker and its kind or topic, own or quoted
        List<String[]> pairs = brute.messages().stream().flatMap(m -> m.annotations().stream())
                .filter(a -> a.speaker() != null && !a.speaker().isBlank() && a.speaker().indexOf('"') < 0)
                .flatMap(a -> Stream.concat(Stream.of((a instanceof Claim ? "claim:" : "citekind:") + a.kind()),
                        a.topics().stream().map(t -> "topic:" + t)).map(what -> a.speaker() + "\n" + what))
                .distinct().sorted().map(p -> p.split("\n")).toList();
        assumeTrue(!pairs.isEmpty(), "the annotator named no speaker");
        for (int q = 0; q < Math.min(40, pairs.size()); q++) {
            String[] p = pairs.get(random.nextInt(pairs.size()));
            Predicate<String> person = samePerson(p[0]);
            String what = p[1].substring(p[1].indexOf(':') + 1);
            Predicate<Annotation> said = a -> a.speaker() != null && person.test(a.speaker())
                    && (p[1].startsWith("topic:") ? a.topics().contains(what) : a.kind().equals(what)
                            && (a instanceof Claim) == p[1].startsWith("claim:"));
            boolean topic = p[1].startsWith("topic:");
            long expected = brute.count(m -> m.annotations().stream().anyMatch(said)
                    || topic && m.topics().contains(what) && poster(m) != null && person.test(poster(m)));
            String query = "speaker:\"" + p[0].replace("\\", "\\\\") + "\" " + p[1];
            assertThat((long) searcher.count(query)).as(query).isEqualTo(expected).isPositive();
        }
    }

    /** How the poster is named as a speaker: the name, else the header as shown, else the address. */
    private static String poster(Message m) {
        if (m.from() == null) return null;
        String name = m.from().name() != null && !m.from().name().isBlank() ? m.from().name()
                : m.from().shown() != null && !m.from().shown().isBlank() ? m.from().shown() : m.from().address();
        return name == null || name.isBlank() ? null : name;
    }

    private static String speakerKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The speakers a {@code speaker:"NAME"} query asks for, as its contract says: the same name, or
     * for a full name every full name of the same person by the rule {@code from:} uses ("Tim May"
     * and "Timothy C. May").
     */
    private static Predicate<String> samePerson(String typed) {
        String key = speakerKey(typed);
        String full = PersonEvidence.fullName(key);
        return name -> {
            String k = speakerKey(name);
            if (k.equals(key)) return true;
            String other = full == null ? null : PersonEvidence.fullName(k);
            return other != null && PersonEvidence.typedFor(full, other);
        };
    }

    @Test
    void aWordOnlyInQuotedTextDoesNotMatchABareQuery() throws Exception {
        // words that occur in some quote but in no subject or own text anywhere
        Set<String> ownOrSubject = new HashSet<>();
        for (int i = 0; i < brute.messages().size(); i++) ownOrSubject.addAll(brute.ownWords(i));
        for (Message m : brute.messages()) ownOrSubject.addAll(BruteForce.tokens(new Analysis.Exact(), m.subject()));
        int checked = 0;
        for (Message m : brute.messages()) {
            if (checked >= 10) break;
            if (m.segments().stream().noneMatch(s -> s.kind() == SegmentKind.QUOTE)) continue;
            for (String w : BruteForce.tokens(new Analysis.Exact(), MessageText.quoted(m))) {
                if (w.matches("[a-z]{5,}") && !ownOrSubject.contains(w) && brute.term(w) == 0) {
                    assertThat(searcher.count(w)).as(w).isZero();
                    assertThat(searcher.count("quoted:\"" + w + "\"")).as(w).isPositive();
                    checked++;
                    break;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    /** Each name of the cites facet, asked for with cites:, finds the messages it counted, and more only by an act's sections or a case's other names. */
    @Test
    void citesFacetNamesFindWhatTheyCounted() throws Exception {
        int checked = 0;
        for (String q : List.of("clipper", "wiretap", "encryption AND NOT clipper", "date:1993-06")) {
            Map<String, Long> cites = searcher.search(new SearchRequest(q, 0, SearchRequest.Order.RELEVANCE, false, 10))
                    .facets().get("cites");
            assertThat(cites).as(q).isNotEmpty();
            for (Map.Entry<String, Long> e : cites.entrySet()) {
                String asked = "cites:\"" + e.getKey().replace("\"", "") + "\" AND (" + q + ")";
                long found = searcher.count(asked);
                assertThat(found).as(asked).isGreaterThanOrEqualTo(e.getValue());
                // the same messages and no more, but for an act some of whose sections are cited by number,
                // and a case also cited with the United States by name or initials
                boolean wider = org.listscope.annotate.Annotator.actNamed(e.getKey()) != null || e.getKey().contains(" v. ");
                if (!wider) assertThat(found).as(asked).isEqualTo(e.getValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void fromFacetLabelsFindTheirBucketsOnePersonEach() throws Exception {
        for (String q : List.of("clipper", "from:hfinney AND clipper", "deferred", "encryption AND NOT clipper",
                "date:1993-06", "list:twisted-python")) {
            Map<String, Long> from = searcher.search(new SearchRequest(q, 0, SearchRequest.Order.RELEVANCE, false, 10))
                    .facets().get("from");
            assertThat(from).as(q).isNotEmpty();
            Set<String> keys = new HashSet<>();
            for (Map.Entry<String, Long> e : from.entrySet()) {
                String label = "from:" + QueryLanguage.quoted(e.getKey());
                assertThat((long) searcher.count(label + " AND (" + q + ")")).as("%s AND (%s)", label, q).isEqualTo(e.getValue());
                // the label finds all messages of one person, and nothing else
                String key = MessageDocuments.personKey(searcher.search(SearchRequest.of(label)).hits().get(0).from());
                assertThat(keys.add(key)).as("%s: two buckets of %s", q, key).isTrue();
                List<Message> mine = brute.messages().stream().filter(m -> MessageDocuments.personKey(m.from()).equals(key)).toList();
                assertThat((long) searcher.count(label)).as(label).isEqualTo(mine.size());
                assertThat((long) searcher.count(label + " AND from:" + QueryLanguage.quoted("<" + key + ">"))).as(label)
                        .isEqualTo(mine.size());
                // named by the full name most of its messages show (in any spelling), else by the most
                // frequent name of all its messages (ties: longer, then smaller)
                Map<String, Integer> names = new HashMap<>();
                Map<String, Integer> fullNames = new HashMap<>();
                for (Message m : mine) {
                    String n = MessageDocuments.displayName(m.from());
                    if (!n.isEmpty()) names.merge(n, 1, Integer::sum);
                    String full = PersonEvidence.fullName(n);
                    if (full != null) fullNames.merge(full, 1, Integer::sum);
                }
                if (!fullNames.isEmpty()) {
                    String name = e.getKey().contains(" <") ? e.getKey().substring(0, e.getKey().lastIndexOf(" <")) : e.getKey();
                    assertThat(names).as(label).containsKey(name);
                    assertThat(fullNames.get(PersonEvidence.fullName(name))).as(label).isEqualTo(Collections.max(fullNames.values()));
                    continue;
                }
                String best = names.entrySet().stream().max(Comparator.comparing((Map.Entry<String, Integer> n) -> n.getValue())
                        .thenComparing(n -> n.getKey().length()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey).orElse(null);
                boolean address = key.contains("@") && !key.startsWith("name:");
                if (address && best != null) {
                    assertThat(e.getKey()).isEqualTo(best + " <" + key + ">");
                } else if (address) {
                    assertThat(e.getKey()).isIn(key, "<" + key + ">");
                } else if (best != null) {
                    assertThat(e.getKey()).isIn(best, best + " <" + key + ">");
                }
            }
        }
    }

    /** Threads asked for together are each what asking for that thread alone gives, in the order asked. */
    @Test
    void threadsAskedTogetherAreEachThreadAskedAlone() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Message m = brute.messages().get(random.nextInt(brute.messages().size()));
            ids.add(m.threadId() != null ? m.threadId() : m.id());
        }
        ids.add("<no-such-thread@example.org>");
        Map<String, List<Message>> together = searcher.threads(ids);
        List<String> asked = ids.stream().distinct().filter(t -> !t.startsWith("<no-such")).toList();
        assertThat(together.keySet()).containsExactlyElementsOf(asked);
        for (String t : asked) assertThat(together.get(t)).as(t).isEqualTo(searcher.thread(t)).isNotEmpty();
    }

    private String randomOwnWord() {
        while (true) {
            int i = random.nextInt(brute.messages().size());
            List<String> words = brute.ownWords(i);
            if (words.isEmpty()) continue;
            String w = words.get(random.nextInt(words.size()));
            if (!w.matches("\\p{L}+")) continue;
            List<String> stems = BruteForce.tokens(new Analysis.English(), w);
            if (stems.size() == 1) return w;
        }
    }
}
