package org.listscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParentLinkTest {

    @Test
    void confidenceIsRoundedToTwoDecimals() {
        // 0.5 + 0.4 x 0.8 is 0.8200000000000001 in floating point; exports show 0.82
        assertThat(new ParentLink(LinkMethod.QUOTE, 0.5 + 0.4 * 0.8).confidence()).isEqualTo(0.82);
        assertThat(new ParentLink(LinkMethod.ATTRIBUTION, 0.9081481481481481).confidence()).isEqualTo(0.91);
        assertThat(new ParentLink(LinkMethod.HEADER, 1.0).confidence()).isEqualTo(1.0);
    }

    @Test
    void aConfidenceOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new ParentLink(LinkMethod.QUOTE, 1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParentLink(null, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
