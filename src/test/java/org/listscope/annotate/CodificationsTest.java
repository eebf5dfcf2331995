package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodificationsTest {

    @Test
    void everyActPlacedIsANamedActOfTheLexicon() {
        List<String> named = Lexicon.ACTS.stream().map(NamedAct::canonical).toList();
        for (String citation : List.of("18 U.S.C. § 2510", "18 U.S.C. § 2701", "47 U.S.C. § 1001", "Pub. L. 103-414",
                "Pub. L. 99-508", "50 U.S.C. § 1805(e)", "Pub. L. 95-511", "Pub. L. 107-56", "17 U.S.C. § 1201",
                "Pub. L. 105-304", "15 U.S.C. § 7704", "Pub. L. 108-187", "47 U.S.C. § 230", "22 C.F.R. § 125.4",
                "22 U.S.C. § 2778", "15 C.F.R. Part 734", "Pub. L. 100-235", "18 U.S.C. § 1030", "5 U.S.C. § 552",
                "5 U.S.C. § 552a", "Pub. L. 93-579", "47 U.S.C. § 151", "Pub. L. 104-104", "18 U.S.C. § 793",
                "31 U.S.C. § 5313", "12 U.S.C. § 3401", "18 U.S.C. § 2710", "44 U.S.C. § 3502(2)", "18 U.S.C. § 1962")) {
            List<String> acts = Codifications.actsHolding(citation);
            assertThat(acts).as(citation).isNotEmpty();
            assertThat(named).as(citation).containsAll(acts);
        }
    }

    @Test
    void anActIsNumberedAsTheCodeInATitleEnactedAsLawOrWhereTheCodeKeepsItsNumbers() {
        assertThat(Codifications.codeTitleOf("Paperwork Reduction Act", "3504")).isEqualTo(44);
        assertThat(Codifications.codeTitleOf("Freedom of Information Act", "552")).isEqualTo(5);
        assertThat(Codifications.codeTitleOf("Freedom of Information Act", "3")).isEqualTo(-1);
        assertThat(Codifications.codeTitleOf("Foreign Intelligence Surveillance Act", "1801")).isEqualTo(-1); // title 50
        // title 47 is not enacted as law, but keeps the Communications Act's numbers for its titles II to V
        assertThat(Codifications.codeTitleOf("Communications Act of 1934", "230")).isEqualTo(47);
        assertThat(Codifications.codeTitleOf("Communications Decency Act", "230")).isEqualTo(47);
        assertThat(Codifications.codeTitleOf("Communications Act of 1934", "3")).isEqualTo(-1); // 47 U.S.C. § 153
        assertThat(Codifications.codeTitleOf("Communications Act of 1934", "605")).isEqualTo(-1); // cable: 47 U.S.C. § 525
        assertThat(Codifications.codeTitleOf("Communications Act of 1934", "705")).isEqualTo(-1); // 47 U.S.C. § 605
    }

    @Test
    void aRangeHoldsItsSectionsWithTheirLettersAndOneSectionOnlyItself() {
        assertThat(Codifications.actsHolding("50 U.S.C. § 1881a")).containsExactly("Foreign Intelligence Surveillance Act");
        assertThat(Codifications.actsHolding("5 U.S.C. § 552b")).isEmpty();
        assertThat(Codifications.actsHolding("18 U.S.C. § 2710(b)(1)")).containsExactly("Video Privacy Protection Act");
        assertThat(Codifications.actsHolding("47 U.S.C. § 230(c)(1)")).containsExactly("Communications Decency Act", "Communications Act of 1934");
        assertThat(Codifications.actsHolding("RFC 822")).isEmpty();
        assertThat(Codifications.actsHolding("Pub. L. 103-415")).isEmpty();
    }
}
