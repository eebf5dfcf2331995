package org.listscope.index;

import java.io.IOException;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * A long text's UTF-8 bytes, exactly as Lucene writes a String (an unpaired surrogate as U+FFFD), by
 * Lucene's array form of the encoder. Its String form reads one {@code charAt} at a time, which for a
 * text beyond Latin-1 is a call a character under the launcher's inlining limits; the array form reads
 * a copy made in one step.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The UTF-8 bytes of {@code s}. */
    static BytesRef of(String s) {
        char[] chars = s.toCharArray();
        byte[] utf8 = new byte[UnicodeUtil.maxUTF8Length(chars.length)];
        int n = UnicodeUtil.UTF16toUTF8(chars, 0, chars.length, utf8);
        return new BytesRef(utf8, 0, n);
    }

    /** As {@link DataOutput#writeString}, the same bytes, for a long text. */
    static void write(DataOutput out, String s) throws IOException {
        BytesRef utf8 = of(s);
        out.writeVInt(utf8.length);
        out.writeBytes(utf8.bytes, utf8.offset, utf8.length);
    }
}
