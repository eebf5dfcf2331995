package org.listscope.crawl;

/** What a URL is inside a pipermail archive, judged from its path below the list root. */
public enum PageKind {
    /** The list's {@code index.html} that lists the months. */
    LIST_INDEX,
    /** A month's {@code thread.html}, {@code date.html}, {@code subject.html}, {@code author.html} or folder. */
    MONTH_INDEX,
    /** One message page, {@code 000123.html}. */
    MESSAGE,
    /** A month's downloadable text, {@code 2005-March.txt.gz} or {@code .txt}. */
    MONTH_ARCHIVE,
    /** Anything else (attachments, other files): not crawled. */
    OTHER
}
