package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseMarksTest {

    @Test
    void marksWithOnlyBlanksOrAHyphenBetweenThemBecomeOne() {
        assertThat(PhraseMarks.join("a voluntary <b>key</b> <b>escrow</b> system")).isEqualTo("a voluntary <b>key escrow</b> system");
        assertThat(PhraseMarks.join("<b>read</b> <b>the</b>  <b>docs</b>")).isEqualTo("<b>read the  docs</b>");
        assertThat(PhraseMarks.join("<b>key</b>-<b>escrow</b>")).isEqualTo("<b>key-escrow</b>");
    }

    @Test
    void marksWithWordsPunctuationOrAPassageBreakBetweenThemStayApart() {
        String words = "<b>deferred</b> - the <b>callback</b>";
        assertThat(PhraseMarks.join(words)).isEqualTo(words);
        String comma = "<b>privacy</b>, <b>court</b>";
        assertThat(PhraseMarks.join(comma)).isEqualTo(comma);
        String passages = "<b>clipper</b> … <b>chip</b>";
        assertThat(PhraseMarks.join(passages)).isEqualTo(passages);
        String dashes = "<b>a</b> -- <b>b</b>";
        assertThat(PhraseMarks.join(dashes)).isEqualTo(dashes);
        assertThat(PhraseMarks.join("no marks at all")).isEqualTo("no marks at all");
    }
}
