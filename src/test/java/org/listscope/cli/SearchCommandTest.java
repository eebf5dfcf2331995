package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.index.Msgs;
import org.listscope.index.TestIndex;
import org.listscope.json.Json;
import org.listscope.model.Message;
import picocli.CommandLine;

class SearchCommandTest {

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws Exception {
        index = tmp.resolve("index");
        Message root = Msgs.message("<root@example.net>", "Steven M. Bellovin", "smb@cs.columbia.edu",
                "2007-05-11T21:05:20Z", "ISP CALEA compliance", "What doesn't exist can't be subpoenaed under CALEA.", null);
        Message reply = Msgs.message("<reply@example.net>", "Jane Agent", "jane@fbi.gov", "2007-05-12T08:00:00Z",
                "Re: ISP CALEA compliance", "A subpoena is not a wiretap order, CALEA or not.", "can't be subpoenaed")
                .withThread("<root@example.net>", "<root@example.net>", null);
        TestIndex.write(index, List.of(root, reply));
    }

    /** Runs a command; returns {exit code, stdout, stderr}. */
    static Object[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Root.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Object[] {code, out.toString(), err.toString()};
    }

    /** A bare query that finds nothing says where its words are when they are only quoted; a query of fields does not. */
    @Test
    void aBareQueryFoundOnlyInQuotedTextSaysSo() throws Exception {
        Path quotes = tmp.resolve("quotes-index");
        Message root = Msgs.message("<a@example.net>", "Ann", "ann@example.net", "2007-05-11T21:05:20Z", "Logs",
                "We keep nothing at all.", null);
        Message reply = Msgs.message("<b@example.net>", "Bob", "bob@example.net", "2007-05-12T08:00:00Z", "Re: Logs",
                "Good to hear.", "The data retention directive asks for more.");
        TestIndex.write(quotes, List.of(root, reply));
        Object[] r = run("search", "\"data retention\"", "--index", quotes.toString());
        assertThat(r[0]).isEqualTo(0);
        assertThat((String) r[1]).startsWith("0 messages match");
        assertThat((String) r[2]).contains("1 message quotes this: listscope search 'quoted:(\"data retention\")'");
        Object[] quoted = run("search", "quoted:(\"data retention\")", "--index", quotes.toString());
        assertThat((String) quoted[1]).startsWith("1 message matches");
        // a field asked for, or words quoted nowhere: no hint
        assertThat((String) run("search", "from:ann \"data retention\"", "--index", quotes.toString())[2]).isEmpty();
        assertThat((String) run("search", "escrow", "--index", quotes.toString())[2]).isEmpty();
        // JSON stays the result alone
        assertThat((String) run("search", "\"data retention\"", "--format", "json", "--index", quotes.toString())[2]).isEmpty();
    }

    @Test
    void jsonResultHasTheContractFields() throws Exception {
        Object[] r = run("search", "calea AND subpoena", "--index", index.toString(), "--format", "json");
        assertThat(r[0]).isEqualTo(0);
        JsonNode n = Json.mapper().readTree((String) r[1]);
        assertThat(n.fieldNames()).toIterable().containsExactly("query", "total", "tookMs", "hits", "facets");
        assertThat(n.get("total").asLong()).isEqualTo(2);
        JsonNode hit = n.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable()
                .containsExactly("id", "subject", "from", "date", "url", "threadId", "score", "snippet");
        assertThat(hit.get("snippet").asText()).contains("<b>");
        assertThat(hit.get("date").asText()).matches("2007-05-1\\dT.*Z");
        assertThat(n.get("facets").fieldNames()).toIterable().containsExactly("year", "from", "list", "citekind", "topic", "cites");
        assertThat(n.get("facets").get("year").get("2007").asLong()).isEqualTo(2);
    }

    @Test
    void noFacetsStillListsTheContractsFiveKeysAndCitesEmpty() throws Exception {
        Object[] r = run("search", "calea", "--facets", "0", "--index", index.toString(), "--format", "json");
        assertThat(r[0]).isEqualTo(0);
        JsonNode facets = Json.mapper().readTree((String) r[1]).get("facets");
        assertThat(facets.fieldNames()).toIterable().containsExactly("year", "from", "list", "citekind", "topic", "cites");
        facets.forEach(f -> assertThat(f.isObject() && f.isEmpty()).isTrue());
        Path file = Files.writeString(tmp.resolve("facetless.txt"), "calea\n");
        Object[] batch = run("search", "--queries", file.toString(), "--facets", "0", "--index", index.toString());
        assertThat(Json.mapper().readTree((String) batch[1]).get("facets").fieldNames()).toIterable().hasSize(6);
        Object[] text = run("search", "calea", "--facets", "0", "--index", index.toString());
        assertThat((String) text[1]).doesNotContain("year:");
    }

