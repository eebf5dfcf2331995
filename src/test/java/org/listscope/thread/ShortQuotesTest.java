package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.listscope.model.Message;

class ShortQuotesTest {

    private static Message body(String text) {
        return Msgs.mail("m", "Ann Lee", 0, "s", text).build();
    }

    @Test
    void aQuoteOfFewWordsIsReadWithItsBlanksCollapsed() {
        assertThat(ShortQuotes.of(body("Ann wrote:\n> On   Amiga????\n\nEasy.\n"))).isEqualTo("On Amiga????");
    }

    @Test
    void tooShortOrLongEnoughForFingerprintsIsNone() {
        assertThat(ShortQuotes.of(body("> Yes.\n\nNo.\n"))).isNull();
        assertThat(ShortQuotes.of(body("> the keys I generate are refused\n\nUse a passphrase.\n"))).isNull();
        assertThat(ShortQuotes.of(body("No quote at all.\n"))).isNull();
    }

    @Test
    void aMessageHoldsAShortQuoteInItsOwnWordsOnly() {
        assertThat(ShortQuotes.holds(body("It runs.\nOn\tAmiga????\n"), "On Amiga????")).isTrue();
        assertThat(ShortQuotes.holds(body("> On Amiga????\n\nIt runs.\n"), "On Amiga????")).isFalse();
    }
}
