package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest, the mirror and link extraction: the crawl's files and what it reads from pages. */
class StateFilesTest {

    @TempDir
    Path dir;

    static ManifestEntry entry(String url, int status, String sha) {
        return new ManifestEntry(url, "2026-11-28T12:00:00Z", status, sha, sha == null ? null : 10L, "\"e\"", null,
                "text/html", sha == null ? null : "h/p.html", null, null, null);
    }

    @Test
    void aTornLastManifestLineIsCutAndTheRestKept() throws Exception {
        try (Manifest m = Manifest.open(dir)) {
            m.add(entry("http://h/a.html", 200, "aa"));
            m.add(entry("http://h/b.html", 503, null));
            m.markMonthDone(new Manifest.MonthDone("2005-March", "http://h/2005-March/thread.html", "cc", "t"));
        }
        Path file = dir.resolve("manifest.jsonl");
        Files.writeString(file, "{\"url\":\"http://h/c.html\",\"sta", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        try (Manifest m = Manifest.open(dir)) {
            assertThat(m.skippedLines()).isEqualTo(1);
            assertThat(m.content("http://h/a.html")).hasValueSatisfying(e -> assertThat(e.sha256()).isEqualTo("aa"));
            assertThat(m.content("http://h/b.html")).isEmpty();
            assertThat(m.monthDone("http://h/2005-March/thread.html", "cc")).isTrue();
            assertThat(m.monthDone("http://h/2005-March/thread.html", "dd")).isFalse();
            assertThat(m.monthDone("http://other/2005-March/thread.html", "cc")).isFalse();
            m.add(entry("http://h/d.html", 200, "dd"));
        }
        assertThat(Files.readAllLines(file)).hasSize(3).allMatch(l -> l.startsWith("{") && l.endsWith("}"));
        try (Manifest m = Manifest.open(dir)) {
            assertThat(m.skippedLines()).isZero();
            assertThat(m.knownUrls()).isEqualTo(2);
        }
    }

    @Test
    void theMirrorFollowsTheUrlPathAndWritesWholeFiles() throws Exception {
        Mirror mirror = new Mirror(dir, dir.resolve(".tmp"));
        URI u = URI.create("http://127.0.0.1:8080/pipermail/nanog/2007-May/000123.html");
        assertThat(Mirror.relativePath(u)).isEqualTo("127.0.0.1_8080/pipermail/nanog/2007-May/000123.html");
        assertThat(Mirror.relativePath(URI.create("http://lists.example.org/pipermail/nanog/")))
                .isEqualTo("lists.example.org/pipermail/nanog/index.html");
        String rel = mirror.write(u, "v1".getBytes());
        mirror.write(u, "version 2".getBytes());
        assertThat(mirror.read(rel)).isEqualTo("version 2".getBytes());
        assertThat(mirror.has(rel, 9)).isTrue();
        assertThat(mirror.has(rel, 2)).isFalse();
        try (var s = Files.list(dir.resolve("127.0.0.1_8080/pipermail/nanog/2007-May"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("000123.html");
        }
        try (var s = Files.list(dir.resolve(".tmp"))) {
            assertThat(s).isEmpty(); // no temporary files left
        }
        Files.writeString(dir.resolve(".tmp/killed.part"), "half");
        assertThat(mirror.clearTemp()).isEqualTo(1);
        assertThatThrownBy(() -> Mirror.relativePath(URI.create("http://h/a/%2E%2E/b"))).hasMessageContaining("unsafe");
        assertThat(Mirror.relativePath(URI.create("http://h/a/.hidden"))).isEqualTo("h/a/_.hidden");
    }

    @Test
    void linksComeFromAnchorsAndLinkElementsResolvedAgainstThePage() {
        String html = "<html><head><link rel=next href='000124.html'></head><body>"
                + "<a href=\"date.html#123\">date</a><a href='mailto:x@y'>m</a><a href=\"http://other.example/x\">x</a>"
                + "<a name=\"anchor\">no href</a></body></html>";
        Set<URI> links = LinkExtractor.links(html.getBytes(), URI.create("http://h/pipermail/l/2007-May/000123.html"));
        assertThat(links).containsExactly(URI.create("http://h/pipermail/l/2007-May/000124.html"),
                URI.create("http://h/pipermail/l/2007-May/date.html"), URI.create("http://other.example/x"));
    }
}
