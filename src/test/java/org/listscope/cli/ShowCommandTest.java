package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.export.ThreadOrder;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;

class ShowCommandTest {

    private static Message msg(String id, String parent, int minutes) {
        return Message.builder().id(id).subject("s").from(Author.of("Ann " + id, null, "ann"))
                .date(Instant.parse("2004-08-25T12:00:00Z").plusSeconds(60L * minutes))
                .source(new Source(null, null, "mbox")).parentId(parent).threadId("r").build();
    }

    @Test
    void repliesComeRightUnderTheirParentsSiblingsOldestFirst() {
        // date order: r, a, b, a1, b1, a2 ; reading order nests a1 and a2 under a, b1 under b
        List<Message> byDate = List.of(msg("r", null, 0), msg("a", "r", 1), msg("b", "r", 2),
                msg("a1", "a", 3), msg("b1", "b", 4), msg("a2", "a", 5));
        assertThat(ThreadOrder.messages(byDate)).extracting(Message::id)
                .containsExactly("r", "a", "a1", "a2", "b", "b1");
        String tree = ShowCommand.tree(byDate);
        assertThat(tree).contains("\n      2004-08-25  Ann a1").contains("\n    2004-08-25  Ann b  ");
        assertThat(tree.indexOf("Ann a2")).isLessThan(tree.indexOf("Ann b  "));
    }

    @Test
    void aThreadOfOneSaysMessageNotMessages() {
        // found by the researcher's study: show --thread of Zimmermann's statement printed "thread of 1 messages"
        assertThat(ShowCommand.tree(List.of(msg("r", null, 0)))).startsWith("thread of 1 message\n");
        assertThat(ShowCommand.tree(List.of(msg("r", null, 0), msg("a", "r", 1)))).startsWith("thread of 2 messages\n");
    }

    @Test
    void aMessageWhoseParentIsMissingStartsAtTheTopAndNothingIsLost() {
        List<Message> ms = List.of(msg("x", "gone", 0), msg("y", "x", 1), msg("z", "z", 2));
        assertThat(ThreadOrder.messages(ms)).extracting(Message::id).containsExactly("x", "y", "z");
    }
}
