package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.listscope.model.Author;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Source;

/**
 * Header threading against a brute-force answer on random reply forests: some messages are left
 * out (ghosts), the input is shuffled, and every message must get its nearest present ancestor.
 */
class RandomThreadingTest {

    @RepeatedTest(5)
    void parentIsTheNearestPresentAncestor(RepetitionInfo info) {
        Random r = new Random(1000 + info.getCurrentRepetition());
        int n = 3000;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i == 0 || r.nextInt(5) == 0 ? -1 : i - 1 - r.nextInt(Math.min(i, 40));
        boolean[] present = new boolean[n];
        List<Message> input = new ArrayList<>();
        Instant t0 = Instant.parse("2005-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            present[i] = r.nextInt(8) != 0;
            if (!present[i]) continue;
            List<String> refs = new ArrayList<>();
            for (int p = parent[i]; p >= 0; p = parent[p]) refs.add(0, mid(p));
            boolean onlyInReplyTo = r.nextInt(4) == 0 && !refs.isEmpty();
            int top = i;
            while (parent[top] >= 0) top = parent[top];
            // one subject per true thread: a header-less root is then left alone by the subject fallback
            input.add(Message.builder().id(mid(i)).messageId(mid(i)).subject((top == i ? "" : "Re: ") + "thread " + top)
                    .from(Author.of("A" + r.nextInt(20), null, "a")).date(t0.plusSeconds(60L * i))
                    .source(new Source(null, null, "mbox")).body("body " + i)
                    .references(onlyInReplyTo ? List.of() : refs)
                    .inReplyTo(refs.isEmpty() ? List.of() : List.of(refs.get(refs.size() - 1)))
                    .build());
        }
        Collections.shuffle(input, r);
        List<Message> out = Threader.thread(new Batch(input, List.of(), List.of(), 1, input.size(), 0), Msgs.NOW);
        Map<String, Message> byId = new HashMap<>();
        for (Message m : out) byId.put(m.id(), m);
        for (int i = 0; i < n; i++) {
            if (!present[i]) continue;
            Message m = byId.get(mid(i));
            int want = parent[i];
            List<String> refs = m.references();
            boolean fullChain = !refs.isEmpty() || parent[i] < 0;
            while (want >= 0 && !present[want]) want = fullChain ? parent[want] : -2;
            if (want == -2) {
                // only In-Reply-To naming an absent message: a root of the ghost's thread (or placed by others' references)
                continue;
            }
            if (want >= 0) {
                assertThat(m.parentId()).as("parent of %d", i).isEqualTo(mid(want));
            } else if (parent[i] < 0) {
                assertThat(m.parentId()).as("root %d", i).isNull();
            }
            int root = i;
            while (parent[root] >= 0) root = parent[root];
            if (present[root] && fullChain && m.parentId() != null || parent[i] < 0) {
                assertThat(m.threadId()).as("thread of %d", i).isEqualTo(mid(root));
            }
        }
        BadInputTest.assertAcyclic(out);
    }

    private static String mid(int i) {
        return "<m" + i + "@r>";
    }
}
