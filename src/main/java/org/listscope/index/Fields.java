package org.listscope.index;

import java.util.List;

/**
 * Every field of the index, by name, with what it holds and how it is indexed. The query language
 * ({@link QueryLanguage}) maps the contract's user-facing fields ({@code from:}, {@code body:}, ...)
 * onto these; nothing else names a field.
 *
 * <p>Two kinds of documents share the index: one per message ({@link #KIND} {@code message}) and one
 * marker per input already indexed ({@link #KIND} {@code input}). Markers are written in the same
 * commit as the messages read from that input, so a crash can never leave an input marked done
 * while its messages are missing.
 */
public final class Fields {

    private Fields() {
    }

    // ---- document kind -------------------------------------------------------------------------
    /** Keyword: {@link #KIND_MESSAGE} or {@link #KIND_INPUT}. */
    public static final String KIND = "kind";
    /** Value of {@link #KIND} for a message document. */
    public static final String KIND_MESSAGE = "message";
    /** Value of {@link #KIND} for an input marker. */
    public static final String KIND_INPUT = "input";

    // ---- identity ------------------------------------------------------------------------------
    /** Keyword + sorted doc values: the contract's stable {@code id}; the update key. */
    public static final String ID = "id";
    /** Keyword: the RFC 5322 Message-ID with angle brackets, as written. */
    public static final String MESSAGE_ID = "messageid";
    /** Keyword, multi-valued: Message-IDs from In-Reply-To and References (finds children). */
    public static final String REFS = "refs";
    /** Keyword + sorted doc values: the thread root's {@code id} (groups hits by thread). */
    public static final String THREAD = "thread";
    /** Keyword: the parent's {@code id}. */
    public static final String PARENT = "parent";
    /** Keyword: the subject without reply prefixes, list tags and case (threading context). */
    public static final String SUBJECT_KEY = "subject.key";
    /**
     * Keyword, multi-valued: the {@code id}s of the messages its quotes were found in
     * ({@code quotedId}), so that a message merged under another id finds the messages quoting it.
     */
    public static final String QUOTES = "quotes";

    // ---- text ----------------------------------------------------------------------------------
    /** English text (stemmed, stop words dropped), offsets in postings: the subject. */
    public static final String SUBJECT = "subject";
    /** Exact text (lower-cased words, no stemming, no stop words dropped): the subject. */
    public static final String SUBJECT_EXACT = "subject.exact";
    /** English text: the author's own words (body segments of kind {@code text}). */
    public static final String BODY = "body";
    /** Exact text: the author's own words. */
    public static final String BODY_EXACT = "body.exact";
    /**
     * English text: quoted text (body segments of kind {@code quote}). Quoted text has no exact
     * twin: it is often the larger part of a reply, and a phrase in it is found on the stemmed
     * words (both sides stemmed alike), so only stemming variants of a phrase differ. Indexed
     * without offsets: its snippets re-analyse the hits' quotes.
     */
    public static final String QUOTED = "quoted";

    // ---- people, list, time --------------------------------------------------------------------
    /** Exact text: the author's name, shown form and address, as words ({@code from:bellovin}). */
    public static final String FROM_NAME = "from.name";
    /** Keyword, lower case: the author's complete address. */
    public static final String FROM_ADDRESS = "from.address";
    /** Keyword, lower case, multi-valued: the address's domain and its parents ({@code cs.columbia.edu}, {@code columbia.edu}). */
    public static final String FROM_DOMAIN = "from.domain";
    /**
     * Keyword and sorted doc value: the author's person key ({@code from.key}, cut as {@link #FROM_FACET}
     * cuts it, so the two hold the same string); {@code from:"Name <KEY>"} looks it up.
     */
    public static final String FROM_KEY = "from.key";
    /**
     * Keyword: the author's full name (two words or more), lower-case words as parsing compares names;
     * a person met again in a later chunk is found by it ({@link PersonKeys}).
     */
    public static final String FROM_FULL_NAME = "from.fullname";
    /**
     * Sorted doc value, in every message: the author's name as written (stripped), else for an
     * author without an address what the source showed, else empty. The {@code from} facet's labels
     * are made from it ({@link PersonLabels}).
     */
    public static final String FROM_DISPLAY = "from.display";
    /** Keyword + facet: the list name, lower case. */
    public static final String LIST = "list";
    /** Long (points + doc values): the date as epoch milliseconds UTC; range queries and sorting. */
    public static final String DATE = "date";
    /** Facet only: the year of {@link #DATE}, or {@code unknown}. */
    public static final String YEAR = "year";
    /**
     * Facet only: the author's person key, the same string as {@link #FROM_KEY}: one bucket per
     * person, shown under a label {@link PersonLabels} makes at search time.
     */
    public static final String FROM_FACET = "from";

