package org.listscope.cli;

import java.nio.file.Path;

/** Where the index and the bundled corpus live when the command line does not say. */
final class IndexDirs {

    private IndexDirs() {
    }

    /** {@code $LISTSCOPE_HOME} (set by {@code bin/listscope}), else the current folder. */
    static Path home() {
        String env = System.getenv("LISTSCOPE_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("");
    }

    /** The given folder, else {@code index/} under {@link #home()}. */
    static Path index(Path option) {
        return (option != null ? option : home().resolve("index")).toAbsolutePath().normalize();
    }

    /** The bundled demo archive, {@code corpus/} under {@link #home()}. */
    static Path bundledCorpus() {
        return home().resolve("corpus").toAbsolutePath().normalize();
    }
}
