package org.listscope.index;

import java.util.Locale;
import java.util.function.BiConsumer;
import org.listscope.model.Annotation;
import org.listscope.model.BlankRuns;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;

/**
 * The keyword terms an annotation of the author's own text is indexed under, field by field:
 * {@link Fields#CITES}, {@link Fields#CITE_KIND}, {@link Fields#CLAIM}, {@link Fields#TOPIC} and
 * {@link Fields#HAS}, and with the annotation's speaker those of {@link Fields#SAID}. One place for
 * them, so that the snippet of an annotation query finds the very annotations the query matched.
 */
final class AnnotationTerms {

    private AnnotationTerms() {
    }

    /**
     * The annotation's speaker as {@link Fields#SPEAKER} holds it: lower case, blanks run together;
     * {@code null} where nobody known said it.
     */
    static String speaker(Annotation an) {
        return speakerKey(an.speaker());
    }

    /**
     * The message's poster as {@link Fields#SPEAKER} holds speakers ({@link
     * org.listscope.model.Author#speakerName}): who said what the message's own text says, its topics
     * among it; {@code null} for none.
     */
    static String poster(Message m) {
        return m.from() == null ? null : speakerKey(m.from().speakerName());
    }

    /** A speaker's name, or a {@code speaker:} query's value, as {@link Fields#SPEAKER} holds it; {@code null} for none. */
    static String speakerKey(String name) {
        if (name == null || name.isBlank()) return null;
        return MessageDocuments.key(BlankRuns.collapse(name).toLowerCase(Locale.ROOT));
    }

    /** What parts a {@link Fields#SAID} term: the speaker's key, then the field and its term. */
    private static final char SAID_SEPARATOR = '\u001f';

    /**
     * A {@link Fields#SAID} term: {@code speaker} (a key as {@link #speakerKey} makes it, or a
     * pattern of one) said an annotation that {@code field} indexes under {@code term}
     * ({@code claim}, {@code obligation}). Quoted or own, a citation is a {@link Fields#CITES} term.
     */
    static String said(String speaker, String field, String term) {
        return speaker + SAID_SEPARATOR + field + ':' + term;
    }

    /** Gives each (field, term) of the annotation to {@code sink}; a term may come more than once. */
    static void each(Annotation an, BiConsumer<String, String> sink) {
        for (String t : an.topics()) sink.accept(Fields.TOPIC, t.toLowerCase(Locale.ROOT));
        if (an instanceof Citation c) {
            sink.accept(Fields.CITE_KIND, c.kind().toLowerCase(Locale.ROOT));
            for (String key : CitationKeys.keys(c.normalized() != null ? c.normalized() : c.text())) {
                sink.accept(Fields.CITES, MessageDocuments.key(key));
            }
            sink.accept(Fields.HAS, "citation");
        } else if (an instanceof Claim c) {
            sink.accept(Fields.CLAIM, c.kind().toLowerCase(Locale.ROOT));
            sink.accept(Fields.HAS, "claim");
        }
    }
}
