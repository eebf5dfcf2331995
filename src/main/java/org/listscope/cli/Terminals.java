package org.listscope.cli;

/**
 * Whether stderr is a terminal, where progress bars belong. Java cannot ask (its console is stdin
 * and stdout), so {@code bin/listscope}, which can ({@code [ -t 2 ]}), says so in a system property;
 * run without it ({@code java -jar}), a console stands for a terminal stderr.
 */
final class Terminals {

    /** {@code true} or {@code false}: whether stderr is a terminal, as {@code bin/listscope} found. */
    static final String STDERR = "listscope.stderr.terminal";

    private Terminals() {
    }

    /** Whether stderr is a terminal. */
    static boolean stderr() {
        return stderr(System.getProperty(STDERR), System.console() != null);
    }

    /** As {@code told} says, else as whether there is a console. */
    static boolean stderr(String told, boolean console) {
        return told == null || told.isBlank() ? console : Boolean.parseBoolean(told.strip());
    }
}
