package org.listscope.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops a lower-case word's possessive {@code 's} (also {@code ’s} and {@code ＇s}), but not that of
 * a contraction of "is" or "has" ({@code it's}, {@code that's}, {@code let's}), so that the phrase
 * {@code "it's illegal"} still means those words. The Solr configset's {@code exact} type does the
 * same with a regular expression; here the token's last two characters are tested instead (the
 * expression tripled the cost of the exact chain).
 */
final class Possessives extends TokenFilter {

    /** The words whose {@code 's} is a contraction (the Solr configset's pattern names the same). */
    private static final CharArraySet CONTRACTED = new CharArraySet(
            List.of("it", "that", "there", "here", "what", "who", "where", "when", "how", "why", "he", "she", "let"), false);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Possessives(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] b = term.buffer();
        int n = term.length();
        if (n >= 3 && b[n - 1] == 's' && isApostrophe(b[n - 2]) && !CONTRACTED.contains(b, 0, n - 2)) {
            term.setLength(n - 2);
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\uFF07';
    }
}
