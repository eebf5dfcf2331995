package org.listscope.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.parser.Parser;

/**
 * What pipermail's reply link ({@code mailto:LIST?Subject=...&In-Reply-To=...}) says about a
 * message. Mailman 2.1 from about 2005 on puts the message's OWN Message-ID, with angle brackets
 * ({@code %3C...%3E}), in the {@code In-Reply-To} parameter, so that a reply made through the link
 * threads under it. Older pipermail put the message's own {@code In-Reply-To} header there, without
 * brackets: the parent's Message-ID. Checked on twisted-python 2005, where both generations of pages
 * exist for the same messages: bracketed values are the page's own Message-ID, bare ones its
 * parent's.
 *
 * @param messageId the message's own Message-ID, with angle brackets, or {@code null}
 * @param inReplyTo the parent's Message-ID, with angle brackets, or {@code null}
 */
record ReplyLink(String messageId, String inReplyTo) {

    private static final ReplyLink NONE = new ReplyLink(null, null);

    /** Reads a link's {@code href} (entities still escaped, as in the page); never null. */
    static ReplyLink read(String href) {
        if (href == null) return NONE;
        String h = href.indexOf('&') >= 0 ? Parser.unescapeEntities(href, true) : href;
        int q = h.indexOf('?');
        if (q < 0) return NONE;
        for (String param : h.substring(q + 1).split("&")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).equalsIgnoreCase("In-Reply-To")) {
                return fromValue(percentDecode(param.substring(eq + 1)));
            }
        }
        return NONE;
    }

    private static ReplyLink fromValue(String value) {
        String v = value.strip();
        if (v.isEmpty()) return NONE;
        if (v.startsWith("<")) {
            int close = v.indexOf('>');
            return new ReplyLink(MessageIds.canonical(close > 0 ? v.substring(0, close + 1) : v), null);
        }
        return new ReplyLink(null, MessageIds.canonical(v));
    }

    /** Percent-decoding that keeps {@code +} (Message-IDs may hold it), lenient on stray {@code %}. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