    @Test
    void threadsGroupHits() throws Exception {
        Object[] r = run("search", "calea", "--index", index.toString(), "--format", "json", "--threads");
        JsonNode n = Json.mapper().readTree((String) r[1]);
        assertThat(n.get("threads")).hasSize(1);
        assertThat(n.get("threads").get(0).get("matching").asLong()).isEqualTo(2);
        assertThat(n.get("threads").get(0).get("threadId").asText()).isEqualTo("<root@example.net>");
    }

    @Test
    void textShowsMatchesAndFacets() {
        Object[] r = run("search", "wiretap", "--index", index.toString());
        assertThat(r[0]).isEqualTo(0);
        assertThat((String) r[1]).contains("1 message matches wiretap").contains("«wiretap»").contains("year:")
                .contains("Jane Agent <jane@fbi.gov>");
    }

    @Test
    void aTimelineCountsTheMatchesPerIntervalWithTheEmptyOnesShownAsSuch() throws Exception {
        Path spread = tmp.resolve("spread");
        TestIndex.write(spread, List.of(
                Msgs.message("<a@example.net>", "A", "a@example.net", "2007-05-11T21:05:20Z", "CALEA", "CALEA again.", null),
                Msgs.message("<b@example.net>", "B", "b@example.net", "2007-05-31T23:59:59Z", "CALEA", "CALEA and more.", null),
                Msgs.message("<c@example.net>", "C", "c@example.net", "2007-08-01T00:00:00Z", "CALEA", "CALEA later.", null),
                Msgs.message("<d@example.net>", "D", "d@example.net", null, "CALEA", "CALEA, no date.", null),
                Msgs.message("<e@example.net>", "E", "e@example.net", "2007-06-01T00:00:00Z", "other", "Nothing here.", null)));
        Object[] json = run("search", "calea", "--index", spread.toString(), "--format", "json", "--timeline", "month");
        assertThat(json[0]).isEqualTo(0);
        JsonNode timeline = Json.mapper().readTree((String) json[1]).get("timeline");
        assertThat(timeline.toString()).isEqualTo("{\"2007-05\":2,\"2007-08\":1,\"unknown\":1}");
        Object[] days = run("search", "calea", "--index", spread.toString(), "--format", "json", "--timeline", "day", "--limit", "0", "--facets", "0");
        assertThat(Json.mapper().readTree((String) days[1]).get("timeline").toString())
                .isEqualTo("{\"2007-05-11\":1,\"2007-05-31\":1,\"2007-08-01\":1,\"unknown\":1}");
        Object[] text = run("search", "calea", "--index", spread.toString(), "--timeline", "month", "--limit", "0", "--facets", "0");
        assertThat((String) text[1]).contains("timeline by month:")
                .containsPattern("2007-05  \u2588{40} 2\n")
                .contains("(2 months without matches)")
                .containsPattern("2007-08  \u2588{20} 1\n")
                .containsPattern("unknown  \u2588{20} 1");
        // no timeline unless asked for; an interval that is none is a usage error
        assertThat(Json.mapper().readTree((String) run("search", "calea", "--index", spread.toString(), "--format", "json")[1]).has("timeline")).isFalse();
        Object[] bad = run("search", "calea", "--index", spread.toString(), "--timeline", "fortnight");
        assertThat(bad[0]).isEqualTo(2);
        assertThat((String) bad[2]).contains("--timeline").contains("fortnight");
        // --queries gives each line its timeline
        Path file = Files.writeString(tmp.resolve("timeline-queries.txt"), "calea\nnothing\n");
        String[] lines = ((String) run("search", "--queries", file.toString(), "--timeline", "year", "--index", spread.toString())[1]).split("\n");
        assertThat(Json.mapper().readTree(lines[0]).get("timeline").toString()).isEqualTo("{\"2007\":3,\"unknown\":1}");
        assertThat(Json.mapper().readTree(lines[1]).get("timeline").toString()).isEqualTo("{\"2007\":1}");
    }

    @Test
    void syntaxErrorIsOneLineWithTheColumnAndExitTwo() {
        Object[] r = run("search", "calea AND (subpoena", "--index", index.toString());
        assertThat(r[0]).isEqualTo(2);
        String err = ((String) r[2]).strip();
        assertThat(err).startsWith("listscope: query syntax error at column").doesNotContain("\n");
    }

