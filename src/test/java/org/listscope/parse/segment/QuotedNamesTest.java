package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Attribution names as the archives left them (twisted-python and cypherpunks 1992-94), cleaned. */
class QuotedNamesTest {

    @Test
    void whatIsLeftAroundANameGoes() {
        assertThat(QuotedNames.clean("John Abel <")).isEqualTo("John Abel");
        assertThat(QuotedNames.clean("\"Brock N. Meeks\" <")).isEqualTo("Brock N. Meeks");
        assertThat(QuotedNames.clean("Owen Rowley < )")).isEqualTo("Owen Rowley");
        assertThat(QuotedNames.clean("jerry@terminus.us.dell.com>")).isEqualTo("jerry@terminus.us.dell.com");
        assertThat(QuotedNames.clean("\"L. Detweiler\"")).isEqualTo("L. Detweiler");
        assertThat(QuotedNames.clean("`Jim McCoy'")).isEqualTo("Jim McCoy");
    }

    @Test
    void anEncodedNameIsDecodedAndATelephoneNumberAfterItGoes() {
        // a quoted From: header keeps the header's RFC 2047 form (twisted-python 2003)
        assertThat(QuotedNames.clean("Philippe =?ISO-8859-1?Q?Lafoucri=E8re?=")).isEqualTo("Philippe Lafoucri\u00e8re");
        // display names that carry the sender's telephone (cypherpunks 1993-94)
        assertThat(QuotedNames.clean("Connie Sadler (415)725-7703")).isEqualTo("Connie Sadler");
        assertThat(QuotedNames.clean("Daniel P. Lieber - (617) 642-7697.")).isEqualTo("Daniel P. Lieber");
        assertThat(QuotedNames.clean("Mike Axelrod 422-0929")).isEqualTo("Mike Axelrod");
    }

    /**
     * A relay's note, which the header's display name carried ({@code addr (Christoph Pagalies) (by
     * way of habs@cmyk.warwick.com (Harry Shapiro))}), is no part of the name a reply's attribution
     * copied from it (cypherpunks 1994): the relay's address would name the relay.
     */
    @Test
    void aRelaysNoteAfterTheNameGoes() {
        assertThat(QuotedNames.clean("Christoph Pagalies) (by way of habs@cmyk.warwick.com (Harry Shapiro)"))
                .isEqualTo("Christoph Pagalies");
        assertThat(QuotedNames.clean("Marc Andreessen (by way of marca@mcom.com (Marc Andreessen))")).isEqualTo("Marc Andreessen");
    }

    @Test
    void whatIsNoNameIsNone() {
        for (String none : new String[] {"Sternlight)", "Johannesburg)", "Timothy C. May)", "JHIUOT&)", "<", "[...]",
                "??????", "?", "'", "12070", "+1-510-484-6204", "<===== Is this a trick?", "freebsd.org>>",
                "gmail.com>", "atlas.lcs.mit.edu", ")??`?.?.????dM????`?.?.?(", "   ", "value=\"-net.net\"",
                "<input class=\"txtDsp\" type=\"text\"", "twisted-python-request at twistedmatrix.com",
                "twisted-python-bounces@twistedmatrix.com", "<twisted-python-request at twistedmatrix.com>"}) {
            assertThat(QuotedNames.clean(none)).as(none).isNull();
        }
        assertThat(QuotedNames.clean(null)).isNull();
    }

    @Test
    void namesAddressesAndHandlesStay() {
        for (String kept : new String[] {"-=Xenon=-", "-=[ Patrick Oonk ]=-", "Timothy C. May", "van Aswegen, Marinus (ZA - Johannesburg)", "exarkun@twistedmatrix.com",
                "exarkun at twistedmatrix.com", "netcomsv!chair.cosc.georgetown.edu!denning", "l.m.orchard",
                "Thomas Weholt ( PRIVAT )", "马踏飞燕", "Amber \"Hawkie\" Brown"}) {
            assertThat(QuotedNames.clean(kept)).as(kept).isEqualTo(kept);
        }
    }
}
