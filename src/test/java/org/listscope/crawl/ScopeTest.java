package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ScopeTest {

    static final String ROOT = "http://127.0.0.1:8080/pipermail/nanog/";

    @Test
    void aListRootKeepsTheCrawlOnItsHostPortAndPath() {
        Scope s = Scope.of(ROOT + "index.html");
        assertThat(s.root()).hasToString(ROOT);
        assertThat(s.onlyMonth()).isEmpty();
        assertThat(s.contains(URI.create(ROOT + "2007-May/thread.html"))).isTrue();
        assertThat(s.contains(URI.create("http://127.0.0.1:8081/pipermail/nanog/2007-May/thread.html"))).isFalse();
        assertThat(s.contains(URI.create("http://127.0.0.2:8080/pipermail/nanog/2007-May/thread.html"))).isFalse();
        assertThat(s.contains(URI.create("https://127.0.0.1:8080/pipermail/nanog/"))).isFalse();
        assertThat(s.contains(URI.create("http://127.0.0.1:8080/pipermail/nanog-other/"))).isFalse();
        assertThat(s.contains(URI.create("http://127.0.0.1:8080/pipermail/"))).isFalse();
        assertThat(s.contains(URI.create("ftp://127.0.0.1:8080/pipermail/nanog/x"))).isFalse();
        assertThat(s.contains(URI.create("mailto:nanog@nanog.org"))).isFalse();
        assertThat(s.contains(URI.create("http://user@127.0.0.1:8080/pipermail/nanog/"))).isFalse();
    }

    @Test
    void aListRootWithoutTrailingSlashIsAFolder() {
        assertThat(Scope.of("http://127.0.0.1:8080/pipermail/nanog").root()).hasToString(ROOT);
    }

    @Test
    void aMonthUrlLimitsTheCrawlToThatMonthAndItsTextArchive() {
        Scope s = Scope.of(ROOT + "2007-May/");
        assertThat(s.onlyMonth()).contains("2007-May");
        assertThat(s.root()).hasToString(ROOT);
        assertThat(s.contains(URI.create(ROOT + "2007-May/000123.html"))).isTrue();
        assertThat(s.contains(URI.create(ROOT + "2007-May.txt.gz"))).isTrue();
        assertThat(s.contains(URI.create(ROOT + "2007-June/000123.html"))).isFalse();
        assertThat(s.contains(URI.create(ROOT))).isFalse();
        assertThat(Scope.of(ROOT + "2007-May/thread.html").onlyMonth()).contains("2007-May");
        assertThat(Scope.of(ROOT + "2007q2/").onlyMonth()).contains("2007q2");
        assertThat(Scope.of(ROOT + "Week-of-Mon-20070507/").onlyMonth()).contains("Week-of-Mon-20070507");
    }

    @Test
    void pipermailUrlsAreRecognisedByShape() {
        Scope s = Scope.of(ROOT);
        assertThat(s.kind(URI.create(ROOT))).isEqualTo(PageKind.LIST_INDEX);
        assertThat(s.kind(URI.create(ROOT + "index.html"))).isEqualTo(PageKind.LIST_INDEX);
        assertThat(s.kind(URI.create(ROOT + "2007-May/thread.html"))).isEqualTo(PageKind.MONTH_INDEX);
        assertThat(s.kind(URI.create(ROOT + "2007-May/author.html"))).isEqualTo(PageKind.MONTH_INDEX);
        assertThat(s.kind(URI.create(ROOT + "2007-May/000123.html"))).isEqualTo(PageKind.MESSAGE);
        assertThat(s.kind(URI.create(ROOT + "2007-May.txt.gz"))).isEqualTo(PageKind.MONTH_ARCHIVE);
        assertThat(s.kind(URI.create(ROOT + "2007-May.txt"))).isEqualTo(PageKind.MONTH_ARCHIVE);
        assertThat(s.kind(URI.create(ROOT + "attachments/20070501/abc/attachment.bin"))).isEqualTo(PageKind.OTHER);
        assertThat(s.kind(URI.create(ROOT + "2007-May/picture.png"))).isEqualTo(PageKind.OTHER);
        assertThat(s.month(URI.create(ROOT + "2007-May.txt.gz"))).contains("2007-May");
        assertThat(s.month(URI.create(ROOT + "2007-May/000123.html"))).contains("2007-May");
    }

    @Test
    void w3cHypermailUrlsAreRecognisedByShape() {
        String root = "https://lists.w3.org/Archives/Public/public-privacy/";
        Scope s = Scope.of(root);
        assertThat(s.kind(URI.create(root + "2020AprJun/"))).isEqualTo(PageKind.MONTH_INDEX);
        assertThat(s.kind(URI.create(root + "2020AprJun/thread.html"))).isEqualTo(PageKind.MONTH_INDEX);
        assertThat(s.kind(URI.create(root + "2020AprJun/0003.html"))).isEqualTo(PageKind.MESSAGE);
        assertThat(s.kind(URI.create(root + "2013Jan/0042.html"))).isEqualTo(PageKind.MESSAGE);
        assertThat(s.month(URI.create(root + "2020AprJun/0003.html"))).contains("2020AprJun");
        assertThat(s.kind(URI.create(root + "mboxes/"))).isEqualTo(PageKind.OTHER);
        assertThat(s.kind(URI.create(root + "latest"))).isEqualTo(PageKind.OTHER);
        assertThat(Scope.of(root + "2020AprJun/").onlyMonth()).contains("2020AprJun");
    }

    @Test
    void linksAreResolvedAndLoseTheirFragment() {
        URI base = URI.create(ROOT + "2007-May/000123.html");
        assertThat(Scope.normalize(base, "date.html#123")).contains(URI.create(ROOT + "2007-May/date.html"));
        assertThat(Scope.normalize(base, "../2007-June/thread.html")).contains(URI.create(ROOT + "2007-June/thread.html"));
        assertThat(Scope.normalize(base, "#top")).isEmpty();
        assertThat(Scope.normalize(base, "mailto:x@example.org")).isEmpty();
        assertThat(Scope.normalize(base, "http://[bad")).isEmpty();
    }

    @Test
    void onlyHttpUrlsCanStartACrawl() {
        assertThatThrownBy(() -> Scope.of("ftp://127.0.0.1/pipermail/x/")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> Scope.of("/pipermail/x/")).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> Scope.of("http:///x")).isInstanceOf(IllegalArgumentException.class);
    }
}
