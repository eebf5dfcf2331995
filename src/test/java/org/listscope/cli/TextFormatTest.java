package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.listscope.index.Msgs;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.TopicEvidence;

class TextFormatTest {

    private static final Message MESSAGE = Msgs.message("<a@example.net>", "Timothy C. May", "tcmay@netcom.com",
            "1994-06-05T01:07:39Z", "Wiretapping", "Own words.", "Quoted words.");

    @Test
    void headerLinesThenSegmentsLabelledByKind() {
        String text = TextFormat.message(MESSAGE, id -> null);
        assertThat(text).startsWith("id:      <a@example.net>\nsubject: Wiretapping\nfrom:    Timothy C. May <tcmay@netcom.com>\n")
                .contains("\ndate:    1994-06-05T01:07:39Z\nlist:    nanog\n\n");
        assertThat(text).contains("quote 1       | > Quoted words.").contains("text          | Own words.").endsWith("----\n");
    }

    @Test
    void annotationsFollowTheSegmentsOneALineWithWhoSaidThem() {
        Message m = new org.listscope.annotate.Annotator().annotate(java.util.List.of(Msgs.message("<b@example.net>", "Timothy C. May",
                "tcmay@netcom.com", "1994-06-05T01:07:39Z", "Wiretapping", "The FBI must get a warrant under 18 U.S.C. 2518\nbefore it taps a line.",
                "Ann wrote that RFC 2804 says nothing of it."))).get(0);
        String text = TextFormat.message(m, id -> null);
        String body = m.body();
        int usc = body.indexOf("18 U.S.C. 2518");
        int rfc = body.indexOf("RFC 2804");
        assertThat(text).contains("\nannotations:\n")
                .contains("\n  citation usc " + usc + "-" + (usc + 14) + " 18 U.S.C. § 2518 \"18 U.S.C. 2518\" (Timothy C. May)\n")
                .contains("\n  citation rfc " + rfc + "-" + (rfc + 8) + " \"RFC 2804\" (quoted)\n")
                .containsPattern("\n  claim \\w+ \\d+-\\d+ \"The FBI must get a warrant under 18 U\\.S\\.C\\. 2518 before it taps a line\\.\" \\(Timothy C\\. May\\)\n")
                .endsWith("\n----\n");
        assertThat(TextFormat.message(MESSAGE, id -> null)).doesNotContain("annotations:");
    }

    @Test
    void theMessagesTopicsAreAHeaderLine() {
        Message m = MESSAGE.withAnnotations(java.util.List.of(), java.util.List.of(new TopicEvidence("lawful-intercept", 0, 4),
                new TopicEvidence("privacy", 0, 4)));
        assertThat(TextFormat.message(m, id -> null)).contains("\nlist:    nanog\ntopics:  lawful-intercept, privacy\n\n");
        assertThat(TextFormat.message(MESSAGE, id -> null)).doesNotContain("topics:");
    }

    @Test
    void aForwardedMessagesLinesSayFwdAndItsSender() {
        Message m = MESSAGE.withSegments(MESSAGE.segments().stream()
                .map(s -> s.depth() > 0 ? s.withQuoted("Ann Lee", null).asForwarded() : s).toList());
        // the label column widens for the message, so every line's text starts in one column
        assertThat(TextFormat.message(m, id -> null)).contains("quote 1 fwd (Ann Lee) | > Quoted words.")
                .contains("text                  | Own words.");
    }

    @Test
    void linesFoundToRepeatAnEarlierMessageSayCopy() {
        Message m = MESSAGE.withSegments(MESSAGE.segments().stream()
                .map(s -> s.depth() > 0 ? s.withSource("<b@example.net>", 0, 13).asCopied() : s).toList());
        assertThat(TextFormat.message(m, id -> null)).contains("quote 1 copy  | > Quoted words.");
    }

    @Test
    void theAddressIsShownOnce() {
        assertThat(TextFormat.from(Author.of("Jonathan Rochkind", "jrochkin@cs.oberlin.edu", "Jonathan Rochkind <jrochkin@cs.oberlin.edu>")))
                .isEqualTo("Jonathan Rochkind <jrochkin@cs.oberlin.edu>");
        assertThat(TextFormat.from(Author.of("Hal", "hfinney@shell.portal.com", "Hal")))
                .isEqualTo("Hal <hfinney@shell.portal.com>");
        assertThat(TextFormat.from(Author.of(null, "hfinney@shell.portal.com", ""))).isEqualTo("<hfinney@shell.portal.com>");
    }

    @Test
    void aMessageWithoutListOrUrlHasNoSuchLines() {
        String text = TextFormat.message(MESSAGE.toBuilder().list(null).build(), id -> null);
        assertThat(text).doesNotContain("list:").doesNotContain("url:").doesNotContain("null");
    }

    @Test
    void aQuoteWhoseAttributionNamesNobodyIsLabelledWithItsSourcesAuthor() {
        Message glyphs = Msgs.message("<b@example.net>", "Glyph Lefkowitz", "glyph@twistedmatrix.com", "1994-06-04T01:07:39Z",
                "Wiretapping", "Quoted words.", null);
        java.util.Map<String, Message> sources = java.util.Map.of("<b@example.net>", glyphs);
        Message found = MESSAGE.withSegments(MESSAGE.segments().stream()
                .map(s -> s.depth() > 0 ? s.withSource("<b@example.net>", 0, 13) : s).toList());
        assertThat(TextFormat.message(found, sources::get)).contains("quote 1 (Glyph Lefkowitz) | > Quoted words.");
        // without the source at hand, as parse prints a message alone, the label names nobody
        assertThat(TextFormat.message(found, id -> null)).contains("quote 1       | > Quoted words.");
        // an attribution's name is kept: it is what the text says
        Message named = MESSAGE.withSegments(found.segments().stream()
                .map(s -> s.depth() > 0 ? s.withQuoted("Ann Lee", null) : s).toList());
        assertThat(TextFormat.message(named, sources::get)).contains("quote 1 (Ann Lee) | > Quoted words.");
        // a forward of a sender nobody named: the message holding the same words is another copy, not its author's
        Message forward = MESSAGE.withSegments(found.segments().stream()
                .map(s -> s.depth() > 0 ? s.asForwarded() : s).toList());
        assertThat(TextFormat.message(forward, sources::get)).contains("quote 1 fwd   | > Quoted words.");
        // words found inside a quote of the source are that quote's author's
        Message quoting = Msgs.message("<c@example.net>", "Jane Roe", "jane@example.net", "1994-06-04T02:00:00Z",
                "Re: Wiretapping", "I agree.", "Quoted words.");
        quoting = quoting.withSegments(quoting.segments().stream()
                .map(s -> s.depth() > 0 ? s.withQuoted("Ann Lee", null) : s).toList());
        Message deeper = MESSAGE.withSegments(MESSAGE.segments().stream()
                .map(s -> s.depth() > 0 ? s.withSource("<c@example.net>", 0, 15) : s).toList());
        assertThat(TextFormat.message(deeper, java.util.Map.of("<c@example.net>", quoting)::get))
                .contains("quote 1 (Ann Lee) | > Quoted words.");
    }
}

