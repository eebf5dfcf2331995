package org.listscope;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real archives in {@code ../shared} (read in place, never copied). Tests that need them call
 * {@link #path(String)}, which skips the test with a message where the folder is absent.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The {@code shared} folder: {@code $LISTSCOPE_SHARED}, else {@code ../shared}. */
    public static Path root() {
        String env = System.getenv("LISTSCOPE_SHARED");
        return (env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "shared")).toAbsolutePath().normalize();
    }

    /** A path below {@code shared/}, or skips the calling test when it is absent. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), () -> "skipped: " + p + " is absent (the shared corpus is not on this machine)");
        return p;
    }
}
