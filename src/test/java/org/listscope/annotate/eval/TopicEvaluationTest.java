package org.listscope.annotate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.annotate.Annotator;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;
import org.listscope.model.TopicEvidence;

/** The topic facet scored per message and topic against a reader's topics. */
class TopicEvaluationTest {

    private static final String QUOTE = "> Taxes on cash transactions are illegal to evade.\n";
    private static final String OWN = "The FBI wants a wiretap in every switch.\n";

    private static Message message(String id) {
        String body = QUOTE + OWN;
        return Message.builder().id(id).messageId(id).from(Author.of("Ann", null, "Ann")).source(new Source(null, null, "mbox"))
                .body(body).segments(List.of(Segment.of(SegmentKind.QUOTE, 0, QUOTE.length(), 1),
                        Segment.of(SegmentKind.TEXT, QUOTE.length(), body.length(), 0))).build();
    }

    @Test
    void theMessagesTopicsAreScoredEachOnceAgainstTheReaders() {
        Message m = message("<m1@x>");
        // the reader: lawful-intercept and privacy; the system: lawful-intercept
        List<GoldTopics> gold = List.of(new GoldTopics("t", "s", "<m1@x>", List.of("lawful-intercept", "privacy")));
        TopicEvidence intercept = new TopicEvidence("lawful-intercept", QUOTE.length(), m.body().length());
        TopicEvaluation e = TopicEvaluation.run(gold, g -> m, (g, x) -> x.withAnnotations(List.of(), List.of(intercept)), Annotator::topicWords);
        assertThat(e.messages()).isEqualTo(1);
        assertThat(e.system().counts("topic")).containsExactly(1, 0, 1);
        assertThat(e.system().counts("topic/taxes")).containsExactly(0, 0, 0);
        assertThat(e.errors()).containsExactly("<m1@x> missed topic privacy");
        // the baseline reads the own text's cue words: "wiretap" (lawful-intercept), not the quote's "Taxes"
        assertThat(e.baseline().counts("topic/lawful-intercept")).containsExactly(1, 0, 0);
        assertThat(e.baseline().counts("topic/taxes")).containsExactly(0, 0, 0);
        assertThat(e.table()).contains("| topic | 2 | 1.00 | 0.50 | 0.67 |");
    }

    @Test
    void theAnnotatorsTopicsOfAMessageAreItsOwnTextsOnly() {
        Message m = message("<m1@x>");
        List<GoldTopics> gold = List.of(new GoldTopics("t", "s", "<m1@x>", List.of("lawful-intercept")));
        TopicEvaluation e = TopicEvaluation.run(gold, g -> m, (g, x) -> new Annotator().annotate(x, List.of(x)), Annotator::topicWords);
        // "The FBI wants a wiretap": a policy actor and the topic's word; the quote's taxes are the quoted author's
        assertThat(e.system().counts("topic")).containsExactly(1, 0, 0);
    }

    @Test
    void aSecondReadersTopicsAreScoredAsTheSystemsAre() {
        Message m = message("<m1@x>");
        List<GoldTopics> gold = List.of(new GoldTopics("t", "s", "<m1@x>", List.of("lawful-intercept", "privacy")));
        TopicEvaluation e = TopicEvaluation.agreement(gold, g -> m,
                id -> id.equals("<m1@x>") ? List.of("privacy", "surveillance") : List.of(), Annotator::topicWords);
        assertThat(e.system().counts("topic")).containsExactly(1, 1, 1);
        assertThat(e.errors()).containsExactly("<m1@x> missed topic lawful-intercept", "<m1@x> extra topic surveillance");
    }

    @Test
    void aMessageNotFoundIsReportedAndNotScored() {
        TopicEvaluation e = TopicEvaluation.run(List.of(new GoldTopics("t", "s", "<gone@x>", List.of())), g -> null,
                (g, m) -> m, Annotator::topicWords);
        assertThat(e.messages()).isZero();
        assertThat(e.missing()).containsExactly("s <gone@x>: message not found");
    }

    @Test
    void aTopicOutsideTheVocabularyFailsWithItsLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("topics.jsonl");
        Files.writeString(file, "{\"source\": \"s\", \"messageId\": \"<a@x>\", \"topics\": [\"privacy\"]}\n"
                + "{\"source\": \"s\", \"messageId\": \"<b@x>\", \"topics\": [\"crypto\"]}\n");
        assertThatThrownBy(() -> GoldFile.readTopics(file)).hasMessageContaining(":2:").hasMessageContaining("unknown topic \"crypto\"");
        assertThatThrownBy(() -> new GoldTopics("t", "s", "<c@x>", null)).hasMessageContaining("topics are required");
    }
}
