package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.Message;

class RenderingParserTest {

    private static final String STRIPPED = "Data retention and subpoenas\n\n"
            + "Alice Example alice at\n"
            + "Tue Mar  1 10:48:58 MST 2005\n\n"
            + "> quoted words\n\nMy own words.\n\n"
            + "More information about the Policy-Talk mailing list";

    private static Message parse(String text) {
        return Collected.read("r.txt", text).only();
    }

    @Test
    void readsTheHeaderOfAStrippedRendering() {
        Message m = parse(STRIPPED);
        assertThat(m.subject()).isEqualTo("Data retention and subpoenas");
        assertThat(m.from().name()).isEqualTo("Alice Example");
        assertThat(m.from().address()).isNull();
        assertThat(m.from().shown()).isEqualTo("Alice Example alice at");
        assertThat(m.date()).isEqualTo("2005-03-01T17:48:58Z");
        assertThat(m.dateShown()).isEqualTo("Tue Mar  1 10:48:58 MST 2005");
        assertThat(m.list()).isEqualTo("policy-talk");
        assertThat(m.source().format()).isEqualTo("rendering");
    }

    @Test
    void cutShortAddressGivesAWarning() {
        assertThat(parse(STRIPPED).warnings()).singleElement().asString().contains("cut short").contains("alice at");
    }

    @Test
    void bodyIsBetweenHeaderAndFooter() {
        assertThat(parse(STRIPPED).body()).isEqualTo("> quoted words\n\nMy own words.");
    }

    @Test
    void idIsAContentHashAndStable() {
        Message a = parse(STRIPPED);
        assertThat(a.id()).startsWith("h:");
        assertThat(parse(STRIPPED).id()).isEqualTo(a.id());
        assertThat(parse(STRIPPED.replace("My own", "Other")).id()).isNotEqualTo(a.id());
        assertThat(a.messageId()).isNull();
    }

