package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.listscope.model.BlankRuns;

/**
 * Highlighted snippets from the part of a message that matched: own text, quoted text or subject,
 * in that order of preference, else the citation or claim an annotation query asked for
 * ({@link AnnotationSnippets}), else the start of the own text. Offsets come from the postings
 * (the text fields are indexed with offsets); the text itself is rebuilt from the stored message by
 * {@link MessageText}, exactly as it was indexed.
 */
final class Snippets {

    /** Characters a snippet passage aims at. */
    static final int PASSAGE_CHARS = 160;

    private final IndexSearcher searcher;

    Snippets(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** One snippet per document, aligned with {@code docs}. */
    String[] of(Query query, int[] docs, Map<Integer, HitFields> messages) throws IOException {
        // only the text fields the query searches: others have nothing to highlight
        Set<String> touched = new java.util.HashSet<>();
        query.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                touched.add(field);
                return false;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
                                                                     Query parent) {
                return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        // one pass per text: the stemmed and the exact field of a text are highlighted together, so that a
        // phrase (exact field) and a word (stemmed field) of one query are both marked in one snippet
        String[] fields = Fields.SNIPPET_FIELDS.stream()
                .filter(f -> touched.contains(f) && !touched.contains(EARLIER_SAME_TEXT.get(f)))
                .toArray(String[]::new);
        String[] out = new String[docs.length];
        if (fields.length > 0) {
            UnifiedHighlighter uh = new FromMessages(UnifiedHighlighter.builder(searcher, Analysis.analyzer())
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                    // passages are whole lines grown to about PASSAGE_CHARS: mail is written in lines, and
                    // a line scan is far cheaper than Java's sentence rules on long bodies
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new CustomSeparatorBreakIterator('\n'), PASSAGE_CHARS, 0.5f))
                    .withWeightMatches(false)
                    .withScorer(SCORER)
                    .withMaxNoHighlightPassages(0)
                    .withMaskedFieldsFunc(f -> SAME_TEXT.getOrDefault(f, Set.of())), messages);
            // field by field, most telling first; a later field only sees the hits still without a snippet
            int[] left = docs.clone();
            int[] at = new int[docs.length]; // where each left document stands in docs
            for (int i = 0; i < at.length; i++) at[i] = i;
            for (String f : fields) {
                if (left.length == 0) break;
                String[] found = uh.highlightFields(new String[] {f}, query, left, new int[] {2}).get(f);
                int kept = 0;
                for (int i = 0; i < left.length; i++) {
                    if (found[i] != null && found[i].contains("<b>")) {
                        out[at[i]] = PhraseMarks.join(BlankRuns.collapse(found[i]));
                    } else {
                        at[kept] = at[i];
                        left[kept++] = left[i];
                    }
                }
                left = java.util.Arrays.copyOf(left, kept);
            }
        }
        AnnotationSnippets annotations = AnnotationSnippets.of(SpeakerQuery.expandAll(query, searcher.getIndexReader()));
        StoredMessages.Reader stored = annotations == null ? null : new StoredMessages.Reader(searcher.getIndexReader());
        for (int i = 0; i < docs.length; i++) {
            if (out[i] == null && annotations != null) {
                String json = stored.storedJson(docs[i]);
                if (json != null) out[i] = annotations.of(json, stored.body(docs[i]));
            }
            if (out[i] == null) out[i] = lead(messages.get(docs[i]));
        }
        return out;
    }

    /** The other field indexing the same text as a field (stemmed or exact): its matches mark the field too. */
    private static final Map<String, Set<String>> SAME_TEXT = Map.of(
            Fields.BODY, Set.of(Fields.BODY_EXACT), Fields.BODY_EXACT, Set.of(Fields.BODY),
            Fields.SUBJECT, Set.of(Fields.SUBJECT_EXACT), Fields.SUBJECT_EXACT, Set.of(Fields.SUBJECT));

    /** The exact fields' stemmed twins, which come first in {@link Fields#SNIPPET_FIELDS} and highlight for both. */
    private static final Map<String, String> EARLIER_SAME_TEXT = Map.of(
            Fields.BODY_EXACT, Fields.BODY, Fields.SUBJECT_EXACT, Fields.SUBJECT);

    /** The start of the own text, for hits that matched no text (a {@code from:} or {@code date:} query). */
    static String lead(HitFields m) {
        String text = BlankRuns.collapse(m.own());
        if (text.length() > PASSAGE_CHARS) {
            int cut = text.lastIndexOf(' ', PASSAGE_CHARS);
            text = text.substring(0, cut > PASSAGE_CHARS / 2 ? cut : PASSAGE_CHARS) + " …";
        }
        return escape(text);
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#x27;");
                case '/' -> sb.append("&#x2F;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final PassageScorer SCORER = new CheapScorer();

    /**
     * Lucene's BM25-like passage score without its per-passage {@code BytesRefHash} (which takes a
     * 32 KB block for every candidate passage: most of the highlighting time on long bodies). A
     * passage holds a handful of matches, so distinct terms are found by a linear scan.
     */
    static final class CheapScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int n = passage.getNumMatches();
            org.apache.lucene.util.BytesRef[] terms = passage.getMatchTerms();
            int[] inDoc = passage.getMatchTermFreqsInDoc();
            float score = 0;
            for (int i = 0; i < n; i++) {
                boolean first = true;
                for (int j = 0; j < i && first; j++) first = !terms[j].bytesEquals(terms[i]);
                if (!first) continue;
                int inPassage = 1;
                for (int j = i + 1; j < n; j++) if (terms[j].bytesEquals(terms[i])) inPassage++;
                score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
            }
            return score * norm(passage.getStartOffset());
        }
    }

    /** A highlighter that takes field text from already loaded messages, not from stored fields. */
    private static final class FromMessages extends UnifiedHighlighter {
        private final Map<Integer, HitFields> messages;

        FromMessages(Builder b, Map<Integer, HitFields> messages) {
            super(b);
            this.messages = messages;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                HitFields m = messages.get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) values[i] = text(fields[i], m);
                out.add(values);
                if (cacheCharsThreshold == 0) break;
            }
            return out;
        }

        private static String text(String field, HitFields m) {
            if (m == null) return "";
            return switch (field) {
                case Fields.BODY, Fields.BODY_EXACT -> m.own();
                case Fields.QUOTED -> m.quoted();
                case Fields.SUBJECT, Fields.SUBJECT_EXACT -> m.subject();
                default -> "";
            };
        }
    }
}
