package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** Passages pasted without quote marks below a line that names their source (cypherpunks 1992-94). */
class LeadInsTest {

    private static final Author ERIC = Author.of("Eric Hughes", "hughes@soda.berkeley.edu", "Eric Hughes <hughes@soda.berkeley.edu>");

    /** Who said the words: the quote's author, or "own text". */
    private static String speakerOf(String body, String words) {
        List<Segment> segments = Segmenter.segment(body, ERIC, "Re: demand deposits");
        return segments.stream().filter(s -> body.substring(s.start(), s.end()).contains(words))
                .map(s -> s.kind() == SegmentKind.QUOTE ? s.quotedAuthor() : s.kind().label()).findFirst().orElseThrow();
    }

    @Test
    void thePassageBelowALeadInIsItsSources() {
        String body = "Here is the definition.\n\nFrom Black's Law Dictionary:\n\n"
                + "Demand deposits.  Any bank deposit which the depositor may demand\n"
                + "(withdraw) at any time in contrast to time deposit which requires\n"
                + "depositor to wait the specified time before withdrawing.\n\n"
                + "Certain mutual funds which have checks available to them do not fall\nunder this classification.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 quote1 text0");
        assertThat(speakerOf(body, "Any bank deposit")).isEqualTo("Black's Law Dictionary");
        // the first paragraph only: the poster's comment below it stays theirs
        assertThat(speakerOf(body, "Certain mutual funds")).isEqualTo("text");
    }

    @Test
    void theSourceIsNamedWithoutItsDateOrPage() {
        assertThat(LeadIns.source("The Washington Post, Monday, January 24, 1994, page A1")).isEqualTo("The Washington Post");
        assertThat(LeadIns.source("John Stuart Mill, On Liberty, 1859")).isEqualTo("John Stuart Mill");
        assertThat(LeadIns.source("Cyptography FAQ of July 7")).isEqualTo("Cyptography FAQ");
        assertThat(LeadIns.source("Pat Farrell, quoting Peter Denning")).isEqualTo("Peter Denning");
        assertThat(LeadIns.source("Virtual Desktop of")).isNull(); // a signature's heading
    }

    @Test
    void aRuleClosesAPassageOfSeveralParagraphs() {
        // as Blanc Weber pasted what others wrote: "From Hal:", the words, a rule of dots, then her answer
        String body = "From Hal:\n\nProper cash will produce a symmetrical pattern.  By choosing\n"
                + "good CA rules, the patterns will be different for each bill.\n\n"
                + "People might even trade for especially attractive bills.\n.....................\n\n"
                + "This sounds really cool, if it could work that way.\n";
        assertThat(speakerOf(body, "Proper cash")).isEqualTo("Hal");
        assertThat(speakerOf(body, "People might even trade")).isEqualTo("Hal");
        assertThat(speakerOf(body, "This sounds really cool")).isEqualTo("text");
    }

    @Test
    void noLeadInWhereTheLineIsNone() {
        // an attribution above a quote: read as such, the quote its author's
        String quoted = "According to David Mandl:\n> In general, I agree that petitions are a major waste of time.\n\nI disagree.\n";
        assertThat(Segments.kinds(quoted)).isEqualTo("attribution0 quote1 text0");
        // inside a paragraph, a sentence that ends with a colon
        String sentence = "Look it up in the dictionary, as I did.\nFrom Black's Law Dictionary:\n"
                + "Demand deposits are any bank deposit which the depositor may demand.\n";
        assertThat(Segments.kinds(sentence)).isEqualTo("text0");
        // the poster naming themselves, and a passage of too few words
        String own = "From Eric Hughes:\n\nI have been thinking about demand deposits and their clearing.\n";
        assertThat(speakerOf(own, "I have been thinking")).isEqualTo("text");
        assertThat(Segments.kinds("From the C-Span gopher:\n\n     viewer@c-span.org\n")).doesNotContain("quote");
    }
}