    @Test
    void keptStyleHasTheWholeAddress() {
        Message m = parse(STRIPPED.replace("alice at\n", "alice at example.org\n"));
        assertThat(m.from().address()).isEqualTo("alice@example.org");
        assertThat(m.from().name()).isEqualTo("Alice Example");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void nameThatIsTheAddressCompletesACutShortAddress() {
        List<String> warnings = new ArrayList<>();
        Author a = RenderingParser.author("glyph at divmod.com glyph at", warnings);
        assertThat(a.name()).isNull();
        assertThat(a.address()).isEqualTo("glyph@divmod.com");
        assertThat(warnings).isEmpty();
        Author kept = RenderingParser.author("clive at darkarts.co.za clive at darkarts.co.za", warnings);
        assertThat(kept.address()).isEqualTo("clive@darkarts.co.za");
        assertThat(kept.name()).isNull();
    }

    @Test
    void authorInAngleBracketsCutShort() {
        List<String> warnings = new ArrayList<>();
        Author a = RenderingParser.author("Todd Glassey <tglassey at>", warnings);
        assertThat(a.name()).isEqualTo("Todd Glassey");
        assertThat(a.address()).isNull();
        assertThat(warnings).singleElement().asString().contains("cut short").contains("tglassey at");
        Author whole = RenderingParser.author("Todd Glassey <tglassey at example.com>", warnings);
        assertThat(whole.address()).isEqualTo("tglassey@example.com");
        assertThat(whole.name()).isEqualTo("Todd Glassey");
    }

    @Test
    void authorWithoutAnyAddress() {
        List<String> warnings = new ArrayList<>();
        Author a = RenderingParser.author("Steven Bellovin", warnings);
        assertThat(a.name()).isEqualTo("Steven Bellovin");
        assertThat(a.address()).isNull();
        assertThat(warnings).singleElement().asString().contains("no author address");
    }

    @Test
    void toleratesLeadingBlankLinesCrLfAndAByteOrderMark() {
        Message m = parse("\uFEFF\r\n" + STRIPPED.replace("\n", "\r\n"));
        assertThat(m.subject()).isEqualTo("Data retention and subpoenas");
        assertThat(m.date()).isEqualTo("2005-03-01T17:48:58Z");
        assertThat(m.body()).isEqualTo("> quoted words\r\n\r\nMy own words.");
    }

    @Test
    void toleratesNameAndAddressOnTwoLines() {
        Message m = parse(STRIPPED.replace("Alice Example alice at\n", "Alice Example\nalice at example.org\n"));
        assertThat(m.from().name()).isEqualTo("Alice Example");
        assertThat(m.from().address()).isEqualTo("alice@example.org");
    }

    @Test
    void toleratesAWrappedSubject() {
        Message m = parse(STRIPPED.replace("Data retention and subpoenas\n", "Data retention\nand subpoenas\n"));
        assertThat(m.subject()).isEqualTo("Data retention and subpoenas");
        assertThat(m.from().name()).isEqualTo("Alice Example");
    }

    @Test
    void toleratesNoBlankLineBetweenSubjectAndAuthor() {
        Message m = parse(STRIPPED.replace("subpoenas\n\n", "subpoenas\n"));
        assertThat(m.subject()).isEqualTo("Data retention and subpoenas");
        assertThat(m.from().name()).isEqualTo("Alice Example");
        assertThat(m.body()).startsWith("> quoted words");
    }

    @Test
    void withoutFooterTheListComesFromTheSubjectPrefix() {
        Message m = parse("[NANOG] CALEA\n\nBob bob at\nFri May 11 21:05:20 UTC 2007\n\nText.\n");
        assertThat(m.list()).isEqualTo("nanog");
        assertThat(m.body()).isEqualTo("Text.");
        assertThat(m.warnings()).anyMatch(w -> w.contains("no list footer"));
    }

    @Test
    void textAfterTheFooterIsNotBody() {
        Message m = parse(STRIPPED + "\nhttp://lists.example.org/mailman/listinfo/policy-talk\n");
        assertThat(m.list()).isEqualTo("policy-talk");
        assertThat(m.body()).isEqualTo("> quoted words\n\nMy own words.");
    }

    @Test
    void unreadableDateIsNullWithWarningWhenTheFooterVouches() {
        Message m = parse(STRIPPED.replace("Tue Mar  1 10:48:58 MST 2005", "sometime in March"));
        assertThat(m.date()).isNull();
        assertThat(m.dateShown()).isEqualTo("sometime in March");
        assertThat(m.warnings()).anyMatch(w -> w.contains("unreadable date"));
    }

    @Test
    void latin1RenderingIsDecodedWithWarning() {
        Message m = Collected.read("r.txt", STRIPPED.replace("Alice", "Ren\u00e9e"), StandardCharsets.ISO_8859_1).only();
        assertThat(m.from().name()).isEqualTo("Ren\u00e9e Example");
        assertThat(m.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void otherTextIsNotARendering() throws Exception {
        RenderingParser p = new RenderingParser();
        for (String text : List.of(
                "From alice at example.org  Tue Mar  1 10:48:58 2005\nFrom: alice at example.org\nSubject: x\n\nbody\n",
                "Subject: x\n\nTue Mar  1 10:48:58 MST 2005\nFri May 11 21:05:20 UTC 2007\n",
                "<html>\n\n<body>\nTue Mar  1 10:48:58 MST 2005\n",
                "Just some notes\n\nabout things\nand more things\n\nno dates at all\n")) {
            assertThat(p.accepts(Input.of("t.txt", null, text.getBytes(StandardCharsets.UTF_8)))).as(text).isFalse();
        }
        assertThat(p.accepts(Input.of("any.name", null, STRIPPED.getBytes(StandardCharsets.UTF_8)))).isTrue();
    }

    @Test
    void everyTruncationOrCorruptionGivesAMessageOrAClearProblemNeverACrash() {
        byte[] bytes = STRIPPED.getBytes(StandardCharsets.UTF_8);
        java.util.Random r = new java.util.Random(9);
        for (int round = 0; round < 400; round++) {
            byte[] b;
            if (round < 200) {
                b = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
            } else {
                b = bytes.clone();
                for (int k = 0; k < 5; k++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            Collected c = Collected.read(Input.of("r.txt", null, b));
            assertThat(c.messages.size() + c.problems.size()).as("round %d", round).isEqualTo(1);
            assertThat(c.problems).as("round %d", round).noneMatch(p -> p.reason().startsWith("unreadable ("));
        }
    }
}
