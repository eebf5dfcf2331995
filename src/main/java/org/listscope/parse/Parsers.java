package org.listscope.parse;

import java.util.List;

/**
 * The known formats, most specific first: the first parser that accepts an input reads it. Adding
 * a format means adding its parser here.
 */
final class Parsers {

    private static final List<ArchiveParser> ALL = List.of(
            new ThreadIndexParser());

    private Parsers() {
    }

    static List<ArchiveParser> all() {
        return ALL;
    }
}
