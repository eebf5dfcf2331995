package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void containsExactlyTheGivenValues() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            long[] values = new long[r.nextInt(100)];
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < values.length; i++) {
                // small values and repeats too, so that slots collide
                values[i] = r.nextBoolean() ? r.nextLong() : r.nextInt(20);
                expected.add(values[i]);
            }
            LongSet set = new LongSet(values);
            for (long v : expected) assertThat(set.contains(v)).isTrue();
            for (int probe = 0; probe < 200; probe++) {
                long v = r.nextBoolean() ? r.nextLong() : r.nextInt(40);
                assertThat(set.contains(v)).isEqualTo(expected.contains(v));
            }
        }
    }

    @Test
    void zeroAndTheEmptySetAreHandled() {
        assertThat(new LongSet(new long[0]).contains(0)).isFalse();
        assertThat(new LongSet(new long[] {0}).contains(0)).isTrue();
        assertThat(new LongSet(new long[] {1L << 32}).contains(1)).isFalse();
    }
}
