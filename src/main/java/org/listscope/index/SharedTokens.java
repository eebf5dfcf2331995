package org.listscope.index;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Words found once for two fields. The stemmed and the exact field of a text ({@link Fields#BODY}
 * and {@link Fields#BODY_EXACT}, the subject's pair) start with the same steps: Unicode word
 * breaks, then lower case. The English chain records its words right after those steps
 * ({@link #record}); the exact chain, analysed next (Lucene inverts a document's fields in their
 * order), replays them ({@link #replay}) instead of breaking the same text into words again.
 *
 * <p>A replay happens only when it is sure to give the very tokens the exact chain would: the text
 * is compared, character for character, with the text the recording was made of, and the recording
 * must have run to the end of its text. Otherwise (another field, a query, a stream not read to
 * its end) the exact chain breaks words itself. One instance per analyzer; the recording is per
 * thread, as Lucene's analysis chains are.
 */
final class SharedTokens {

    /** Buffers larger than this many chars (a rare huge message) are let go when the next text comes. */
    static final int KEPT_CHARS = 1 << 20;

    private final ThreadLocal<Recording> recordings = ThreadLocal.withInitial(Recording::new);

    /** The English side: keeps the text, returns a reader over it for the chain's tokenizer. */
    Reader recordText(Reader text) {
        Recording r = recordings.get();
        if (r.text.length > KEPT_CHARS || r.terms.length > KEPT_CHARS) r.letGo();
        r.text = r.readAll(text, r.text);
        r.length = r.readLength;
        r.count = 0;
        r.complete = false;
        return new CharArrayReader(r.text, 0, r.length);
    }

    /** The exact side: reads the text, and arms a replay when it is the recorded one, complete. */
    Reader replayText(Reader text) {
        Recording r = recordings.get();
        r.other = r.readAll(text, r.other.length > KEPT_CHARS ? new char[1024] : r.other);
        int n = r.readLength;
        r.armed = r.complete && r.length == n && Arrays.equals(r.text, 0, n, r.other, 0, n);
        return new CharArrayReader(r.other, 0, n);
    }

    /** Records the tokens of {@code in} (word breaks and lower case) for this thread's next replay. */
    TokenStream record(TokenStream in) {
        return new Record(in, recordings.get());
    }

    /** Replays this thread's recording when {@link #replayText} armed it; else passes {@code in} on. */
    TokenStream replay(TokenStream in) {
        return new Replay(in, recordings.get());
    }

    /** One thread's text and the tokens recorded from it. */
    private static final class Recording {
        char[] text = new char[1024];
        int length;
        char[] other = new char[1024];
        int readLength;
        char[] terms = new char[1024];
        int[] termEnd = new int[64];
        int[] start = new int[64];
        int[] end = new int[64];
        int[] posInc = new int[64];
        int count;
        int finalOffset;
        boolean exhausted;
        boolean complete;
        boolean armed;

        /** Drops the recording and its large buffers. */
        void letGo() {
            text = new char[1024];
            terms = new char[1024];
            termEnd = new int[64];
            start = new int[64];
            end = new int[64];
            posInc = new int[64];
            count = 0;
            complete = false;
        }

        /** Reads {@code in} whole into {@code buf}, grown as needed; the length goes to {@link #readLength}. */
        char[] readAll(Reader in, char[] buf) {
            int n = 0;
            try {
                for (int k; (k = in.read(buf, n, buf.length - n)) != -1; ) {
                    n += k;
                    if (n == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            readLength = n;
            return buf;
        }

        void add(CharTermAttribute term, OffsetAttribute offset, PositionIncrementAttribute inc) {
            int from = count == 0 ? 0 : termEnd[count - 1];
            int to = from + term.length();
            if (to > terms.length) terms = Arrays.copyOf(terms, Math.max(to, terms.length * 2));
            System.arraycopy(term.buffer(), 0, terms, from, term.length());
            if (count == termEnd.length) {
                int size = count * 2;
                termEnd = Arrays.copyOf(termEnd, size);
                start = Arrays.copyOf(start, size);
                end = Arrays.copyOf(end, size);
                posInc = Arrays.copyOf(posInc, size);
            }
            termEnd[count] = to;
            start[count] = offset.startOffset();
            end[count] = offset.endOffset();
            posInc[count] = inc.getPositionIncrement();
            count++;
        }
    }

    /** Passes tokens on unchanged, recording each. */
    private static final class Record extends TokenFilter {
        private final Recording rec;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);

        Record(TokenStream in, Recording rec) {
            super(in);
            this.rec = rec;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            rec.count = 0;
            rec.exhausted = false;
            rec.complete = false;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                rec.exhausted = true;
                return false;
            }
            rec.add(term, offset, inc);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            rec.finalOffset = offset.endOffset();
            rec.complete = rec.exhausted; // the whole text was read, and its final offset is known
        }
    }

    /** Gives the recorded tokens when armed, the input's otherwise. */
    private static final class Replay extends TokenFilter {
        private final Recording rec;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private boolean replaying;
        private int next;

        Replay(TokenStream in, Recording rec) {
            super(in);
            this.rec = rec;
        }

        @Override
        public void reset() throws IOException {
            replaying = rec.armed;
            rec.armed = false;
            next = 0;
            if (!replaying) super.reset();
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!replaying) return input.incrementToken();
            if (next == rec.count) return false;
            clearAttributes();
            int from = next == 0 ? 0 : rec.termEnd[next - 1];
            term.copyBuffer(rec.terms, from, rec.termEnd[next] - from);
            offset.setOffset(rec.start[next], rec.end[next]);
            inc.setPositionIncrement(rec.posInc[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            if (!replaying) {
                super.end();
                return;
            }
            endAttributes();
            offset.setOffset(rec.finalOffset, rec.finalOffset);
        }
    }
}
