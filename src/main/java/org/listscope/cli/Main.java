package org.listscope.cli;

/** Entry point of {@code bin/listscope}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Root.commandLineFor(args).execute(args));
    }
}
