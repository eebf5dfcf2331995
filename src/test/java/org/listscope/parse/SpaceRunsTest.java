package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaceRunsTest {

    @Test
    void collapsesRunsTabsAndBreaks() {
        assertThat(SpaceRuns.collapse("Thu Mar  3 11:14:52 EST 2005")).isEqualTo("Thu Mar 3 11:14:52 EST 2005");
        assertThat(SpaceRuns.collapse("a\tb\r\nc")).isEqualTo("a b c");
        assertThat(SpaceRuns.collapse("a \f b")).isEqualTo("a b");
    }

    @Test
    void leavesSingleBlanksAndOtherWhiteSpaceAlone() {
        String plain = "Glyph Lefkowitz <glyph@divmod.com>";
        assertThat(SpaceRuns.collapse(plain)).isSameAs(plain);
        assertThat(SpaceRuns.collapse("a\fb")).isEqualTo("a\fb");
        assertThat(SpaceRuns.collapse("a\u2003\u2003b")).isEqualTo("a\u2003\u2003b"); // not \s: no regex match
        assertThat(SpaceRuns.collapse("")).isEmpty();
    }
}
