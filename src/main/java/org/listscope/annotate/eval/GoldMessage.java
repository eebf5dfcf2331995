package org.listscope.annotate.eval;

import java.util.List;

/**
 * One message of the gold set, located by its source file and Message-ID, with every citation
 * and claim a reader found in it (by docs/annotation-guidelines.md).
 *
 * @param set         which part of the gold it belongs to ({@code dev}, {@code heldout}, ...), or {@code null}
 * @param source      the archive file, relative to the shared folder ({@code corpus/mbox/...})
 * @param messageId   the Message-ID with angle brackets (or, for a source without one, the message's {@code id})
 * @param annotations every annotation in the message's own text and quotes
 */
public record GoldMessage(String set, String source, String messageId, List<GoldSpan> annotations) {

    public GoldMessage {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("gold source is required");
        if (messageId == null || messageId.isBlank()) throw new IllegalArgumentException("gold messageId is required");
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }
}
