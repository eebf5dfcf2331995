package org.listscope.parse;

import java.util.List;

/**
 * The known formats, most specific first: the first parser that accepts an input reads it. Adding
 * a format means adding its parser here.
 */
final class Parsers {

    private static final List<ArchiveParser> ALL = List.of(
            new WarcParser(),            // web-archive captures: each record read as the file it holds
            new ThreadIndexParser(),     // pipermail thread.html: the archive's own reply tree
            new JsonlParser(),           // listscope's own JSON Lines (parse, annotate, export output)
            new IndexPageParser(),       // month and list indexes: recognised, nothing read
            new PipermailPageParser(),   // NNNNNN.html message pages
            new HypermailPageParser(),   // Hypermail message pages (the W3C's lists)
            new PipermailTextParser(),   // monthly .txt / .txt.gz
            new MboxParser(),            // mbox (mboxo, mboxrd), MMDF, LISTSERV logs
            new Rfc822Parser(),          // one raw message per file (header block first)
            new RenderingParser());      // plain-text renderings of message pages (the seed)

    private Parsers() {
    }

    static List<ArchiveParser> all() {
        return ALL;
    }
}
