package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TrailingAddressTest {

    private static int byRegex(String s) {
        Matcher m = TrailingAddress.PATTERN.matcher(s);
        return m.find() ? m.start() : -1;
    }

    @Test
    void findsEachFormAtTheEnd() {
        assertThat(TrailingAddress.start("Mar 1, 2005, Glyph Lefkowitz <glyph@divmod.com>")).isEqualTo(29);
        assertThat(TrailingAddress.start("Jp Calderone (exarkun at divmod.com)")).isEqualTo(13);
        assertThat(TrailingAddress.start("Bob [mailto:bob@example.org]")).isEqualTo(4);
        assertThat(TrailingAddress.start("2005 bob@example.org")).isEqualTo(5);
        assertThat(TrailingAddress.start("2005 glyph at divmod.com")).isEqualTo(5);
        assertThat(TrailingAddress.start("at <")).isEqualTo(-1);
    }

    @Test
    void findsNothingWithoutAnAddress() {
        assertThat(TrailingAddress.start("")).isEqualTo(-1);
        assertThat(TrailingAddress.start("Tue, Mar 1, 2005 at 10:00 AM, Glyph Lefkowitz")).isEqualTo(-1);
        assertThat(TrailingAddress.start("Bob (the builder)")).isEqualTo(-1);
        assertThat(TrailingAddress.start("meet me at home.x")).isEqualTo(-1);
        assertThat(TrailingAddress.start("@")).isEqualTo(-1);
    }

    @Test
    void agreesWithTheRegexOnTrickyText() {
        String[] cases = {"<a<b>", "<a>b>", "x (a@b) (c)", "(a (b@c))", "[mailto:a]b]", "[mailto:]", "[mailto:a] [mailto:b]",
            "a@b@", "@b", "a@", "x y at a.bc", "y at .bc", "y at a..bc", "y at a.b", "y at a.b1", "y at a-b.c-d.ef",
            " at a.bc", "(x at y) at a.bc", "a at b at c.de", "a\u0085", "a@b\u0085", "<a@b>\r\n", "q (a at b)\u2028",
            "x <a@b> <c@d>", "a\tat b.cd", "a\t at b.cd", "\u00e9@\u00e8 at x.yz"};
        for (String c : cases) assertThat(TrailingAddress.start(c)).as(c).isEqualTo(byRegex(c));
    }

    @Test
    void agreesWithTheRegexOnRandomText() {
        String[] parts = {"a", "B", "7", "-", ".", "@", " ", "  ", " at ", "at", "<", ">", "(", ")", "[", "]", "[mailto:",
            "\t", "com", "x.org", ",", "\u00e9", "\u0085", "\n"};
        Random random = new Random(42);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int i = 0; i < len; i++) b.append(parts[random.nextInt(parts.length)]);
            String s = b.toString();
            assertThat(TrailingAddress.start(s)).as("\"%s\"", s).isEqualTo(byRegex(s));
        }
    }
}
