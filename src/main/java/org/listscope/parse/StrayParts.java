package org.listscope.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part left in the body of a multipart message whose headers and opening the archive lost.
 * Mailman's archiver, failing to read such a message, files its tail as a message of its own ({@code
 * bogus@does.not.exist.com}, "No subject"): the rest of the plain-text part, then the raw HTML
 * alternative, quoted-printable markup ({@code <div class=3D"gmail_quote">}) that would otherwise be
 * searched, annotated and quoted as the author's own words. The part is recognised by its boundary
 * line followed by a {@code Content-Type: text/html} header, where the body shows that boundary
 * nowhere before (its opening went with the headers) and nothing but the closing boundary and blank
 * lines after the part. A multipart message pasted whole into a body shows its opening boundary first,
 * and keeps every part.
 */
final class StrayParts {

    /** A boundary line (RFC 2046's characters, no space) right above the HTML part's first header. */
    private static final Pattern HTML_PART = Pattern.compile(
            "^--([0-9A-Za-z'()+_,./:=?-]{8,70})\\r?\\n[Cc]ontent-[Tt]ype:[ \\t]*text/html\\b", Pattern.MULTILINE);

    private StrayParts() {
    }

    /** {@code body} without a stray HTML part; where it held one, a warning for it is added to {@code warnings}. */
    static String without(String body, List<String> warnings) {
        // the pattern's line start is tried at every character: look first for the words it needs
        if (body.indexOf("--") < 0 || body.indexOf("text/html") < 0) return body;
        Matcher m = HTML_PART.matcher(body);
        while (m.find()) {
            String delimiter = "--" + m.group(1);
            if (m.start() > 0 && lineAt(body, delimiter) < m.start()) continue; // opened earlier: a whole message pasted
            int close = body.indexOf(delimiter + "--", m.end());
            String tail = close < 0 ? "" : body.substring(close + delimiter.length() + 2);
            if (!tail.isBlank()) continue;
            String kept = body.substring(0, m.start()).stripTrailing();
            warnings.add("dropped the HTML part (" + (body.length() - kept.length())
                    + " chars) of a multipart message whose headers the archive lost");
            return kept;
        }
        return body;
    }

    /** Where {@code delimiter} first starts a line of {@code body}, or the body's length. */
    private static int lineAt(String body, String delimiter) {
        for (int at = body.indexOf(delimiter); at >= 0; at = body.indexOf(delimiter, at + 1)) {
            if (at == 0 || body.charAt(at - 1) == '\n') return at;
        }
        return body.length();
    }
}
