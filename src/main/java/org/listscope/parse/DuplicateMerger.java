package org.listscope.parse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.listscope.model.Message;
import org.listscope.model.ThreadIndex;

/**
 * Makes one message of the records of one message that arrive from several sources: an HTML page,
 * the month's {@code .txt.gz}, a rendering, a rebuilt archive's second copy, a relay's second
 * delivery. Records are matched by Message-ID; records without one by normalised subject and time
 * (to the minute, with the neighbouring minutes, and whole hours off where a date had no zone), then
 * by author and body similarity. A record without a date (a garbage {@code Date:} that pipermail
 * filed in 1945, so that its page has none) has no time to compare: it matches a record of the same
 * subject and author, dated or not, only where each body holds most of the other's words, which a
 * follow-up quoting it does not. Fields are merged by {@link RichestFields}.
 *
 * <p>Online and O(n): every record costs a bounded number of hash lookups (a record without a date,
 * one look at each message of its subject), and only the merged messages are held. Not
 * thread-safe; feed it in input order for a deterministic result.
 */
final class DuplicateMerger {

    private static final Pattern LIST_TAG = Pattern.compile("\\[[^\\]]{1,60}\\]");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * {@link #subjectKey}s that say nothing ({@code No Subject}, none at all): an archiver that gives
     * one placeholder Message-ID to every message without one gives most of them such a subject too.
     */
    private static final Set<String> PLACEHOLDER_SUBJECTS = Set.of("", "nosubject", "nosubj", "none", "untitled",
            "notitle", "subject", "blank", "empty");

    /** pipermail's {@code user at host.tld} for an address's {@code @}. */
    private static final Pattern HIDDEN_AT = Pattern.compile("([\\p{L}\\p{N}._%+-]) at ([\\p{L}\\p{N}-]+\\.[\\p{L}\\p{N}])");

    /** One distinct message, the page URLs its records had and the subject keys it is filed under. */
    private static final class Slot {
        Message message;
        final Set<String> urls = new LinkedHashSet<>(2);
        final Set<String> subjects = new HashSet<>(2);

        Slot(Message m) {
            message = m;
            if (m.url() != null) urls.add(m.url());
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, Slot> byMessageId = new HashMap<>();
    private final Map<String, List<Slot>> byTime = new HashMap<>();
    /** Every slot by {@link #subjectKey}: the candidates of a record without a date. */
    private final Map<String, List<Slot>> bySubject = new HashMap<>();
    private int merged;
    private int records;

    /** Adds one record: merged into the message it duplicates, or kept as a new message. */
    void add(Message m) {
        records++;
        Slot slot = find(m);
        if (slot == null) {
            slot = open(m);
        } else {
            slot.message = RichestFields.merge(slot.message, m);
            if (m.url() != null) slot.urls.add(m.url());
            merged++;
        }
        index(slot, m);
    }

    /** A new slot for a record that duplicates none. */
    private Slot open(Message m) {
        if (m.messageId() != null && byMessageId.containsKey(m.messageId()) && m.id().equals(m.messageId())) {
            // a Message-ID reused for another message (placeholder ids of some archivers)
            m = idOfItsOwn(m);
        }
        Slot slot = new Slot(m);
        slots.add(slot);
        return slot;
    }

    /**
     * For each of {@code fresh} that is a copy of one of {@code held}, as {@link #add} would merge
     * them: fresh id -> held id. Each held message answers for one fresh message at most; neither
     * side is merged.
     */
    static Map<String, String> copiesOf(Collection<Message> held, Collection<Message> fresh) {
        DuplicateMerger d = new DuplicateMerger();
        Map<Slot, String> heldIds = new IdentityHashMap<>();
        for (Message h : held) {
            Slot s = d.find(h);
            if (s == null) s = d.open(h);
            d.index(s, h);
            heldIds.putIfAbsent(s, h.id());
        }
        Map<String, String> out = new LinkedHashMap<>();
        Set<Slot> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Message f : fresh) {
            Slot s = d.find(f, taken);
            String h = s == null ? null : heldIds.get(s);
            if (h != null && !h.equals(f.id())) {
                out.put(f.id(), h);
                taken.add(s);
            }
        }
        return out;
    }

    /**
     * {@code fresh} under an id derived from its content, with a warning, where it has its Message-ID
     * as its id and {@code held}, of that id, is another message ({@link #sameMessage}); else
     * {@code fresh}.
     */
    static Message apart(Message held, Message fresh) {
        boolean reused = fresh.messageId() != null && fresh.id().equals(fresh.messageId()) && fresh.messageId().equals(held.messageId());
        return reused && !sameMessage(held, fresh) ? idOfItsOwn(fresh) : fresh;
    }

    /** {@code m} under an id derived from its content, warned that its Message-ID is another's too. */
    private static Message idOfItsOwn(Message m) {
        m = m.withId(MessageIds.fromContent(m.from().key(), m.date(), m.subject(), m.body()));
        List<String> w = new ArrayList<>(m.warnings());
        w.add("Message-ID " + m.messageId() + " is also used by a different message; id derived from content");
        return m.withWarnings(w);
    }

    /** How many records were merged into another. */
    int merged() {
        return merged;
    }

    /** How many records were added. */
    int records() {
        return records;
    }

    /**
     * The distinct messages in order of first arrival. Where a message was seen at several page URLs
     * (a rebuilt archive), the URL that a thread index names is kept.
     */
    List<Message> messages(List<ThreadIndex> indexes) {
        Set<String> indexed = new HashSet<>();
        for (ThreadIndex ix : indexes) {
            for (ThreadIndex.Entry e : ix.entries()) {
                if (e.url() != null) indexed.add(tail(e.url()));
            }
        }
        List<Message> out = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            Message m = s.message;
            if (s.urls.size() > 1) {
                for (String u : s.urls) {
                    if (indexed.contains(tail(u))) {
                        m = m.withUrl(u);
                        break;
                    }
                }
            }
            out.add(m);
        }
        return out;
    }

    private Slot find(Message m) {
        return find(m, Set.of());
    }

    /** The slot the record duplicates, none of {@code taken}; null when none. */
    private Slot find(Message m, Set<Slot> taken) {
        if (m.messageId() != null) {
            Slot s = byMessageId.get(m.messageId());
            if (s != null && sameMessage(s.message, m)) return taken.contains(s) ? null : s;
            if (s != null) return null;
        }
        String subject = subjectKey(m.subject());
        if (m.date() == null) return copyOutOfTime(m, bySubject.get(subject), taken);
        for (String key : probeKeys(m)) {
            List<Slot> candidates = byTime.get(key);
            if (candidates == null) continue;
            for (Slot s : candidates) {
                if (taken.contains(s)) continue;
                Message k = s.message;
                if (otherMessageIds(k, m)) continue;
                if (SameAuthor.compatible(k.from(), m.from()) && BodySimilarity.similar(k.body(), m.body())) return s;
            }
        }
        return copyOutOfTime(m, byTime.get(timeKey(subject, null, 0)), taken);
    }

    /**
     * The slot among {@code candidates} (of the record's subject) that the record is a copy of where
     * one of the two has no date: the same author, and bodies alike both ways, since no time tells a
     * message from a follow-up that quotes it. Two dated copies are matched by time alone.
     */
    private static Slot copyOutOfTime(Message m, List<Slot> candidates, Set<Slot> taken) {
        if (candidates == null) return null;
        for (Slot s : candidates) {
            if (taken.contains(s)) continue;
            Message k = s.message;
            if ((k.date() != null && m.date() != null) || otherMessageIds(k, m)) continue;
            if (SameAuthor.compatible(k.from(), m.from()) && BodySimilarity.similarBothWays(k.body(), m.body())) return s;
        }
        return null;
    }

    /** Whether both records have a Message-ID and the two differ. */
    private static boolean otherMessageIds(Message a, Message b) {
        return a.messageId() != null && b.messageId() != null && !a.messageId().equals(b.messageId());
    }

    /**
     * Records sharing a Message-ID are one message unless date, subject and body all disagree (a
     * placeholder id reused by an archiver); a placeholder subject such as {@code No Subject} agrees
     * with nothing, as the archiver's messages without a Message-ID often lack a subject too. A rebuilt archive may have redacted one copy's subject
     * and body ("[spam elided]"); its date still agrees.
     */
    private static boolean sameMessage(Message a, Message b) {
        String subject = subjectKey(a.subject());
        return (a.date() != null && a.date().equals(b.date()))
                || (!PLACEHOLDER_SUBJECTS.contains(subject) && subject.equals(subjectKey(b.subject())))
                || BodySimilarity.similar(a.body(), b.body());
    }

    private void index(Slot slot, Message m) {
        if (m.messageId() != null) byMessageId.putIfAbsent(m.messageId(), slot);
        String subject = subjectKey(m.subject());
        List<Slot> list = byTime.computeIfAbsent(timeKey(subject, m.date(), 0), k -> new ArrayList<>(1));
        if (!list.contains(slot)) list.add(slot);
        if (slot.subjects.add(subject)) bySubject.computeIfAbsent(subject, k -> new ArrayList<>(1)).add(slot);
    }

    /** The keys a dated record's duplicates may be filed under. */
    private static List<String> probeKeys(Message m) {
        List<String> keys = new ArrayList<>(3);
        String subject = subjectKey(m.subject());
        for (int minutes = -1; minutes <= 1; minutes++) keys.add(timeKey(subject, m.date(), minutes));
        if (zoneGuessed(m)) {
            for (int h = -14; h <= 14; h++) {
                if (h == 0) continue;
                for (int minutes = -1; minutes <= 1; minutes++) keys.add(timeKey(subject, m.date(), h * 60 + minutes));
            }
        }
        return keys;
    }

    private static boolean zoneGuessed(Message m) {
        for (String w : m.warnings()) {
            if (w.contains("read as UTC")) return true;
        }
        return false;
    }

    /** The key of a subject's {@link #subjectKey} and a minute. */
    private static String timeKey(String subjectKey, Instant date, int offsetMinutes) {
        String when = date == null ? "-" : Long.toString(date.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60 + offsetMinutes);
        return subjectKey + '\u0000' + when;
    }

    /**
     * A subject without list tags, case, punctuation or spacing, and with an address written as
     * pipermail's pages hide it ({@code andrea at cpushare.com}) read as the month's {@code .txt.gz}
     * gives it ({@code andrea@cpushare.com}), so that the copies match in either order.
     */
    static String subjectKey(String subject) {
        if (subject == null) return "";
        String s = HIDDEN_AT.matcher(subject).replaceAll("$1@$2");
        return NOT_WORD.matcher(LIST_TAG.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String tail(String url) {
        String u = url.replace('\\', '/');
        int last = u.lastIndexOf('/');
        int prev = last > 0 ? u.lastIndexOf('/', last - 1) : -1;
        return u.substring(prev + 1);
    }
}
