package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void evolutionStyle() {
        Attribution a = Attribution.parse("On Wed, 2005-03-02 at 14:58 +0000, Bad_Bob wrote:");
        assertThat(a.who()).isEqualTo("Bad_Bob");
        assertThat(a.day()).isEqualTo(LocalDate.of(2005, 3, 2));
        assertThat(a.hour()).isEqualTo(14);
        assertThat(a.minute()).isEqualTo(58);
    }

    @Test
    void appleMailStyle() {
        Attribution a = Attribution.parse("On Mar 2, 2005, at 14:58, Bob Ippolito wrote:");
        assertThat(a.who()).isEqualTo("Bob Ippolito");
        assertThat(a.day()).isEqualTo(LocalDate.of(2005, 3, 2));
        assertThat(a.minute()).isEqualTo(58);
    }

    @Test
    void germanKMailStyle() {
        Attribution a = Attribution.parse("Am Mittwoch, 2. März 2005 21:00 schrieb Paul Swartz:");
        assertThat(a.who()).isEqualTo("Paul Swartz");
        assertThat(a.day()).isEqualTo(LocalDate.of(2005, 3, 2));
        assertThat(a.minute()).isEqualTo(0);
    }

    @Test
    void nameOnlyAndAddresses() {
        assertThat(Attribution.parse("Jp Calderone wrote:").who()).isEqualTo("Jp Calderone");
        assertThat(Attribution.parse("Jp Calderone wrote:").day()).isNull();
        assertThat(Attribution.parse("Quoting Jp Calderone <exarkun at divmod.com>:").who())
                .isEqualTo("Jp Calderone <exarkun at divmod.com>");
        assertThat(Attribution.parse("* Glyph Lefkowitz <glyph at divmod.com> [2005-03-02 10:00]:").who())
                .isEqualTo("Glyph Lefkowitz <glyph at divmod.com>");
        assertThat(Attribution.parse("On 3/2/05, Bob <bob at redivi.com> wrote:").day()).isEqualTo(LocalDate.of(2005, 3, 2));
    }

    @Test
    void ordinaryTextIsNoAttribution() {
        assertThat(Attribution.parse("I think this is right.")).isNull();
        assertThat(Attribution.lineAboveFirstQuote("Hello\n\nno quotes here\n")).isNull();
        assertThat(Attribution.lineAboveFirstQuote("Some text.\n> quoted\n")).isNull();
    }

    @Test
    void attributionWrappedOverTwoLines() {
        String body = "On Wed, 2005-03-02 at 14:58 +0000, Bad_Bob\nwrote:\n> text\n";
        assertThat(Attribution.lineAboveFirstQuote(body)).isEqualTo("On Wed, 2005-03-02 at 14:58 +0000, Bad_Bob wrote:");
    }
}
