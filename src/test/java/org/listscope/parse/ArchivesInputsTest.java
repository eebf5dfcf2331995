package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;
import org.listscope.model.Problem;

/** Listing the inputs below folders: what is found, in which order, and what a bad part costs. */
class ArchivesInputsTest {

    @TempDir
    Path tmp;

    private final List<Problem> problems = new ArrayList<>();

    private List<Path> inputs(Path... paths) {
        return Archives.inputs(List.of(paths), new Sink() {
            @Override
            public void message(Message m) {
            }

            @Override
            public void problem(Problem p) {
                problems.add(p);
            }
        }).stream().map(Input::path).toList();
    }

    private static Path file(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x\n");
    }

    /** A folder with a.mbox, sub/b.mbox, and hidden .crawl/state and .hidden files. */
    private Path archive() throws IOException {
        Path root = tmp.resolve("same");
        file(root.resolve("a.mbox"));
        file(root.resolve("sub/b.mbox"));
        file(root.resolve(".crawl/state"));
        file(root.resolve(".hidden"));
        return root;
    }

    @Test
    void filesBelowAFolderAreSortedAndHiddenOnesLeftOut() throws IOException {
        Path root = archive();
        file(root.resolve("Z.mbox"));
        assertThat(inputs(root)).containsExactly(root.resolve("Z.mbox"), root.resolve("a.mbox"), root.resolve("sub/b.mbox"));
        assertThat(problems).isEmpty();
    }

    @Test
    void theCrawlersBookkeepingInAFolderGivenToReadIsLeftOutAndAStrangersFileIsNot() throws IOException {
        Path state = tmp.resolve("crawl/.crawl");
        for (String f : List.of("manifest.jsonl", "months.jsonl", "report.json", "tmp/0b1c.part",
                "warc/listscope-00000.warc.gz", "warc/listscope-00000.warc.gz.closed", "warc/listscope-00001.warc.gz",
                "warc/listscope-00001.warc.gz.closed", "warc/listscope-00002.warc.gz.closed", "warc/notes.txt",
                "warc/x.warc.gz", "warc/x.warc.gz.closed")) {
            file(state.resolve(f));
        }
        Path warc = state.resolve("warc");
        List<Path> strangers = List.of(warc.resolve("listscope-00002.warc.gz.closed"), // no WARC of that name beside it
                warc.resolve("notes.txt"), warc.resolve("x.warc.gz"), warc.resolve("x.warc.gz.closed"));
        List<Path> expected = new ArrayList<>(List.of(warc.resolve("listscope-00000.warc.gz"), warc.resolve("listscope-00001.warc.gz")));
        expected.addAll(strangers);
        expected.sort(null);
        assertThat(inputs(warc)).containsExactlyElementsOf(expected);
        assertThat(inputs(state)).containsExactlyElementsOf(expected);
        assertThat(inputs(tmp.resolve("crawl"))).as("the hidden folder, whole").isEmpty();
        assertThat(problems).isEmpty();
        // the same names outside a crawl's folder are inputs like any other
        Path data = tmp.resolve("data");
        file(data.resolve("report.json"));
        file(data.resolve("tmp/a.part"));
        assertThat(inputs(data)).containsExactly(data.resolve("report.json"), data.resolve("tmp/a.part"));
    }

