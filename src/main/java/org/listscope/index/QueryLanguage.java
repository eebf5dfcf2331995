package org.listscope.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.listscope.parse.MessageIds;
import org.listscope.parse.PersonEvidence;

/**
 * The contract's query language: Lucene's classic syntax (AND OR NOT, {@code "phrases"},
 * {@code "phrase"~N}, wildcards, ranges, boosts) over research fields, mapped here onto the
 * index's {@link Fields}.
 *
 * <ul>
 *   <li>A bare term searches the subject and the author's own text, never quoted text. Unquoted
 *       words are stemmed ({@code subpoenaed} finds {@code subpoena}); a quoted phrase, a wildcard
 *       or a fuzzy term searches the exact (unstemmed) words.</li>
 *   <li>{@code subject:}, {@code body:} (own text), {@code quoted:}: the same, in one part.</li>
 *   <li>{@code from:}: an address ({@code from:smb@cs.columbia.edu}), a domain
 *       ({@code from:fbi.gov}, also its sub-domains) or words of the name; a value ending in a
 *       person key in angle brackets, as the {@code from} facet's labels do
 *       ({@code from:"Hal <hfinney@shell.portal.com>"}), is that person's messages, whatever name
 *       comes before it. A full name ({@code from:"Tim May"}) finds the people of that name with all
 *       their messages, under whatever name or address each was sent ({@link PersonNameQuery}).</li>
 *   <li>{@code date:} and {@code year:}: {@code 2007}, {@code 2007-05}, {@code 2007-05-11} or a
 *       range {@code [2007-01-01 TO 2007-06-30]} ({@code *} for an open end); UTC.</li>
 *   <li>{@code cites:}: a citation of the author's own text, folded to letters and digits on both
 *       sides, so {@code cites:rfc2119} finds {@code RFC 2119}; {@code quotedcites:} the same for
 *       citations inside quoted and forwarded text; {@code citekind:}, {@code claim:},
 *       {@code topic:}, {@code has:} ({@code citation}, {@code claim}, {@code quote},
 *       {@code date}), {@code list:}: keywords, any case. A value of the first four that is not in
 *       their vocabulary ({@link KeywordValues}: {@code topic:crypto}) is an error that lists them.</li>
 *   <li>{@code thread:} and {@code id:}: ids as stored ({@code id:} also takes a Message-ID
 *       without angle brackets). Ids holding {@code /} must be quoted.</li>
 * </ul>
 * <p>{@code speaker:} beside annotation clauses asks what that person said: where one
 * {@code speaker:} clause is required at a level of the query (not negated, not in an OR group),
 * the {@code claim:}, {@code citekind:}, {@code cites:}, {@code quotedcites:}, {@code topic:} and
 * {@code has:citation}/{@code has:claim} clauses at that level and below it ask of the annotations
 * that person said ({@link Fields#SAID}), own or quoted: {@code speaker:"Hal Finney"
 * claim:obligation} is an obligation claim of Hal Finney's, not any obligation claim in a message
 * where he said something; {@code -claim:prediction} beside it, none of his predictions. Two
 * speakers at one level, or none, leave those clauses asking of the message.
 *
 * <p>Operators, as on Westlaw, Lexis and web search engines: OR binds tighter than AND, and words
 * side by side AND together, so {@code clipper OR escrow wiretap} is {@code (clipper OR escrow)
 * AND wiretap} and {@code clipper AND escrow OR wiretap} is {@code clipper AND (escrow OR
 * wiretap)}; parentheses group. (Lucene's own parser, with AND as its default operator, makes the
 * first mean {@code wiretap} alone.) NOT and {@code -} exclude the one clause they precede, also
 * inside an OR group ({@code a OR NOT b}: messages with {@code a} or without {@code b}); {@code +}
 * is accepted and changes nothing. A query of only negations ({@code -from:fbi.gov}) means
 * everything except those.
 *
 * <p>Bare words that must all match and stand side by side in the query also rank a message
 * higher where they stand near each other in its subject or own text ({@link Parser#withProximity});
 * the hits are the same.
 *
 * <p>A clause of only English stop words ({@code the}, {@code to}, {@code and}, ...), which the
 * stemmed fields do not index, is left out, as Lucene's own parser leaves it out, and an OR before
 * it passes to the next clause: {@code the reactor} is {@code reactor}, {@code a OR the b} is
 * {@code a OR b}. A query of only stop words matches nothing. Thread-safe: each call makes a fresh
 * parser.
 */
