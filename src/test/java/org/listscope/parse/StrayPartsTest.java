package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrayPartsTest {

    private static final String HTML = "--000e0cd66c320b268804753493ba\n"
            + "Content-Type: text/html; charset=ISO-8859-1\n"
            + "Content-Transfer-Encoding: quoted-printable\n\n"
            + "<div class=3D\"gmail_quote\">On Mon, Oct 5, 2009 at 1:32 PM, Glyph Lefkowitz =\n"
            + "wrote:<br><blockquote class=3D\"gmail_quote\">I&#39;d like to see this ticket.</blockquote></div>\n";

    @Test
    void theHtmlPartOfAMessageWhoseHeadersWereLostIsDropped() {
        String body = "me, but I'll start taking a look at it in more detail.\n\nKevin Horn\n\n" + HTML
                + "\n--000e0cd66c320b268804753493ba--\n\n";
        List<String> warnings = new ArrayList<>();
        assertThat(StrayParts.without(body, warnings)).isEqualTo("me, but I'll start taking a look at it in more detail.\n\nKevin Horn");
        assertThat(warnings).singleElement().asString().contains("HTML part").contains("headers the archive lost");
    }

    @Test
    void aPartWithoutItsClosingBoundaryRunsToTheEnd() {
        assertThat(StrayParts.without("Thanks in advance,\n\nRenan\n\n" + HTML, new ArrayList<>())).isEqualTo("Thanks in advance,\n\nRenan");
    }

    @Test
    void withoutAClosingBoundaryThePartRunsToTheEndWhateverFollows() {
        assertThat(StrayParts.without("Look at this:\n" + HTML + "\nWhy does it do that?\n", new ArrayList<>())).isEqualTo("Look at this:");
    }

    @Test
    void aMultipartMessagePastedWholeKeepsEveryPart() {
        String pasted = "Here is what my mailer sends:\n\n--000e0cd66c320b268804753493ba\nContent-Type: text/plain\n\nhello\n\n"
                + HTML + "--000e0cd66c320b268804753493ba--\n";
        List<String> warnings = new ArrayList<>();
        assertThat(StrayParts.without(pasted, warnings)).isSameAs(pasted);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aPartClosedWithTheAuthorsTextAfterItAndAnHttpResponseAreKept() {
        String closed = "Look at this:\n" + HTML + "--000e0cd66c320b268804753493ba--\n\nWhy does it do that?\n";
        assertThat(StrayParts.without(closed, new ArrayList<>())).isSameAs(closed);
        String response = "HTTP/1.0 200 OK\nContent-type: text/html\nServer: TwistedWeb/2.0.0\n\n<html></html>\n";
        assertThat(StrayParts.without(response, new ArrayList<>())).isSameAs(response);
    }
}
