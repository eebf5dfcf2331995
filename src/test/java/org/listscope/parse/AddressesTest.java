package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.listscope.model.Author;

class AddressesTest {

    @Test
    void deobfuscatesPipermailAddresses() {
        assertThat(Addresses.address("jeff at jamcupboard.co.uk")).isEqualTo("jeff@jamcupboard.co.uk");
        assertThat(Addresses.address("mailto:glyph%40divunal.com")).isEqualTo("glyph@divunal.com");
    }

    @Test
    void anAddressCutShortHasNoAddress() {
        assertThat(Addresses.address("smb at")).isNull();
        assertThat(Addresses.isCutShort("Steven M. Bellovin smb at")).isTrue();
        assertThat(Addresses.isCutShort("jeff at jamcupboard.co.uk")).isFalse();
    }

    @Test
    void readsHeaderForms() {
        Author a = Addresses.fromHeader("\"Steven M. Bellovin\" <smb@cs.columbia.edu>");
        assertThat(a.name()).isEqualTo("Steven M. Bellovin");
        assertThat(a.address()).isEqualTo("smb@cs.columbia.edu");
        assertThat(a.key()).isEqualTo("smb@cs.columbia.edu");
        Author b = Addresses.fromHeader("glyph at divunal.com (Glyph Lefkowitz)");
        assertThat(b.name()).isEqualTo("Glyph Lefkowitz");
        assertThat(b.address()).isEqualTo("glyph@divunal.com");
        Author c = Addresses.fromHeader("tcmay@netcom.com");
        assertThat(c.address()).isEqualTo("tcmay@netcom.com");
        assertThat(c.name()).isNull();
    }

    @Test
    void readsEarlyPipermailNameThenAddress() {
        Author a = Addresses.fromHeader("Glyph Lefkowitz glyph@divunal.com");
        assertThat(a.name()).isEqualTo("Glyph Lefkowitz");
        assertThat(a.address()).isEqualTo("glyph@divunal.com");
        assertThat(Addresses.fromHeader("jeff at jamcupboard.co.uk").name()).isNull();
        assertThat(Addresses.fromHeader("glyph at divmod.com (glyph at divmod.com)").name()).isNull();
    }
}
