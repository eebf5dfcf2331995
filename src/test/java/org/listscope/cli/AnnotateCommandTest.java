package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.json.Json;

/** {@code annotate} and {@code eval} through the command line, on the seed. */
@Tag("shared")
class AnnotateCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        picocli.CommandLine cl = Root.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void aGoldFileThatCannotBeReadIsNamedInOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path latin1 = java.nio.file.Files.write(tmp.resolve("bin.jsonl"), new byte[] {'{', (byte) 0xE9, '}', '\n'});
        java.nio.file.Path broken = java.nio.file.Files.writeString(tmp.resolve("broken.jsonl"), "\n\n{not json\n");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "eval", latin1.toString())).isEqualTo(Root.FAILURE);
        assertThat(err.toString()).isEqualTo("listscope: " + latin1 + ": not UTF-8 text, as a gold file must be" + System.lineSeparator());
        err = new StringWriter();
        assertThat(run(new StringWriter(), err, "eval", broken.toString())).isEqualTo(Root.FAILURE);
        assertThat(err.toString()).startsWith("listscope: " + broken + ":3: not a gold message: ").doesNotContain("Exception").hasLineCount(1);
        err = new StringWriter();
        assertThat(run(new StringWriter(), err, "eval", tmp.toString())).isEqualTo(Root.USAGE);
        assertThat(err.toString()).isEqualTo("listscope: the gold file " + tmp + " is a folder" + System.lineSeparator());
        java.nio.file.Path empty = java.nio.file.Files.writeString(tmp.resolve("empty.jsonl"), "\n// nothing yet\n");
        err = new StringWriter();
        StringWriter out = new StringWriter();
        assertThat(run(out, err, "eval", empty.toString())).isEqualTo(Root.FAILURE);
        assertThat(err.toString()).isEqualTo("listscope: " + empty + ": no gold messages" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        err = new StringWriter();
        assertThat(run(new StringWriter(), err, "eval", broken.toString(), "--corpus", tmp.resolve("nowhere").toString())).isEqualTo(Root.USAGE);
        assertThat(err.toString()).isEqualTo("listscope: no such corpus folder: " + tmp.resolve("nowhere") + System.lineSeparator());
    }

    @Test
    void annotatePrintsContractMessagesWithAnnotations() throws Exception {
        Path seed = SharedCorpus.path("seeds/000_522f1ca3a1b3768e.txt");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "annotate", seed.toString());
        assertThat(code).as(err.toString()).isEqualTo(Root.OK);
        JsonNode m = Json.mapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(m.get("subject").asText()).isEqualTo("ISP CALEA compliance");
        JsonNode annotations = m.get("annotations");
        assertThat(annotations.isArray()).isTrue();
        String body = m.get("body").asText();
        boolean pointer = false;
        for (JsonNode a : annotations) {
            assertThat(body.substring(a.get("start").asInt(), a.get("end").asInt())).isEqualTo(a.get("text").asText());
            if (a.get("kind").asText().equals("pointer")) pointer = true;
        }
        assertThat(pointer).isTrue();
    }

    /** The seed's message id, escaped for a JSON string (the seed has no Message-ID header). */
    private static String seedId(Path shared) throws Exception {
        SharedCorpus.path("seeds/000_522f1ca3a1b3768e.txt");
        StringWriter idOut = new StringWriter();
        run(idOut, new StringWriter(), "parse", shared.resolve("seeds/000_522f1ca3a1b3768e.txt").toString());
        return Json.mapper().readTree(idOut.toString().lines().findFirst().orElseThrow()).get("id").asText().replace("\"", "\\\"");
    }

    @Test
    void evalPrintsScoresAndBaselines(@TempDir Path tmp) throws Exception {
        Path shared = SharedCorpus.root();
        String id = seedId(shared);
        Path gold = tmp.resolve("gold.jsonl");
        Files.writeString(gold, "{\"source\": \"seeds/000_522f1ca3a1b3768e.txt\", \"messageId\": \"" + id + "\", \"annotations\": ["
                + "{\"type\": \"citation\", \"kind\": \"pointer\", \"anchor\": \"Please see, among others,\"},"
                + "{\"type\": \"claim\", \"kind\": \"legal-fact\", \"anchor\": \"can't be subpoenaed\"},"
                + "{\"type\": \"claim\", \"kind\": \"consequence\", \"anchor\": \"jail time\"}]}\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "eval", gold.toString(), "--corpus", shared.toString());
        assertThat(code).as(err.toString()).isEqualTo(Root.OK);
        assertThat(out.toString()).contains("1 messages scored of 1", "| citation | 1 |", "| claim | 2 |", "baseline P");
        assertThat(out.toString()).containsPattern("\\| claim \\| 2 \\| [0-9.]+ \\| 1\\.00 \\|");
        assertThat(out.toString()).doesNotContain("Calibration");

        StringWriter calibrated = new StringWriter();
        assertThat(run(calibrated, err, "eval", gold.toString(), "--corpus", shared.toString(), "--calibration")).isEqualTo(Root.OK);
        assertThat(calibrated.toString()).contains("Calibration: the annotator's confidence", "| type | confidence | predictions |")
                .containsPattern("\\| claim \\| all \\| \\d+ \\| ECE [0-9.]+ \\| Brier [0-9.]+ \\|");
    }

    @Test
    void evalScoresOnlyTheSetAsked(@TempDir Path tmp) throws Exception {
        Path shared = SharedCorpus.root();
        String id = seedId(shared);
        Path gold = tmp.resolve("gold.jsonl");
        Files.writeString(gold, "{\"set\": \"dev\", \"source\": \"seeds/000_522f1ca3a1b3768e.txt\", \"messageId\": \"" + id + "\", \"annotations\": ["
                + "{\"type\": \"claim\", \"kind\": \"legal-fact\", \"anchor\": \"can't be subpoenaed\"}]}\n"
                + "{\"set\": \"heldout-2\", \"source\": \"seeds/000_522f1ca3a1b3768e.txt\", \"messageId\": \"<absent@x>\", \"annotations\": []}\n",
                StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "eval", gold.toString(), "--corpus", shared.toString(), "--set", "dev")).as(err.toString()).isEqualTo(Root.OK);
        assertThat(out.toString()).contains("(set dev), 1 messages scored of 1", "| claim | 1 |");
        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "eval", gold.toString(), "--corpus", shared.toString(), "--set", "heldout")).isEqualTo(Root.USAGE);
        assertThat(err2.toString()).contains("no gold message of set \"heldout\"", "sets: dev, heldout-2");
    }

    /** System F1 and baseline F1 of a row of eval's table. */
    private static double[] f1(String table, String label) {
        String row = table.lines().filter(l -> l.startsWith("| " + label + " |")).findFirst().orElseThrow();
        String[] cells = row.split("\\|");
        return new double[] {Double.parseDouble(cells[5].strip()), Double.parseDouble(cells[8].strip())};
    }

    @Test
    void onTheRealGoldTheAnnotatorKeepsItsScoresAndBeatsTheBaselinesOnHeldOutSets() {
        Path shared = SharedCorpus.root();
        SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1994.mbox.gz");
        String gold = "src/test/resources/gold/annotations-gold.jsonl";
        StringWriter tuned = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(tuned, err, "eval", gold, "--corpus", shared.toString(), "--set", "dev,heldout")).as(err.toString()).isEqualTo(Root.OK);
        assertThat(f1(tuned.toString(), "citation")[0]).isGreaterThanOrEqualTo(0.97);
        assertThat(f1(tuned.toString(), "claim")[0]).isGreaterThanOrEqualTo(0.88);
        StringWriter held = new StringWriter();
        assertThat(run(held, err, "eval", gold, "--corpus", shared.toString(), "--set", "heldout-2,heldout-3,heldout-4,heldout-5")).as(err.toString()).isEqualTo(Root.OK);
        for (String label : new String[] {"citation", "claim"}) {
            double[] f = f1(held.toString(), label);
            assertThat(f[0]).as("%s F1 on the held-out sets against the baseline's", label).isGreaterThan(f[1] + 0.05);
        }
    }

    /** The topic gold (300 cypherpunks messages read blind for their topics) scores through the command line. */
    @Test
    void evalTopicsScoresTheTopicFacetAgainstTheTopicGold() {
        Path shared = SharedCorpus.root();
        SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1994.mbox.gz");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "eval", "--topics", "src/test/resources/gold/topics-gold.jsonl", "--corpus", shared.toString()))
                .as(err.toString()).isEqualTo(Root.OK);
        assertThat(out.toString()).contains("300 messages scored of 300", "| topic | 190 |", "baseline P");
        // the facet is more precise than the cue words alone (0.52 against 0.36 when measured), and better in F1 (0.55 against 0.47)
        String row = out.toString().lines().filter(l -> l.startsWith("| topic |")).findFirst().orElseThrow();
        String[] cells = row.split("\\|");
        assertThat(Double.parseDouble(cells[3].strip())).isGreaterThan(Double.parseDouble(cells[6].strip()));
        assertThat(f1(out.toString(), "topic")[0]).isGreaterThan(f1(out.toString(), "topic")[1]);
        // a second reader of topics-1 agrees with the first far better than the facet does (F1 0.91 against 0.50)
        StringWriter agree = new StringWriter();
        assertThat(run(agree, err, "eval", "--topics", "src/test/resources/gold/topics-gold.jsonl", "--set", "topics-1",
                "--reader", "src/test/resources/gold/topics-reader2.jsonl", "--corpus", shared.toString())).as(err.toString()).isEqualTo(Root.OK);
        assertThat(f1(agree.toString(), "topic")[0]).isGreaterThan(0.8);
    }

    @Test
    void evalWithoutAGoldFileIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "eval", "/nonexistent/gold.jsonl")).isEqualTo(Root.USAGE);
        assertThat(err.toString()).contains("no such gold file");
    }
}
