package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
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
}
