package org.listscope.parse;

/** The whole input is not what its parser expected; the message says what is wrong, in one line. */
public class ParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public ParseException(String message) {
        super(message);
    }
}
