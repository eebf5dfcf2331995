package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.listscope.model.Message;

/**
 * Highlighted snippets from the part of a message that matched: own text, quoted text or subject,
 * in that order of preference. Offsets come from the postings (the text fields are indexed with
 * offsets); the text itself is rebuilt from the stored message by {@link MessageText}, exactly as
 * it was indexed.
 */
final class Snippets {

    /** Characters a snippet passage aims at. */
    static final int PASSAGE_CHARS = 160;

    private final IndexSearcher searcher;

    Snippets(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** One snippet per document, aligned with {@code docs}. */
    String[] of(Query query, int[] docs, Map<Integer, Message> messages) throws IOException {
        // only the text fields the query searches: others have nothing to highlight
        java.util.Set<String> touched = new java.util.HashSet<>();
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
        String[] fields = Fields.SNIPPET_FIELDS.stream().filter(touched::contains).toArray(String[]::new);
        String[] out = new String[docs.length];
        if (fields.length == 0) {
            for (int i = 0; i < docs.length; i++) out[i] = lead(messages.get(docs[i]));
            return out;
        }
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 2);
        UnifiedHighlighter uh = new FromMessages(UnifiedHighlighter.builder(searcher, Analysis.analyzer())
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                // passages are whole lines grown to about PASSAGE_CHARS: mail is written in lines, and
                // a line scan is far cheaper than Java's sentence rules on long bodies
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('\n'), PASSAGE_CHARS, 0.5f))
                .withWeightMatches(false)
                .withMaxNoHighlightPassages(0), messages);
        Map<String, String[]> byField = uh.highlightFields(fields, query, docs, passages);
        for (int i = 0; i < docs.length; i++) {
            for (String f : fields) {
                String s = byField.get(f)[i];
                if (s != null && s.contains("<b>")) {
                    out[i] = s.replaceAll("\\s+", " ").strip();
                    break;
                }
            }
            if (out[i] == null) out[i] = lead(messages.get(docs[i]));
        }
        return out;
    }

    /** The start of the own text, for hits that matched no text (a {@code from:} or {@code date:} query). */
    static String lead(Message m) {
        String text = MessageText.own(m).replaceAll("\\s+", " ").strip();
        if (text.length() > PASSAGE_CHARS) {
            int cut = text.lastIndexOf(' ', PASSAGE_CHARS);
            text = text.substring(0, cut > PASSAGE_CHARS / 2 ? cut : PASSAGE_CHARS) + " …";
        }
        return escape(text);
    }

    private static String escape(String s) {
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

    /** A highlighter that takes field text from already loaded messages, not from stored fields. */
    private static final class FromMessages extends UnifiedHighlighter {
        private final Map<Integer, Message> messages;

        FromMessages(Builder b, Map<Integer, Message> messages) {
            super(b);
            this.messages = messages;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Message m = messages.get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) values[i] = text(fields[i], m);
                out.add(values);
                if (cacheCharsThreshold == 0) break;
            }
            return out;
        }

        private static String text(String field, Message m) {
            if (m == null) return "";
            return switch (field) {
                case Fields.BODY, Fields.BODY_EXACT -> MessageText.own(m);
                case Fields.QUOTED -> MessageText.quoted(m);
                case Fields.SUBJECT, Fields.SUBJECT_EXACT -> m.subject();
                default -> "";
            };
        }
    }
}
