package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void removesQuoteMarkup() {
        String html = "&gt;<i> quoted line\n</I>&gt;<i> &gt; deeper\n</I>own text\n";
        assertThat(ArticleText.of(html)).isEqualTo("> quoted line\n> > deeper\nown text\n");
    }

    @Test
    void turnsAutoLinksBackIntoTheirText() {
        String html = "see <A HREF=\"http://example.org/a?b=1&amp;c=2\">http://example.org/a?b=1&amp;c=2</A> now";
        assertThat(ArticleText.of(html)).isEqualTo("see http://example.org/a?b=1&c=2 now");
    }

    @Test
    void resolvesEntitiesIncludingWindows1252References() {
        assertThat(ArticleText.of("&quot;it&#146;s&quot; &lt;tag&gt; &amp; caf&#233;"))
                .isEqualTo("\"it\u2019s\" <tag> & caf\u00e9");
    }

    @Test
    void keepsALiteralLessThanThatIsNotMarkup() {
        assertThat(ArticleText.of("if a < b then")).isEqualTo("if a < b then");
        assertThat(ArticleText.of("1 <2")).isEqualTo("1 <2");
    }

    @Test
    void leavesPlainTextAlone() {
        String text = "no markup here\n";
        assertThat(ArticleText.of(text)).isSameAs(text);
    }

    @Test
    void fastUnescapeAgreesWithJsoupOnRandomText() {
        String[] parts = {"&gt;", "&lt;", "&amp;", "&quot;", "&#233;", "&#146;", "&#0;", "&#1090;", "&nbsp;", "&eacute;",
            "&gt", "&", ";", "&#x41;", "&#99999999;", "AT&T", "a", " ", "\n", "&#55296;", "&#65;"};
        Random r = new Random(3);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) sb.append(parts[r.nextInt(parts.length)]);
            String s = sb.toString();
            assertThat(ArticleText.unescape(s)).as(s).isEqualTo(Parser.unescapeEntities(s, false));
        }
    }
}
