package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.listscope.thread.Msgs.byId;
import static org.listscope.thread.Msgs.mail;
import static org.listscope.thread.Msgs.mid;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.listscope.model.Message;

@Timeout(10)
class BadInputTest {

    @Test
    void referenceLoopStillGivesATree() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Loop", "one").inReplyTo(List.of(mid("b"))),
                mail("b", "Bob", 5, "Re: Loop", "two").inReplyTo(List.of(mid("a"))));
        assertAcyclic(t);
        assertThat(t).extracting(Message::threadId).containsOnly(t.get(0).threadId());
        assertThat(t).flatExtracting(Message::warnings).anySatisfy(w -> assertThat(w).contains("loop"));
    }

    @Test
    void aLoopOfTwoKeepsTheLinkToTheEarlierMessageInEitherOrder() {
        for (boolean reversed : new boolean[] {false, true}) {
            Message.Builder a = mail("a", "Ann", 0, "Loop", "one").inReplyTo(List.of(mid("b")));
            Message.Builder b = mail("b", "Bob", 5, "Re: Loop", "two").inReplyTo(List.of(mid("a")));
            List<Message> t = reversed ? Msgs.thread(b, a) : Msgs.thread(a, b);
            Message first = t.stream().filter(m -> m.subject().equals("Loop")).findFirst().orElseThrow();
            Message reply = t.stream().filter(m -> m.subject().equals("Re: Loop")).findFirst().orElseThrow();
            assertThat(first.parentId()).isNull();
            assertThat(reply.parentId()).isEqualTo(first.id());
        }
    }

    @Test
    void longerLoopThroughReferences() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Loop", "one").references(List.of(mid("c"), mid("b"))),
                mail("b", "Bob", 5, "Loop", "two").references(List.of(mid("a"), mid("c"))),
                mail("c", "Cy", 9, "Loop", "three").references(List.of(mid("b"), mid("a"))));
        assertAcyclic(t);
        assertThat(t).flatExtracting(Message::warnings).anySatisfy(w -> assertThat(w).contains("loop"));
    }

    @Test
    void selfReferenceIsIgnoredWithAWarning() {
        List<Message> t = Msgs.thread(mail("a", "Ann", 0, "Me", "me").inReplyTo(List.of(mid("a"))));
        assertThat(t.get(0).parentId()).isNull();
        assertThat(t.get(0).threadId()).isEqualTo(mid("a"));
        assertThat(t.get(0).warnings()).anySatisfy(w -> assertThat(w).contains("references itself"));
    }

    @Test
    void duplicateMessageIdWithOtherContentIsWarned() {
        List<Message> ms = List.of(
                mail("a", "Ann", 0, "Dup", "original").build(),
                mail("a", "Ann", 1, "Dup", "something else entirely").id("<a@x>#2").build(),
                mail("b", "Bob", 5, "Re: Dup", "reply").inReplyTo(List.of(mid("a"))).build());
        List<Message> t = Threader.thread(new org.listscope.model.Batch(ms, List.of(), List.of(), 3, 3, 0), Msgs.NOW);
        assertThat(t.get(1).warnings()).anySatisfy(w -> assertThat(w).contains("duplicate Message-ID"));
        assertThat(t.get(2).parentId()).isEqualTo(mid("a"));
        assertThat(t.get(0).warnings()).isEmpty();
    }

    @Test
    void datesIn1970AndTheFutureAreWarnedAndStillThreaded() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Clock", "one").date(Instant.EPOCH),
                mail("b", "Bob", 5, "Re: Clock", "two").date(Instant.parse("2099-01-01T00:00:00Z"))
                        .inReplyTo(List.of(mid("a"))));
        assertThat(byId(t, mid("a")).warnings()).anySatisfy(w -> assertThat(w).contains("before 1980"));
        assertThat(byId(t, mid("b")).warnings()).anySatisfy(w -> assertThat(w).contains("future"));
        assertThat(byId(t, mid("b")).parentId()).isEqualTo(mid("a"));
    }

    @Test
    void messagesWithoutDatesOrIdsAreThreaded() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Hm", "one").date(null),
                mail("b", "Bob", 5, "Re: Hm", "two").messageId(null).id("anon").inReplyTo(List.of(mid("a"))));
        assertThat(byId(t, "anon").parentId()).isEqualTo(mid("a"));
    }

    static void assertAcyclic(List<Message> t) {
        Map<String, Message> byId = t.stream().collect(Collectors.toMap(Message::id, Function.identity(), (x, y) -> x));
        for (Message m : t) {
            Set<String> seen = new HashSet<>();
            for (Message p = m; p != null && p.parentId() != null; p = byId.get(p.parentId())) {
                assertThat(seen.add(p.id())).as("loop through %s", p.id()).isTrue();
            }
        }
    }
}
