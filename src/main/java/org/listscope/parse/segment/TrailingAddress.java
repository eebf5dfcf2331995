package org.listscope.parse.segment;

import java.util.regex.Pattern;

/**
 * Finds an address that ends a text, as attributions write it: {@code <user@host>},
 * {@code (user at host)} or {@code (Name user@host)}, {@code [mailto:user@host]}, a bare
 * {@code user@host}, or pipermail's {@code user at host.tld}. Reads the text from its end, char by
 * char, with the same result as {@link #PATTERN} (which it falls back to where the text ends in a
 * line terminator, as the regex's {@code $} treats those apart).
 */
final class TrailingAddress {

    /** The forms read, as one regex: the start of its leftmost match is the address's start. */
    static final Pattern PATTERN = Pattern.compile(
            "(?:<[^<>]*>|\\([^()]*(?:@| at )[^()]*\\)|\\[mailto:[^\\]]*\\]|[^\\s<>()]+@[^\\s<>()]+|[^\\s<>()]+ at (?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})$");

    private TrailingAddress() {
    }

    /** Where the address that ends {@code s} starts, or -1 where none does. */
    static int start(String s) {
        int n = s.length();
        if (n == 0) return -1;
        char last = s.charAt(n - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            java.util.regex.Matcher m = PATTERN.matcher(s);
            return m.find() ? m.start() : -1;
        }
        int best = -1;
        if (last == '>') best = earlier(best, angled(s));
        if (last == ')') best = earlier(best, parenthesised(s));
        if (last == ']') best = earlier(best, mailto(s));
        best = earlier(best, plain(s));
        return earlier(best, obfuscated(s));
    }

    private static int earlier(int a, int b) {
        if (a < 0) return b;
        return b < 0 ? a : Math.min(a, b);
    }

    /** {@code <...>} without other angle brackets inside. */
    private static int angled(String s) {
        int n = s.length();
        int p = s.lastIndexOf('<', n - 2);
        return p >= 0 && s.lastIndexOf('>', n - 2) < p ? p : -1;
    }

    /** {@code (...)} without other parentheses inside, holding {@code @} or {@code " at "}. */
    private static int parenthesised(String s) {
        int n = s.length();
        int p = s.lastIndexOf('(', n - 2);
        if (p < 0 || s.lastIndexOf(')', n - 2) > p) return -1;
        int at = s.indexOf('@', p + 1);
        if (at >= 0 && at < n - 1) return p;
        int word = s.indexOf(" at ", p + 1);
        return word >= 0 && word + 4 <= n - 1 ? p : -1;
    }

    /** {@code [mailto:...]} without {@code ]} inside. */
    private static int mailto(String s) {
        int n = s.length();
        int p = s.indexOf("[mailto:", s.lastIndexOf(']', n - 2) + 1);
        return p >= 0 && p + 8 <= n - 1 ? p : -1;
    }

    /** A last word holding {@code @} with something on either side. */
    private static int plain(String s) {
        int n = s.length();
        int r = wordStart(s, n);
        if (r == n) return -1;
        int at = s.indexOf('@', r + 1);
        return at >= 0 && at <= n - 2 ? r : -1;
    }

    /** {@code word at host.tld}: a word, {@code " at "}, then a host name of two or more labels. */
    private static int obfuscated(String s) {
        int n = s.length();
        int d = s.lastIndexOf(' ') + 1;
        if (d < 5 || !s.startsWith(" at ", d - 4) || !hostName(s, d)) return -1;
        int r = wordStart(s, d - 4);
        return r < d - 4 ? r : -1;
    }

    /** Whether {@code s} from {@code d} is {@code (?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}}. */
    private static boolean hostName(String s, int d) {
        int n = s.length();
        int lastDot = s.lastIndexOf('.');
        if (lastDot <= d || n - lastDot - 1 < 2) return false;
        for (int i = lastDot + 1; i < n; i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
        }
        boolean afterDot = true;
        for (int i = d; i <= lastDot; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (afterDot) return false;
                afterDot = true;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                afterDot = false;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The start of the run of {@code [^\s<>()]} chars that ends at {@code end} (== {@code end} when empty). */
    private static int wordStart(String s, int end) {
        int r = end;
        while (r > 0 && wordChar(s.charAt(r - 1))) r--;
        return r;
    }

    private static boolean wordChar(char c) {
        return !(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '<' || c == '>' || c == '(' || c == ')');
    }
}
