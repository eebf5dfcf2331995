package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyLinkTest {

    private static final String LIST = "mailto:twisted-python%40twistedmatrix.com?Subject=";

    @Test
    void bracketedValueIsThePagesOwnMessageId() {
        ReplyLink r = ReplyLink.read(LIST + "Re%3A%20%5BX%5D%20hi&In-Reply-To=%3Cabc.123%40host.example%3E", "[X] hi", false);
        assertThat(r.messageId()).isEqualTo("<abc.123@host.example>");
        assertThat(r.inReplyTo()).isNull();
    }

    @Test
    void bareValueOnAnOlderPageIsTheParentsMessageId() {
        ReplyLink r = ReplyLink.read(LIST + "%5BX%5D%20Re%3A%20hi&In-Reply-To=E1D5yF6-0004IU-03%40pyramid.example", "[X] Re: hi", false);
        assertThat(r.messageId()).isNull();
        assertThat(r.inReplyTo()).isEqualTo("<E1D5yF6-0004IU-03@pyramid.example>");
    }

    @Test
    void bareValueWithAddedReIsThePagesOwnMessageId() {
        ReplyLink r = ReplyLink.read(LIST + "Re%3A%20%5BX%5D%20Weekly&In-Reply-To=1551596718.54.81%40bot.example", "[X] Weekly", false);
        assertThat(r.messageId()).isEqualTo("<1551596718.54.81@bot.example>");
    }

    @Test
    void bareValueOnANewerPageIsThePagesOwnMessageId() {
        ReplyLink r = ReplyLink.read(LIST + "x&In-Reply-To=id1%40host.example", null, true);
        assertThat(r.messageId()).isEqualTo("<id1@host.example>");
    }

    @Test
    void entityEscapedAmpersandsAndPlusSignsSurvive() {
        ReplyLink r = ReplyLink.read(LIST + "s&amp;In-Reply-To=%3Ca+b%40host.example%3E", "s", false);
        assertThat(r.messageId()).isEqualTo("<a+b@host.example>");
    }

    @Test
    void emptyOrMissingValueSaysNothing() {
        assertThat(ReplyLink.read(LIST + "s&In-Reply-To=", "s", true)).isEqualTo(new ReplyLink(null, null));
        assertThat(ReplyLink.read("mailto:glyph%40divunal.com", "s", false)).isEqualTo(new ReplyLink(null, null));
        assertThat(ReplyLink.read(null, null, false)).isEqualTo(new ReplyLink(null, null));
    }
}
