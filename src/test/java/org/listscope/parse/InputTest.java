package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.util.Random;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class InputTest {

    private static byte[] gzip(byte[] plain) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void readAllAfterHeadGivesTheWholeSmallInput() throws Exception {
        byte[] text = "small page".getBytes(StandardCharsets.US_ASCII);
        Input in = Input.of("p", null, text);
        assertThat(in.head()).isEqualTo(text);
        byte[] all = in.readAll(1 << 20);
        assertThat(all).isEqualTo(text);
        all[0] = 'X';
        assertThat(in.head()[0]).as("the head is not shared with callers").isEqualTo((byte) 's');
    }

    @Test
    void readAllGivesTheWholeLargeInputAndRespectsTheCap() throws Exception {
        byte[] big = new byte[Input.HEAD_SIZE * 3];
        Arrays.fill(big, (byte) 'a');
        Input in = Input.of("p", null, big);
        assertThat(in.head()).hasSize(Input.HEAD_SIZE);
        assertThat(in.readAll(1 << 20)).hasSize(big.length);
        assertThatThrownBy(() -> in.readAll(Input.HEAD_SIZE)).isInstanceOf(ParseException.class).hasMessageContaining("limit");
        Input small = Input.of("q", null, new byte[100]);
        small.head();
        assertThatThrownBy(() -> small.readAll(50)).isInstanceOf(ParseException.class);
    }

    @Test
    void gzipIsUndoneAndATruncatedGzipStillFailsOnReadAll() throws Exception {
        byte[] plain = "From a at b  Tue Mar  1 10:48:58 2005\nhello\n".repeat(50).getBytes(StandardCharsets.US_ASCII);
        byte[] gz = gzip(plain);
        Input in = Input.of("m.gz", null, gz);
        assertThat(in.isGzip()).isTrue();
        assertThat(in.head()).isEqualTo(plain);
        assertThat(in.readAll(1 << 20)).isEqualTo(plain);
        Input cut = Input.of("cut.gz", null, Arrays.copyOf(gz, gz.length / 2));
        assertThat(cut.head().length).isLessThan(plain.length);
        assertThatThrownBy(() -> cut.readAll(1 << 20)).isInstanceOf(EOFException.class);
    }

    /** Decompresses a cut gzip one small read at a time: every byte that comes out before the cut. */
    static byte[] beforeTheCut(byte[] gz) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            byte[] b = new byte[512];
            int n;
            while ((n = in.read(b)) > 0) out.write(b, 0, n);
        } catch (EOFException e) {
            // the cut
        }
        return out.toByteArray();
    }

    @Test
    void openHandsOutEveryByteBeforeTheCutOfAGzipThenSaysItWasCut() throws Exception {
        Random random = new Random(7);
        byte[] plain = new byte[300_000];
        for (int i = 0; i < plain.length; i++) plain[i] = (byte) ('a' + random.nextInt(16));
        byte[] gz = gzip(plain);
        for (int cut : new int[] {2_000, 14_000, 40_000, gz.length - 10}) {
            byte[] expected = beforeTheCut(Arrays.copyOf(gz, cut));
            assertThat(expected.length).as("cut at %d", cut).isPositive();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            // read as ByteLines does: blocks of 64 KB
            try (InputStream in = Input.of("cut.gz", null, Arrays.copyOf(gz, cut)).open()) {
                byte[] b = new byte[1 << 16];
                assertThatThrownBy(() -> {
                    int n;
                    while ((n = in.read(b, 0, b.length)) > 0) got.write(b, 0, n);
                }).isInstanceOf(EOFException.class);
            }
            assertThat(got.size()).as("bytes before the cut at %d", cut).isEqualTo(expected.length);
            assertThat(got.toByteArray()).as("cut at %d", cut).isEqualTo(expected);
        }
    }
}
