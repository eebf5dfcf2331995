package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** What an analyzer makes of a text, to compare two analysis chains token by token. */
public final class TokenTrace {

    private TokenTrace() {
    }

    /** Every token as term/start/end/increment, then the final offset and increment. */
    public static List<String> of(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + offset.startOffset() + "/" + offset.endOffset() + "/" + inc.getPositionIncrement());
            }
            ts.end();
            out.add("end/" + offset.endOffset() + "/" + inc.getPositionIncrement());
        }
        return out;
    }
}
