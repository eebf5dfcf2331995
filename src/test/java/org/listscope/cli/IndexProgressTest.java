package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index command's progress bar: only where stderr is a terminal, in a unit that fits the input. */
class IndexProgressTest {

    @TempDir
    Path tmp;

    @Test
    void whatBinListscopeSaysAboutStderrDecidesElseTheConsole() {
        assertThat(Terminals.stderr("false", true)).isFalse();
        assertThat(Terminals.stderr("true", false)).isTrue();
        assertThat(Terminals.stderr(null, true)).isTrue();
        assertThat(Terminals.stderr(null, false)).isFalse();
    }

    /** About 40 KB of mail. */
    private Path mbox() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append("From alice@example.org Mon Jan  1 10:00:00 2007\nFrom: Alice <alice@example.org>\nSubject: note ")
                    .append(i).append("\nDate: Mon, 1 Jan 2007 10:00:00 +0000\nMessage-ID: <m").append(i)
                    .append("@example.org>\n\n").append("words about calea and wiretaps\n".repeat(30)).append('\n');
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        return Files.writeString(in.resolve("list.mbox"), sb, StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code index} with stdin and stdout on a terminal (made by {@code script}) and stderr
     * redirected to a file, as {@code script -qec "listscope index ... 2> err.log"} does; returns the
     * file.
     */
    private String indexWithStderrToAFile(String stderrTerminal) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = tmp.resolve("err-" + stderrTerminal + ".log");
        String command = java + " -XX:TieredStopAtLevel=1 -cp " + System.getProperty("java.class.path") + " -Dlistscope.stderr.terminal="
                + stderrTerminal + " " + Main.class.getName() + " index " + tmp.resolve("in") + " --index "
                + tmp.resolve("index-" + stderrTerminal) + " 2> " + err;
        Process p = new ProcessBuilder("script", "-qec", command, "/dev/null")
                .redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    @Test
    void aRedirectedStderrGetsNoBarAndATerminalOneABarInKilobytes() throws Exception {
        assumeTrue(new File("/usr/bin/script").canExecute() || new File("/bin/script").canExecute(),
                "needs script(1) to give the run a terminal");
        mbox();

        String redirected = indexWithStderrToAFile("false");
        assertThat(redirected).contains("listscope: indexed 1 inputs").doesNotContain("\r").doesNotContain("\u001b[");

        String terminal = indexWithStderrToAFile("true");
        assertThat(terminal).contains("\r").contains(" KB").contains("40 records").doesNotContain("0/0 MB");
    }

    @Test
    void theUnitFitsTheInput() {
        assertThat(IndexProgress.unit(500).name()).isEqualTo(" B");
        assertThat(IndexProgress.unit(1 << 20).name()).isEqualTo(" KB");
        assertThat(IndexProgress.unit(1L << 30).name()).isEqualTo(" MB");
        assertThat(IndexProgress.unit(1L << 30).size()).isEqualTo(1 << 20);
    }
}
