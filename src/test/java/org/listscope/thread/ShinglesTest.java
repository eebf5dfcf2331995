package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    private static final String[] WORDS = "the reactor deferred protocol factory ssh key server client loop event callback error twisted python"
            .split(" ");

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(7) == 0 ? "\n> " : " ");
        return sb.toString();
    }

    @Test
    void wrappingQuotingAndCaseDoNotChangeShingles() {
        String text = "The reactor\nloop handles events";
        Shingles.Run a = Shingles.of(text, 0, text.length());
        assertThat(a.size()).isEqualTo(2);
        String b = "> the REACTOR loop\n>   handles, events";
        assertThat(Shingles.of(b, 0, b.length()).hashes()).containsExactly(a.hashes());
    }

    @Test
    void offsetsPointAtTheWords() {
        String s = "  one two three four five";
        Shingles.Run r = Shingles.of(s, 0, s.length());
        assertThat(r.size()).isEqualTo(2);
        assertThat(s.substring(r.starts()[1], r.ends()[1])).isEqualTo("two three four five");
    }

    @Test
    void hashesOfAPartAreReadOffTheWholeRun() {
        Random r = new Random(11);
        for (int round = 0; round < 500; round++) {
            String text = words(r, r.nextInt(60)) + (r.nextBoolean() ? "Übergrößen café\n" : "");
            Shingles.Run all = Shingles.of(text, 0, text.length());
            int from = r.nextInt(text.length() + 1);
            int to = from + r.nextInt(text.length() - from + 1);
            if (r.nextBoolean()) {
                // most callers cut at line breaks
                from = text.lastIndexOf('\n', from) + 1;
                int nl = text.indexOf('\n', to);
                to = nl < 0 ? text.length() : nl + 1;
            }
            assertThat(Shingles.hashes(all, text, from, to)).as("round %d: %d..%d", round, from, to)
                    .containsExactly(Shingles.of(text, from, to).hashes());
        }
    }

    @Test
    void winnowingGuaranteesAFingerprintForEverySharedRun() {
        Random r = new Random(42);
        int guarantee = Shingles.K + Shingles.WINDOW - 1;
        for (int round = 0; round < 300; round++) {
            String shared = words(r, guarantee + r.nextInt(20));
            String a = words(r, r.nextInt(30)) + " " + shared + " " + words(r, r.nextInt(30));
            String b = words(r, r.nextInt(30)) + " " + shared + " " + words(r, r.nextInt(30));
            Set<Long> fa = new HashSet<>();
            for (long f : Shingles.fingerprints(Shingles.of(a, 0, a.length()).hashes())) fa.add(f);
            boolean common = false;
            for (long f : Shingles.fingerprints(Shingles.of(b, 0, b.length()).hashes())) common |= fa.contains(f);
            assertThat(common).as("round %d", round).isTrue();
        }
    }

    @Test
    void indexAgreesWithBruteForce() {
        Random r = new Random(7);
        ShingleIndex index = new ShingleIndex();
        Map<Long, Set<Integer>> brute = new HashMap<>();
        for (int m = 0; m < 2000; m++) {
            long[] prints = new long[1 + r.nextInt(20)];
            for (int k = 0; k < prints.length; k++) prints[k] = r.nextInt(5000) * 0x9E3779B97F4A7C15L;
            // the places of the fingerprints an earlier message held (a repeat within the message counts once)
            List<Integer> held = new java.util.ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (int k = 0; k < prints.length; k++) {
                if (seen.add(prints[k]) && brute.containsKey(prints[k])) held.add(k);
            }
            assertThat(index.add(m, prints)).containsExactly(held.stream().mapToInt(Integer::intValue).toArray());
            for (long p : prints) brute.computeIfAbsent(p, x -> new HashSet<>()).add(m);
        }
        for (Map.Entry<Long, Set<Integer>> e : brute.entrySet()) {
            Set<Integer> got = new HashSet<>();
            index.forEach(e.getKey(), got::add);
            if (e.getValue().size() > ShingleIndex.COMMON) assertThat(got).isEmpty();
            else assertThat(got).isEqualTo(e.getValue());
        }
        Set<Integer> none = new HashSet<>();
        index.forEach(12345L, none::add);
        assertThat(none).isEmpty();
        assertThat(List.of(brute.size())).isNotEmpty();
    }
}
