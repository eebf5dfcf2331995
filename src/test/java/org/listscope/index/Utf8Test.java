package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Utf8}: the bytes Lucene writes for a String, from the array encoder. */
class Utf8Test {

    @Test
    void aLongTextIsWrittenInTheBytesOfLucenesWriteString() throws Exception {
        StringBuilder atTheWindow = new StringBuilder("x".repeat(1023)).append("\ud83d\ude00").append("y".repeat(2000));
        for (String s : java.util.List.of("", "plain", "\u00e9t\u00e9 \u00a7 1001 \u2014 \u201cquoted\u201d", "\ud83d\ude00 and a lone \ud83d here",
                "a lone low \ude00, then \ud83d at the end \ud83d", "\u00e9".repeat(5000) + "\ud800", atTheWindow.toString())) {
            var lucene = new org.apache.lucene.store.ByteBuffersDataOutput();
            lucene.writeString(s);
            var ours = new org.apache.lucene.store.ByteBuffersDataOutput();
            Utf8.write(ours, s);
            assertThat(ours.toArrayCopy()).as(s.length() > 40 ? s.substring(0, 40) : s).isEqualTo(lucene.toArrayCopy());
        }
    }
}
