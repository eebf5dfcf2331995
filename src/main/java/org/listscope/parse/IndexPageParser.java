package org.listscope.parse;

import java.util.regex.Pattern;

/**
 * Recognises pipermail's index pages so that they are not taken for messages or reported as
 * unreadable, and reads nothing from them: the month indexes ({@code date.html},
 * {@code author.html}, {@code subject.html}, and {@code thread.html} where no thread-index parser
 * came first), the list's {@code index.html} of months, and a month's {@code index.html} that a
 * copy turned from a symbolic link into a file holding its target's name ({@code thread.html}).
 * Pipermail titles them "The X 2005-March Archive by date" and "The X Archives"; the W3C's list
 * index of periods is "public-privacy@w3.org Mail Archives". Hypermail's
 * index pages ({@code index.html}, {@code thread.html} of a period) are recognised by its generator
 * line on a page without a message's fields ({@link HypermailPageParser} reads those).
 */
public final class IndexPageParser implements ArchiveParser {

    private static final Pattern TITLE = Pattern.compile(
            "<title>\\s*(?:The\\s+[^<]*\\s+Archives?(?:\\s+by\\s+(?:thread|date|author|subject))?|[^<\\s@]+@[^<\\s]+\\s+Mail\\s+Archives)\\s*</title>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_STUB = Pattern.compile("\\s*(?:thread|date|author|subject|index)\\.html\\s*");

    @Override
    public String format() {
        return "pipermail-index";
    }

    @Override
    public boolean accepts(Input input) throws java.io.IOException {
        String head = input.headText();
        if (head.length() < 64 && LINK_STUB.matcher(head).matches()) return true;
        if (HypermailPageParser.generatedByHypermail(head)) return !HypermailPageParser.holdsMessage(head);
        return !head.contains(PipermailPage.BEGIN) && TITLE.matcher(head).find();
    }

    /** Reads nothing: index pages hold no message text. */
    @Override
    public void parse(Input input, Sink sink) {
        // deliberately empty: accepting the page is the whole job
    }
}
