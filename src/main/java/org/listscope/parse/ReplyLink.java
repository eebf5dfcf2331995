package org.listscope.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What pipermail's reply link ({@code mailto:LIST?Subject=...&In-Reply-To=...}) says about a
 * message. Two generations of Mailman 2 wrote it differently:
 * <ul>
 *   <li>newer pages put the message's OWN Message-ID in {@code In-Reply-To} (so that a reply made
 *       through the link threads under it), usually with its angle brackets ({@code %3C...%3E}), and
 *       prefix the {@code Subject} with {@code "Re: "}; they also carry a {@code white-space:
 *       pre-wrap} style for the article;</li>
 *   <li>older pages put the message's own {@code In-Reply-To} header there, brackets stripped: the
 *       PARENT's Message-ID, with the subject unchanged.</li>
 * </ul>
 * A value counts as the page's own Message-ID when it has brackets, or the subject has the added
 * {@code "Re: "}, or the page has the newer style; otherwise it is the parent's. Checked on every
 * twisted-python page: 2005 holds both generations for the same messages (0096xx old, 0421xx new),
 * and 2019 has bare own Message-IDs (a bot that sent them without brackets).
 *
 * @param messageId the message's own Message-ID, with angle brackets, or {@code null}
 * @param inReplyTo the parent's Message-ID, with angle brackets, or {@code null}
 */
record ReplyLink(String messageId, String inReplyTo) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final ReplyLink NONE = new ReplyLink(null, null);

    /**
     * Reads a link's {@code href} (entities still escaped, as in the page); never null.
     *
     * @param pageSubject the subject the page shows, or {@code null}
     * @param newerPage   whether the page has the newer generation's markup (the pre-wrap style)
     */
    static ReplyLink read(String href, String pageSubject, boolean newerPage) {
        if (href == null) return NONE;
        String h = href.indexOf("&amp;") >= 0 ? href.replace("&amp;", "&") : href;
        int q = h.indexOf('?');
        if (q < 0) return NONE;
        String subject = null;
        String value = null;
        for (String param : h.substring(q + 1).split("&")) {
            int eq = param.indexOf('=');
            if (eq <= 0) continue;
            String key = param.substring(0, eq);
            if (key.equalsIgnoreCase("In-Reply-To")) value = percentDecode(param.substring(eq + 1)).strip();
            else if (key.equalsIgnoreCase("Subject")) subject = percentDecode(param.substring(eq + 1));
        }
        if (value == null || value.isEmpty()) return NONE;
        boolean bracketed = value.startsWith("<");
        if (bracketed) {
            int close = value.indexOf('>');
            if (close > 0) value = value.substring(0, close + 1);
        }
        boolean own = bracketed || newerPage || addsRe(subject, pageSubject);
        String id = MessageIds.canonical(value);
        return own ? new ReplyLink(id, null) : new ReplyLink(null, id);
    }

    /** Whether the link's subject is the page's with {@code "Re: "} put in front. */
    private static boolean addsRe(String linkSubject, String pageSubject) {
        if (linkSubject == null || pageSubject == null) return false;
        String link = normalize(linkSubject);
        return link.startsWith("re: ") && link.substring(4).equals(normalize(pageSubject));
    }

    private static String normalize(String subject) {
        // pages show addresses in subjects as "user at host", links keep the '@'
        return SPACES.matcher(subject.replace(" at ", "@")).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
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
