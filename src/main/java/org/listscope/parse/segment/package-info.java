/**
 * Splitting a message body into {@link org.listscope.model.Segment}s: own text, quotes with depth,
 * attributions, signatures and list footers. {@link org.listscope.parse.segment.Segmenter} is the
 * package's only public class; behind it a line scanner reads quote markers and one small detector
 * per construct marks lines ({@code FooterDetector}, {@code PgpArmor}, {@code QuotedHeaders}, {@code ForwardLines},
 * {@code AttributionDetector}, {@code SignatureDetector}, {@code PythonPrompts}); {@code LineKinds}
 * joins the marked lines into segments.
 *
 * <p>Segments are whole lines: each starts at a line start and ends after a line break (or at the
 * body's end), and together they cover the body in order. A body is never rejected: text nothing
 * recognises is own text. Nulls: {@code segment(null)} and {@code segment("")} return an empty list;
 * a segment's {@code quotedAuthor} and {@code quotedDate} are {@code null} where no attribution names
 * them.
 */
package org.listscope.parse.segment;
