package org.listscope.parse;

import java.io.IOException;

/** Reads one source format. Implementations are stateless and thread-safe. */
public interface ArchiveParser {

    /** The format name written to {@code source.format} ({@code pipermail-html}, {@code mbox}, ...). */
    String format();

    /**
     * Whether this parser reads the input, judged from its content (first bytes, already
     * decompressed) and, only as a tie-breaker, its name.
     */
    boolean accepts(Input input) throws IOException;

    /**
     * Reads every message of the input into the sink. Bad records become problems on the sink; an
     * exception means the whole input could not be read.
     */
    void parse(Input input, Sink sink) throws IOException, ParseException;
}
