package org.listscope.thread;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.listscope.model.Author;
import org.listscope.model.LinkMethod;
import org.listscope.model.ReplySubjects;

/**
 * Parents for messages whose headers and archive index say nothing (page renderings, stripped
 * archives), inferred from the text, strongest evidence first (and for a header parent the text
 * contradicts, {@link #link(boolean[], boolean[], Link[])}):
 *
 * <ol>
 *   <li><b>attribution</b>: the line above the quote names an earlier message by its Message-ID
 *       ({@code In article <id>, ... writes:}; confidence 0.95, over the headers too: in
 *       cypherpunks 1992-94, 12 parents change, 7 of them header parents of news gateways' posts),
 *       or names an earlier message's author (address
 *       local part or name words), and something else says it is that message: its day and minute
 *       (the minute survives time zone shifts), the quoted words, or its subject (once a
 *       {@code (was: ...)} is left out, or the topic such a part names). Confidence 0.7, up to 0.95
 *       with a matching date and quoted text.</li>
 *   <li><b>quote</b>: the text quoted once ({@code > }; {@code > |} and {@code > :} are a level
 *       deeper) matches an earlier message's own text. Winnowed word shingles ({@link Shingles})
 *       are looked up in an index of own text ({@link ShingleIndex}), so the cost is linear in the
 *       text, not pairwise. A match needs at least {@link #MIN_QUOTE} of the quote's fingerprints,
 *       and {@link #MIN_QUOTE_PRINTS} of them where the message is of another subject and more than
 *       {@link #ONE_PRINT_DAYS} days older; confidence 0.5 + 0.4 x that share. Where a later
 *       message quoted the matched words along with its own, which the reply quotes too, that
 *       message is the parent ({@link #quotedOn}); so too where the reply quotes two people one right
 *       after the other ({@link Attribution#namesSeveral}: Joe Thomas quoting Tim May and then
 *       Perry Metzger, as Perry's reply to Tim had them), though the first name is the older
 *       message's author (twisted-python and cypherpunks 1992-94: 8 parents change, all 8 read and
 *       each now the message of the second person named, which quoted the first). On twisted-python 2005 and cypherpunks 1994 with
 *       their headers removed, 2,361 of 2,422 quote links agree with the headers (2,294 of 2,403
 *       before these two rules, {@link Attribution}'s passing over quoted attributions and
 *       {@link QuoteLines}' reading of a message yanked in indented). Where neither the quote nor
 *       the subject finds a parent, the text quoted deeper by {@code |} or {@code :} alone is tried
 *       with the quote.</li>
 *   <li><b>pasted</b>: where the quote finds no parent, the reply's subject says {@code Re:} and
 *       an earlier message has that subject, its own text counts as quoted where a run of 20 words
 *       or more of it stands in the own text of an earlier message of its topic by someone else
 *       ({@link PastedPrints}: a reply that pastes what it answers without marks, behind marks no
 *       rule reads such as {@code ::}, {@code /} or {@code -->}, or indented); a quote link, unless
 *       the parent found is the poster's own. With the headers of twisted-python 2005 and
 *       cypherpunks 1994 removed, 115 subject links become such quote links and 7,538 of 7,906
 *       links agree with the headers (7,534 before); on twisted-python and cypherpunks 1992-94 with
 *       their headers, 20 header-less replies get another parent (all 20 read: 15 answer the new
 *       one, 5 are as well placed under either, mostly a message posted twice). Words pasted from
 *       a message of another subject are most often a document cited (a FAQ, an article, the list's
 *       welcome message): taking them too gave 40 new parents there, and 7,535 on the headers'
 *       test; but where a line of the reply names that message's author before a verb of saying
 *       ({@code Black Unicorn writes:}, {@link CopiedText#namesBeforeSaying}), within two weeks, it
 *       is the parent, as an attribution link, whatever the subjects say (a reply under a subject of
 *       its own; such a reply is tried for pasted words without {@code Re:}).</li>
 *   <li><b>subject</b>: the latest earlier message with the same normalised subject, since the
 *       subject's thread start within {@link #SUBJECT_DAYS} days (pipermail's own fallback points
 *       at that start; a subject posted again and again starts a new thread when its start is
 *       older than that); not the poster's own post of more than a day before; where the reply's
 *       first line names someone, that person's message whose own words are most like the
 *       reply's, else their latest; else the one by someone else whose own words are most like the
 *       reply's, where they are alike enough ({@link #bySubject}).
 *       Confidence 0.3, 0.2 when the subject does not say {@code Re:}.</li>
 * </ol>
 *
 * Only earlier messages (in {@link Corpus} time order) are candidates, so inferred links never
 * form a loop; but for a reply whose attribution names and quotes a message its clock puts up to a
 * day later ({@link #laterParent}), taken only where no loop follows.
 */
