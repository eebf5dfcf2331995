package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.listscope.model.Author;

class AddresseeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hi Itamar,\\nthanks.          | Itamar Turner-Trauring | 1",
        "Tim, I doubt it.               | Timothy C. May         | 1",
        "Tim May asks if we should.     | Timothy C. May         | 2",
        "Jim choate writes:             | Jim choate             | 2",
        "Jim choate writes:             | Jim Wilson (VA)        | 1",
        "Some comments on Duncan's post: | Duncan Frissell       | 1",
        "Having heard John Gage testify | John Gilmore           | 0",
        "the jim in lower case          | Jim Choate             | 0",
        "Thanks for the answer.         | Al Bo                  | 0",
        "Perry - no.                    | Perry E. Metzger       | 1",
        "Don't do that.                 | Don Marks              | 0",
        "Don's post says it all.        | Don Marks              | 1",
    })
    void theFirstLineNamesAnAuthorByFirstOrFullName(String body, String name, int strength) {
        assertThat(Addressee.of(body.replace("\\n", "\n")).names(Author.of(name, null, name))).isEqualTo(strength);
    }

    @Test
    void quotedLinesAndBlankLinesAreSkipped() {
        Addressee a = Addressee.of("\n> Ann wrote this\n\nBob, no.\n");
        assertThat(a.names(Author.of("Bob Smith", null, "Bob Smith"))).isEqualTo(Addressee.FIRST);
        assertThat(a.names(Author.of("Ann Lee", null, "Ann Lee"))).isEqualTo(Addressee.NONE);
    }
}
