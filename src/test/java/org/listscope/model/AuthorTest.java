package org.listscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorTest {

    @Test
    void anAttributionsNameOrAddressNamesTheAuthorWhateverItsSpacingCaseOrLostAccents() {
        Author herve = Author.of("Thomas Herv\u00e9", "therve@free.fr", "Thomas Herv\u00e9 <therve@free.fr>");
        assertThat(herve.isNamedBy("Thomas Herv?")).isTrue();
        assertThat(herve.isNamedBy("thomas herve")).isFalse(); // an "e" where the archive kept none is another spelling
        assertThat(herve.isNamedBy("therve at free.fr")).isFalse(); // "at" is no "@": letters compared
        assertThat(herve.isNamedBy("therve@free.fr")).isTrue();
        Author may = Author.of("Timothy C. May", "tcmay@netcom.com", "tcmay@netcom.com (Timothy C. May)");
        assertThat(may.isNamedBy("Timo thy C. May")).isTrue();
        assertThat(may.isNamedBy("Tim May")).isFalse();
        assertThat(may.isNamedBy("")).isFalse();
        assertThat(may.isNamedBy(null)).isFalse();
        assertThat(Author.of(null, null, "").isNamedBy("???")).isFalse();
    }
}
