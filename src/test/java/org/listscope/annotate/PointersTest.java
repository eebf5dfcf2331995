package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.model.Citation;

class PointersTest {

    private static List<String> pointers(String body) {
        Text text = Text.of(body, null);
        return Pointers.find(text, List.of()).stream().map(Citation::text).toList();
    }

    @Test
    void aPointerFollowedByAnotherParagraphLostItsTarget() {
        // the seed's shape: a rendering dropped the list of links between the two paragraphs
        String body = "That isn't what I'm talking about.  Please see, among others,\n\n"
                + "Note especially that last one, since it's only 3 months old.\n";
        assertThat(pointers(body)).containsExactly("Please see, among others,");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the words point at what follows
        "Problem solved... see below\n\nOn 2 September 2014 Ann wrote:\n> it hangs\n",
        "In the log I see the following:\n\nCops doing roadblocks, ostensibly to find drunks.\n",
        "At test startup I see these:\n\nDeprecationWarning: the sets module is deprecated\n",
        // the next line goes on at once
        "is described at length elsewhere.  See, e.g.,\nMarkoff, U.S. as Big Brother, New York Times, May 6, 1993.\n",
        "The advance program is available from:\nknut@delab.example.no\n",
        // the next paragraph is the target: indented, quoted, a list, a place, a number, a heading, code
        "ViaCrypt PGP is available from:\n\n        ViaCrypt\n        2104 W. Peoria Ave\n",
        "The digest is available at:\n\n> Computer underground Digest\n",
        "regardless of where their employees posted from\n\na)  on the grounds that an employee acted for his employer\n",
        "The file otp-10.zip may be found on:\n\nwuarchive.wustl.edu  /pub/MSDOS_UPLOADS/cryptography\n",
        "See you at the offices of Three Rings, which are located at:\n\n612 Howard St, Suite 500\n",
        "The full results are available at:\n\nRESULT FOR APACHE\n",
        "The last print statement found at:\n\nif __name__ == \"__main__\":\n    run()\n",
    })
    void aPointerWhoseTargetIsThereIsNone(String body) {
        assertThat(pointers(body)).isEmpty();
    }
}
