package org.listscope.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.listscope.json.Json;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.BlankRuns;
import org.listscope.model.Segment;
import org.listscope.model.TopicEvidence;

/**
 * The snippet of a hit that a query found by its annotations ({@code cites:}, {@code citekind:},
 * {@code claim:}, {@code topic:}, {@code has:}, {@code quotedcites:}, {@code speaker:}) and not by
 * its text: the lines
 * around the first citation or claim of the author's own text (or, for {@code quotedcites:}, of
 * quoted text) that the query asks for, that annotation marked as a
 * text field's match is. Where several are asked for ({@code claim:prediction topic:encryption}),
 * the first that answers the most of them. A {@code topic:} that no annotation carries shows the
 * sentence that gave the message the topic ({@code topicEvidence}).
 */
final class AnnotationSnippets {

    /** The annotation fields a snippet can come from. */
    private static final Set<String> FIELDS = Set.of(Fields.CITES, Fields.QUOTED_CITES, Fields.CITE_KIND, Fields.CLAIM,
            Fields.TOPIC, Fields.HAS, Fields.SPEAKER, Fields.SAID);
    /** Characters shown of an annotation longer than a passage, before and after the cut. */
    private static final int LONG_SIDE = Snippets.PASSAGE_CHARS;

    /** What the query asks of each field, exact terms and patterns, from its clauses that are not negated. */
    private final Map<String, Set<String>> terms = new HashMap<>();
    private final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();
    /** The most fields one annotation can answer ({@link #askedCount}), once the query is read. */
    private int all;

    private AnnotationSnippets() {
    }

