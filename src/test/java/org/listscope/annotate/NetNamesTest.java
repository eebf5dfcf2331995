package org.listscope.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;

/**
 * {@link Lookalikes#blankNetNames}, which tries its pattern only in runs of non-white characters
 * holding a mark, blanks exactly what the pattern finds when tried at every position.
 */
class NetNamesTest {

    /** What a scan of the whole sentence blanks, or the sentence itself where it finds nothing. */
    private static String everywhere(String s) {
        char[] out = s.toCharArray();
        Matcher m = Lookalikes.NET_NAME.matcher(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) out[i] = 'q';
        }
        return new String(out);
    }

    private static String byRuns(String s) {
        char[] out = Lookalikes.blankNetNames(s, null);
        return out == null ? s : new String(out);
    }

    @Test
    void blanksTheNamesOfTheNetAndNothingElse() {
        String s = "See http://www.eff.org/pub/ and alt.privacy.clipper, mail djw@eff.org or ~/bin/pgp. Not e.g. U.S. law.";
        String blanked = byRuns(s);
        assertEquals(everywhere(s), blanked);
        assertTrue(blanked.contains("See ") && blanked.contains(" and ") && blanked.contains("U.S. law."), blanked);
        assertTrue(!blanked.contains("eff.org") && !blanked.contains("alt.privacy") && !blanked.contains("/bin/pgp"), blanked);
    }

    @Test
    void sameAsTheWholeScanOnRandomTexts() {
        List<String> pieces = List.of("http://", "https:", "ftp:/", "mailto:", "gopher:", "www.", "www", "@", "alt.", "sci.", "privacy",
                "eff.org", ".com", ".uk", ".gov", "/pub/EFF", "~/x", "/", "//", "~", "a", "B", "x1", ".", "..", ":", ":80", " ", "  ",
                "\t", "\n", "\r", "\u000B", "\f", "\u00a0", "<", ">", "\"", "foo", "self.__x", "net.fcc", "U.S.", "1.5", "e.g.", "-",
                "_", "+", "#", "com", "org", "news", "'", ",", "(", ")");
        Random r = new Random(20261203);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(14);
            for (int i = 0; i < len; i++) b.append(pieces.get(r.nextInt(pieces.size())));
            String s = b.toString();
            assertEquals(everywhere(s), byRuns(s), () -> "text: " + s.replace("\n", "\\n"));
        }
    }

    @Test
    void sameAsTheWholeScanOnRealLines() throws IOException {
        Path mbox = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz");
        int lines = 0;
        int blanked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(mbox)), StandardCharsets.ISO_8859_1))) {
            StringBuilder paragraph = new StringBuilder();
            for (String line; (line = in.readLine()) != null && lines < 400_000; lines++) {
                paragraph.append(line).append('\n');
                if (line.isBlank() || paragraph.length() > 600) {
                    String s = paragraph.toString();
                    String expected = everywhere(s);
                    assertEquals(expected, byRuns(s), () -> "text: " + s);
                    if (!expected.equals(s)) blanked++;
                    paragraph.setLength(0);
                }
            }
        }
        assertTrue(blanked > 1000, "paragraphs with a name of the net: " + blanked);
    }
}
