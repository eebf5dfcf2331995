package org.listscope.index;

/**
 * A query that cannot be parsed. The message is one line naming the position (1-based column) and
 * what is wrong, fit to show a user as is: line breaks and other control characters in the query
 * or the reason are shown as spaces, so that columns still count from the query's first character.
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;

    /** The error {@code reason} at 1-based {@code column} of {@code query}. */
    public QuerySyntaxException(String query, int column, String reason) {
        super(oneLine("query syntax error at column " + column + ": " + reason + " (in: " + query + ")"));
        this.column = column;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", " ");
    }

    /** The 1-based column where the error was found. */
    public int column() {
        return column;
    }
}
