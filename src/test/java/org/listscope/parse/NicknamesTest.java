package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTest {

    @Test
    void aFamiliarFormNamesItsFormalNameEitherWayRound() {
        assertThat(Nicknames.sameName("bill", "william")).isTrue();
        assertThat(Nicknames.sameName("william", "bill")).isTrue();
        assertThat(Nicknames.sameName("peggy", "margaret")).isTrue();
    }

    @Test
    void unrelatedOrTwoFamiliarFormsAreNotOneName() {
        assertThat(Nicknames.sameName("bill", "robert")).isFalse();
        assertThat(Nicknames.sameName("rick", "fred")).isFalse();
        assertThat(Nicknames.sameName("zork", "william")).isFalse();
    }
}
