package org.listscope.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search key of a normalized citation: letters and digits only, lower case, so that both the
 * indexed citation and the query fold to the same term. {@code "47 U.S.C. § 1001"} and
 * {@code 47usc1001} give {@code 47usc1001}; {@code "RFC 2119"} and {@code rfc2119} give
 * {@code rfc2119}; {@code "P.L. 103-414"} and {@code "Pub. L. 103-414"} give {@code publ103414}.
 */
public final class CitationKeys {

    private CitationKeys() {
    }

    private static final Pattern PUBLIC_LAW = Pattern.compile("\\b(p\\.?\\s*l\\.?|public\\s+law)\\s*(?=\\d)");
    private static final Pattern US_CODE = Pattern.compile("\\bu\\.?\\s*s\\.?\\s*code\\b");
    private static final Pattern SECTION = Pattern.compile("(\\bsec(tion|s)?\\b\\.?|§)");

    /**
     * The folded key; empty when the text holds no letter or digit. A few common spellings are
     * made one first: {@code P.L.} and {@code Public Law} as {@code Pub. L.}, {@code U.S. Code} as
     * {@code U.S.C.}, and {@code §}, {@code sec.} or {@code section} dropped.
     */
    public static String key(String citation) {
        if (citation == null) return "";
        String s = citation.toLowerCase(Locale.ROOT);
        s = PUBLIC_LAW.matcher(s).replaceAll("pub. l. ");
        s = US_CODE.matcher(s).replaceAll("usc");
        s = SECTION.matcher(s).replaceAll(" ");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) sb.appendCodePoint(cp);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Folds a query pattern that may hold the wildcards {@code *} and {@code ?}: they are kept,
     * everything else is folded as in {@link #key(String)}.
     */
    public static String pattern(String citation) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (int i = 0; i < citation.length(); i++) {
            char c = citation.charAt(i);
            if (c == '*' || c == '?') {
                sb.append(key(citation.substring(from, i))).append(c);
                from = i + 1;
            }
        }
        return sb.append(key(citation.substring(from))).toString();
    }
}
