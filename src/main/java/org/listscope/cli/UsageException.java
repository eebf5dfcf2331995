package org.listscope.cli;

/** Thrown by a command whose arguments are wrong in a way picocli cannot see; exits with 2. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
