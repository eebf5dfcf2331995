package org.listscope.index;

/**
 * A query that cannot be parsed. The message is one line naming the position (1-based column) and
 * what is wrong, fit to show a user as is.
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;

    public QuerySyntaxException(String query, int column, String reason) {
        super("query syntax error at column " + column + ": " + reason + " (in: " + query + ")");
        this.column = column;
    }

    /** The 1-based column where the error was found. */
    public int column() {
        return column;
    }
}
