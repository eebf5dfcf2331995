package org.listscope.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.listscope.model.Author;
import org.listscope.model.Message;

/**
 * Makes one message of two copies of it (an HTML page and the month's {@code .txt.gz}, a rendering,
 * a rebuilt archive's second copy, a copy the index holds). The result depends on the copies, not
 * on which comes first: {@code merge(a, b)} equals {@code merge(b, a)}, merging three copies gives
 * one message in any order, and merging the result again with any of its copies changes nothing.
 *
 * <p>The body comes with its segments, source and annotations from one copy, the <em>primary</em>:
 * <ol>
 * <li>the copy with the longer body (white space at the ends not counted): a copy cut short, or a
 * stripped rendering that lost its links, says less;</li>
 * <li>between equal bodies, the copy in the more telling format: a pipermail page, then mbox, the
 * pipermail text archive, WARC, a rendering (a copy read from a WARC ranked as the file its
 * target URI names: a page, a {@code .txt.gz}, an mbox);</li>
 * <li>then, for a stable choice, the copy whose source (path or URL) sorts first, whose body sorts
 * first, with more segments.</li>
 * </ol>
 * Every other field is taken where it is richest, field by field, so that more and longer fields
 * win: a Message-ID, URL or list that one copy lacks; the longer subject (a copy that lost its
 * {@code [List]} tag says less); the whole address and the longer name; a date read without
 * guessing, as its writer showed it; the longer In-Reply-To and References. The id is the
 * Message-ID where a copy has one as its id, else an archive-derived id, else a content hash.
 * Where two values are as rich, the one that sorts first is kept, so the choice is stable.
 * Warnings are united, but for those about a date that was not kept.
 *
 * <p>{@link #reread} is for a copy read again from the source the kept body came from: the input was
 * read anew (restored, edited, cut), so its body replaces the old reading's whatever its length.
 */
public final class RichestFields {

    private static final Map<String, Integer> FORMAT_RANK = Map.of(
            "pipermail-html", 5, "mbox", 4, "pipermail-txt", 3, "warc", 2, "rendering", 1);

    /** Orders copies of one message: the greater is the primary. */
    private static final Comparator<Message> PRIMARY = Comparator
            .comparingInt((Message m) -> m.body().strip().length())
            .thenComparingInt(m -> FORMAT_RANK.getOrDefault(WarcParser.heldFormat(m.source()), 0))
            .thenComparing(RichestFields::sourceName, Comparator.reverseOrder())
            .thenComparing(Message::body, Comparator.reverseOrder())
            .thenComparingInt(m -> m.segments().size());

    /** Present beats absent; then the value that sorts first. */
    private static final Comparator<String> PRESENT = Comparator.nullsFirst(Comparator.<String>reverseOrder());

