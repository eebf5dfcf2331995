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

    /**
     * The English side. The text of a field with an exact twin ({@code keep}) is kept, and a reader
     * over it returned for the chain's tokenizer; any other text is passed on and not recorded.
     */
    Reader recordText(Reader text, boolean keep) {
        Recording r = recordings.get();
        r.recording = keep;
        r.complete = false;
        if (!keep) return text;
        if (r.terms.length > KEPT_CHARS) r.dropTokens();
        r.text.readAll(text);
        return r.text.reader();
    }

    /** The exact side: reads the text, and arms a replay when it is the recorded one, complete. */
    Reader replayText(Reader text) {
        Recording r = recordings.get();
        r.other.readAll(text);
        r.armed = r.complete && r.other.sameAs(r.text);
        return r.other.reader();
    }

    /** Records the tokens of {@code in} (word breaks and lower case) for this thread's next replay. */
    TokenStream record(TokenStream in) {
        return new Record(in, recordings.get());
    }

    /** Replays this thread's recording when {@link #replayText} armed it; else passes {@code in} on. */
    TokenStream replay(TokenStream in) {
        return new Replay(in, recordings.get());
    }

    /** A text read whole from a reader, in a buffer that grows as needed. */
    private static final class Chars {
        char[] chars = new char[1024];
        int length;

        void readAll(Reader in) {
            if (chars.length > KEPT_CHARS) chars = new char[1024];
            int n = 0;
            try {
                for (int k; (k = in.read(chars, n, chars.length - n)) != -1; ) {
                    n += k;
                    if (n == chars.length) chars = Arrays.copyOf(chars, chars.length * 2);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            length = n;
        }

        Reader reader() {
            return new CharArrayReader(chars, 0, length);
        }

        boolean sameAs(Chars other) {
            return length == other.length && Arrays.equals(chars, 0, length, other.chars, 0, length);
        }
    }

    /** One thread's text and the tokens recorded from it. */
    private static final class Recording {
        final Chars text = new Chars();
        final Chars other = new Chars();
        char[] terms = new char[1024];
        int[] termEnd = new int[64];
        int[] start = new int[64];
        int[] end = new int[64];
        int[] posInc = new int[64];
        int count;
        int finalOffset;
        boolean recording;
        boolean exhausted;
        boolean complete;
        boolean armed;

        /** Lets the large token buffers of a huge text go. */
        void dropTokens() {
            terms = new char[1024];
            termEnd = new int[64];
            start = new int[64];
            end = new int[64];
            posInc = new int[64];
            count = 0;
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
            if (rec.recording) rec.add(term, offset, inc);
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            rec.finalOffset = offset.endOffset();
            rec.complete = rec.recording && rec.exhausted; // the whole text read, its final offset known
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
