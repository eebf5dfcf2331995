package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;

class ThreadOrderTest {

    private static Message msg(String id, String parent, String thread, int minute) {
        return Message.builder().id(id).from(Author.of("A", "a@x", "A")).source(new Source("p", null, "mbox"))
                .date(Instant.parse("2007-05-11T00:00:00Z").plusSeconds(60L * minute))
                .parentId(parent).threadId(thread).build();
    }

    private static List<String> ids(List<ThreadOrder.Placed> placed) {
        return placed.stream().map(p -> p.message().id() + "@" + p.depth()).toList();
    }

    @Test
    void placesRepliesDepthFirstAndSiblingsByDate() {
        List<Message> in = List.of(msg("c", "a", "a", 5), msg("b", "a", "a", 2), msg("a", null, "a", 0),
                msg("d", "b", "a", 3), msg("x", null, "x", 1));
        assertThat(ids(ThreadOrder.place(in))).containsExactly("a@0", "b@1", "d@2", "c@1", "x@0");
    }

    @Test
    void aMessageWhoseParentIsAbsentStartsABranchInItsThread() {
        List<Message> in = List.of(msg("d", "b", "a", 3), msg("a", null, "a", 0), msg("e", "d", "a", 4));
        List<ThreadOrder.Placed> placed = ThreadOrder.place(in);
        assertThat(ids(placed)).containsExactly("a@0", "d@0", "e@1");
        assertThat(placed).extracting(ThreadOrder.Placed::thread).containsOnly(0);
    }

    @Test
    void cyclesAndDuplicatesDoNotLoseOrRepeatMessages() {
        List<Message> in = List.of(msg("p", "q", "t", 0), msg("q", "p", "t", 1), msg("p", null, "t", 9), msg("s", "s", "s", 2));
        List<ThreadOrder.Placed> placed = ThreadOrder.place(in);
        assertThat(placed).extracting(p -> p.message().id()).containsExactlyInAnyOrder("p", "q", "s");
    }

    @Test
    void everyMessageAppearsOnceAfterItsParentOnRandomForests() {
        Random r = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<Message> in = new ArrayList<>();
            int n = 1 + r.nextInt(200);
            for (int i = 0; i < n; i++) {
                String parent = i == 0 || r.nextInt(5) == 0 ? null : "m" + r.nextInt(i);
                in.add(msg("m" + i, parent, null, r.nextInt(1000)));
            }
            // thread ids as a threader would set them: the root's id
            List<Message> threaded = new ArrayList<>();
            for (Message m : in) {
                Message root = m;
                while (root.parentId() != null) root = in.get(Integer.parseInt(root.parentId().substring(1)));
                threaded.add(m.withThread(m.parentId(), root.id(), null));
            }
            Collections.shuffle(threaded, r);
            List<ThreadOrder.Placed> placed = ThreadOrder.place(threaded);
            List<String> order = placed.stream().map(p -> p.message().id()).toList();
            assertThat(order).doesNotHaveDuplicates().hasSize(n);
            for (ThreadOrder.Placed p : placed) {
                if (p.message().parentId() != null) {
                    int parentAt = order.indexOf(p.message().parentId());
                    assertThat(parentAt).isLessThan(order.indexOf(p.message().id()));
                    assertThat(p.depth()).isEqualTo(placed.get(parentAt).depth() + 1);
                } else {
                    assertThat(p.depth()).isZero();
                }
            }
        }
    }
}
