package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fingerprint filter never leaves out a fingerprint added, and lets few others through. */
class PrintFilterTest {

    @Test
    void everyFingerprintAddedMayBeHeldAndFewOthers() {
        PrintFilter f = new PrintFilter();
        SplittableRandom r = new SplittableRandom(7);
        long[] added = new long[100_000];
        for (int i = 0; i < added.length; i++) {
            added[i] = r.nextLong();
            f.add(added[i]);
        }
        for (long p : added) assertThat(f.mayHold(p)).isTrue();
        int through = 0;
        for (int i = 0; i < 100_000; i++) {
            if (f.mayHold(r.nextLong())) through++;
        }
        assertThat(through).isLessThan(100); // about 0.01% at this fill
    }

    @Test
    void aTermReadsBackAsItsFingerprint() {
        for (long p : new long[] {0L, -1L, Long.MIN_VALUE, 0x0123456789abcdefL, -42L}) {
            assertThat(PrintFilter.print(MessageDocuments.printKey(p))).isEqualTo(p);
        }
    }
}
