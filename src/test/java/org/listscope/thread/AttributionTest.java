package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;

class AttributionTest {

    /**
     * A message's attribution for threading is the first quote's named author other than the poster:
     * a poster forwarding or quoting their own words ("I wrote:", Tim May's "(fwd)" of his own Usenet
     * post) names no one else's message; a later quote of someone else does.
     */
    @Test
    void thePosterQuotingThemselvesNamesNoParent() {
        String body = "Tim May wrote:\n> My words.\n\nHal Finney wrote:\n> His words.\n\nmine\n";
        Message m = Message.builder().id("m").from(Author.of("Tim May", "tcmay@netcom.com", "Tim May")).body(body)
                .source(new Source(null, null, "mbox")).segments(org.listscope.parse.segment.Segmenter.segment(body)).build();
        assertThat(Attribution.of(m).who()).isEqualTo("Hal Finney");
        String self = "Tim May wrote:\n> My words.\n\nmine\n";
        Message only = Message.builder().id("m").from(Author.of("Tim May", "tcmay@netcom.com", "Tim May")).body(self)
                .source(new Source(null, null, "mbox")).segments(org.listscope.parse.segment.Segmenter.segment(self)).build();
        Attribution a = Attribution.of(only);
        assertThat(a == null ? null : a.who()).isNotEqualTo("Tim May");
    }

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

    /** A relay's note that the quoted author's display name carried names the relay, not the author (cypherpunks 1994). */
    @Test
    void aRelaysNoteAfterTheNameIsLeftOut() {
        Attribution a = Attribution.parse("Christoph Pagalies) (by way of habs@cmyk.warwick.com (Harry Shapiro) says:");
        assertThat(a.who()).isEqualTo("Christoph Pagalies");
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
