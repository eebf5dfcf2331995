package org.listscope.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * One message body as HTML: each segment a block (quotes and list footers folded in
 * {@code <details>}), and every annotation highlighted at its offsets. Overlapping annotations (a
 * claim holding a citation) split the text into pieces, each a {@code <span>} carrying the classes
 * of all annotations over it, so any overlap renders; an empty {@code <span id="mN-ai">} marks where
 * annotation {@code i} starts, for the citation table to link to. All text goes in through jsoup's text
 * nodes, so nothing in a body can become markup.
 */
final class HtmlBody {

    private HtmlBody() {
    }

    /** The id of the first piece of an annotation. */
    static String anchor(int message, int annotation) {
        return "m" + message + "-a" + annotation;
    }

    /**
     * The body into {@code into}: quotes and footers folded under a summary that names the quoted
     * author ({@link Segment#wordsAuthor}, the report's messages by id in {@code messages}) and links that message where the report holds it ({@code numbers}).
     */
    static void render(Message m, int number, Element into, Map<String, Integer> numbers, Map<String, Message> messages) {
        String body = m.body();
        for (Segment s : cover(m)) {
            Element block;
            if (s.kind() == SegmentKind.QUOTE || s.kind() == SegmentKind.FOOTER) {
                Element details = into.appendElement("details").attr("class", "fold seg-" + s.kind().label());
                Element summary = details.appendElement("summary").text(summary(m, s, messages));
                Integer source = s.quotedId() == null ? null : numbers.get(s.quotedId());
                if (source != null && source != number) {
                    summary.appendText(" · ").appendElement("a").attr("href", "#m" + source).text("source");
                }
                block = details.appendElement("div");
            } else {
                block = into.appendElement("div");
            }
            block.attr("class", "seg seg-" + s.kind().label());
            if (s.depth() > 0) block.attr("data-depth", Integer.toString(Math.min(s.depth(), 9)));
            pieces(m, number, s.start(), Math.min(s.end(), body.length()), block);
        }
    }

    /** The segments with any gaps filled by own text, so that every char of the body is shown once. */
    static List<Segment> cover(Message m) {
        List<Segment> sorted = new ArrayList<>(m.segments());
        sorted.sort(java.util.Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end));
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Segment s : sorted) {
            if (s.end() <= at) continue;
            int start = Math.max(s.start(), at);
            if (start > at) out.add(Segment.of(SegmentKind.TEXT, at, start, 0));
            out.add(new Segment(s.kind(), start, s.end(), s.depth(), s.quotedAuthor(), s.quotedDate(),
                    s.quotedId(), s.quotedStart(), s.quotedEnd(), s.forwarded(), s.copied()));
            at = s.end();
        }
        if (at < m.body().length()) out.add(Segment.of(SegmentKind.TEXT, at, m.body().length(), 0));
        return out;
    }

    private static String summary(Message m, Segment s, Map<String, Message> messages) {
        if (s.kind() == SegmentKind.FOOTER) return "list footer";
        String text = m.text(s);
        long lines = text.lines().count();
        String who = s.wordsAuthor(messages::get, Author::label);
        StringBuilder sb = new StringBuilder(s.forwarded() ? "forwarded" : s.copied() ? "copied" : "quoted")
                .append(who != null ? " from " + who : s.copied() ? " from an earlier message" : "")
                .append(", ").append(lines).append(lines == 1 ? " line" : " lines");
        int marks = 0;
        for (Annotation a : m.annotations()) {
            if (a.start() < s.end() && a.end() > s.start()) marks++;
        }
        if (marks > 0) sb.append(", ").append(marks).append(marks == 1 ? " annotation" : " annotations");
        return sb.toString();
    }

    /** Appends body[start, end) to the block, split where annotations begin and end. */
    private static void pieces(Message m, int number, int start, int end, Element block) {
        List<Annotation> anns = m.annotations();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
        List<Integer> over = new ArrayList<>();
        for (int i = 0; i < anns.size(); i++) {
            Annotation a = anns.get(i);
            int as = Math.max(a.start(), start);
            int ae = Math.min(Math.min(a.end(), end), m.body().length());
            if (as >= ae) continue;
            over.add(i);
            cuts.add(as);
            cuts.add(ae);
        }
        String body = m.body();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String text = body.substring(from, to);
            for (int i : over) {
                if (anns.get(i).start() == from) block.appendElement("span").id(anchor(number, i));
            }
            StringBuilder classes = new StringBuilder();
            StringBuilder title = new StringBuilder();
            for (int i : over) {
                Annotation a = anns.get(i);
                if (a.start() > from || a.end() < to) continue;
                classes.append(a.type().equals("claim") ? " claim " : " cite ").append(HtmlStyle.kindClass(a));
                if (!title.isEmpty()) title.append(" | ");
                title.append(HtmlStyle.describe(a));
            }
            if (classes.isEmpty()) {
                block.appendText(text);
            } else {
                block.appendElement("span").attr("class", "ann" + classes).attr("title", title.toString()).text(text);
            }
        }
    }
}
