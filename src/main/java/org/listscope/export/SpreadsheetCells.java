package org.listscope.export;

/**
 * Keeps spreadsheets from running cell text: a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (the characters that start a formula or a DDE call in Excel,
 * LibreOffice and Google Sheets) gets a leading single quote, which spreadsheets show as text.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The cell, with a leading {@code '} when it would start a formula; {@code null} stays {@code null}. */
    static String neutralise(String cell) {
        return isDangerous(cell) ? "'" + cell : cell;
    }

    /** The cell as written before {@link #neutralise}: for readers that want the text back. */
    static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isDangerous(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static boolean isDangerous(String cell) {
        if (cell == null || cell.isEmpty()) return false;
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
