package org.listscope.crawl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Finds where the readable records of a WARC file end: every record is read to the end of its
 * body with jwarc; the first one that cannot be (a record torn by a kill, trailing garbage) marks
 * the cut. {@link #repair(Path)} truncates the file there, so that nothing torn is ever passed on.
 */
public final class WarcRepair {

    /**
     * What a check found.
     *
     * @param records complete records
     * @param validLength the length of the file up to the end of the last complete record
     * @param fileLength the file's length
     * @param problem why reading stopped early, or null
     */
    public record Check(int records, long validLength, long fileLength, String problem) {
        /** Whether the whole file is complete records. */
        public boolean intact() {
            return validLength == fileLength;
        }
    }

    private WarcRepair() {
    }

    /** Reads the whole file and reports where its complete records end. */
    public static Check check(Path warc) throws IOException {
        long size = Files.size(warc);
        int records = 0;
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.READ); WarcReader reader = new WarcReader(ch)) {
            while (true) {
                // jwarc's position() is the offset where the record being read starts, also when
                // reading it fails: that is where the complete records end.
                try {
                    Optional<WarcRecord> r = reader.next();
                    if (r.isEmpty()) {
                        return new Check(records, size, size, null);
                    }
                    WarcRecord rec = r.get();
                    long declared = rec.headers().sole("Content-Length").map(Long::parseLong).orElse(-1L);
                    long read = rec.body().stream().transferTo(OutputStream.nullOutputStream());
                    if (declared >= 0 && read != declared) {
                        return new Check(records, reader.position(), size,
                                "record " + (records + 1) + " is cut short (" + read + " of " + declared + " bytes)");
                    }
                    records++;
                } catch (IOException | RuntimeException e) {
                    return new Check(records, reader.position(), size, "record " + (records + 1) + " is torn or unreadable ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
                }
            }
        }
    }

    /** Truncates a WARC file after its last complete record; returns the check made before. */
    public static Check repair(Path warc) throws IOException {
        Check c = check(warc);
        if (!c.intact()) {
            try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.WRITE)) {
                ch.truncate(c.validLength());
            }
        }
        return c;
    }
}
