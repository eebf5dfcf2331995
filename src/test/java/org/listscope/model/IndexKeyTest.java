package org.listscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexKeyTest {

    @Test
    void readsTheWholeAncestryBeyondTheDrawnDepth() {
        IndexKey k = IndexKey.parse("01110296721.42221-01110309515.42222-01110312409.42225-01110333514.42229-01110334089.42230-");
        assertThat(k.parts()).hasSize(5);
        assertThat(k.self().number()).isEqualTo("42230");
        assertThat(k.self().epochSeconds()).isEqualTo(1110334089L);
        assertThat(k.parent().number()).isEqualTo("42229");
    }

    @Test
    void readsMessageIdPartsWithHyphens() {
        IndexKey k = IndexKey.parse("-0785557196/200210221608.g9MG8MJ07637@cgi-works.com-01128386614.44071-");
        assertThat(k.parts()).hasSize(2);
        assertThat(k.parent().messageId()).isEqualTo("<200210221608.g9MG8MJ07637@cgi-works.com>");
        assertThat(k.parent().epochSeconds()).isEqualTo(-785557196L);
        assertThat(k.self().number()).isEqualTo("44071");
    }

    @Test
    void aRootHasNoParent() {
        IndexKey k = IndexKey.parse("01109699338.42181- ");
        assertThat(k.parent()).isNull();
        assertThat(k.self().number()).isEqualTo("42181");
    }

    @Test
    void rejectsWhatIsNotAKey() {
        assertThat(IndexKey.parse("hello world")).isNull();
        assertThat(IndexKey.parse("")).isNull();
        assertThat(IndexKey.parse(null)).isNull();
    }
}
