package org.listscope.annotate.eval;

/**
 * One hand-made annotation: where it is (an anchor of a few words and which occurrence of it),
 * what it is, and for citations the expected canonical form.
 *
 * @param type       {@code citation} or {@code claim}
 * @param kind       the kind ({@code usc}, {@code prohibition}, ...)
 * @param anchor     words of the body inside the annotation (whitespace and quote markers
 *                   between words are ignored when it is looked up)
 * @param occurrence which occurrence of the anchor in the body, from 1
 * @param normalized the expected {@code normalized} of a citation, or {@code null}
 */
public record GoldSpan(String type, String kind, String anchor, int occurrence, String normalized) {

    public GoldSpan {
        if (!"citation".equals(type) && !"claim".equals(type)) throw new IllegalArgumentException("gold type must be citation or claim: " + type);
        if (kind == null || kind.isBlank()) throw new IllegalArgumentException("gold kind is required");
        if (anchor == null || anchor.isBlank()) throw new IllegalArgumentException("gold anchor is required");
        if (occurrence < 1) occurrence = 1;
    }
}
