package org.listscope.export;

/**
 * Switches that some formats honour.
 *
 * @param excel {@code csv} and {@code message-csv}: start the file with a UTF-8 byte order mark so that Excel reads it as UTF-8
 */
public record ExportOptions(boolean excel) {

    /** No switches set. */
    public static ExportOptions defaults() {
        return new ExportOptions(false);
    }
}
