package org.listscope.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ParentLink;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;
import org.listscope.model.TopicEvidence;

class JsonTest {

    private static Message sample() {
        String body = "> quoted\nWhat doesn't exist can't be subpoenaed. See RFC 2119.\n";
        int own = body.indexOf("What");
        int rfc = body.indexOf("RFC 2119");
        Message m = Message.builder()
                .id("<a@b>").messageId("<a@b>").list("nanog").subject("ISP CALEA compliance")
                .from(Author.of("Steven M. Bellovin", null, "Steven M. Bellovin smb at"))
                .date(Instant.parse("2007-05-11T21:05:20Z")).dateShown("Fri May 11 21:05:20 UTC 2007")
                .source(new Source("x.txt", null, "rendering")).body(body)
                .segments(List.of(Segment.of(SegmentKind.QUOTE, 0, own, 1).withQuoted("Todd Glassey", null).asForwarded().asCopied(),
                        Segment.of(SegmentKind.TEXT, own, body.length(), 0)))
                .parentLink(new ParentLink(LinkMethod.ATTRIBUTION, 0.9))
                .annotations(List.of(
                        new Citation("rfc", rfc, rfc + 8, "RFC 2119", "RFC 2119", "https://www.rfc-editor.org/rfc/rfc2119",
                                null, List.of(), 0.99, List.of("rfc"), false, "Steven M. Bellovin"),
                        new Claim("legal-fact", own, own + 39, body.substring(own, own + 39), List.of("legal-process"),
                                0.9, List.of("can't be subpoenaed"), false, false, "Steven M. Bellovin")))
                .build();
        return m.withAnnotations(m.annotations(), List.of(new TopicEvidence("legal-process", own, own + 39)));
    }

    @Test
    void writesTheContractFieldNames() throws Exception {
        JsonNode n = Json.mapper().readTree(Json.line(sample()));
        assertThat(n.fieldNames()).toIterable().contains("id", "messageId", "list", "subject", "from", "date",
                "dateShown", "inReplyTo", "references", "parentId", "threadId", "parentLink", "url", "source",
                "body", "segments", "warnings", "annotations");
        assertThat(n.get("date").asText()).isEqualTo("2007-05-11T21:05:20Z");
        assertThat(n.get("from").get("address").isNull()).isTrue();
        assertThat(n.get("from").get("shown").asText()).isEqualTo("Steven M. Bellovin smb at");
        assertThat(n.get("parentLink").get("how").asText()).isEqualTo("attribution");
        assertThat(n.get("segments").get(0).get("kind").asText()).isEqualTo("quote");
        assertThat(n.get("segments").get(0).get("quotedAuthor").asText()).isEqualTo("Todd Glassey");
        assertThat(n.get("segments").get(1).has("quotedAuthor")).isFalse();
        assertThat(n.get("segments").get(0).get("forwarded").asBoolean()).isTrue();
        assertThat(n.get("segments").get(1).has("forwarded")).isFalse(); // written only when true
        assertThat(n.get("segments").get(0).get("copied").asBoolean()).isTrue();
        assertThat(n.get("segments").get(1).has("copied")).isFalse();
        assertThat(n.get("annotations").get(0).get("type").asText()).isEqualTo("citation");
        assertThat(n.get("annotations").get(1).get("type").asText()).isEqualTo("claim");
        assertThat(n.get("annotations").get(1).get("evidence").get(0).asText()).isEqualTo("can't be subpoenaed");
    }

    @Test
    void readsBackWhatItWrote() {
        Message m = sample();
        assertThat(Json.readMessage(Json.line(m))).isEqualTo(m);
        assertThat(m.toBuilder().build()).isEqualTo(m); // the builder keeps the topics too
    }

    @Test
    void writesTheTopicsAndWhereEachWasFound() throws Exception {
        JsonNode n = Json.mapper().readTree(Json.line(sample()));
        assertThat(n.get("topics").toString()).isEqualTo("[\"legal-process\"]");
        assertThat(n.get("topicEvidence").get(0).get("topic").asText()).isEqualTo("legal-process");
        assertThat(n.get("topicEvidence").get(0).get("start").asInt()).isEqualTo(sample().body().indexOf("What"));
    }

    @Test
    void aTopicsCountRoundTripsAndReadsAsOneWhereOlderJsonLacksIt() throws Exception {
        Message m = sample();
        Message counted = m.withAnnotations(m.annotations(), List.of(m.topicEvidence().get(0).withCount(4)));
        assertThat(Json.readMessage(Json.line(counted)).topicEvidence().get(0).count()).isEqualTo(4);
        com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(Json.line(counted));
        ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("topicEvidence").get(0)).remove("count");
        assertThat(Json.readMessage(n.toString()).topicEvidence().get(0).count()).isEqualTo(1);
    }

    @Test
    void readsAMessageWrittenBeforeTopicsWithNone() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(Json.line(sample()));
        n.remove("topics");
        n.remove("topicEvidence");
        Message old = Json.readMessage(n.toString());
        assertThat(old.topics()).isEmpty();
        assertThat(old.topicEvidence()).isEmpty();
        assertThat(old.annotations()).hasSize(2);
    }

    @Test
    void writesTheTypeOnlyOnce() {
        String line = Json.line(sample());
        assertThat(line.split("\"type\"", -1)).hasSize(3);
    }
}
