package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.listscope.model.Citation;

/** A case's name as a law library writes it, one form for the spellings of one case (cypherpunks 1992-94's). */
class CasePartiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Katz v. U.S. | Katz v. United States",
            "Katz vs US | Katz v. United States",
            "Katz v Katz | Katz v. Katz",
            "Katz versus the United States of America | Katz v. United States",
            "Korematsu v. US | Korematsu v. United States",
            "US. v. The Progressive | United States v. Progressive",
            "USA v. Manuel Noriega | United States v. Manuel Noriega",
            "U. S. A. v. Smith | United States v. Smith",
            "RATZLAF v. UNITED STATES | RATZLAF v. United States",
            "Shermoen v. United States., 982 F.2d 1312 | Shermoen v. United States, 982 F.2d 1312",
            "International News Service v. The Associated Press | International News Service v. Associated Press",
            "Talley v. State of California, 362 U.S. 60 (1960) | Talley v. California, 362 U.S. 60 (1960)",
            "Smith v. Commonwealth of Virginia | Smith v. Virginia",
            "katz v us | katz v. United States",
    })
    void aCaseIsWrittenAsALawLibraryWritesIt(String written, String canonical) {
        assertThat(CaseParties.caseName(written)).isEqualTo(canonical);
        assertThat(CaseParties.caseName(canonical)).isEqualTo(canonical);
    }

    /** Only a whole party changes: other names, other States' courts and the Crown stay as written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kaplan v. U.S.A. Today",
            "Steve Jackson Games v. US Secret Service",
            "United States v. U.S. Dist.",
            "City of Philadelphia v. New Jersey",
            "State v. Shack",
            "Smith v. State of Confusion",
            "Smith v. Commonwealth of California",
            "Us v. Them",
            "The King v. Smith",
            "Diamond Scientific Co. v. Amico, Inc., 848 F.2d 1220",
    })
    void otherPartiesStayAsWritten(String written) {
        assertThat(CaseParties.caseName(written)).isEqualTo(written);
    }

    @Test
    void textWithoutTwoPartiesIsNoCase() {
        assertThat(CaseParties.caseName("Katz")).isNull();
        assertThat(CaseParties.caseName("389 U.S. 347")).isNull();
        assertThat(CaseParties.caseName("v. United States")).isNull();
    }

    @Test
    void aCaseIsSpelledBackWithTheUnitedStatesAsItsInitialsAStateWithItsKindAndTheRightPartyAfterThe() {
        assertThat(CaseParties.spellings("Katz v. United States")).containsExactly(
                "Katz v. The United States", "Katz v. U.S.", "Katz v. The U.S.", "Katz v. USA", "Katz v. The USA",
                "Katz v. United States of America", "Katz v. The United States of America");
        assertThat(CaseParties.spellings("Roe v. Wade")).containsExactly("Roe v. The Wade");
        assertThat(CaseParties.spellings("RFC 2119")).isEmpty();
        List<String> virginia = CaseParties.spellings("United States v. Virginia, 518 U.S. 515");
        assertThat(virginia).hasSize(4 * 3 * 2 - 1).contains("U.S. v. Commonwealth of Virginia, 518 U.S. 515",
                "USA v. The State of Virginia, 518 U.S. 515", "United States of America v. Virginia, 518 U.S. 515");
        // each spelling is the case again
        for (String s : virginia) assertThat(CaseParties.caseName(s)).isEqualTo("United States v. Virginia, 518 U.S. 515");
    }

    /** The annotator's normalized form is one for the spellings of one case, so that an export groups them. */
    @Test
    void theAnnotatorNormalizesEachSpellingOfACaseAlike() {
        List<String> normalized = Annotator.citations("The court in Katz v. U.S. held it; Katz vs US again; and Katz v. "
                + "United States too. Then the court in USA v. The Progressive; US v. Progressive was enjoined.")
                .stream().filter(c -> c.kind().equals("case")).map(Citation::normalized).toList();
        assertThat(normalized).containsExactly("Katz v. United States", "Katz v. United States", "Katz v. United States",
                "United States v. Progressive", "United States v. Progressive");
    }
}
