package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Who said each annotation: in a quote, or in an attribution line inside one, the quoted author
 * (from the attribution, else the author of the message the quote came from, or of the quote there
 * that holds its words, else the parent's author for a first-level quote, unless that is the poster
 * or a parent guessed from the subject alone, and the words do not stand in the parent); elsewhere
 * the poster.
 */
final class Speakers {

    private Speakers() {
    }

    /** The annotations with {@code inQuote} and {@code speaker} set. */
    static List<Annotation> credit(Message m, List<Annotation> annotations, MessageIndex index) {
        String poster = m.from().speakerName();
        List<Annotation> out = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            int at = segmentAt(m.segments(), a.start());
            Segment seg = at < 0 ? null : m.segments().get(at);
            // an attribution line inside a quote ("> In article <id>, Perry writes:") is the quoted author's
            boolean nested = seg != null && seg.kind() == SegmentKind.ATTRIBUTION && seg.depth() > 0;
            boolean quoted = seg != null && seg.kind() == SegmentKind.QUOTE || nested;
            Segment quote = nested ? enclosingQuote(m.segments(), at) : seg;
            String who = !quoted ? poster : quote == null ? null : quotedSpeaker(m, quote, a, index);
            out.add(a instanceof Citation c ? c.withSpeaker(quoted, who) : ((Claim) a).withSpeaker(quoted, who));
        }
        return out;
    }

    /**
     * Who wrote annotation {@code a} in a quote, where it can be told. In a first-level quote that its
     * attribution gives to the poster (an attribution inside the quote, {@code > On ..., Poster
     * wrote:}, read as naming the text after it), an annotation whose words stand in the own text
     * of the quote's source message, by another author, is that author's: the text is the stronger
     * evidence, and a reply quoting its own poster one level down is rare. A forward of a sender
     * nobody named is nobody's known words: a message holding the same words is another copy of it.
     */
    static String quotedSpeaker(Message m, Segment seg, Annotation a, MessageIndex index) {
        boolean named = seg.quotedAuthor() != null && !seg.quotedAuthor().isBlank();
        // a forward of a sender nobody named: another message holding the same words is another copy, not its author
        if (seg.forwarded() && !named) return null;
        Message source = index.get(seg.quotedId());
        // the source's author, or where the words stand inside a quote there, that quote's
        String sourceAuthor = source == null ? null
                : source.wordsAuthor(seg.quotedStart(), seg.quotedEnd(), index::get, Author::speakerName);
        if (named) {
            if (seg.depth() == 1 && sourceAuthor != null && samePerson(seg.quotedAuthor(), m.from())
                    && !samePerson(sourceAuthor, m.from()) && inOwnText(source, a.text())) {
                return sourceAuthor;
            }
            // the attribution names the source's author by address, by a name the line's wrap split
            // ("Robe" / "rt A. Hayden"), by the first name alone ("Tim") or by the family name alone, its first
            // name on the line before ("Shawn" / "O'Connor <...> writes"): the name that message shows, where it shows one
            if (source != null && (samePerson(seg.quotedAuthor(), source.from()) || shortForm(seg.quotedAuthor(), source.from()))
                    && isName(source.from().name())) {
                return source.from().name();
            }
            return seg.quotedAuthor();
        }
        if (source != null) return sourceAuthor; // null where the words there are of nobody known
        if (seg.depth() == 1) {
            Message parent = index.get(m.parentId());
            // a poster following up their own message quotes someone else, and a parent guessed from
            // the subject alone may not be what the reply quotes, unless the words stand there
            boolean trusted = m.parentLink() == null || m.parentLink().how() != LinkMethod.SUBJECT;
            if (parent != null && (trusted && !parent.from().key().equals(m.from().key()) || inOwnText(parent, a.text()))) {
                return parent.from().speakerName();
            }
        }
        return null;
    }

    /** Whether the words of {@code text} (quote marks and spacing aside) stand in the message's own text. */
    private static boolean inOwnText(Message source, String text) {
        String words = letters(text);
        return !words.isEmpty() && letters(source.ownText()).contains(words);
    }

    /** Whether {@code who} (a name or an address as an attribution gives it) names the author. */
    private static boolean samePerson(String who, Author author) {
        return author != null && author.isNamedBy(who);
    }

    /**
     * Whether {@code who} is a short form of the author's name as the source shows it (the first word
     * of either at least three letters, and compared without regard to case). One word: the start of
     * the first name ({@code Tim writes:} above words of Timothy C. May's message, {@code Perry} for
     * Perry E. Metzger), capitalised unless the source writes it in small letters ({@code peter} for
     * peter honeyman); or the family name of a name of two words or more ({@code O'Connor} for Shawn
     * O'Connor, its first name wrapped onto the line before). Two words or more: the first beginning
     * the source's first name and the last its last ({@code Tim May} for Timothy C. May, {@code Brian
     * Williams} for Brian D Williams, {@code Joh Gilmore} for John Gilmore). Asked only of the message
     * the quoted words stand in.
     */
    private static boolean shortForm(String who, Author author) {
        if (who == null || author == null || author.name() == null) return false;
        String[] w = who.strip().split("\\s+");
        String[] a = author.name().strip().split("\\s+");
        String first = w[0];
        if (first.length() < 3) return false;
        boolean beginsFirstName = a[0].regionMatches(true, 0, first, 0, first.length());
        boolean twoOrMore = a.length >= 2;
        if (w.length >= 2) return twoOrMore && beginsFirstName && a[a.length - 1].equalsIgnoreCase(w[w.length - 1]);
        boolean capital = Character.isUpperCase(first.charAt(0));
        if (beginsFirstName && first.chars().allMatch(Character::isLetter) && (capital || a[0].startsWith(first))) return true;
        return twoOrMore && capital && a[a.length - 1].equalsIgnoreCase(first)
                && first.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-');
    }

    /** A name a From header gave: not empty and no address ({@code bill.stewart@... +1-510-...}). */
    private static boolean isName(String s) {
        return s != null && !s.isBlank() && s.indexOf('@') < 0;
    }

    private static String letters(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** The index of the segment holding {@code offset}, or -1. */
    private static int segmentAt(List<Segment> segments, int offset) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).contains(offset)) return i;
        }
        return -1;
    }

    /**
     * The quote that holds the nested attribution line at {@code at}: the nearest quote of its depth
     * before it, else after it, with none of the poster's own lines (depth 0) between.
     */
    private static Segment enclosingQuote(List<Segment> segments, int at) {
        int depth = segments.get(at).depth();
        for (int step : new int[] {-1, 1}) {
            for (int i = at + step; i >= 0 && i < segments.size() && segments.get(i).depth() > 0; i += step) {
                Segment s = segments.get(i);
                if (s.kind() == SegmentKind.QUOTE && s.depth() == depth) return s;
            }
        }
        return null;
    }
}
