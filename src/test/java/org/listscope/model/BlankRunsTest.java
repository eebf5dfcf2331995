package org.listscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlankRunsTest {

    @Test
    void runsOfWhiteSpaceBecomeOneSpaceAndTheEndsAreTrimmed() {
        assertThat(BlankRuns.collapse("  a\n\n  <b>calea</b>\t b  ")).isEqualTo("a <b>calea</b> b");
        assertThat(BlankRuns.collapse(" \n ")).isEmpty();
        assertThat(BlankRuns.collapse("On\tAmiga????")).isEqualTo("On Amiga????");
    }
}