public final class QueryLanguage {

    /** The user's field names. */
    public static final Set<String> USER_FIELDS = Set.of("from", "subject", "body", "quoted", "list", "date",
            "year", "thread", "id", "cites", "quotedcites", "citekind", "claim", "topic", "has", "speaker");

    /**
     * The most clauses a query may hold, its terms and the wildcards' expansions counted together
     * (a bare word counts once per field it searches). Lucene's default of 1,024 stopped
     * {@code topic:X AND (id:... OR ...)} at about 600 ids; 65,536 such terms still parse and run in
     * well under a second.
     */
    public static final int MAX_CLAUSES = 1 << 16;

    /** The deepest nesting of parentheses a query may have; far deeper would overflow the parser's stack. */
    static final int MAX_DEPTH = 1_000;

    static {
        if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }

    private static final String BARE = "_default";
    /**
     * How many positions two words of a query may be moved to stand as a phrase in a message and
     * still earn the proximity bonus (Lucene's slop): {@code privacy act} in "Privacy Protection
     * Act" takes one.
     */
    static final int NEAR = 3;
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
    /** A date range written with two dots ({@code 2007-01..2007-06}). */
    private static final Pattern DATE_DOTS = Pattern.compile("(.+?)\\.\\.(.+)");
    /** A {@code from:} value ending in a person key in angle brackets: {@code Hal <hfinney@shell.portal.com>}. */
    private static final Pattern PERSON = Pattern.compile("(?s).*?<([^<>]*[^<>\\s][^<>]*)>");

    private final Analyzer analyzer;