    /** The snippet maker of a query, or {@code null} when the query asks nothing of annotations. */
    static AnnotationSnippets of(Query query) {
        AnnotationSnippets s = new AnnotationSnippets();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return FIELDS.contains(field);
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) s.terms.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.text());
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                s.patterns.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        if (s.terms.isEmpty() && s.patterns.isEmpty()) return null;
        s.all = s.askedCount();
        return s;
    }

    /**
     * The snippet of a stored message, read from its JSON as far as the first annotation that answers
     * all the query asks (a long document with hundreds of annotations is not parsed whole). The
     * snippet is HTML-escaped, the annotation in {@code <b>}, or {@code null} when no annotation
     * answers; a {@code topic:} that no annotation answers shows the sentence that gave the topic.
     *
     * @param json the message JSON as stored, its body empty where {@code body} gives it
     * @param body the body, or {@code null} where the JSON holds it
     */
    String of(String json, String body) throws IOException {
        ObjectMapper mapper = Json.mapper();
        List<Segment> segments = List.of();
        String text = body;
        Author from = null;
        Annotation best = null;
        int most = 0;
        List<TopicEvidence> evidence = List.of();
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            read:
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "body" -> {
                        if (text == null || text.isEmpty()) text = p.getValueAsString();
                    }
                    case "from" -> from = mapper.readValue(p, Author.class);
                    case "segments" -> segments = List.of(mapper.readValue(p, Segment[].class));
                    case "annotations" -> {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (most >= all) {
                                p.skipChildren();
                                continue;
                            }
                            Annotation an = mapper.readValue(p, Annotation.class);
                            int n = answered(an);
                            if (n > most) {
                                best = an;
                                most = n;
                            }
                        }
                        if (best != null) break read; // the topics' evidence is for messages no annotation answers
                    }
                    case "topicEvidence" -> evidence = List.of(mapper.readValue(p, TopicEvidence[].class));
                    default -> p.skipChildren();
                }
            }
        }
        if (text == null) return null;
        if (best != null) return around(text, segments, best.start(), best.end());
        String poster = asksOf(Fields.SAID) && from != null ? AnnotationTerms.speakerKey(from.speakerName()) : null;
        for (TopicEvidence e : evidence) {
            boolean asked = asks(Fields.TOPIC, e.topic())
                    || poster != null && asks(Fields.SAID, AnnotationTerms.said(poster, Fields.TOPIC, e.topic()));
            if (asked) return around(text, segments, e.start(), e.end());
        }
        return null;
    }

    /** The snippet of the span {@code [start, end)} of a body, grown within its segment. */
    private static String around(String body, List<Segment> segments, int start, int end) {
        if (end > body.length()) return null; // a body and annotations out of step: no snippet rather than a wrong one
        int from = 0;
        int to = body.length();
        for (Segment seg : segments) {
            if (seg.contains(start)) {
                from = seg.start();
                to = Math.max(seg.end(), end);
            }
        }
        return around(body, from, to, start, end);
    }

    /**
     * How many of the asked fields the annotation answers: an annotation of own text its own fields,
     * one inside a quote only {@code quotedcites:}, either one {@code speaker:} and what its speaker said
     * ({@link Fields#SAID}), as the index has it.
     */
    private int answered(Annotation an) {
        Set<String> fields = new HashSet<>();
        String speaker = asksOf(Fields.SPEAKER) || asksOf(Fields.SAID) ? AnnotationTerms.speaker(an) : null;
        if (speaker != null && asks(Fields.SPEAKER, speaker)) fields.add(Fields.SPEAKER); // own or quoted alike
        boolean bySpeaker = speaker != null && asksOf(Fields.SAID);
        AnnotationTerms.each(an, (field, term) -> {
            if (bySpeaker) {
                String said = AnnotationTerms.said(speaker, field, term);
                if (asks(Fields.SAID, said)) fields.add(said); // each thing the speaker said that is asked counts
            }
            if (an.inQuote()) {
                if (field.equals(Fields.CITES) && asks(Fields.QUOTED_CITES, term)) fields.add(Fields.QUOTED_CITES);
            } else if (asks(field, term)) {
                fields.add(field);
            }
        });
        return fields.size();
    }

    /**
     * The most fields one annotation can answer: each field asked, and for {@link Fields#SAID} each
     * thing asked of it ({@link #answered} counts those one by one); no bound where a pattern asks of it.
     */
    private int askedCount() {
        if (patterns.containsKey(Fields.SAID)) return Integer.MAX_VALUE; // a pattern may match several things said
        java.util.Set<String> fields = new HashSet<>(terms.keySet());
        fields.addAll(patterns.keySet());
        int n = fields.size();
        if (fields.remove(Fields.SAID)) {
            n += terms.getOrDefault(Fields.SAID, Set.of()).size() + patterns.getOrDefault(Fields.SAID, List.of()).size() - 1;
        }
        return n;
    }

    /** Whether the query asks anything of {@code field}. */
    private boolean asksOf(String field) {
        return terms.containsKey(field) || patterns.containsKey(field);
    }

    private boolean asks(String field, String term) {
        Set<String> exact = terms.get(field);
        if (exact != null && exact.contains(term)) return true;
        List<ByteRunAutomaton> any = patterns.get(field);
        if (any == null) return false;
        BytesRef b = new BytesRef(term);
        for (ByteRunAutomaton a : any) {
            if (a.run(b.bytes, b.offset, b.length)) return true;
        }
        return false;
    }

    /**
     * The line of {@code [start, end)}, grown by whole neighbouring lines inside {@code [min, max)} (the
     * annotation's segment) to about a passage, on one line; an annotation longer than two passages
     * keeps its start and end with an ellipsis between.
     */
    static String around(String body, int min, int max, int start, int end) {
        int from = Math.max(min, lineStart(body, start));
        int to = Math.min(max, lineEnd(body, end));
        while (to - from < Snippets.PASSAGE_CHARS) {
            int before = from > min ? Math.max(min, lineStart(body, from - 1)) : from;
            int after = to < max ? Math.min(max, lineEnd(body, to + 1)) : to;
            if (before == from && after == to) break;
            // the next line, else the line before
            if (after != to) to = after;
            else from = before;
        }
        StringBuilder sb = new StringBuilder();
        String lead = BlankRuns.collapse(body.substring(from, start));
        if (lead.length() > Snippets.PASSAGE_CHARS / 2) {
            int cut = lead.indexOf(' ', lead.length() - Snippets.PASSAGE_CHARS / 2);
            lead = "… " + (cut < 0 ? lead.substring(lead.length() - Snippets.PASSAGE_CHARS / 2) : lead.substring(cut + 1));
        }
        sb.append(Snippets.escape(lead));
        if (!lead.isEmpty() && Character.isWhitespace(body.charAt(start - 1))) sb.append(' ');
        String marked = BlankRuns.collapse(body.substring(start, end));
        if (marked.length() > 2 * LONG_SIDE) {
            marked = marked.substring(0, LONG_SIDE) + " … " + marked.substring(marked.length() - LONG_SIDE);
        }
        sb.append("<b>").append(Snippets.escape(marked)).append("</b>");
        String tail = BlankRuns.collapse(body.substring(end, to));
        if (tail.length() > Snippets.PASSAGE_CHARS / 2) {
            int cut = tail.lastIndexOf(' ', Snippets.PASSAGE_CHARS / 2);
            tail = tail.substring(0, cut > 0 ? cut : Snippets.PASSAGE_CHARS / 2) + " …";
        }
        if (!tail.isEmpty() && Character.isWhitespace(body.charAt(end))) sb.append(' ');
        sb.append(Snippets.escape(tail));
        return sb.toString();
    }

    private static int lineStart(String body, int at) {
        int nl = body.lastIndexOf('\n', at - 1);
        return nl < 0 ? 0 : nl + 1;
    }

    private static int lineEnd(String body, int at) {
        int nl = body.indexOf('\n', at);
        return nl < 0 ? body.length() : nl;
    }
}
