package org.listscope.parse.segment;

import java.util.List;
import java.util.stream.Collectors;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** Test helpers: segments as short readable strings. */
final class Segments {

    private Segments() {
    }

    /** {@code kind[depth]} of each segment, e.g. {@code "attribution0 quote1 text0"}. */
    static String kinds(String body) {
        return kinds(body, null);
    }

    /** As {@link #kinds(String)}, for a body posted under {@code subject}. */
    static String kinds(String body, String subject) {
        return Segmenter.segment(body, null, subject).stream().map(s -> s.kind().label() + s.depth()).collect(Collectors.joining(" "));
    }

    /** The text of the first segment of a kind, or {@code null}. */
    static String text(String body, SegmentKind kind) {
        Segment s = first(body, kind);
        return s == null ? null : body.substring(s.start(), s.end());
    }

    /** The first segment of a kind, or {@code null}. */
    static Segment first(String body, SegmentKind kind) {
        List<Segment> all = Segmenter.segment(body);
        return all.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    /** Whether the segments cover the body from 0 to its length, in order, without gaps or overlaps. */
    static boolean covers(String body, List<Segment> segments) {
        int at = 0;
        for (Segment s : segments) {
            if (s.start() != at || s.end() <= s.start()) return false;
            at = s.end();
        }
        return at == body.length();
    }
}