final class InferenceLinker {

    static final double MIN_QUOTE = 0.2;
    /**
     * Fingerprints a parent found by quoted words alone must share with the quote, unless its
     * subject is the same or it is at most {@link #ONE_PRINT_DAYS} days older.
     */
    static final int MIN_QUOTE_PRINTS = 2;
    static final int ONE_PRINT_DAYS = 14;
    /** The share of a reply's fingerprints outside the quoted message's own text that {@link #quotedOn} needs in the quoting one's. */
    private static final double QUOTED_ON_SHARE = 0.3;
    static final int SUBJECT_DAYS = 60;
    /** Seconds of a day, {@link Corpus#time}'s unit. */
    static final long DAY = 86_400;
    /** How much later than a reply, by the clocks, the message it answers may be ({@link #laterParent}). */
    private static final long SKEW = DAY;
    /** How much older than a message its poster's own latest post of the subject may be to count as followed up. */
    private static final long OWN_FOLLOW_UP = DAY;
    /** How far back, and ... */
    private static final long RELAY_DAYS = 14;
    /** ... among how many of the attributed author's messages, {@link #relayedQuote} looks. */
    private static final int RELAY_CANDIDATES = 40;
    /** The similarity of own words ({@link ReplyWords}) at which a subject link may go to another message than the latest ... */
    private static final double SIMILAR = 0.1;
    /** ... and by how much more than the latest's. */
    private static final double MORE_SIMILAR = 0.05;

    private final Corpus corpus;
    private final ShingleIndex own = new ShingleIndex();
    /**
     * Per message, the fingerprints of its own text ({@link QuoteLines#own}) that earlier messages
     * hold too, once {@link #link} has run: most messages have none.
     */
    private SharedPrints[] sharedPrints = new SharedPrints[0];
    /**
     * Per message whose parent {@link #link} infers or checks, while it runs: its attribution
     * ({@link Attribution#of}), and the earlier message its attribution names by Message-ID, or -1.
     */
    private Attribution[] attributions;
    private int[] named;
    /** Per such message, whether it quotes several people by name ({@link Attribution#namesSeveral}). */
    private boolean[] several;
    /**
     * Per message whose parent {@link #link} infers, while it runs: the names its own lines give
     * before a verb of saying ({@link CopiedText#namesBeforeSaying}), above words it pasted.
     */
    private String[][] sayers;
    private static final String[] NO_NAMES = {};
    private final Authors authors;
    private final ReplyWords words;

    InferenceLinker(Corpus corpus) {
        this.corpus = corpus;
        this.authors = new Authors(corpus);
        this.words = new ReplyWords(corpus);
    }

    /** The index of every message's own text, complete after {@link #link}. */
    ShingleIndex ownTextIndex() {
        return own;
    }

    /** The fingerprints of message {@code i}'s own text that earlier messages' own text holds too. */
    SharedPrints sharedPrints(int i) {
        return sharedPrints[i];
    }

    /**
     * Infers a parent for every message with {@code needed[i]} set; indexes every message's own
     * text on the way (in time order, so that look-ups only see earlier messages).
     */
    Link[] link(boolean[] needed, boolean[] subjectAllowed) {
        return link(needed, subjectAllowed, new Link[needed.length]);
    }