    // ---- annotations (own text only: annotations inside quotes are not the poster's; their citations alone in QUOTED_CITES)
    /** Keyword, multi-valued: normalized citations, folded by {@link CitationKeys#key}. */
    public static final String CITES = "cites";
    /**
     * Keyword, multi-valued: normalized citations inside quoted and forwarded text, folded as
     * {@link #CITES} is. A forwarded letter's citations have no other copy here.
     */
    public static final String QUOTED_CITES = "quotedcites";
    /** Keyword + facet, multi-valued: citation kinds ({@code usc}, {@code rfc}, ...). */
    public static final String CITE_KIND = "citekind";
    /** Keyword, multi-valued: claim kinds ({@code obligation}, ...). */
    public static final String CLAIM = "claim";
    /** Keyword + facet, multi-valued: policy topics of the author's own text (the message's topics and its own annotations'). */
    public static final String TOPIC = "topic";
    /** Keyword, multi-valued: one of {@link #HAS_VALUES}. */
    public static final String HAS = "has";
    /**
     * Keyword, multi-valued: who said the message's citations and claims, own and quoted alike (each
     * annotation's {@code speaker}), lower case with single spaces ({@link AnnotationTerms#speaker}):
     * {@code speaker:"hal finney"} finds Hal Finney's messages and every message quoting his claims.
     */
    public static final String SPEAKER = "speaker";
    /**
     * Keyword, multi-valued: what each speaker said, one term per annotation's speaker and keyword
     * ({@link AnnotationTerms#said}: the speaker as {@link #SPEAKER} holds it, then the
     * annotation's {@link #CLAIM}, {@link #CITE_KIND}, {@link #CITES}, {@link #TOPIC} or
     * {@link #HAS} term), own and quoted alike; {@code speaker:X claim:obligation} asks it, so
     * that the claim is one X made, not any claim of a message where X said something.
     */
    public static final String SAID = "said";
    /**
     * The values of {@link #HAS}: the message has a citation, a claim, quoted text, a message
     * forwarded whole, own text found to repeat an earlier message ({@code copied} quotes), a date.
     */
    public static final List<String> HAS_VALUES = List.of("citation", "claim", "quote", "forward", "copy", "date");

    // ---- stored --------------------------------------------------------------------------------
    /**
     * Stored only: the message as the contract's JSON, but for its body's value, which is empty
     * ({@link StoredJson}); {@code show} and export rebuild the message from it and {@link #HIT}.
     */
    public static final String JSON = "json";

    /**
     * Binary doc value: what a hit shows (id, subject, author, date, URL, thread), the body and its
     * segments' kinds and spans, compressed together; search results and snippets are read from it
     * alone, and the stored JSON takes its body from it. (Indexes of schema 19 and before held own and
     * quoted text under the name {@code hit}, and the whole JSON stored.)
     */
    public static final String HIT = "hit.body";

    // ---- input markers -------------------------------------------------------------------------
    /** Keyword (markers): the absolute, normalised path of an input. */
    public static final String INPUT_PATH = "input.path";
    /** Stored (markers): size, modification time and SHA-256 of the input when it was indexed. */
    public static final String INPUT_FINGERPRINT = "input.fingerprint";

    /**
     * The facet dimensions of a search result, in the contract's order, then {@link #CITES} (an
     * addition): the laws, cases, rules and RFCs the matches' own text cites most, by the names
     * {@link MessageDocuments} gives them.
     */
    public static final List<String> FACETS = List.of(YEAR, FROM_FACET, LIST, CITE_KIND, TOPIC, CITES);

    /** Text fields that may give a snippet, most telling first. */
    public static final List<String> SNIPPET_FIELDS =
            List.of(BODY, BODY_EXACT, QUOTED, SUBJECT, SUBJECT_EXACT);
}
