package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLinesTest {

    @Test
    void marksAfterAnAngleAreOneLevelMore() {
        QuoteLines q = QuoteLines.of("> | proposal words\n> : colon words\n> answer words\n> :-) smile\nmine\n");
        assertThat(q.quoted()).isEqualTo("answer words\n:-) smile\n");
        assertThat(q.deeper()).isEqualTo("proposal words\ncolon words\n");
        assertThat(q.remarked()).isEqualTo(q.deeper());
        assertThat(q.own()).isEqualTo("mine\n");
    }

    @Test
    void aMessageYankedInIndentedIsQuotedOnceAndItsQuotesTwice() {
        String body = "   > Ed's first words here\n\n   Mike's answer to them, indented\n\nEd's own reply.\n";
        QuoteLines q = QuoteLines.of(body);
        assertThat(q.deeper()).isEqualTo("Ed's first words here\n");
        assertThat(q.quoted()).isEqualTo("Mike's answer to them, indented\n");
        // the yanked lines stay own text too: threading finds them there as copies of their source
        assertThat(q.own()).contains("   Mike's answer to them, indented\n").contains("Ed's own reply.\n");
    }

    @Test
    void anIndentedBlockWithoutAQuoteOfItsOwnIsNoYank() {
        String code = "Try this:\n\n    d = getPage(url)\n    d.addCallback(show)\n\nIt works.\n";
        assertThat(QuoteLines.yankIndent(code)).isZero();
        String prompt = "See:\n\n    >>> import twisted\n    >>> twisted.version\n\n    the version number is printed here\n\nThat is all.\n";
        assertThat(QuoteLines.yankIndent(prompt)).isZero();
        assertThat(QuoteLines.of(code).quoted()).isEmpty();
    }
}