    @Test
    void queriesFileGivesOneJsonLinePerQuery() throws Exception {
        Path file = Files.writeString(tmp.resolve("queries.txt"), "calea\n\nfrom:fbi.gov\nsubject:calea AND date:2007-05\n");
        Object[] r = run("search", "--queries", file.toString(), "--index", index.toString());
        assertThat(r[0]).isEqualTo(0);
        List<String> lines = ((String) r[1]).lines().toList();
        assertThat(lines).hasSize(3);
        long[] totals = {2, 1, 2};
        for (int i = 0; i < 3; i++) {
            JsonNode n = Json.mapper().readTree(lines.get(i));
            assertThat(n.get("tookMs").isNumber()).isTrue();
            assertThat(n.get("total").asLong()).isEqualTo(totals[i]);
        }
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "calea\nfoo AND\n");
        Object[] b = run("search", "--queries", bad.toString(), "--index", index.toString());
        assertThat(b[0]).isEqualTo(2);
        assertThat(((String) b[1]).lines().toList()).hasSize(2);
        assertThat((String) b[2]).contains("bad.txt:2");
        // a query refused for its size or depth is answered with its error, and the batch goes on
        String deep = "(".repeat(5_000) + "calea" + ")".repeat(5_000);
        Path big = Files.writeString(tmp.resolve("big.txt"), "calea\n" + deep + "\nfrom:fbi.gov\n");
        Object[] g = run("search", "--queries", big.toString(), "--index", index.toString());
        assertThat(g[0]).isEqualTo(2);
        List<String> answers = ((String) g[1]).lines().toList();
        assertThat(answers).hasSize(3);
        assertThat(Json.mapper().readTree(answers.get(1)).get("error").asText()).contains("nested deeper than 1000");
        assertThat(Json.mapper().readTree(answers.get(2)).get("total").asLong()).isEqualTo(1);
        assertThat(((String) g[2]).lines().toList()).singleElement().asString().contains("big.txt:2");
    }

    @Test
    void aQueryMayStartWithADash() throws Exception {
        Object[] r = run("search", "-from:fbi.gov", "--index", index.toString(), "--format", "json");
        assertThat(r[0]).isEqualTo(0);
        assertThat(Json.mapper().readTree((String) r[1]).get("hits").get(0).get("id").asText()).isEqualTo("<root@example.net>");
        assertThat(Json.mapper().readTree((String) r[1]).get("total").asLong()).isEqualTo(1);
        Object[] after = run("search", "--index", index.toString(), "--format", "json", "-wiretap");
        assertThat(after[0]).isEqualTo(0);
        assertThat(Json.mapper().readTree((String) after[1]).get("total").asLong()).isEqualTo(1);
    }

    /** A query typed without quotes is the same query, its words joined by spaces, options around them as usual. */
    @Test
    void aQueryMayComeAsSeveralWords() throws Exception {
        Object[] quoted = run("search", "subpoena AND -from:fbi.gov", "--index", index.toString(), "--format", "json");
        Object[] words = run("search", "--index", index.toString(), "subpoena", "AND", "-from:fbi.gov", "--format", "json");
        assertThat(words[0]).isEqualTo(0);
        JsonNode w = Json.mapper().readTree((String) words[1]);
        assertThat(w.get("query").asText()).isEqualTo("subpoena AND -from:fbi.gov");
        assertThat(w.get("total").asLong()).isEqualTo(1);
        assertThat(w.get("hits").get(0).get("id").asText()).isEqualTo("<root@example.net>");
        assertThat(w.get("hits")).isEqualTo(Json.mapper().readTree((String) quoted[1]).get("hits"));
        Object[] both = run("search", "calea", "--index", index.toString(), "--queries", tmp.resolve("q.txt").toString());
        assertThat(both[0]).isEqualTo(2);
        assertThat((String) both[2]).contains("give a QUERY or --queries FILE");
    }

    @Test
    void aMistypedLongOptionIsStillAUsageError() {
        for (String[] args : List.of(new String[] {"search", "calea", "--limt", "5", "--index", index.toString()},
                new String[] {"search", "--limt", "5", "calea", "--index", index.toString()},
                new String[] {"search", "--index", index.toString(), "--limt"})) {
            Object[] r = run(args);
            assertThat(r[0]).as(String.join(" ", args)).isEqualTo(2);
            assertThat((String) r[2]).as(String.join(" ", args)).startsWith("listscope: Unknown option").contains("'--limt'")
                    .contains("--limit").contains("Try 'listscope search --help'.");
            assertThat((String) r[1]).isEmpty();
        }
    }

    @Test
    void aMissingOrUnreadableQueriesFileIsNamedAsSuch() {
        Path missing = tmp.resolve("no-such-queries.txt");
        Object[] r = run("search", "--queries", missing.toString(), "--index", index.toString());
        assertThat(r[0]).isEqualTo(2);
        assertThat(((String) r[2]).strip()).isEqualTo("listscope: no such queries file: " + missing);
        Object[] dir = run("search", "--queries", tmp.toString(), "--index", index.toString());
        assertThat(dir[0]).isEqualTo(2);
        assertThat(((String) dir[2]).strip()).startsWith("listscope: cannot read the queries file " + tmp).doesNotContain("\n");
        Object[] both = run("search", "--queries", missing.toString(), "--index", tmp.resolve("nothing").toString());
        assertThat((String) both[2]).contains("no such queries file").doesNotContain("no index");
    }

    @Test
    void aHugeLimitIsTheWholeIndexZeroOnlyCountsAndANegativeOneIsAUsageError() throws Exception {
        Object[] r = run("search", "calea", "--limit", String.valueOf(Integer.MAX_VALUE), "--index", index.toString(),
                "--format", "json");
        assertThat(r[0]).as((String) r[2]).isEqualTo(0);
        assertThat(Json.mapper().readTree((String) r[1]).get("hits")).hasSize(2);
        Object[] threads = run("search", "calea", "--limit", String.valueOf(Integer.MAX_VALUE), "--threads",
                "--index", index.toString(), "--format", "json");
        assertThat(threads[0]).as((String) threads[2]).isEqualTo(0);
        assertThat(Json.mapper().readTree((String) threads[1]).get("threads")).hasSize(1);
        Object[] counts = run("search", "calea", "--limit", "0", "--index", index.toString(), "--format", "json");
        assertThat(counts[0]).as((String) counts[2]).isEqualTo(0);
        JsonNode n = Json.mapper().readTree((String) counts[1]);
        assertThat(n.get("total").asLong()).isEqualTo(2);
        assertThat(n.get("hits")).isEmpty();
        assertThat(n.get("facets").get("year").size()).isEqualTo(1);
        Object[] bad = run("search", "calea", "--limit", "-1", "--index", index.toString());
        assertThat(bad[0]).isEqualTo(2);
        assertThat(((String) bad[2]).strip()).isEqualTo("listscope: --limit must not be negative (got -1)");
    }

    @Test
    void aMissingIndexIsOneClearLine() {
        Object[] r = run("search", "calea", "--index", tmp.resolve("nothing").toString());
        assertThat(r[0]).isEqualTo(1);
        assertThat(((String) r[2]).strip()).startsWith("listscope: no index at").doesNotContain("\n");
    }

    @Test
    void showPrintsAMessageOrItsThread() throws Exception {
        Object[] one = run("show", "<reply@example.net>", "--index", index.toString(), "--format", "jsonl");
        assertThat(one[0]).isEqualTo(0);
        Message m = Json.readMessage(((String) one[1]).strip());
        assertThat(m.subject()).isEqualTo("Re: ISP CALEA compliance");

        Object[] thread = run("show", "<reply@example.net>", "--index", index.toString(), "--thread");
        assertThat((String) thread[1]).contains("thread of 2 messages").contains("ISP CALEA compliance")
                .contains("Steven M. Bellovin").contains("Jane Agent");

        Object[] missing = run("show", "<nope@x>", "--index", index.toString());
        assertThat(missing[0]).isEqualTo(1);
        assertThat((String) missing[2]).contains("no message with id <nope@x>");
    }

    @Test
    void showNamesTheAuthorOfTheMessageAnUnnamedQuoteWasFoundIn() throws Exception {
        Path own = tmp.resolve("sources");
        Message root = Msgs.message("<root@example.net>", "Steven M. Bellovin", "smb@cs.columbia.edu",
                "2007-05-11T21:05:20Z", "ISP CALEA compliance", "What doesn't exist can't be subpoenaed under CALEA.", null);
        Message reply = Msgs.message("<reply@example.net>", "Jane Agent", "jane@fbi.gov", "2007-05-12T08:00:00Z",
                "Re: ISP CALEA compliance", "A subpoena is not a wiretap order.", "can't be subpoenaed")
                .withThread("<root@example.net>", "<root@example.net>", null);
        reply = reply.withSegments(reply.segments().stream()
                .map(seg -> seg.depth() > 0 ? seg.withSource("<root@example.net>", 21, 40) : seg).toList());
        TestIndex.write(own, List.of(root, reply));
        // the reply alone: its quote's source is looked up in the index
        Object[] r = run("show", "<reply@example.net>", "--index", own.toString());
        assertThat(r[0]).isEqualTo(0);
        assertThat((String) r[1]).contains("quote 1 (Steven M. Bellovin) | > can't be subpoenaed");
    }
}
