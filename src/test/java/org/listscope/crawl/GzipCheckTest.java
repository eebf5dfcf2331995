package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipCheckTest {

    static byte[] gzip(byte[] data, int times) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            for (int i = 0; i < times; i++) gz.write(data);
        }
        return bos.toByteArray();
    }

    @Test
    void wholeGzipPasses() throws IOException {
        GzipCheck.Result r = GzipCheck.check(gzip("From x\nSubject: hi\n\nbody\n".getBytes(), 100), 1 << 20);
        assertThat(r.ok()).isTrue();
        assertThat(r.inflated()).isEqualTo(2500);
    }

    @Test
    void aTruncatedGzipIsFound() throws IOException {
        byte[] gz = gzip("some text that will be compressed into a gzip member\n".getBytes(), 1000);
        GzipCheck.Result r = GzipCheck.check(Arrays.copyOf(gz, gz.length / 2), 1 << 20);
        assertThat(r.ok()).isFalse();
        assertThat(r.bomb()).isFalse();
        assertThat(r.problem()).startsWith("truncated gzip");
    }

    @Test
    void aGzipBombStopsAtTheCapWithoutHoldingTheData() throws IOException {
        byte[] bomb = gzip(new byte[1 << 20], 64); // 64 MB of zeros in about 64 KB
        assertThat(bomb.length).isLessThan(100_000);
        GzipCheck.Result r = GzipCheck.check(bomb, 4 << 20);
        assertThat(r.bomb()).isTrue();
        assertThat(r.problem()).contains("decompression cap");
        assertThat(r.inflated()).isLessThan(5 << 20);
        assertThatThrownBy(() -> GzipCheck.inflate(bomb, 4 << 20)).hasMessageContaining("decompression cap");
    }

    @Test
    void aGzipFileCompressedAgainWrapsGzipAndAPlainOneDoesNot() throws IOException {
        byte[] file = gzip("From x\nSubject: hi\n\nbody\n".getBytes(), 10);
        assertThat(GzipCheck.wrapsGzip(gzip(file, 1))).isTrue();
        assertThat(GzipCheck.wrapsGzip(file)).isFalse();
        assertThat(GzipCheck.wrapsGzip(Arrays.copyOf(file, 5))).as("torn").isFalse();
        assertThat(GzipCheck.wrapsGzip("<html>".getBytes())).isFalse();
    }

    @Test
    void dataThatIsNotGzipIsSaidToBeSo() {
        assertThat(GzipCheck.check("<html>".getBytes(), 100).problem()).isEqualTo("not gzip data");
    }
}
