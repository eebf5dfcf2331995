package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchiveLocationTest {

    @Test
    void readsAPipermailUrl() {
        ArchiveLocation l = ArchiveLocation.of("https://lists.example.org/pipermail/nanog/2007-May/091234.html", null);
        assertThat(l).isEqualTo(new ArchiveLocation("nanog", true, "2007-May", "091234"));
    }

    @Test
    void readsAMirrorFolder() {
        ArchiveLocation l = ArchiveLocation.of(null, "/data/twisted-python/2005-March/009673.html");
        assertThat(l).isEqualTo(new ArchiveLocation("twisted-python", false, "2005-March", "009673"));
    }

    @Test
    void knowsOtherVolumeNames() {
        assertThat(ArchiveLocation.of(null, "l/2005q1/000001.html").volume()).isEqualTo("2005q1");
        assertThat(ArchiveLocation.of(null, "l/Week-of-Mon-20050307/000001.html").volume()).isEqualTo("Week-of-Mon-20050307");
    }

    @Test
    void guessesNoListWithoutAVolumeFolder() {
        ArchiveLocation l = ArchiveLocation.of(null, "/home/me/Downloads/page.html");
        assertThat(l.list()).isNull();
        assertThat(l.volume()).isNull();
        assertThat(l.number()).isNull();
    }
}
