package org.listscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.taxonomy.FacetLabel;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.listscope.json.Json;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.ReplySubjects;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.TopicEvidence;
import org.listscope.parse.PersonEvidence;

/** Turns a message into its index document, field by field as {@link Fields} names them. */
public final class MessageDocuments {

    /** Tokenized, not stored, positions and offsets: ranked words, phrases, postings-based snippets. */
    static final FieldType TEXT = type(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, false);
    /**
     * Tokenized, positions and offsets, no norms: the exact fields, which serve phrases and
     * wildcards. Offsets let the highlighter read a phrase's snippet from the postings instead of
     * re-analyzing the hit's text into a memory index on every search.
     */
    static final FieldType EXACT = type(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, true);
    /**
     * Tokenized, positions, no offsets: quoted text. It is often the larger part of a reply, and only
     * an explicit {@code quoted:} query highlights it (by re-analysing the ten hits' quotes), so its
     * offsets would cost every message to serve few searches.
     */
    static final FieldType QUOTE = type(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, false);
    /** Tokenized, positions only, no norms: author name words, searched but never highlighted. */
    static final FieldType NAME = type(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, true);
    /**
     * A keyword with its frequency, no norms: an annotation value ({@link Fields#CITES},
     * {@link Fields#CITE_KIND}, {@link Fields#CLAIM}) added once per own annotation that carries it,
     * and a topic as often as its evidence counts ({@link TopicEvidence#count}), so that {@code cites:}, {@code citekind:}, {@code claim:} and
     * {@code topic:} rank a message by how often its author's own text cites, claims or gives the
     * topic, where a plain keyword would score every match alike.
     */
    static final FieldType COUNTED = counted();

    private static FieldType counted() {
        FieldType t = new FieldType();
        t.setTokenized(false);
        t.setStored(false);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    private static FieldType type(IndexOptions options, boolean omitNorms) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(false);
        t.setIndexOptions(options);
        t.setOmitNorms(omitNorms);
        t.freeze();
        return t;
    }

    private static final FacetsConfig FACETS = facetsConfig();

    private MessageDocuments() {
    }

