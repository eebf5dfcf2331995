package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteScanTest {

    @Test
    void findsTheFirstNewlineInRange() {
        byte[] b = "From: a\nSubject: b\n\nbody".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ByteScan.newline(b, 0, b.length)).isEqualTo(7);
        assertThat(ByteScan.newline(b, 8, b.length)).isEqualTo(18);
        assertThat(ByteScan.newline(b, 19, b.length)).isEqualTo(19);
        assertThat(ByteScan.newline(b, 20, b.length)).isEqualTo(b.length);
        assertThat(ByteScan.newline(b, 0, 5)).isEqualTo(5);
    }

    @Test
    void tellsAsciiFromEightBitText() {
        byte[] ascii = "plain text, long enough for whole words".getBytes(StandardCharsets.US_ASCII);
        byte[] utf8 = "plain text with caf\u00e9 in it, and more".getBytes(StandardCharsets.UTF_8);
        assertThat(ByteScan.isAscii(ascii, 0, ascii.length)).isTrue();
        assertThat(ByteScan.isAscii(utf8, 0, utf8.length)).isFalse();
        assertThat(ByteScan.isAscii(utf8, 0, 19)).isTrue();
        assertThat(ByteScan.isAscii(utf8, 19, 1)).isFalse();
        assertThat(ByteScan.isAscii(utf8, 3, 0)).isTrue();
    }

    @Test
    void agreesWithAPlainLoopOnRandomBytes() {
        Random random = new Random(7);
        byte[] alphabet = {'\n', 'a', ' ', (byte) 0x8a, (byte) 0x0b, (byte) 0xff, 0, (byte) 0x80, 0x7f, '\r'};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) ('a' + random.nextInt(26));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int to = from + random.nextInt(b.length - from + 1);
            int newline = from;
            while (newline < to && b[newline] != '\n') newline++;
            boolean ascii = true;
            for (int i = from; i < to; i++) ascii &= b[i] >= 0;
            assertThat(ByteScan.newline(b, from, to)).isEqualTo(newline);
            assertThat(ByteScan.isAscii(b, from, to - from)).isEqualTo(ascii);
        }
    }
}
