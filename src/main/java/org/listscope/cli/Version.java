package org.listscope.cli;

import picocli.CommandLine;

/** The version from the jar manifest. */
public final class Version implements CommandLine.IVersionProvider {

    /** The listscope version, or {@code dev} when run from classes. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"listscope " + get()};
    }
}