    /**
     * The facet configuration shared by writer and searcher. Facets are counted from doc values
     * only; queries filter on the keyword fields ({@link Fields#FROM_KEY}, {@link Fields#LIST},
     * ...), never on Lucene's drill-down terms, so those terms (about 6.6 per message) are not
     * indexed.
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(Fields.CITE_KIND, true);
        c.setMultiValued(Fields.TOPIC, true);
        c.setMultiValued(Fields.CITES, true);
        for (String dim : Fields.FACETS) c.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        return c;
    }

    /** Each value of a field as often as it was counted ({@link #COUNTED}). */
    private static void counted(Document d, String field, Map<String, Integer> counts) {
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) d.add(new Field(field, e.getKey(), COUNTED));
        }
    }

    /** The document of one message. */
    public static Document of(Message m) {
        return of(m, Json.line(m));
    }

    /** The document of one message whose JSON is already at hand. */
    public static Document of(Message m, String json) {
        Document d = new Document();
        // identity: keywords, never analyzed
        d.add(new StringField(Fields.KIND, Fields.KIND_MESSAGE, Field.Store.NO));
        d.add(new StringField(Fields.ID, idKey(m.id()), Field.Store.NO));
        if (m.messageId() != null) d.add(new StringField(Fields.MESSAGE_ID, idKey(m.messageId()), Field.Store.NO));
        Set<String> refs = new LinkedHashSet<>(m.inReplyTo());
        refs.addAll(m.references());
        for (String r : refs) d.add(new StringField(Fields.REFS, idKey(r), Field.Store.NO));
        String thread = idKey(m.threadId() != null ? m.threadId() : m.id());
        d.add(new StringField(Fields.THREAD, thread, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.THREAD, new BytesRef(thread))); // grouping by thread
        if (m.parentId() != null) d.add(new StringField(Fields.PARENT, idKey(m.parentId()), Field.Store.NO));
        Set<String> quotes = new LinkedHashSet<>();
        for (Segment s : m.segments()) {
            if (s.quotedId() != null) quotes.add(s.quotedId());
        }
        for (String q : quotes) d.add(new StringField(Fields.QUOTES, idKey(q), Field.Store.NO));
        String subjectKey = key(ReplySubjects.key(m.subject()));
        if (!subjectKey.isEmpty()) d.add(new StringField(Fields.SUBJECT_KEY, subjectKey, Field.Store.NO));

        // text: stemmed for recall, exact for phrases
        String own = MessageText.own(m);
        String quoted = MessageText.quoted(m);
        d.add(new Field(Fields.SUBJECT, m.subject(), TEXT));
        d.add(new Field(Fields.SUBJECT_EXACT, m.subject(), EXACT));
        d.add(new Field(Fields.BODY, own, TEXT));
        d.add(new Field(Fields.BODY_EXACT, own, EXACT));
        // present in every document, empty or not: then its norms are dense, which Lucene reads
        // directly at every flush and merge (sparse ones are searched for each posting); a
        // document without quoted text has norm 0 and no terms, so no score changes
        d.add(new Field(Fields.QUOTED, quoted, QUOTE));
        if (!quoted.isEmpty()) d.add(new StringField(Fields.HAS, "quote", Field.Store.NO));
        if (m.segments().stream().anyMatch(s -> s.forwarded() && s.kind() == SegmentKind.QUOTE)) {
            d.add(new StringField(Fields.HAS, "forward", Field.Store.NO));
        }
        if (m.segments().stream().anyMatch(Segment::copied)) d.add(new StringField(Fields.HAS, "copy", Field.Store.NO));

        // people, list, time
        Author a = m.from();
        d.add(new Field(Fields.FROM_NAME, String.join(" ", nonNull(a.name()), nonNull(a.shown()), nonNull(a.address())), NAME));
        if (a.address() != null && !a.address().isBlank()) {
            String address = key(a.address().strip().toLowerCase(Locale.ROOT));
            d.add(new StringField(Fields.FROM_ADDRESS, address, Field.Store.NO));
            for (String domain : domains(address)) d.add(new StringField(Fields.FROM_DOMAIN, domain, Field.Store.NO));
        }
        // one facet bucket per person: its key; the label a search shows is made from from.display
        String person = personKey(a);
        d.add(new StringField(Fields.FROM_KEY, person, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.FROM_KEY, new BytesRef(person))); // a later chunk's people find it
        String fullName = PersonEvidence.fullName(a);
        if (fullName != null) d.add(new StringField(Fields.FROM_FULL_NAME, key(fullName), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(Fields.FROM_FACET, person));
        d.add(new SortedDocValuesField(Fields.FROM_DISPLAY, new BytesRef(key(displayName(a)))));
        String list = m.list() == null || m.list().isBlank() ? "unknown" : m.list().toLowerCase(Locale.ROOT);
        d.add(new StringField(Fields.LIST, key(list), Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(Fields.LIST, label(Fields.LIST, list)));
        if (m.date() != null) {
            d.add(new LongField(Fields.DATE, m.date().toEpochMilli(), Field.Store.NO)); // points + doc values
            d.add(new StringField(Fields.HAS, "date", Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.YEAR, Integer.toString(m.date().atZone(ZoneOffset.UTC).getYear())));
        } else {
            d.add(new SortedSetDocValuesFacetField(Fields.YEAR, "unknown"));
        }

        addAnnotations(m, d);
        // the body is stored once, in HIT; the JSON as its UTF-8 bytes, the same bytes Lucene would write for the string
        d.add(new StoredField(Fields.JSON, Utf8.of(StoredJson.withoutBody(json))));
        d.add(new BinaryDocValuesField(Fields.HIT, HitFields.encode(m)));
        try {
            return FACETS.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kinds of citation the {@code cites} facet leaves out: links, drafts and messages, which are no laws, cases, rules or RFCs. */
    private static final Set<String> UNFACETED_KINDS = Set.of("internet-draft", "url", "message", "pointer");
    /**
     * The name a citation is counted under in the {@code cites} facet: its normalized form, a section
     * of the Code or the C.F.R. without its subsections ({@code 18 U.S.C. § 2511} for
     * {@code § 2511(4)(b)}); {@code null} for a kind the facet leaves out.
     */
    static String facetName(Citation c) {
        if (UNFACETED_KINDS.contains(c.kind()) || c.normalized() == null || c.normalized().isBlank()) return null;
        return CitationForms.withoutSubsections(c.normalized());
    }

    /**
     * Citations and claims of the author's own text, and its topics; those inside quotes are someone
     * else's, and of them only the citations are indexed, in their own field ({@code quotedcites:}).
     * Own and quoted alike, who said each ({@link Fields#SPEAKER}) and what ({@link Fields#SAID});
     * the message's topics, which its own text gives it, as said by its poster.
     */
    private static void addAnnotations(Message m, Document d) {
        // own annotations per value: a value is indexed as often as they carry it (COUNTED)
        Map<String, Integer> cites = new LinkedHashMap<>();
        Set<String> quotedCites = new LinkedHashSet<>();
        Map<String, Integer> citeKinds = new LinkedHashMap<>();
        Map<String, Integer> claims = new LinkedHashMap<>();
        Set<String> topics = new LinkedHashSet<>();
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> said = new LinkedHashSet<>();
        Set<String> cited = new LinkedHashSet<>();
        for (Annotation an : m.annotations()) {
            if (!an.inQuote() && an instanceof Citation c) {
                String name = facetName(c);
                if (name != null) cited.add(name);
            }
            String speaker = AnnotationTerms.speaker(an);
            if (speaker != null) speakers.add(speaker);
            boolean quoted = an.inQuote();
            Set<String> terms = new HashSet<>(); // each term of one annotation counts once
            AnnotationTerms.each(an, (field, term) -> {
                if (speaker != null) said.add(key(AnnotationTerms.said(speaker, field, term)));
                if (quoted) {
                    if (field.equals(Fields.CITES)) quotedCites.add(term);
                    return;
                }
                if (!terms.add(field + ':' + term)) return;
                switch (field) {
                    case Fields.CITES -> cites.merge(term, 1, Integer::sum);
                    case Fields.CITE_KIND -> citeKinds.merge(term, 1, Integer::sum);
                    case Fields.CLAIM -> claims.merge(term, 1, Integer::sum);
                    default -> { } // has: follows from the maps above; topics are the message's, below
                }
            });
        }
        for (String t : m.topics()) topics.add(t.toLowerCase(Locale.ROOT)); // its own annotations' and more
        // the topics come from the poster's own text: what the poster said, for speaker: beside topic:
        String poster = topics.isEmpty() ? null : AnnotationTerms.poster(m);
        if (poster != null) {
            speakers.add(poster);
            for (String t : topics) said.add(key(AnnotationTerms.said(poster, Fields.TOPIC, t)));
        }
        counted(d, Fields.CITES, cites);
        for (String c : quotedCites) d.add(new StringField(Fields.QUOTED_CITES, c, Field.Store.NO));
        counted(d, Fields.CITE_KIND, citeKinds);
        for (String k : citeKinds.keySet()) d.add(new SortedSetDocValuesFacetField(Fields.CITE_KIND, k));
        for (String c : cited) d.add(new SortedSetDocValuesFacetField(Fields.CITES, c));
        counted(d, Fields.CLAIM, claims);
        Map<String, Integer> evidence = new HashMap<>();
        for (TopicEvidence e : m.topicEvidence()) evidence.put(e.topic(), e.count());
        Map<String, Integer> topicCounts = new LinkedHashMap<>(); // as often as own annotations and sentences give it
        for (String t : topics) topicCounts.put(t, evidence.getOrDefault(t, 1));
        counted(d, Fields.TOPIC, topicCounts);
        for (String t : topics) d.add(new SortedSetDocValuesFacetField(Fields.TOPIC, t));
        for (String s : speakers) d.add(new StringField(Fields.SPEAKER, s, Field.Store.NO));
        for (String s : said) d.add(new StringField(Fields.SAID, s, Field.Store.NO));
        if (!citeKinds.isEmpty()) d.add(new StringField(Fields.HAS, "citation", Field.Store.NO));
        if (!claims.isEmpty()) d.add(new StringField(Fields.HAS, "claim", Field.Store.NO));
    }

    /**
     * A keyword as indexed: the value, or when it is longer than a Lucene term may be
     * ({@link IndexWriter#MAX_TERM_LENGTH} UTF-8 bytes, which would fail the whole batch) its
     * longest prefix that is not. Such values (a 40 KB subject) come only from broken input.
     */
    static String key(String value) {
        return cut(value, IndexWriter.MAX_TERM_LENGTH);
    }

    /**
     * An id, Message-ID or thread as indexed: the value, or when it is longer than a term may be a
     * hash of it, so that distinct ids stay distinct and one id gives the same key in every field
     * and every document ({@code id}, {@code thread}, {@code parent}, {@code refs}). Parsed ids are
     * never that long ({@code MessageIds} takes no Message-ID that is); a hand-made
     * JSON line may hold one. A term that looks a document up by id (the writer's update term
     * above all) must be made with this too.
     */
    static String idKey(String id) {
        if (fits(id, IndexWriter.MAX_TERM_LENGTH)) return id;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A facet label as indexed: the label, or its longest prefix that makes a path of dimension and
     * label no longer than Lucene takes ({@link FacetLabel#MAX_CATEGORY_PATH_LENGTH} characters, in
     * all and a separator); no character split.
     */
    private static String label(String dim, String value) {
        int max = FacetLabel.MAX_CATEGORY_PATH_LENGTH - dim.length() - 1;
        if (value.length() <= max) return value;
        return value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes; no character split. */
    static String cut(String s, int maxBytes) {
        if (fits(s, maxBytes)) return s;
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > maxBytes) break;
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** Whether {@code s} is at most {@code maxBytes} UTF-8 bytes long; counted only when it may not be. */
    private static boolean fits(String s, int maxBytes) {
        if (s.length() <= maxBytes / 3) return true; // at most three bytes a char
        return s.length() <= maxBytes && UnicodeUtil.calcUTF16toUTF8Length(s, 0, s.length()) <= maxBytes;
    }

    /**
     * The person key as {@link Fields#FROM_KEY} and the {@code from} facet hold it: the author's
     * {@code key}, cut as a facet label is cut (a few thousand characters; longer keys come only from
     * broken input), so that a facet value always finds its messages by a term.
     */
    static String personKey(Author a) {
        return personKey(a.key());
    }

    /** A person key as {@link #personKey(Author)} indexes it. */
    static String personKey(String key) {
        return label(Fields.FROM_FACET, key);
    }

    /**
     * The name the {@code from} facet may show an author under: the name, stripped; for an author
     * without a name or address what the source showed; else empty (the key, an address, speaks for
     * itself).
     */
    static String displayName(Author a) {
        if (a.name() != null && !a.name().isBlank()) return a.name().strip();
        if (a.address() == null || a.address().isBlank()) return a.shown().strip();
        return "";
    }

    /** {@code cs.columbia.edu} and {@code columbia.edu} for {@code smb@cs.columbia.edu}. */
    static Set<String> domains(String address) {
        Set<String> out = new LinkedHashSet<>();
        int at = address.lastIndexOf('@');
        if (at < 0) return out;
        String host = address.substring(at + 1);
        while (host.indexOf('.') > 0) {
            out.add(host);
            host = host.substring(host.indexOf('.') + 1);
        }
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
