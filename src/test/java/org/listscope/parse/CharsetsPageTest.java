package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsPageTest {

    private static final byte[] LATIN1_CAFE = "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] UTF8_CAFE = "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.UTF_8);

    @Test
    void asciiNeedsNoGuess() {
        Charsets.Decoded d = Charsets.page("us-ascii", "plain text".getBytes(StandardCharsets.US_ASCII));
        assertThat(d.text()).isEqualTo("plain text");
        assertThat(d.warning()).isNull();
    }

    @Test
    void usAsciiPageHoldingUtf8IsReadAsUtf8WithoutWarning() {
        Charsets.Decoded d = Charsets.page("us-ascii", UTF8_CAFE);
        assertThat(d.text()).isEqualTo("caf\u00e9 cr\u00e8me");
        assertThat(d.warning()).isNull();
    }

    @Test
    void usAsciiPageHoldingLatin1FallsBackToWindows1252WithWarning() {
        Charsets.Decoded d = Charsets.page("us-ascii", LATIN1_CAFE);
        assertThat(d.text()).isEqualTo("caf\u00e9 cr\u00e8me");
        assertThat(d.warning()).contains("not valid UTF-8").contains("us-ascii").contains("windows-1252");
    }

    @Test
    void undeclaredLatin1FallsBackWithWarning() {
        Charsets.Decoded d = Charsets.page(null, LATIN1_CAFE);
        assertThat(d.text()).isEqualTo("caf\u00e9 cr\u00e8me");
        assertThat(d.warning()).contains("declared charset: none");
    }

    @Test
    void windows1252PunctuationIsKept() {
        byte[] quotes = {(byte) 0x93, 'h', 'i', (byte) 0x94};
        assertThat(Charsets.page(null, quotes).text()).isEqualTo("\u201chi\u201d");
    }

    @Test
    void declaredLatin1IsHonouredSilently() {
        Charsets.Decoded d = Charsets.page("ISO-8859-1", LATIN1_CAFE);
        assertThat(d.text()).isEqualTo("caf\u00e9 cr\u00e8me");
        assertThat(d.warning()).isNull();
    }

    @Test
    void declaredLatin1HoldingUtf8IsReadAsUtf8WithWarning() {
        Charsets.Decoded d = Charsets.page("iso-8859-1", UTF8_CAFE);
        assertThat(d.text()).isEqualTo("caf\u00e9 cr\u00e8me");
        assertThat(d.warning()).contains("UTF-8");
    }

    @Test
    void otherDeclaredCharsetsAreHonoured() {
        Charset koi8 = Charset.forName("KOI8-R");
        byte[] bytes = "\u041f\u0440\u0438\u0432\u0435\u0442".getBytes(koi8);
        assertThat(Charsets.page("koi8-r", bytes).text()).isEqualTo("\u041f\u0440\u0438\u0432\u0435\u0442");
    }

    @Test
    void unknownCharsetNameIsTreatedAsUndeclared() {
        assertThat(Charsets.page("x-no-such-charset", UTF8_CAFE).text()).isEqualTo("caf\u00e9 cr\u00e8me");
    }

    @Test
    void findsTheMetaCharset() {
        assertThat(Charsets.declaredInHtml("<HEAD><META http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">"))
                .isEqualTo("us-ascii");
        assertThat(Charsets.declaredInHtml("<meta charset='utf-8'>")).isEqualTo("utf-8");
        assertThat(Charsets.declaredInHtml("<HTML><HEAD><TITLE>x</TITLE></HEAD><BODY>charset=koi8-r")).isNull();
    }
}
