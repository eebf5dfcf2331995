package org.listscope.parse;

import java.util.List;

/**
 * The known formats, most specific first: the first parser that accepts an input reads it. Adding
 * a format means adding its parser here.
 */
final class Parsers {

    private Parsers() {
    }

    static List<ArchiveParser> all() {
        return List.of(new JsonlParser());
    }
}
