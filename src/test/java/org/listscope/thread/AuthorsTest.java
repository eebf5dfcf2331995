package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.listscope.model.Author;

class AuthorsTest {

    @Test
    void anAttributionNamesAnAuthorByTheirAddressOrTheAddressTheirDisplayNameShows() {
        Author bill = Author.of("bill.stewart@pleasantonca.ncr.com", "wcs@anchor.ho.att.com",
                "bill.stewart@pleasantonca.ncr.com +1-510-484-6204 <wcs@anchor.ho.att.com>");
        assertThat(Authors.names("bill.stewart@pleasantonca.ncr.com", bill)).isTrue();
        assertThat(Authors.names("wcs@anchor.ho.att.com", bill)).isTrue();
        assertThat(Authors.names("bill.jones@example.org", bill)).isFalse();
    }

    @Test
    void aSharedGivenNameAloneNamesNobody() {
        Author david = Author.of("David Mandl", "dmandl@example.org", "David Mandl <dmandl@example.org>");
        assertThat(Authors.names("David G Radcliffe", david)).isFalse();
        assertThat(Authors.names("David Mandl", david)).isTrue();
    }
}