    @Test
    void anUnreadableSubfolderIsAProblemAndTheRestIsListed() throws IOException {
        Path root = archive();
        Path locked = Files.createDirectories(root.resolve("zlocked"));
        file(locked.resolve("c.mbox"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root, which reads a mode-000 folder anyway; "
                    + "aFolderThatCannotBeOpenedCostsOnlyItself provokes a failure root meets too");
            assertThat(inputs(root)).containsExactly(root.resolve("a.mbox"), root.resolve("sub/b.mbox"));
            assertThat(problems).containsExactly(new Problem(locked.toString(), "cannot list folder: permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * A folder whose path is longer than the system allows (PATH_MAX, 4096 bytes on Linux) cannot be
     * opened by anyone, root included. No such path can be made in one go: three shorter chains of
     * folders are made and moved one into the other, and moved apart again to be deleted.
     */
    @Test
    void aFolderThatCannotBeOpenedCostsOnlyItself() throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "needs Linux's PATH_MAX");
        Path root = archive();
        Path chain = Path.of("d".repeat(200));
        for (int i = 1; i < 9; i++) chain = chain.resolve("d".repeat(200));
        Path deep = Files.createDirectories(root.resolve("zdeep").resolve(chain));
        Path second = Files.createDirectories(tmp.resolve("s2").resolve(chain));
        file(Files.createDirectories(tmp.resolve("s3").resolve(chain)).resolve("c.mbox"));
        Files.move(tmp.resolve("s3"), second.resolve("s3"));
        Files.move(tmp.resolve("s2"), deep.resolve("s2"));
        try {
            assertThat(inputs(root)).containsExactly(root.resolve("a.mbox"), root.resolve("sub/b.mbox"));
            assertThat(problems).singleElement().satisfies(pr -> {
                assertThat(pr.source()).startsWith(deep.resolve("s2").toString());
                assertThat(pr.reason()).containsIgnoringCase("too long");
            });
        } finally {
            Files.move(deep.resolve("s2"), tmp.resolve("s2"));
            Files.move(second.resolve("s3"), tmp.resolve("s3"));
        }
    }

    @Test
    void aFolderGivenAsASymbolicLinkIsWalked() throws IOException {
        Path root = archive();
        Path link = Files.createSymbolicLink(tmp.resolve("samelink"), root);
        assertThat(inputs(link)).containsExactly(link.resolve("a.mbox"), link.resolve("sub/b.mbox"));
        assertThat(problems).isEmpty();
    }

    @Test
    void linkedSubfoldersAreFollowedEachFileListedOnceAndLoopsNotFollowed() throws IOException {
        Path root = archive();
        Path elsewhere = tmp.resolve("elsewhere");
        file(elsewhere.resolve("e.mbox"));
        Files.createSymbolicLink(root.resolve("linked"), elsewhere);
        Files.createSymbolicLink(root.resolve("sub2"), root.resolve("sub")); // sub's files, a second time
        Files.createSymbolicLink(root.resolve("sub/up"), root);               // a loop
        assertThat(inputs(root)).containsExactly(root.resolve("a.mbox"), root.resolve("linked/e.mbox"),
                root.resolve("sub/b.mbox"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aBrokenLinkIsAProblemNamingIt() throws IOException {
        Path root = archive();
        Path broken = Files.createSymbolicLink(root.resolve("gone.mbox"), tmp.resolve("nowhere"));
        assertThat(inputs(root)).containsExactly(root.resolve("a.mbox"), root.resolve("sub/b.mbox"));
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.source()).isEqualTo(broken.toString());
            assertThat(pr.reason()).contains("broken symbolic link");
        });
    }

    @Test
    void anInputGoneSinceItWasListedIsAProblemThatSaysSoOnce() throws IOException {
        Path root = archive();
        Path gone = root.resolve("a.mbox");
        List<Input> listed = Archives.inputs(List.of(root), new Sink() {
            @Override
            public void message(Message m) {
            }

            @Override
            public void problem(Problem p) {
                problems.add(p);
            }
        });
        Files.delete(gone);
        for (Input in : listed) {
            Archives.read(in, new Sink() {
                @Override
                public void message(Message m) {
                }

                @Override
                public void problem(Problem p) {
                    problems.add(p);
                }
            });
        }
        assertThat(problems).filteredOn(pr -> pr.source().equals(gone.toString())).singleElement()
                .satisfies(pr -> assertThat(pr.reason()).isEqualTo("cannot read: no such file (gone since it was listed)"));
    }
}
