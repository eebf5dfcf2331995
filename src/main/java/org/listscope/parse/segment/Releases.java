package org.listscope.parse.segment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Author;

/**
 * A press release or a wire story pasted whole into a message: its words are its issuer's, not the
 * poster's. A press release opens at its {@code FOR IMMEDIATE RELEASE} or {@code PRESS RELEASE} line
 * ({@code NEWS RELEASE}, {@code DIGICASH PRESS RELEASE}) and is a forward of nobody named, unless the
 * poster issued it (a word of their name or address, {@code ACLU}, {@code DigiCash}, stands in its
 * head: an organisation posting its own release). A wire story opens at its dateline, {@code
 * WASHINGTON (AP) --}, {@code TAMPA, Fla (Reuter) -}, and is a forward of the agency. Each counts only
 * unprefixed, outside any quote, with article text below it, and ends where a forward of nobody named
 * does: at an end line, else at the poster's last {@code -- } or a rule with a few lines of theirs below it.
 */
final class Releases {

    /** {@code FOR IMMEDIATE RELEASE}, {@code For Immediate Release:}, after a date or a quotation mark at most. */
    private static final Pattern IMMEDIATE = Pattern.compile("[ \\t]*(?:[\\w,.]+[ \\t]+){0,4}[\"']?(?i:for[ \\t]+immediate[ \\t]+release)\\b.*");
    /** {@code PRESS RELEASE}, {@code NEWS RELEASE * NEWS RELEASE}, {@code DIGICASH PRESS RELEASE}, {@code Press Release  07/26/93}. */
    private static final Pattern PRESS = Pattern.compile("[ \\t]*(?:[A-Z][\\w&.'-]*[ \\t]+){0,3}(?:PRESS|NEWS|Press|News)[ \\t]+(?:RELEASE|Release)\\b[^a-z]*");
    /** A wire story's dateline: the place in capitals, a state at most, the agency in brackets (group 1), a dash. */
    private static final Pattern DATELINE = Pattern.compile("[ \\t]*\\(?[A-Z][A-Z.]+(?:[ \\t][A-Z][A-Z.]+){0,3}(?:,[ \\t]*[A-Z][A-Za-z.]+(?:[ \\t][A-Z][A-Za-z.]+)?)?"
            + "\\)?[ \\t]*\\((AP|UPI|Reuters?|AFP)\\)[ \\t]*(?:-{1,3}|\u2014|_)[ \\t]*\\S.*");
    /** The agencies {@link #DATELINE} knows, in brackets as a dateline names them. */
    private static final List<String> AGENCIES = List.of("(AP)", "(UPI)", "(Reuter", "(AFP)");
    /** How many lines below the opening line are read, and how many must hold text: a release, not a mention. */
    private static final int BODY_LINES = 30;
    private static final int BODY_TEXT_LINES = 8;
    /** How far above and below the opening line a release's head, where its issuer is named, is read. */
    private static final int HEAD_ABOVE = 10;
    private static final int HEAD_BELOW = 40;
    /** Words of a poster's name or address that name no issuer. */
    private static final Set<String> COMMON = Set.of("information", "info", "office", "news", "press", "public", "affairs", "release",
            "the", "and", "inc", "com", "org", "net", "edu", "gov", "mil", "mail", "www", "user", "users", "anonymous", "list", "admin",
            "nobody", "root", "postmaster", "daemon", "server", "remailer", "washington");

    private Releases() {
    }

    /**
     * Cheap test of a whole body before {@link #mayOpen} is asked of its lines: whether it holds
     * "release" ({@code elease} or {@code ELEASE}) or an agency in brackets, {@code (AP)}, {@code
     * (UPI)}, {@code (Reuter}, {@code (AFP)}.
     */
    static boolean mayHold(String body) {
        return saysRelease(body) || namesAgency(body);
    }

    /** Whether {@code s} holds "release" as the release patterns want it ({@code elease} or {@code ELEASE}). */
    private static boolean saysRelease(String s) {
        return s.contains("elease") || s.contains("ELEASE");
    }

    /** Whether {@code s} holds an agency in brackets as {@link #DATELINE} names it. */
    private static boolean namesAgency(String s) {
        for (String agency : AGENCIES) {
            if (s.contains(agency)) return true;
        }
        return false;
    }

    /** Cheap test before the patterns: an unprefixed line holding "elease", "ELEASE" or an agency in brackets. */
    static boolean mayOpen(String body, Line l) {
        if (l.depth() != 0) return false;
        int end = l.textEnd();
        for (int k = l.contentStart(); k < end; k++) {
            char c = body.charAt(k);
            if (c == '(' && agencyAt(body, k, end) || c == 'e' && body.startsWith("elease", k) || c == 'E' && body.startsWith("ELEASE", k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a wire agency's code in brackets, as {@link #DATELINE} names it, opens at {@code k}. */
    private static boolean agencyAt(String body, int k, int end) {
        for (String agency : AGENCIES) {
            if (k + agency.length() <= end && body.startsWith(agency, k)) return true;
        }
        return false;
    }

    /**
     * The forward that line {@code i} opens: a press release's (of nobody named) or a wire story's (of
     * its agency), or {@code null} where it opens neither, or the release is the poster's own.
     */
    static Attribution detect(String body, List<Line> lines, int i, Author poster) {
        String line = lines.get(i).content(body);
        if (line.length() > 100) return null;
        Matcher wire = namesAgency(line) ? DATELINE.matcher(line) : null;
        boolean dateline = wire != null && wire.matches();
        boolean release = !dateline && saysRelease(line) && (IMMEDIATE.matcher(line).matches() || PRESS.matcher(line).matches());
        if (!release && !dateline || !textBelow(body, lines, i)) return null;
        if (release) return issuedBy(body, lines, i, poster) ? null : new Attribution(null, null, 0, true, true, true);
        return new Attribution(agency(wire.group(1)), null, 0, true, true, true);
    }

    /** The agency a dateline names, as its name is written out. */
    private static String agency(String code) {
        return switch (code) {
            case "AP" -> "Associated Press";
            case "UPI" -> "United Press International";
            case "AFP" -> "Agence France-Presse";
            default -> "Reuters";
        };
    }

    /** At least {@link #BODY_TEXT_LINES} unprefixed lines with text among the {@link #BODY_LINES} below line {@code i}. */
    private static boolean textBelow(String body, List<Line> lines, int i) {
        int text = 0;
        for (int k = i + 1; k < lines.size() && k <= i + BODY_LINES; k++) {
            Line l = lines.get(k);
            if (l.depth() != 0) return false;
            if (!l.blankContent(body)) text++;
        }
        return text >= BODY_TEXT_LINES;
    }

    /**
     * Whether a word of the poster's name or address (not a common one) stands in the release's head
     * around line {@code i}, above the poster's signature.
     */
    private static boolean issuedBy(String body, List<Line> lines, int i, Author poster) {
        if (poster == null) return false;
        StringBuilder head = new StringBuilder();
        for (int k = Math.max(0, i - HEAD_ABOVE); k < lines.size() && k <= i + HEAD_BELOW; k++) {
            if (k > i && SignatureDetector.isDelimiter(body, lines.get(k))) break; // the poster's signature is no head
            head.append(' ').append(lines.get(k).content(body));
        }
        Set<String> said = new HashSet<>(Arrays.asList(head.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        String who = (poster.name() == null ? "" : poster.name()) + " " + (poster.address() == null ? "" : poster.address());
        for (String w : who.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !COMMON.contains(w) && said.contains(w)) return true;
        }
        return false;
    }
}
