package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    private static boolean variants(String a, String b) {
        return PersonNames.variants(PersonNames.normalize(a), PersonNames.normalize(b));
    }

    @Test
    void accentsAreFoldedAway() {
        assertThat(PersonNames.normalize("Thomas Hervé")).isEqualTo("thomas herve");
        assertThat(PersonNames.normalize("Jean-Paul Calderone")).isEqualTo("jean paul calderone");
        assertThat(PersonNames.normalize("Calderone, Jean-Paul")).isEqualTo("jean paul calderone");
        assertThat(variants("Thomas Hervé", "Thomas Herve")).isTrue();
    }

    @Test
    void initialsOfSeveralGivenNamesName() {
        assertThat(variants("Jp Calderone", "Jean-Paul Calderone")).isTrue();
        assertThat(variants("Jean-Paul Calderone", "JP Calderone")).isTrue();
        assertThat(variants("Jq Calderone", "Jean-Paul Calderone")).isFalse();
        assertThat(variants("Jp Calderone", "Jean Calderone")).isFalse();
    }

    @Test
    void aSingleInitialNamesWhateverWordItStarts() {
        assertThat(variants("J. Michael Gilmore", "John Michael Gilmore")).isTrue();
        assertThat(variants("John M. Gilmore", "J Michael Gilmore")).isTrue();
        assertThat(variants("K. Michael Gilmore", "John Michael Gilmore")).isFalse();
        // an initial and a family name alone is no full name, so it names nobody for sure
        assertThat(variants("J. Gilmore", "John Gilmore")).isFalse();
    }

    @Test
    void shortFormsNeedSimilarity() {
        assertThat(variants("Steve Bellovin", "Steven M. Bellovin")).isTrue();
        assertThat(variants("Chris Armstrong", "Christopher Armstrong")).isTrue();
        assertThat(variants("Stephen Bellovin", "Steven Bellovin")).isFalse();
    }

    @Test
    void oneLetterApartIsAMistypedName() {
        assertThat(PersonNames.mistyped("ralf schmitt", "ralf schmmitt")).isTrue();
        assertThat(PersonNames.mistyped("pantelis theodosiou", "pandelis theodosiou")).isTrue();
        assertThat(PersonNames.mistyped("ralf schmitt", "rolf schmidt")).as("two letters").isFalse();
        assertThat(PersonNames.mistyped("ralf schmitt", "ralf schmitt")).as("the same name").isFalse();
        assertThat(PersonNames.mistyped("jo smith", "j smith")).as("no full name").isFalse();
        assertThat(PersonNames.mistyped("ann b smith", "ann smith")).as("other word count").isFalse();
    }

    @Test
    void familyNamesMustAgree() {
        assertThat(variants("John Gilmore", "John Gilmour")).isFalse();
        assertThat(variants("John", "John Gilmore")).isFalse();
    }

    @Test
    void familiarFormsNameTheirGivenName() {
        assertThat(variants("Steve Waterbury", "Stephen Waterbury")).isTrue();
        assertThat(variants("Bill Stewart", "William Stewart")).isTrue();
        assertThat(variants("Bob Smith", "Robert Q. Smith")).isTrue();
        assertThat(variants("Bob Smith", "Richard Smith")).isFalse();
        // two familiar forms are not joined through a formal name they may both stand for
        assertThat(variants("Rick Smith", "Fred Smith")).isFalse();
    }

    @Test
    void addressesAndWordsWithDigitsAreNoPartOfAName() {
        assertThat(PersonNames.normalize("Bill_Stewart(HOY002)1305")).isEqualTo("bill stewart");
        assertThat(PersonNames.normalize("Bill Stewart +1-908-949-0705 wcs@anchor.ho.att.com")).isEqualTo("bill stewart");
        assertThat(PersonNames.normalize("bill.stewart@pleasantonca.ncr.com +1-510-484-6204")).isEmpty();
        assertThat(PersonNames.normalize("hfinney@shell.portal.com")).isEmpty();
    }

    @Test
    void strokedLettersAreFoldedAsTheSearchFoldsThem() {
        assertThat(PersonNames.normalize("Jarosław Fedewicz")).isEqualTo("jaroslaw fedewicz");
        assertThat(PersonNames.normalize("Søren Straße")).isEqualTo("soren strasse");
    }

    @Test
    void aTypedNameStandsForLongerGivenNamesAndIgnoresMiddleNames() {
        assertThat(PersonNames.typedFor("tim may", "timothy c may")).isTrue();
        assertThat(PersonNames.typedFor("timothy may", "timothy c may")).isTrue();
        assertThat(PersonNames.typedFor("tim c may", "timothy may")).as("a middle initial").isTrue();
        // an initial and a family name is no full name: it would name every T. May
        assertThat(PersonNames.typedFor("t may", "timothy c may")).isFalse();
        assertThat(PersonNames.typedFor("bill stewart", "william stewart")).isTrue();
        assertThat(PersonNames.typedFor("tom may", "timothy c may")).isFalse();
        assertThat(PersonNames.typedFor("tim mayer", "timothy c may")).isFalse();
        assertThat(PersonNames.typedFor("may", "timothy c may")).as("no full name").isFalse();
    }

    @Test
    void titlesAfterADashOrACommaAreNoPartOfAName() {
        assertThat(PersonNames.normalize("Fred L. Drake, Jr.")).isEqualTo("fred l drake");
        assertThat(PersonNames.normalize("Glenn Tarbox, PhD")).isEqualTo("glenn tarbox");
        assertThat(PersonNames.normalize("Gerald M. Phillips, Ph.D.")).isEqualTo("gerald m phillips");
        assertThat(PersonNames.normalize("A. J. Teel, Sui Juris")).isEqualTo("a j teel");
        assertThat(PersonNames.normalize("A. J. Teel - Sui Juris")).isEqualTo("a j teel");
        assertThat(PersonNames.normalize("Stanton McCandlish - EFF Online Activist/SysOp")).isEqualTo("stanton mccandlish");
        // "Last, First" is still turned round, also with a family name of two words
        assertThat(PersonNames.normalize("van Aswegen, Marinus")).isEqualTo("marinus van aswegen");
        assertThat(PersonNames.normalize("Finney, Hal")).isEqualTo("hal finney");
        // one word before a dash is no name to keep alone
        assertThat(PersonNames.normalize("Greg - Kucharo")).isEqualTo("greg kucharo");
        // a handle, a place or a note in brackets, or an organisation after a bar
        assertThat(PersonNames.normalize("Mike Winter (miwinter)")).isEqualTo("mike winter");
        assertThat(PersonNames.normalize("Thomas Weholt ( PRIVAT )")).isEqualTo("thomas weholt");
        assertThat(PersonNames.normalize("Rene Klootwijk (klootwijk.org)")).isEqualTo("rene klootwijk");
        assertThat(PersonNames.normalize("Thijs Triemstra | Collab")).isEqualTo("thijs triemstra");
        // a bracketed name after one word is the name
        assertThat(PersonNames.normalize("jsmith (John Smith)")).isEqualTo("jsmith john smith");
        // a relay's mangled name keeps its words: it is no handle after a name
        assertThat(PersonNames.normalize("Timothy C. May) (by way of tcmay@netcom.com (Timothy C. May)"))
                .isEqualTo("timothy c may by way of timothy c may");
        assertThat(PersonNames.typedFor("fred drake", PersonNames.normalize("Fred L. Drake, Jr."))).isTrue();
    }
}
