package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void collapseSpacesMakesOneLineAndTrimsTheEnds() {
        assertThat(Snippets.collapseSpaces("  a\n\n  <b>calea</b>\t b  ")).isEqualTo("a <b>calea</b> b");
        assertThat(Snippets.collapseSpaces(" \n ")).isEmpty();
    }
}