    /**
     * As {@link #link(boolean[], boolean[])}, and for a message whose header parent
     * ({@code byHeader[i]}) its text contradicts, the parent the text gives: the reply's attribution
     * names someone other than the header parent's author, and names and quotes a reply to that
     * parent by someone other than the poster ({@link #overruling}). Old mailers and gateways
     * copied the In-Reply-To of the message replied to: Daniel Carosone's "Aron Freed writes:"
     * above Aron Freed's words names Tim May's message, which Aron answered. Twisted-python and
     * cypherpunks 1992-94: 82 replies (68 of cypherpunks); of a sample of 20 read, all quote their
     * new parent's words and 16 name its author in an attribution line.
     */
    Link[] link(boolean[] needed, boolean[] subjectAllowed, Link[] byHeader) {
        int n = corpus.size();
        // the text work, each message on its own, on all cores; the linking stays in time order
        long[][] ownPrints = new long[n][];
        sharedPrints = new SharedPrints[n];
        long[][] quotePrints = new long[n][];
        // with the lines quoted deeper by a "|" or ":" mark alone: tried when neither the text quoted
        // once nor the subject finds a parent (the message replied to is missing, its own parent is not)
        long[][] remarkedPrints = new long[n][];
        attributions = new Attribution[n];
        named = new int[n];
        several = new boolean[n];
        sayers = new String[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            QuoteLines lines = QuoteLines.of(corpus.get(i));
            ownPrints[i] = prints(lines.own());
            sayers[i] = needed[i] ? CopiedText.namesBeforeSaying(lines.own()) : NO_NAMES;
            boolean checked = !needed[i] && byHeader[i] != null && !lines.quoted().isBlank(); // a header parent to check
            named[i] = -1;
            if (needed[i] || checked) {
                attributions[i] = Attribution.of(corpus.get(i));
                named[i] = namedMessage(i);
                several[i] = attributions[i] != null && Attribution.namesSeveral(corpus.get(i));
            }
            if (needed[i]) {
                quotePrints[i] = prints(lines.quoted().isBlank() ? lines.deeper() : lines.quoted());
                if (!lines.quoted().isBlank() && !lines.remarked().isBlank()) remarkedPrints[i] = prints(lines.quoted() + lines.remarked());
            } else if (checked && (named[i] >= 0 || namesAnother(i, byHeader[i].parent()))) {
                quotePrints[i] = prints(lines.quoted());
            }
        });
        Link[] links = new Link[n];
        long[][] late = new long[n][];
        Map<String, List<Integer>> bySubject = new HashMap<>();
        HitCounts hits = new HitCounts(n);
        PastedPrints pasted = new PastedPrints(corpus, own);
        for (int r = 0; r < n; r++) {
            int i = corpus.byTime[r];
            String subject = corpus.subject[i];
            if (needed[i]) {
                Link l = infer(i, quotePrints[i], hits);
                if (l == null && (mayHavePasted(i, bySubject) || sayers[i].length > 0)) l = byPasted(i, pasted, ownPrints[i], hits);
                if (l == null && subjectAllowed[i]) l = bySubject(i, subject, bySubject, links);
                if (l == null && remarkedPrints[i] != null) l = infer(i, remarkedPrints[i], hits);
                // a clock set wrong (not headers naming a message absent here, which the later one is not)
                if ((l == null || l.how() == LinkMethod.SUBJECT) && attributions[i] != null && subjectAllowed[i]) late[i] = quotePrints[i];
                quotePrints[i] = remarkedPrints[i] = null;
                links[i] = l;
            } else if (quotePrints[i] != null) {
                links[i] = overruling(i, infer(i, quotePrints[i], hits), byHeader, quotePrints[i]);
                quotePrints[i] = null;
            }
            sharedPrints[i] = SharedPrints.of(ownPrints[i], own.add(i, ownPrints[i]));
            ownPrints[i] = null;
            if (!subject.isEmpty()) bySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(i);
        }
        for (int r = 0; r < n; r++) {
            int i = corpus.byTime[r];
            if (late[i] == null) continue;
            Link l = laterParent(i, late[i], hits, links, byHeader);
            if (l != null) links[i] = l;
        }
        attributions = null;
        named = null;
        several = null;
        sayers = null;
        return links;
    }

    /**
     * Whether message {@code i} may have pasted what it answers: its subject says {@code Re:} and an
     * earlier message has that subject (normalised), so it answers something here.
     */
    private boolean mayHavePasted(int i, Map<String, List<Integer>> bySubject) {
        String subject = corpus.subject[i];
        return !subject.isEmpty() && bySubject.containsKey(subject) && ReplySubjects.isReply(corpus.get(i).subject());
    }

    /**
     * The parent of message {@code i} found by text it pasted without quote marks
     * ({@link PastedPrints}), read as its quoted text, where that parent is of its topic and by
     * someone else (not an earlier holder of the same words elsewhere, nor the poster's own); else
     * {@code null}. {@code ownPrints} are the fingerprints of its own text.
     */
    private Link byPasted(int i, PastedPrints pasted, long[] ownPrints, HitCounts hits) {
        long[] prints = pasted.of(i, QuoteLines.of(corpus.get(i)).own(), ownPrints, sayers[i]);
        if (prints.length == 0) return null;
        Link l = infer(i, prints, hits);
        if (l == null || CopiedText.samePerson(corpus.get(l.parent()).from(), corpus.get(i).from())) return null;
        if (corpus.sameTopic(i, l.parent())) return l;
        // of another subject: its author named above the pasted words
        return pasted.named(i, l.parent(), sayers[i]) ? new Link(l.parent(), LinkMethod.ATTRIBUTION, Math.max(0.7, l.confidence())) : null;
    }

    /** Whether message {@code i}'s attribution names someone who is not the author of {@code parent}. */
    private boolean namesAnother(int i, int parent) {
        Attribution a = attributions[i];
        Authors.Names who = a == null ? null : Authors.of(a.who());
        return who != null && !who.isEmpty() && authors.score(who, parent) < 0.5;
    }

    /**
     * {@code inferred} where it overrules message {@code i}'s header parent: an attribution link to
     * a message whose own header parent is that parent, by someone other than {@code i}'s poster,
     * where the header parent's own text holds less than {@link #MIN_QUOTE} of the quote's
     * fingerprints {@code prints} (a reply to both quotes both).
     */
    private Link overruling(int i, Link inferred, Link[] byHeader, long[] prints) {
        if (inferred == null || inferred.how() != LinkMethod.ATTRIBUTION) return null;
        int q = inferred.parent();
        int p = byHeader[i].parent();
        if (q != p && q == named[i]) return inferred;
        if (q == p || byHeader[q] == null || byHeader[q].parent() != p) return null;
        if (Objects.equals(corpus.get(q).from().key(), corpus.get(i).from().key())) return null;
        int[] inParent = {0};
        for (long f : prints) {
            own.forEach(f, m -> {
                if (m == p) inParent[0]++;
            });
        }
        return inParent[0] >= MIN_QUOTE * prints.length ? null : inferred;
    }

    private static long[] prints(String text) {
        return Shingles.fingerprints(Shingles.of(text, 0, text.length()).hashes());
    }

    /**
     * The earlier message whose Message-ID message {@code i}'s attribution names
     * ({@link Attribution#messageId}), or -1.
     */
    private int namedMessage(int i) {
        String id = Attribution.messageId(corpus.get(i));
        Integer k = id == null ? null : corpus.byMessageId.get(id);
        return k != null && k != i && corpus.before(k, i) ? k : -1;
    }

    /**
     * The parent of message {@code i}: the message its attribution names by Message-ID, else from
     * the fingerprints of its quotes and its attribution line.
     */
    private Link infer(int i, long[] prints, HitCounts hits) {
        if (named[i] >= 0) return new Link(named[i], LinkMethod.ATTRIBUTION, 0.95);
        for (long f : prints) {
            own.forEach(f, m -> {
                if (m != i) hits.add(m);
            });
        }
        Attribution a = attributions[i];
        Authors.Names who = a == null ? null : Authors.of(a.who());
        List<Integer> pool = new ArrayList<>(hits.size());
        for (int t = 0; t < hits.size(); t++) pool.add(hits.touched(t));
        if (who != null && !who.isEmpty()) {
            for (int c : authors.candidates(who, i, 90 * DAY)) {
                if (hits.get(c) == 0) pool.add(c);
            }
        }
        Link link = choose(i, prints, hits, pool, a, who);
        if (link == null && who != null && !who.isEmpty()) {
            // a name that links nowhere (its author's messages hold none of the words, and neither the
            // day nor the subject backs one) is read as no name: a summary quoting several people
            // ("Stanton McCandlish asks:", then "Perry E. Metzger posits:") answers the message
            // whose words it quotes, if that is of its subject or its fortnight and not the poster's own
            link = choose(i, prints, hits, pool, a, null);
            if (link != null && !nearAndAnother(i, link.parent())) link = null;
        }
        hits.clear();
        return link;
    }

    /**
     * The parent of message {@code i} among the messages up to {@link #SKEW} later than it, where a
     * clock set wrong put the reply before what it answers: its attribution names the later
     * message's author, and its quote holds at least half of the quote's fingerprints in its own
     * text, or the attribution's date and minute are the later message's and the quote holds some
     * of them or the subject is the same. Only for a reply without In-Reply-To or References (Mary
     * Gardiner's answer to a message of another list, which its poster then sent here too, names
     * that message, not the later one). Taken over no link or a subject link, never where it
     * would make a loop with the links so far ({@code links}, else {@code byHeader}). Twisted-python's
     * headers put 126 of 23,856 parents later than their reply; in the 660 renderings, two replies
     * quote a message their clocks put after them ({@code Am Mittwoch, 2. März 2005 21:00 schrieb
     * Paul Swartz:}, five hours; {@code On Mon, 2005-10-10 at 17:23 +0000, Michael Kerrin wrote:},
     * 18 minutes).
     */
    private Link laterParent(int i, long[] prints, HitCounts hits, Link[] links, Link[] byHeader) {
        Attribution a = attributions[i];
        Authors.Names who = Authors.of(a.who());
        if (who.isEmpty()) return null;
        int best = -1;
        double bestScore = 0;
        double bestQ = 0;
        boolean counted = false; // the quote's hits, counted once, where a candidate by the named author comes
        for (int r = corpus.rank[i] + 1; r < corpus.size(); r++) {
            int c = corpus.byTime[r];
            if (corpus.time[c] - corpus.time[i] > SKEW) break;
            double au = authors.score(who, c);
            if (au < 0.5) continue;
            if (!counted) {
                for (long f : prints) own.forEach(f, m -> {
                    if (m != i) hits.add(m);
                });
                counted = true;
            }
            double q = prints.length == 0 ? 0 : Math.min(1.0, (double) hits.get(c) / prints.length);
            double d = dateFit(a, c);
            boolean backed = q >= 0.5 || a.day() != null && a.minute() >= 0 && d == 1.0 && (q > 0 || corpus.sameTopic(i, c));
            double score = 4 * q + 2 * au + 1.5 * d;
            if (backed && score > bestScore && !descends(c, i, links, byHeader, false)) {
                best = c;
                bestScore = score;
                bestQ = q;
            }
        }
        hits.clear();
        if (best < 0) return null;
        descends(best, i, links, byHeader, true);
        return new Link(best, LinkMethod.ATTRIBUTION, Math.min(0.9, 0.7 + 0.15 * bestQ));
    }

    /**
     * Whether {@code c} is message {@code i} or below it in the reply tree the links so far make,
     * other than by a subject link, the weakest: a message the reply answers may have been hung
     * under the reply by its subject alone. With {@code drop}, such a subject link on the way is
     * removed (the first from {@code c}).
     */
    private static boolean descends(int c, int i, Link[] links, Link[] byHeader, boolean drop) {
        int p = c;
        int subject = -1;
        for (int steps = 0; p >= 0 && steps <= links.length; steps++) {
            if (p == i) {
                if (subject < 0) return true;
                if (drop) links[subject] = null;
                return false;
            }
            Link l = links[p] != null ? links[p] : byHeader[p];
            if (l != null && subject < 0 && links[p] == l && l.how() == LinkMethod.SUBJECT) subject = p;
            p = l == null ? -1 : l.parent();
        }
        return p >= 0; // a loop already there: take nothing into it
    }

    /** Whether {@code c} is of message {@code i}'s subject or {@link #ONE_PRINT_DAYS} before it, and by someone else. */
    private boolean nearAndAnother(int i, int c) {
        boolean near = corpus.sameTopic(i, c) || corpus.time[i] - corpus.time[c] <= ONE_PRINT_DAYS * DAY;
        return near && !Objects.equals(corpus.get(i).from().key(), corpus.get(c).from().key());
    }

    /**
     * The best parent for message {@code i} among {@code pool}, from the share of its quote's
     * fingerprints each holds ({@code hits}) and, where {@code who} is given, how well each fits the
     * attribution's author and date, and, for a quote too short to leave fingerprints, which of that
     * author's messages holds it in its own words ({@link ShortQuotes}); {@code null} where none is
     * backed well enough.
     */
    private Link choose(int i, long[] prints, HitCounts hits, List<Integer> pool, Attribution a, Authors.Names who) {
        int best = -1;
        double bestScore = 0;
        double bestQ = 0;
        double bestA = 0;
        double bestD = 0;
        double bestS = 0;
        int bestHits = 0;
        // a quote too short for fingerprints: the attributed author's message whose own words hold it
        String shortQuote = prints.length == 0 && who != null && !who.isEmpty() ? ShortQuotes.of(corpus.get(i)) : null;
        for (int c : pool) {
            if (!corpus.before(c, i)) continue;
            double q = prints.length == 0 ? 0 : Math.min(1.0, (double) hits.get(c) / prints.length);
            double au = who == null ? 0 : authors.score(who, c);
            double d = au > 0 ? dateFit(a, c) : 0;
            double s = corpus.sameTopic(i, c) ? 1 : 0;
            // the same text in several messages: its first holder wrote it; otherwise the latest fits best
            double recency = (q > 0 ? -1e-3 : 1e-3) * corpus.rank[c] / Math.max(1, corpus.size());
            double held = shortQuote != null && au >= 0.5 && ShortQuotes.holds(corpus.get(c), shortQuote) ? 1 : 0;
            double score = 4 * q + 2 * au + 1.5 * d + 0.5 * s + held + recency;
            if (score > bestScore) {
                best = c;
                bestScore = score;
                bestQ = q;
                bestA = au;
                bestD = d;
                bestS = s;
                bestHits = hits.get(c);
            }
        }
        if (best < 0) return null;
        // a reply quoting several people by name may answer the later one's message, which quoted the first
        int quotedOn = (bestA < 0.5 || several[i]) && bestQ >= MIN_QUOTE ? quotedOn(i, best, prints, hits, pool) : -1;
        if (quotedOn >= 0) return new Link(quotedOn, LinkMethod.QUOTE, 0.5 + 0.4 * bestQ);
        if (bestA < 0.5 && bestQ >= MIN_QUOTE && who != null && !who.isEmpty()) {
            Link relayed = relayedQuote(i, prints, who);
            if (relayed != null) return relayed;
        }
        // a name alone ("Tommi wrote:") must be backed by the message's day, its quoted words or its
        // subject: a list's regulars write every week, and a reply to a message of another list
        // (a commit mail) would otherwise go to the named person's latest message here
        boolean named = bestS > 0 || a != null && a.day() != null && bestD >= 0.6;
        if (bestA >= 0.5 && (named || bestQ >= MIN_QUOTE)) {
            return new Link(best, LinkMethod.ATTRIBUTION, Math.min(0.95, 0.7 + 0.1 * bestD + 0.15 * bestQ));
        }
        // quoted words alone: one fingerprint (a four-word phrase, "1.3 1.4" of a commit mail) is no
        // sign of a message of another topic weeks or years before
        boolean nearOrMore = bestS > 0 || bestHits >= MIN_QUOTE_PRINTS || corpus.time[i] - corpus.time[best] <= ONE_PRINT_DAYS * DAY;
        if (bestQ >= MIN_QUOTE && nearOrMore) {
            return new Link(best, LinkMethod.QUOTE, 0.5 + 0.4 * bestQ);
        }
        return null;
    }

    /**
     * The message that quoted {@code best}'s words along with its own, where the reply quotes both:
     * a message later than {@code best} whose quoted lines hold at least half of the fingerprints
     * the reply shares with {@code best}'s own text, and whose own text holds at least
     * {@link #MIN_QUOTE_PRINTS}, and {@link #QUOTED_ON_SHARE} or more, of the reply's other
     * fingerprints; the latest such, or -1. A reply quotes what it answers whole, quotes and all,
     * and where the marks of those quotes are lost ({@code > J >}, an indented yank) the older words
     * often outnumber the newer ones: then the poster's own earlier message, or the thread's start,
     * would win.
     */
    private int quotedOn(int i, int best, long[] prints, HitCounts hits, List<Integer> pool) {
        Set<Long> bestOwn = null;
        int found = -1;
        for (int p : pool) {
            if (p == best || hits.get(p) < MIN_QUOTE_PRINTS || !corpus.before(best, p) || !corpus.before(p, i)) continue;
            if (found >= 0 && corpus.before(p, found)) continue;
            if (bestOwn == null) bestOwn = printSet(QuoteLines.of(corpus.get(best)).own());
            QuoteLines lines = QuoteLines.of(corpus.get(p));
            Set<Long> quoted = printSet(lines.quoted() + lines.deeper());
            Set<Long> own = printSet(lines.own());
            int shared = 0;
            int kept = 0;
            int rest = 0;
            int restOwn = 0;
            for (long f : prints) {
                if (bestOwn.contains(f)) {
                    shared++;
                    if (quoted.contains(f)) kept++;
                } else {
                    rest++;
                    if (own.contains(f)) restOwn++;
                }
            }
            if (shared > 0 && 2 * kept >= shared && restOwn >= MIN_QUOTE_PRINTS && restOwn >= QUOTED_ON_SHARE * rest) found = p;
        }
        return found;
    }

    /** The fingerprints of {@code text}, as a set. */
    private static Set<Long> printSet(String text) {
        Set<Long> set = new HashSet<>();
        for (long f : prints(text)) set.add(f);
        return set;
    }

    /**
     * Where the words quoted under an attribution stand in another author's own text: the latest
     * earlier message of the attributed author, within {@link #RELAY_DAYS} days, that quotes at least
     * {@link #MIN_QUOTE} of them ("Rick Busdiecker writes:" above words Rick had quoted from Amanda
     * Walker: the reply answers Rick's message, not Amanda's); else {@code null}. Looks at the
     * {@link #RELAY_CANDIDATES} latest of that author's messages only.
     */
    private Link relayedQuote(int i, long[] prints, Authors.Names who) {
        int looked = 0;
        for (int c : authors.candidates(who, i, RELAY_DAYS * DAY)) {
            if (!corpus.before(c, i) || authors.score(who, c) < 0.5) continue;
            if (++looked > RELAY_CANDIDATES) break;
            QuoteLines lines = QuoteLines.of(corpus.get(c));
            Set<Long> quoted = printSet(lines.quoted() + lines.deeper());
            int found = 0;
            for (long f : prints) {
                if (quoted.contains(f)) found++;
            }
            double share = (double) found / prints.length;
            if (share >= MIN_QUOTE) return new Link(c, LinkMethod.ATTRIBUTION, Math.min(0.95, 0.7 + 0.15 * share));
        }
        return null;
    }

    /**
     * How well message {@code c}'s date fits the attribution: 1 for the same day (a day either side
     * for time zones) and minute, 0.6 for the day alone, 0.2 for the day with another minute, 0.3
     * when the line gives no date, 0 when it gives another day.
     */
    private double dateFit(Attribution a, int c) {
        if (a == null || a.day() == null) return 0.3;
        if (corpus.get(c).date() == null) return 0.3;
        ZonedDateTime t = corpus.get(c).date().atZone(ZoneOffset.UTC);
        LocalDate d = t.toLocalDate();
        long gap = Math.abs(d.toEpochDay() - a.day().toEpochDay());
        if (gap > 1) return 0;
        if (a.minute() >= 0) {
            return t.getMinute() == a.minute() ? 1.0 : 0.2;
        }
        return 0.6;
    }

    /**
     * The subject link of message {@code i}. Its thread start is the earliest earlier message of
     * the same subject within {@link #SUBJECT_DAYS} that is not itself linked by subject alone, so
     * that a subject posted again and again (a weekly report, {@code unsubscribe}) makes threads of
     * at most that span instead of one chain over the years. Its parent is the latest message of
     * the subject since that start: a reply without quotes most often answers the latest one (of
     * the header replies without quotes whose subject had four or more earlier messages, on
     * twisted-python 0.66 answer the latest and 0.11 the start, on cypherpunks 1992-94 0.36 and
     * 0.11). Where that is the poster's own and more than {@link #OWN_FOLLOW_UP} older, the poster is not following
     * it up (a weekly report, a question asked again): the parent is the latest since the start by
     * someone else, else the start. Before all that, where the reply's first line names the author
     * of a message since the start ({@link Addressee}: {@code Tim May asks if...}, {@code Hi Jim,}),
     * the parent is that author's latest, by full name before first name: on twisted-python 2005
     * and cypherpunks 1994 with their headers removed, subject links agree with the headers 563 of
     * 950 times, against 522 without it. A message whose own words the reply shares goes before the
     * latest ({@link #closerInWords}), and before the named author's latest among that author's
     * messages: 663 of 925 against 544 (on twisted-python 2006 and cypherpunks 1993, which the two
     * thresholds were not chosen on, 392 of 529 against 361).
     */
    private Link bySubject(int i, String subject, Map<String, List<Integer>> bySubject, Link[] links) {
        if (subject.isEmpty()) return null;
        List<Integer> earlier = bySubject.get(subject);
        if (earlier == null) return null;
        for (int j = 0; j < earlier.size(); j++) {
            int start = earlier.get(j);
            if (links[start] != null && links[start].how() == LinkMethod.SUBJECT) continue;
            if (corpus.time[i] - corpus.time[start] <= SUBJECT_DAYS * DAY) {
                boolean reply = ReplySubjects.isReply(corpus.get(i).subject());
                // "subscribe" after "subscribe": two requests misdirected to the list, not a reply
                if (!reply && Subjects.request(subject)) return null;
                return new Link(latestSince(i, earlier, j), LinkMethod.SUBJECT, reply ? 0.3 : 0.2);
            }
        }
        return null;
    }

    /** The subject parent of {@code i} among {@code earlier} from position {@code from} on (see {@link #bySubject}). */
    private int latestSince(int i, List<Integer> earlier, int from) {
        String poster = corpus.get(i).from().key();
        Addressee addressee = Addressee.of(corpus.get(i).body());
        int named = -1;
        int strength = Addressee.NONE;
        for (int j = earlier.size() - 1; j >= from && strength < Addressee.FULL; j--) {
            Author a = corpus.get(earlier.get(j)).from();
            int s = poster.equals(a.key()) ? Addressee.NONE : addressee.names(a);
            if (s > strength) {
                named = earlier.get(j);
                strength = s;
            }
        }
        if (named >= 0) return closerInWords(i, earlier, from, named, corpus.get(named).from().key());
        return closerInWords(i, earlier, from, latestOrStart(i, earlier, from), null);
    }

    /** The latest message of {@code earlier} from {@code from} on, unless it is the poster's own of more than {@link #OWN_FOLLOW_UP} before. */
    private int latestOrStart(int i, List<Integer> earlier, int from) {
        String poster = corpus.get(i).from().key();
        int latest = earlier.get(earlier.size() - 1);
        if (!poster.equals(corpus.get(latest).from().key()) || corpus.time[i] - corpus.time[latest] <= OWN_FOLLOW_UP) {
            return latest;
        }
        for (int j = earlier.size() - 1; j > from; j--) {
            int c = earlier.get(j);
            if (!poster.equals(corpus.get(c).from().key())) return c;
        }
        return earlier.get(from);
    }

    /**
     * The message of {@code earlier} (from {@code from} on, by {@code author} where it is given, else
     * by someone other than the poster) whose own words are most like message {@code i}'s, where they
     * are {@link #SIMILAR} and more like them by {@link #MORE_SIMILAR} than {@code chosen}'s; else
     * {@code chosen}.
     */
    private int closerInWords(int i, List<Integer> earlier, int from, int chosen, String author) {
        if (earlier.size() - from < 2) return chosen;
        String poster = corpus.get(i).from().key();
        int best = -1;
        double bestSimilarity = 0;
        double chosenSimilarity = Double.NaN;
        for (int j = from; j < earlier.size(); j++) {
            int c = earlier.get(j);
            String by = corpus.get(c).from().key();
            if (author != null ? !author.equals(by) : poster.equals(by)) continue;
            double s = words.similarity(i, c);
            if (c == chosen) chosenSimilarity = s;
            if (s > bestSimilarity) {
                best = c;
                bestSimilarity = s;
            }
        }
        if (best < 0 || best == chosen || bestSimilarity < SIMILAR) return chosen;
        if (Double.isNaN(chosenSimilarity)) chosenSimilarity = words.similarity(i, chosen); // the start, or the poster's own
        return bestSimilarity - chosenSimilarity >= MORE_SIMILAR ? best : chosen;
    }
}
