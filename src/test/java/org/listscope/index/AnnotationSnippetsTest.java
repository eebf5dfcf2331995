package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotationSnippetsTest {

    @Test
    void aShortLineGrowsByTheLinesAfterItThenBefore() {
        String body = "First line here.\nThe act is 47 U.S.C. 1001 and\nthat is all.";
        int at = body.indexOf("47 U.S.C. 1001");
        assertThat(AnnotationSnippets.around(body, 0, body.length(), at, at + 14))
                .isEqualTo("First line here. The act is <b>47 U.S.C. 1001</b> and that is all.");
    }

    @Test
    void growthStaysInsideTheAnnotationsSegment() {
        String body = "> quoted words\nSee RFC 2119.\n-- \nsig";
        int own = body.indexOf("See");
        int end = body.indexOf("-- ");
        int at = body.indexOf("RFC 2119");
        assertThat(AnnotationSnippets.around(body, own, end, at, at + 8)).isEqualTo("See <b>RFC 2119</b>.");
    }

    @Test
    void longTextAroundAndInsideIsCut() {
        String before = "word ".repeat(60);
        String claim = "x".repeat(200) + " " + "y".repeat(200);
        String body = before + claim + " tail";
        int at = before.length();
        String s = AnnotationSnippets.around(body, 0, body.length(), at, at + claim.length());
        assertThat(s).startsWith("… word").contains("<b>" + "x".repeat(160) + " … " + "y".repeat(160) + "</b>")
                .endsWith("</b> tail");
    }

    @Test
    void markupInTheTextIsEscaped() {
        String body = "Read <rfc> 2119 & RFC 2119 now";
        int at = body.indexOf("RFC 2119");
        assertThat(AnnotationSnippets.around(body, 0, body.length(), at, at + 8))
                .isEqualTo("Read &lt;rfc&gt; 2119 &amp; <b>RFC 2119</b> now");
    }
}
