package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Who said each annotation: in a quote, the quoted author (from the attribution, else the author
 * of the message the quote came from, else the parent's author for a first-level quote); elsewhere
 * the poster.
 */
final class Speakers {

    private Speakers() {
    }

    /** The annotations with {@code inQuote} and {@code speaker} set. */
    static List<Annotation> credit(Message m, List<Annotation> annotations, MessageIndex index) {
        String poster = MessageIndex.speaker(m.from());
        List<Annotation> out = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            Segment seg = segmentAt(m.segments(), a.start());
            boolean quoted = seg != null && seg.kind() == SegmentKind.QUOTE;
            String who = quoted ? quotedSpeaker(m, seg, index) : poster;
            out.add(a instanceof Citation c ? c.withSpeaker(quoted, who) : ((Claim) a).withSpeaker(quoted, who));
        }
        return out;
    }

    /** Who wrote a quote, where it can be told. */
    static String quotedSpeaker(Message m, Segment seg, MessageIndex index) {
        if (seg.quotedAuthor() != null && !seg.quotedAuthor().isBlank()) return seg.quotedAuthor();
        Message source = index.get(seg.quotedId());
        if (source != null) return MessageIndex.speaker(source.from());
        if (seg.depth() == 1) {
            Message parent = index.get(m.parentId());
            if (parent != null) return MessageIndex.speaker(parent.from());
        }
        return null;
    }

    private static Segment segmentAt(List<Segment> segments, int offset) {
        for (Segment s : segments) {
            if (s.contains(offset)) return s;
        }
        return null;
    }
}
