package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.json.Json;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Message;
import org.listscope.model.Source;

class CslJsonWriterTest {

    @TempDir
    Path dir;

    private static final Set<String> CSL_TYPES = Set.of("legislation", "bill", "legal_case", "report", "webpage");

    private JsonNode export(List<Message> messages) throws Exception {
        Path out = dir.resolve("refs.json");
        Exporters.export(new CslJsonWriter(), messages, Fixtures.provenance(), out);
        return Json.mapper().readTree(Files.readString(out));
    }

    private static Message citing(String id, String body, Citation... cites) {
        return Message.builder().id(id).from(Author.of("A", "a@x.org", "A")).source(new Source("p", null, "mbox"))
                .url("https://lists.example.org/" + id).body(body).annotations(List.of(cites)).build();
    }

    private static Citation c(String body, String kind, String text, String normalized, String link) {
        int s = body.indexOf(text);
        return new Citation(kind, s, s + text.length(), text, normalized, link, null, List.of(), 0.9, List.of(), false, "A");
    }

    @Test
    void oneTypedItemPerReferenceWithTheMessagesThatCiteIt() throws Exception {
        String b1 = "See 47 USC 1001, RFC 2119, H.R. 837 and Pub. L. 103-414. Please see, among others,";
        String b2 = "Per 47 U.S.C. § 1001 and Smith v. Maryland, 442 U.S. 735 (1979); http://example.com/a";
        List<Message> in = List.of(
                citing("m1", b1, c(b1, "usc", "47 USC 1001", "47 U.S.C. § 1001", "https://www.law.cornell.edu/uscode/text/47/1001"),
                        c(b1, "rfc", "RFC 2119", "RFC 2119", "https://www.rfc-editor.org/rfc/rfc2119"),
                        c(b1, "bill", "H.R. 837", "H.R. 837 (110th)", null),
                        c(b1, "public-law", "Pub. L. 103-414", "Pub. L. 103-414", null),
                        c(b1, "pointer", "Please see, among others,", null, null)),
                citing("m2", b2, c(b2, "usc", "47 U.S.C. § 1001", "47 U.S.C. § 1001", "https://www.law.cornell.edu/uscode/text/47/1001"),
                        c(b2, "case", "Smith v. Maryland, 442 U.S. 735 (1979)", "Smith v. Maryland, 442 U.S. 735 (1979)", null),
                        c(b2, "url", "http://example.com/a", "http://example.com/a", null)));
        JsonNode items = export(in);
        assertThat(items.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items) {
            ids.add(item.get("id").asText());
            assertThat(CSL_TYPES).contains(item.get("type").asText());
            assertThat(item.get("title").asText()).isNotBlank();
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(6).contains("usc-47-u-s-c-1001", "rfc-rfc-2119");
        JsonNode usc = find(items, "usc-47-u-s-c-1001");
        assertThat(usc.get("type").asText()).isEqualTo("legislation");
        assertThat(usc.get("container-title").asText()).isEqualTo("U.S.C.");
        assertThat(usc.get("volume").asText()).isEqualTo("47");
        assertThat(usc.get("section").asText()).isEqualTo("1001");
        assertThat(usc.get("URL").asText()).isEqualTo("https://www.law.cornell.edu/uscode/text/47/1001");
        assertThat(usc.get("custom").get("listscope").get("citedBy")).extracting(n -> n.get("id").asText())
                .containsExactly("m1", "m2");
        assertThat(usc.get("note").asText()).contains("Cited in 2 messages").contains("https://lists.example.org/m1");
        assertThat(find(items, "rfc-rfc-2119").get("number").asText()).isEqualTo("2119");
        JsonNode bill = find(items, "bill-h-r-837-110th");
        assertThat(bill.get("type").asText()).isEqualTo("bill");
        assertThat(bill.get("number").asText()).isEqualTo("H.R. 837");
        assertThat(bill.get("chapter-number").asText()).isEqualTo("110");
        assertThat(find(items, "public-law-pub-l-103-414").get("number").asText()).isEqualTo("103-414");
        assertThat(find(items, "case-smith-v-maryland-442-u-s-735-1979").get("type").asText()).isEqualTo("legal_case");
        assertThat(find(items, "url-http-example-com-a").get("URL").asText()).isEqualTo("http://example.com/a");
    }

    @Test
    void chaptersRulesOrdersAndStandardsAreItemsToo() throws Exception {
        String b = "chapter 119 of title 18; Fed. R. Civ. P. 45(c); EO 12333; FIPS 185; J-STD-025-B";
        JsonNode items = export(List.of(citing("m", b,
                c(b, "usc", "chapter 119 of title 18", "18 U.S.C. ch. 119", "https://www.law.cornell.edu/uscode/text/18/part-I/chapter-119"),
                c(b, "court-rule", "Fed. R. Civ. P. 45(c)", "Fed. R. Civ. P. 45(c)", "https://www.law.cornell.edu/rules/frcp/rule_45"),
                c(b, "executive-order", "EO 12333", "Executive Order 12333", null),
                c(b, "fips", "FIPS 185", "FIPS 185", null),
                c(b, "standard", "J-STD-025-B", "J-STD-025-B", null))));
        assertThat(items.size()).isEqualTo(5);
        JsonNode chapter = find(items, "usc-18-u-s-c-ch-119");
        assertThat(chapter.get("volume").asText()).isEqualTo("18");
        assertThat(chapter.get("chapter-number").asText()).isEqualTo("119");
        assertThat(chapter.has("section")).isFalse();
        JsonNode rule = find(items, "court-rule-fed-r-civ-p-45-c");
        assertThat(rule.get("type").asText()).isEqualTo("legislation");
        assertThat(rule.get("container-title").asText()).isEqualTo("Fed. R. Civ. P.");
        assertThat(rule.get("section").asText()).isEqualTo("45(c)");
        assertThat(find(items, "executive-order-executive-order-12333").get("number").asText()).isEqualTo("12333");
        JsonNode fips = find(items, "fips-fips-185");
        assertThat(fips.get("type").asText()).isEqualTo("standard");
        assertThat(fips.get("number").asText()).isEqualTo("FIPS 185");
        assertThat(find(items, "standard-j-std-025-b").get("number").asText()).isEqualTo("J-STD-025-B");
    }

    @Test
    void idsStayTheSameWhateverTheMessageOrder() throws Exception {
        List<Message> in = new ArrayList<>(Fixtures.calea());
        JsonNode a = export(in);
        java.util.Collections.reverse(in);
        JsonNode b = export(in);
        assertThat(a.findValuesAsText("id")).isEqualTo(b.findValuesAsText("id"));
    }

    @Test
    void anExportWithoutCitationsIsAnEmptyArray() throws Exception {
        Message plain = citing("m", "no references here");
        assertThat(export(List.of(plain)).size()).isZero();
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode i : items) if (i.get("id").asText().equals(id)) return i;
        throw new AssertionError("no item " + id + " in " + items);
    }
}