    /** Present beats absent; then the longer; then the value that sorts first. */
    private static final Comparator<String> LONGER = Comparator.nullsFirst(
            Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));

    /**
     * Present beats absent; then the longer, white space runs counted as one space; then the one
     * without runs, tabs or line breaks (a header folded and unfolded); then the one that sorts first.
     */
    private static final Comparator<String> LONGER_TEXT = Comparator.nullsFirst(
            Comparator.comparingInt((String s) -> SpaceRuns.collapse(s).length())
                    .thenComparing(s -> SpaceRuns.collapse(s).equals(s))
                    .thenComparing(Comparator.reverseOrder()));

    /** An RFC 5322 date with its numeric offset, as the writer's clock gave it. */
    private static final Pattern NUMERIC_ZONE = Pattern.compile("[+-]\\d{4}\\b");

    /** More ids beat fewer; then the list that sorts first. */
    private static final Comparator<List<String>> MORE_IDS = Comparator.<List<String>>comparingInt(List::size)
            .thenComparing(l -> String.join(" ", l), Comparator.reverseOrder());

    /**
     * The copy whose date is kept: a date beats none, one read without guessing beats a guess, one
     * shown with a numeric offset ({@code Sun, 13 Mar 2005 19:43:13 +1100}, the writer's) beats an
     * archive's rendering in its server's zone ({@code Sun Mar 13 01:43:13 MST 2005}).
     */
    private static final Comparator<Message> DATE = Comparator
            .comparing((Message m) -> m.date() != null)
            .thenComparing(m -> !hasDateWarning(m))
            .thenComparing(m -> m.dateShown() != null && NUMERIC_ZONE.matcher(m.dateShown()).find())
            .thenComparing(Message::dateShown, PRESENT)
            .thenComparing(Message::date, Comparator.nullsFirst(Comparator.<Instant>reverseOrder()));

    /** The author whose address and shown form are kept: a whole address, then the fuller shown form. */
    private static final Comparator<Author> ADDRESSED = Comparator
            .comparing(Author::address, PRESENT)
            .thenComparing(Author::shown, LONGER)
            .thenComparing(Author::key, Comparator.reverseOrder());

    private RichestFields() {
    }

    /** One message from two copies of it; the same for {@code (a, b)} and {@code (b, a)}. */
    public static Message merge(Message a, Message b) {
        if (a.equals(b)) return a;
        return PRIMARY.compare(a, b) >= 0 ? combine(a, b) : combine(b, a);
    }

    /**
     * One message from a copy {@code held} and a copy {@code read} read later. Where {@code read}
     * comes from the source of {@code held}'s body, it is a new reading of that input and its body
     * is kept whatever its length; other fields as {@link #merge} takes them. Otherwise as
     * {@link #merge}.
     */
    public static Message reread(Message held, Message read) {
        return held.source().equals(read.source()) ? combine(read, held) : merge(held, read);
    }

    /** The primary's body, segments, source and annotations; every other field where richest. */
    private static Message combine(Message primary, Message other) {
        Message dateFrom = DATE.compare(primary, other) >= 0 ? primary : other;
        Set<String> warnings = new TreeSet<>();
        addWarnings(warnings, primary, dateFrom == primary);
        addWarnings(warnings, other, dateFrom == other);
        String messageId = richer(primary.messageId(), other.messageId(), PRESENT);
        return Message.builder()
                .id(id(primary, other))
                .messageId(messageId)
                .list(richer(nonBlank(primary.list()), nonBlank(other.list()), PRESENT))
                .subject(richer(nonBlank(primary.subject()), nonBlank(other.subject()), LONGER_TEXT))
                .from(author(primary.from(), other.from()))
                .date(dateFrom.date())
                .dateShown(dateFrom.dateShown())
                .inReplyTo(richer(primary.inReplyTo(), other.inReplyTo(), MORE_IDS))
                .references(richer(primary.references(), other.references(), MORE_IDS))
                .url(richer(primary.url(), other.url(), PRESENT))
                .source(primary.source())
                .body(primary.body())
                .segments(primary.segments())
                .warnings(new ArrayList<>(warnings))
                .annotations(primary.annotations())
                .build();
    }

    /** A Message-ID used as an id, else an archive-derived id, else a content hash; then the first in order. */
    private static String id(Message a, Message b) {
        int ka = idKind(a);
        int kb = idKind(b);
        if (ka != kb) return ka > kb ? a.id() : b.id();
        return a.id().compareTo(b.id()) <= 0 ? a.id() : b.id();
    }

    private static int idKind(Message m) {
        return m.id().equals(m.messageId()) ? 2 : m.id().startsWith("h:") ? 0 : 1;
    }

    /** The author with the most parts known: the whole address with its shown form, and the longer name. */
    static Author author(Author a, Author b) {
        Author addressed = ADDRESSED.compare(a, b) >= 0 ? a : b;
        Author other = addressed == a ? b : a;
        String name = richer(nonBlank(addressed.name()), nonBlank(other.name()), LONGER_TEXT);
        if (Objects.equals(name, nonBlank(addressed.name()))) return addressed;
        if (Objects.equals(name, nonBlank(other.name())) && Objects.equals(addressed.address(), other.address())
                && addressed.shown().equals(other.shown())) {
            return other;
        }
        return Author.of(name, addressed.address(), addressed.shown());
    }

    /** {@code a} unless {@code b} is greater. */
    private static <T> T richer(T a, T b, Comparator<? super T> order) {
        return order.compare(a, b) >= 0 ? a : b;
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String sourceName(Message m) {
        String s = m.source().path() != null ? m.source().path() : m.source().url();
        return s == null ? "" : s;
    }

    /** A copy's warnings; those about its date only where its date is kept, as they say nothing of another. */
    private static void addWarnings(Set<String> to, Message m, boolean dateKept) {
        for (String w : m.warnings()) {
            if (dateKept || !isDateWarning(w)) to.add(w);
        }
    }

    private static boolean hasDateWarning(Message m) {
        for (String w : m.warnings()) {
            if (isDateWarning(w)) return true;
        }
        return false;
    }

    private static boolean isDateWarning(String w) {
        return w.contains("date") || w.contains("zone");
    }
}
