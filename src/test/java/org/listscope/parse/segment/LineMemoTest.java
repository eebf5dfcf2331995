package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LineMemoTest {

    @Test
    void computesEachLineOnceWhileRemembered() {
        AtomicInteger calls = new AtomicInteger();
        LineMemo<String> memo = new LineMemo<>(10, s -> {
            calls.incrementAndGet();
            return s.isEmpty() ? null : s.toUpperCase();
        });
        assertThat(memo.get("glyph wrote:")).isEqualTo("GLYPH WROTE:");
        assertThat(memo.get("glyph wrote:")).isEqualTo("GLYPH WROTE:");
        assertThat(memo.get("")).isNull();
        assertThat(memo.get("")).isNull();
        assertThat(calls).hasValue(2);
    }

    @Test
    void forgetsWhenFullAndStillAnswers() {
        AtomicInteger calls = new AtomicInteger();
        LineMemo<Integer> memo = new LineMemo<>(3, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        for (String s : new String[] {"a", "bb", "ccc", "dddd", "a"}) assertThat(memo.get(s)).isEqualTo(s.length());
        assertThat(calls).hasValue(5); // "a" was forgotten when "dddd" came
        assertThat(memo.get("dddd")).isEqualTo(4);
        assertThat(calls).hasValue(5);
    }
}