    public QueryLanguage(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A query over message documents; throws with a one-line reason and column when the text is wrong. */
    public Query parse(String text) throws QuerySyntaxException {
        if (text == null || text.isBlank()) {
            throw new QuerySyntaxException(text == null ? "" : text, 1, "the query is empty");
        }
        checkDepth(text);
        Parser p = new Parser(analyzer, text);
        Query q;
        try {
            q = p.withProximity(p.paired(p.parse(text), null));
        } catch (ParseException e) {
            throw translate(text, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(text);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException(text, 1, e.getMessage());
        }
        return withoutPureNegations(q);
    }

    /** The error for a query that holds or expands to more than {@link #MAX_CLAUSES} clauses. */
    public static QuerySyntaxException tooManyClauses(String text) {
        return new QuerySyntaxException(text, 1, "the query holds or expands to more than " + MAX_CLAUSES
                + " terms (a bare word counts once per field it searches)");
    }

    /** Refuses parentheses nested deeper than {@link #MAX_DEPTH}, at the first one too deep. */
    private static void checkDepth(String text) throws QuerySyntaxException {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                if (++depth > MAX_DEPTH) {
                    throw new QuerySyntaxException(text, i + 1, "parentheses nested deeper than " + MAX_DEPTH);
                }
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
    }

    /** A text as one quoted term of the language: {@code "..."}, with {@code "} and {@code \} escaped. */
    public static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A wildcard pattern that matches {@code value} alone. */
    static String literal(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == WildcardQuery.WILDCARD_STRING || c == WildcardQuery.WILDCARD_CHAR || c == WildcardQuery.WILDCARD_ESCAPE) {
                sb.append(WildcardQuery.WILDCARD_ESCAPE);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A wildcard pattern's one term, or {@code null} where it holds a wildcard. */
    static String unescaped(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == WildcardQuery.WILDCARD_ESCAPE && i + 1 < p.length()) {
                sb.append(p.charAt(++i));
            } else if (c == WildcardQuery.WILDCARD_STRING || c == WildcardQuery.WILDCARD_CHAR) {
                return null;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static QuerySyntaxException translate(String text, ParseException wrapped) {
        Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
        if (cause instanceof IndexSearcher.TooManyClauses) return tooManyClauses(text);
        if (cause instanceof FieldError fe) {
            return new QuerySyntaxException(text, fe.column, fe.getMessage());
        }
        if (cause instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token next = pe.currentToken.next;
            String reason = next.kind == 0 ? "the query ends where a term was expected"
                    : "unexpected '" + next.image + "'";
            // the parser's columns are 0-based offsets into the whole text (FastCharStream)
            return new QuerySyntaxException(text, next.beginColumn + 1, reason);
        }
        String msg = String.valueOf(cause.getMessage());
        Matcher m = COLUMN.matcher(msg);
        int column = m.find() ? Integer.parseInt(m.group(1)) : 1;
        String reason;
        if (cause instanceof TokenMgrError) {
            reason = msg.contains("<EOF>") ? "unexpected end of the query (an unclosed quote or a trailing backslash?)"
                    : "unexpected character";
        } else {
            reason = msg.replaceFirst("^Cannot parse '.*?': ", "").lines().findFirst().orElse(msg);
        }
        return new QuerySyntaxException(text, column, reason);
    }

    /** Lucene matches nothing for a Boolean query of only MUST_NOT clauses; the user means "all but". */
    static Query withoutPureNegations(Query q) {
        if (q instanceof BoostQuery b) {
            return new BoostQuery(withoutPureNegations(b.getQuery()), b.getBoost());
        }
        if (!(q instanceof BooleanQuery bq)) return q;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        boolean positive = false;
        for (BooleanClause c : bq.clauses()) {
            b.add(withoutPureNegations(c.getQuery()), c.getOccur());
            if (c.getOccur() != Occur.MUST_NOT) positive = true;
        }
        if (!positive && !bq.clauses().isEmpty()) b.add(new MatchAllDocsQuery(), Occur.MUST);
        return b.build();
    }

    /** An error in one field clause, with the column where that field starts. */
    private static final class FieldError extends ParseException {
        private static final long serialVersionUID = 1L;
        final int column;

        FieldError(int column, String reason) {
            super(reason);
            this.column = column;
        }
    }

    /** The classic parser with the field mapping; one per parse. */
    private static final class Parser extends QueryParser {
        private final String query;
        /** QueryParserBase's CONJ_OR and MOD_NOT, which it keeps package-private. */
        private static final int OR = 2;
        private static final int NOT = 10;

        /** Each clause added, by identity: whether it was joined to the one before by OR. */
        private final Map<BooleanClause, Boolean> joinedByOr = new IdentityHashMap<>();
        /** Each unquoted bare word's query, by identity, with the word: the words {@link #withProximity} pairs. */
        private final Map<Query, String> bareWords = new IdentityHashMap<>();
        /** Each {@code speaker:} clause's query, by identity, with what pairs with it ({@link #paired}). */
        private final Map<Query, Speaker> speakers = new IdentityHashMap<>();
        /** Each annotation clause's query that a speaker beside it may pair with, by identity ({@link #paired}). */
        private final Map<Query, Said> annotationClauses = new IdentityHashMap<>();
        /** The clause lists (one per parenthesised level) whose last clause was dropped after an OR. */
        private final Set<List<BooleanClause>> orCarried = Collections.newSetFromMap(new IdentityHashMap<>());

        Parser(Analyzer analyzer, String query) {
            super(BARE, analyzer);
            this.query = query;
            setAllowLeadingWildcard(true);
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true);
            // research queries narrow: "calea subpoena date:2007" means all three (addClause and
            // getBooleanQuery join clauses; this joins the words of one clause the analyzer splits)
            setDefaultOperator(Operator.AND);
        }

        /**
         * Records a clause with its conjunction and modifier instead of Lucene's required and
         * optional flags, which make {@code a OR b c} mean {@code c} alone; {@link
         * #getBooleanQuery} groups them. A clause of only stop words ({@code q == null}) is left
         * out, and an OR before it passes on to the next clause: {@code a OR the b} is {@code a OR b}.
         */
        @Override
        protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
            boolean carried = orCarried.remove(clauses);
            boolean or = conj == OR || carried;
            if (q == null) {
                if (or) orCarried.add(clauses);
                return;
            }
            BooleanClause c = newBooleanClause(q, mods == NOT ? Occur.MUST_NOT : Occur.MUST);
            joinedByOr.put(c, or);
            clauses.add(c);
        }

        /**
         * One level of clauses as a query: a clause joined by OR joins the OR group of the clause
         * before it, and the groups AND together; NOT and {@code -} negate their own clause (inside
         * an OR group: any message without it), {@code +} changes nothing. Null when every clause
         * was left out.
         */
        @Override
        protected Query getBooleanQuery(List<BooleanClause> clauses) {
            List<List<BooleanClause>> groups = new ArrayList<>();
            for (BooleanClause c : clauses) {
                if (joinedByOr.getOrDefault(c, false) && !groups.isEmpty()) {
                    groups.get(groups.size() - 1).add(c);
                } else {
                    groups.add(new ArrayList<>(List.of(c)));
                }
            }
            if (groups.isEmpty()) return null;
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (List<BooleanClause> group : groups) {
                if (group.size() == 1) {
                    all.add(group.get(0));
                    continue;
                }
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                for (BooleanClause c : group) {
                    // a lone MUST_NOT: withoutPureNegations makes it "all but"
                    any.add(c.isProhibited() ? new BooleanQuery.Builder().add(c).build() : c.getQuery(), Occur.SHOULD);
                }
                if (groups.size() == 1) return any.build(); // a plain OR
                all.add(any.build(), Occur.MUST);
            }
            BooleanQuery q = all.build();
            return q.clauses().size() == 1 && q.clauses().get(0).getOccur() == Occur.MUST ? q.clauses().get(0).getQuery() : q;
        }

        /**
         * The parsed query, with its required bare words rewarded for standing close together: each
         * two of them next to each other in the query (stop words and other clauses between them
         * left out) add an optional sloppy phrase ({@link QueryLanguage#NEAR} positions) over the
         * subject and over the own text. Optional clauses beside required ones change the score,
         * never the hits, so {@code privacy act} finds the same messages and ranks those about the
         * Privacy Act first. Words inside an OR group, negated or quoted are left alone.
         */
        Query withProximity(Query parsed) {
            if (!(parsed instanceof BooleanQuery bq)) return parsed;
            List<String> words = new ArrayList<>();
            for (BooleanClause c : bq.clauses()) {
                String word = c.getOccur() == Occur.MUST ? bareWords.get(c.getQuery()) : null;
                if (word != null) words.add(word);
            }
            if (words.size() < 2) return parsed;
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            bq.clauses().forEach(b::add);
            for (int i = 1; i < words.size(); i++) {
                String pair = words.get(i - 1) + " " + words.get(i);
                for (String field : new String[] {Fields.SUBJECT, Fields.BODY}) {
                    Query near = createPhraseQuery(field, pair, NEAR);
                    if (near != null) b.add(near, Occur.SHOULD);
                }
            }
            return b.build();
        }

        /**
         * An error in the clause being parsed, at the column where its field was named: the last
         * {@code field:} before the parser's current token (the same field may be named twice, as
         * in {@code date:2005 AND date:2005-13}).
         */
        private FieldError fieldError(String field, String reason) {
            int before = token == null ? query.length() : Math.min(query.length(), token.beginColumn);
            int at = query.lastIndexOf(field + ":", before);
            if (at < 0) at = query.indexOf(field + ":");
            return new FieldError(at < 0 ? 1 : at + 1, reason);
        }

        private boolean passThrough(String field) {
            return field.equals(Fields.SUBJECT_EXACT) || field.equals(Fields.BODY_EXACT)
                    || field.equals(Fields.FROM_NAME) || field.equals("*");
        }

        private String check(String field) throws ParseException {
            if (field.equals(BARE) || USER_FIELDS.contains(field)) return field;
            throw fieldError(field, "unknown field '" + field + "' (known: "
                    + String.join(", ", new java.util.TreeSet<>(USER_FIELDS)) + "; quote text holding ':')");
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (passThrough(field)) return super.getFieldQuery(field, text, quoted);
            switch (check(field)) {
                case BARE: {
                    Query q = either(text(Fields.SUBJECT, Fields.SUBJECT_EXACT, text, quoted),
                            text(Fields.BODY, Fields.BODY_EXACT, text, quoted));
                    if (q != null && !quoted) bareWords.put(q, text);
                    return q;
                }
                case "subject":
                    return text(Fields.SUBJECT, Fields.SUBJECT_EXACT, text, quoted);
                case "body":
                    return text(Fields.BODY, Fields.BODY_EXACT, text, quoted);
                case "quoted":
                    return text(Fields.QUOTED, Fields.QUOTED, text, quoted);
                case "from":
                    return from(text);
                case "date":
                case "year":
                    return date(field, text);
                case "id": {
                    String mid = MessageIds.canonical(text);
                    Query byId = new TermQuery(new Term(Fields.ID, MessageDocuments.idKey(text.strip())));
                    return mid == null ? byId : either(byId, new TermQuery(new Term(Fields.MESSAGE_ID, mid)));
                }
                case "thread":
                    return new TermQuery(new Term(Fields.THREAD, MessageDocuments.idKey(text.strip())));
                case "cites":
                case "quotedcites": {
                    // as written, and as the annotator would have written it ("ECPA" is the Electronic
                    // Communications Privacy Act, "22 CFR 120" a part)
                    List<String> keys = CitationKeys.queryKeys(text);
                    if (keys.isEmpty()) throw fieldError(field, field + ": needs a citation such as rfc2119");
                    Query q = null;
                    for (String key : keys) q = either(q, new TermQuery(new Term(citesField(field), key)));
                    return pairable(q, Fields.CITES, keys.stream().map(QueryLanguage::literal).toList());
                }
                case "speaker": {
                    String key = AnnotationTerms.speakerKey(text);
                    if (key == null) throw fieldError(field, "speaker: needs a name, such as speaker:\"Hal Finney\"");
                    // a full name finds the person under every form of it (SpeakerQuery); a handle or an address itself
                    String full = PersonEvidence.fullName(text);
                    SpeakerQuery person = full == null ? null : new SpeakerQuery(key, full, null, null);
                    Query q = person != null ? person : new TermQuery(new Term(Fields.SPEAKER, key));
                    speakers.put(q, new Speaker(literal(key), person));
                    return q;
                }
                default: { // list, citekind, claim, topic, has
                    String value = text.strip().toLowerCase(Locale.ROOT);
                    String unknown = KeywordValues.unknown(field, value);
                    if (unknown != null) throw fieldError(field, unknown);
                    return pairable(new TermQuery(new Term(keyword(field), value)), saidField(field, value), literal(value));
                }
            }
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            if (passThrough(field)) return super.getFieldQuery(field, text, slop);
            switch (check(field)) {
                case BARE:
                    return either(super.getFieldQuery(Fields.SUBJECT_EXACT, text, slop),
                            super.getFieldQuery(Fields.BODY_EXACT, text, slop));
                case "subject":
                    return super.getFieldQuery(Fields.SUBJECT_EXACT, text, slop);
                case "body":
                    return super.getFieldQuery(Fields.BODY_EXACT, text, slop);
                case "quoted":
                    return super.getFieldQuery(Fields.QUOTED, text, slop);
                case "from":
                    // the parser hands every quoted text here, slop or not: from:"a@b.org" is an address
                    return slop == 0 ? from(text) : super.getFieldQuery(Fields.FROM_NAME, text, slop);
                default:
                    return getFieldQuery(field, text, true);
            }
        }

        @Override
        protected Query getRangeQuery(String field, String lo, String hi, boolean loIn, boolean hiIn)
                throws ParseException {
            if (passThrough(field)) return super.getRangeQuery(field, lo, hi, loIn, hiIn);
            switch (check(field)) {
                case "date":
                case "year":
                    return dateRange(field, lo, hi, loIn, hiIn);
                case BARE:
                    return either(super.getRangeQuery(Fields.SUBJECT_EXACT, lo, hi, loIn, hiIn),
                            super.getRangeQuery(Fields.BODY_EXACT, lo, hi, loIn, hiIn));
                case "subject":
                    return super.getRangeQuery(Fields.SUBJECT_EXACT, lo, hi, loIn, hiIn);
                case "body":
                    return super.getRangeQuery(Fields.BODY_EXACT, lo, hi, loIn, hiIn);
                case "quoted":
                    return super.getRangeQuery(Fields.QUOTED, lo, hi, loIn, hiIn);
                case "from":
                    return super.getRangeQuery(Fields.FROM_NAME, lo, hi, loIn, hiIn);
                case "cites":
                case "quotedcites":
                    return TermRangeQuery.newStringRange(citesField(field), lo == null ? null : CitationKeys.key(lo),
                            hi == null ? null : CitationKeys.key(hi), loIn, hiIn);
                default:
                    return TermRangeQuery.newStringRange(keyword(field), lower(lo), lower(hi), loIn, hiIn);
            }
        }

        @Override
        protected Query getWildcardQuery(String field, String text) throws ParseException {
            if (passThrough(field)) return super.getWildcardQuery(field, text);
            return multiTerm(field, text, true);
        }

        @Override
        protected Query getPrefixQuery(String field, String text) throws ParseException {
            if (passThrough(field)) return super.getPrefixQuery(field, text);
            return multiTerm(field, text + "*", false);
        }

        @Override
        protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
            if (passThrough(field)) return super.getFuzzyQuery(field, text, similarity);
            String f = exactField(field);
            if (f.equals(BARE)) {
                return either(super.getFuzzyQuery(Fields.SUBJECT_EXACT, text, similarity),
                        super.getFuzzyQuery(Fields.BODY_EXACT, text, similarity));
            }
            return super.getFuzzyQuery(f, text, similarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String text) throws ParseException {
            if (passThrough(field)) return super.getRegexpQuery(field, text);
            String f = exactField(field);
            if (f.equals(BARE)) {
                return either(super.getRegexpQuery(Fields.SUBJECT_EXACT, text), super.getRegexpQuery(Fields.BODY_EXACT, text));
            }
            return super.getRegexpQuery(f, text);
        }

        /** Wildcards and prefixes: exact words for text, folded keys for keywords. */
        private Query multiTerm(String field, String pattern, boolean wildcard) throws ParseException {
            switch (check(field)) {
                case BARE:
                    return either(wild(Fields.SUBJECT_EXACT, pattern, wildcard), wild(Fields.BODY_EXACT, pattern, wildcard));
                case "subject":
                case "body":
                case "quoted":
                    return wild(exactField(field), pattern, wildcard);
                case "from":
                    if (pattern.contains("@")) {
                        return new WildcardQuery(new Term(Fields.FROM_ADDRESS, pattern.toLowerCase(Locale.ROOT)));
                    }
                    return wild(Fields.FROM_NAME, pattern, wildcard);
                case "date":
                case "year":
                    if (pattern.equals("*")) return new TermQuery(new Term(Fields.HAS, "date"));
                    if (DATE_DOTS.matcher(pattern).matches()) return date(field, pattern); // 2007-05..*
                    throw fieldError(field, "dates take no wildcards; use a range such as date:[2007-01 TO 2007-06]");
                case "cites":
                case "quotedcites": {
                    String p = CitationKeys.pattern(pattern);
                    return pairable(new WildcardQuery(new Term(citesField(field), p)), Fields.CITES, p);
                }
                case "id":
                    return new WildcardQuery(new Term(Fields.ID, pattern));
                case "thread":
                    return new WildcardQuery(new Term(Fields.THREAD, pattern));
                default: {
                    String p = pattern.toLowerCase(Locale.ROOT);
                    Query q = new WildcardQuery(new Term(keyword(field), p));
                    if (field.equals("speaker")) {
                        speakers.put(q, new Speaker(p, null));
                        return q;
                    }
                    return pairable(q, saidField(field, p), p);
                }
            }
        }

        /**
         * The {@link Fields#SAID} field part of an annotation clause's value, or {@code null} for a
         * clause that asks of the message alone ({@code list:}, {@code has:quote}).
         */
        private static String saidField(String field, String value) {
            switch (field) {
                case "claim": return Fields.CLAIM;
                case "citekind": return Fields.CITE_KIND;
                case "topic": return Fields.TOPIC;
                case "has": return value.equals("claim") || value.equals("citation") ? Fields.HAS : null;
                default: return null;
            }
        }

        /**
         * Records {@code q} as an annotation clause whose {@link Fields#SAID} form is {@code field:pattern};
         * a clause with no such field ({@code null}) asks of the message alone.
         */
        private Query pairable(Query q, String field, String pattern) {
            return pairable(q, field, List.of(pattern));
        }

        /** As {@link #pairable(Query, String, String)}, said under any of {@code patterns}. */
        private Query pairable(Query q, String field, List<String> patterns) {
            if (field != null) annotationClauses.put(q, new Said(field, patterns));
            return q;
        }

        /**
         * The query with each annotation clause that a required {@code speaker:} clause stands
         * beside, at its level or above, asking what that speaker said; {@code speaker} is the
         * speaker of the level above, {@code null} for none. Two speakers at one level pair with
         * nothing at that level; a level inside it with one speaker of its own pairs with that one.
         */
        Query paired(Query q, Speaker speaker) {
            if (q instanceof BoostQuery b) return new BoostQuery(paired(b.getQuery(), speaker), b.getBoost());
            Said said = annotationClauses.get(q);
            if (said != null) return speaker == null ? q : said.by(speaker);
            if (!(q instanceof BooleanQuery bq)) return q;
            Speaker here = null;
            int count = 0;
            for (BooleanClause c : bq.clauses()) {
                Speaker s = c.getOccur() == Occur.MUST ? speakers.get(c.getQuery()) : null;
                if (s != null) {
                    here = s;
                    count++;
                }
            }
            Speaker pairs = count == 0 ? speaker : count == 1 ? here : null;
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : bq.clauses()) {
                Query sub = paired(c.getQuery(), pairs);
                changed |= sub != c.getQuery();
                b.add(sub, c.getOccur());
            }
            // an unchanged level stays the same object: withProximity knows bare words by identity
            return changed ? b.build() : q;
        }


        /**
         * A {@code speaker:} clause as an annotation clause beside it pairs with it: the name as a
         * wildcard pattern, and for a full name the query of the person's every form of it.
         */
        private record Speaker(String pattern, SpeakerQuery person) {
        }

        /** An annotation clause's {@link Fields#SAID} field part and values (wildcard patterns, any of them). */
        private record Said(String field, List<String> patterns) {
            /** The clause as asked of what {@code speaker} said. */
            Query by(Speaker speaker) {
                Query q = null;
                for (String pattern : patterns) q = either(q, by(speaker, pattern));
                return q;
            }

            private Query by(Speaker speaker, String pattern) {
                if (speaker.person() != null) return speaker.person().said(field, pattern);
                String p = AnnotationTerms.said(speaker.pattern(), field, pattern);
                String unescaped = unescaped(p);
                return unescaped != null ? new TermQuery(new Term(Fields.SAID, unescaped)) : new WildcardQuery(new Term(Fields.SAID, p));
            }
        }

        private Query wild(String field, String pattern, boolean wildcard) throws ParseException {
            if (!wildcard && pattern.endsWith("*")) {
                String prefix = pattern.substring(0, pattern.length() - 1);
                return new PrefixQuery(new Term(field, getAnalyzer().normalize(field, prefix)));
            }
            return super.getWildcardQuery(field, pattern);
        }

        /** The unstemmed field of a user field (quoted text has none: its stemmed field). */
        private String exactField(String field) throws ParseException {
            switch (check(field)) {
                case "subject": return Fields.SUBJECT_EXACT;
                case "body": return Fields.BODY_EXACT;
                case "quoted": return Fields.QUOTED;
                case "from": return Fields.FROM_NAME;
                case BARE: return BARE;
                default:
                    throw fieldError(field, field + ": takes no fuzzy or regular-expression terms");
            }
        }

        /** Stemmed words, or exact words for a quoted phrase. */
        private Query text(String stemmed, String exact, String text, boolean quoted) throws ParseException {
            return super.getFieldQuery(quoted ? exact : stemmed, text, quoted);
        }

        private Query from(String text) throws ParseException {
            Matcher person = PERSON.matcher(text.strip());
            if (person.matches()) return new PersonQuery(person.group(1).strip());
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (t.contains("@") && !t.contains(" ")) {
                return new TermQuery(new Term(Fields.FROM_ADDRESS, t));
            }
            Query name = super.getFieldQuery(Fields.FROM_NAME, text, true);
            if (t.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
                return either(new TermQuery(new Term(Fields.FROM_DOMAIN, t)), name);
            }
            String fullName = PersonEvidence.fullName(text);
            return fullName == null || name == null ? name : new PersonNameQuery(fullName, name);
        }


        /**
         * A date written alone: the span it names ({@code 2007-05}), or a comparison with one
         * ({@code >2007-05}, {@code >=2007-05}, {@code <2007}, {@code <=2007-05-11}), or a range
         * {@code 2007-01..2007-06} (either end may be {@code *}), the same as {@code [2007-01 TO 2007-06]}.
         */
        private Query date(String field, String text) throws ParseException {
            String t = text.strip();
            Matcher range = DATE_DOTS.matcher(t);
            if (range.matches()) return dateRange(field, range.group(1), range.group(2), true, true);
            if (t.startsWith(">=")) return dateRange(field, t.substring(2), null, true, true);
            if (t.startsWith("<=")) return dateRange(field, null, t.substring(2), true, true);
            if (t.startsWith(">")) return dateRange(field, t.substring(1), null, false, true);
            if (t.startsWith("<")) return dateRange(field, null, t.substring(1), true, false);
            return dateRange(field, t, t, true, true);
        }

        /** Dates from {@code lo} to {@code hi} (null or {@code *}: open), each end the whole span it names when inclusive. */
        private Query dateRange(String field, String lo, String hi, boolean loIn, boolean hiIn) throws ParseException {
            long from = Long.MIN_VALUE;
            long to = Long.MAX_VALUE;
            try {
                if (lo != null && !lo.equals("*")) {
                    DateTerms.Span s = DateTerms.span(lo);
                    from = loIn ? s.from() : s.to();
                }
                if (hi != null && !hi.equals("*")) {
                    DateTerms.Span s = DateTerms.span(hi);
                    to = hiIn ? s.to() - 1 : s.from() - 1;
                }
            } catch (IllegalArgumentException e) {
                throw fieldError(field, e.getMessage());
            }
            return from > to ? new MatchNoDocsQuery("empty date range") : LongField.newRangeQuery(Fields.DATE, from, to);
        }

        /** The index field of {@code cites:} (own text) or {@code quotedcites:} (quoted and forwarded text). */
        private static String citesField(String field) {
            return field.equals("quotedcites") ? Fields.QUOTED_CITES : Fields.CITES;
        }

        private static String keyword(String field) {
            switch (field) {
                case "list": return Fields.LIST;
                case "citekind": return Fields.CITE_KIND;
                case "claim": return Fields.CLAIM;
                case "topic": return Fields.TOPIC;
                case "has": return Fields.HAS;
                case "speaker": return Fields.SPEAKER;
                case "id": return Fields.ID;
                case "thread": return Fields.THREAD;
                default: throw new IllegalStateException("not a keyword field: " + field);
            }
        }

        private static String lower(String s) {
            return s == null || s.equals("*") ? null : s.toLowerCase(Locale.ROOT);
        }

        /**
         * Either query may match; a null one (stop words only) is left out, and when both are null
         * so is the clause: null, as Lucene's own parser returns for a clause of only stop words.
         */
        private static Query either(Query a, Query b) {
            if (a == null && b == null) return null;
            if (a == null) return b;
            if (b == null) return a;
            return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
        }
    }
}
