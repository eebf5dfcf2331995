package org.listscope.annotate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Canonical forms and canonical links of citations: one small function per kind, so that the
 * extractors that find a kind and the short-form resolver that refers back to it agree.
 */
final class Canonical {

    private Canonical() {
    }

    /** {@code 18 U.S.C. § 2703(f)}. */
    static String usc(String title, String section, String subsections) {
        return Integer.parseInt(title) + " U.S.C. § " + dash(section) + nz(subsections).replace(" ", "");
    }

    /** Cornell LII's page for a U.S. Code section. */
    static String uscLink(String title, String section) {
        String first = dash(section).split("-")[0];
        return "https://www.law.cornell.edu/uscode/text/" + Integer.parseInt(title) + "/" + first;
    }

    /** A chapter of the Code as the Bluebook writes it: {@code 18 U.S.C. ch. 119}. */
    static String uscChapter(String title, String chapter) {
        return Integer.parseInt(title) + " U.S.C. ch. " + chapter.replaceFirst("^0+(?=\\d)", "");
    }

    /**
     * Cornell LII's page for a chapter of the Code, where its address is known: title 18's chapters
     * stand in its parts (I: chapters 1-123, II: 201-238, III: 301-319, IV: 401-406, V: 601-606), and
     * the titles listed here have no parts; else {@code null}.
     */
    static String uscChapterLink(String title, String chapter) {
        int t = Integer.parseInt(title);
        int c = Integer.parseInt(chapter.replaceAll("\\D", ""));
        String base = "https://www.law.cornell.edu/uscode/text/" + t + "/";
        if (t == 18) {
            String part = c < 200 ? "I" : c < 300 ? "II" : c < 400 ? "III" : c < 500 ? "IV" : "V";
            return base + "part-" + part + "/chapter-" + c;
        }
        return UNPARTED_TITLES.contains(t) ? base + "chapter-" + c : null;
    }

    /** Titles of the Code whose chapters are not grouped in parts, so a chapter's page is {@code TITLE/chapter-N}. */
    private static final java.util.Set<Integer> UNPARTED_TITLES = java.util.Set.of(12, 15, 17, 22, 44, 47, 50);

    /** {@code 47 C.F.R. § 64.2003} or {@code 22 C.F.R. Part 120}. */
    static String cfr(String title, String section, boolean part, String subsections) {
        int t = Integer.parseInt(title);
        return part || !section.contains(".") && section.length() <= 3 && subsections.isEmpty()
                ? t + " C.F.R. Part " + section
                : t + " C.F.R. § " + section + nz(subsections).replace(" ", "");
    }

    /** Cornell LII's page for a C.F.R. part or section. */
    static String cfrLink(String title, String section, boolean part) {
        int t = Integer.parseInt(title);
        return part || !section.contains(".")
                ? "https://www.law.cornell.edu/cfr/text/" + t + "/part-" + section
                : "https://www.law.cornell.edu/cfr/text/" + t + "/" + section;
    }

    /** {@code 50 U.S.C. App. § 2416}, or {@code 5 U.S.C. App.} for the appendix as a whole ({@code section} null). */
    static String uscAppendix(String title, String section) {
        return Integer.parseInt(title) + " U.S.C. App." + (section == null ? "" : " § " + section);
    }

    /** {@code 100 Stat. 1859}. */
    static String statutesAtLarge(String volume, String page) {
        String letter = volume.replaceAll("\\d", ""); // 68A, the Internal Revenue Code of 1954's own volume
        return Integer.parseInt(volume.replaceAll("\\D", "")) + letter + " Stat. " + Integer.parseInt(page);
    }

    /** {@code Pub. L. 103-414}. */
    static String publicLaw(String congress, String number) {
        return "Pub. L. " + Integer.parseInt(congress) + "-" + Integer.parseInt(number);
    }

    /** {@code Executive Order 12333}. */
    static String executiveOrder(int number) {
        return "Executive Order " + number;
    }

    /** {@code FIPS 185}, {@code FIPS 140-1}: a standard's number and revision. */
    static String fips(int number, String revision) {
        return "FIPS " + number + (revision == null ? "" : "-" + revision);
    }

    /** GovInfo's page for a public law (from the 104th Congress on, where GovInfo holds them). */
    static String publicLawLink(String congress, String number) {
        int c = Integer.parseInt(congress);
        return c >= 104 ? "https://www.govinfo.gov/link/plaw/" + c + "/public/" + Integer.parseInt(number) : null;
    }

    /** The bill's chamber prefix in canonical form ({@code H.R.}, {@code S.}, {@code H. Res.}). */
    static String billPrefix(String raw) {
        String s = raw.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (s.startsWith("senate")) return "S.";
        if (s.startsWith("house")) return "H.R.";
        String compact = s.replace(" ", "").replace(".", "");
        switch (compact) {
            case "hr": return "H.R.";
            case "hres": return "H. Res.";
            case "hjres": return "H.J. Res.";
            case "sres": return "S. Res.";
            case "sjres": return "S.J. Res.";
            default: return "S.";
        }
    }

    /** {@code H.R. 837 (110th)}, or {@code H.R. 837} when the Congress is unknown. */
    static String bill(String prefix, String number, Integer congress) {
        String base = prefix + " " + Integer.parseInt(number);
        return congress == null ? base : base + " (" + ordinal(congress) + ")";
    }

    /** Congress.gov's page for a bill, when the Congress is known. */
    static String billLink(String prefix, String number, Integer congress) {
        if (congress == null || congress < 93) return null;
        String type;
        switch (prefix) {
            case "H.R.": type = "house-bill"; break;
            case "S.": type = "senate-bill"; break;
            case "H. Res.": type = "house-resolution"; break;
            case "S. Res.": type = "senate-resolution"; break;
            case "H.J. Res.": type = "house-joint-resolution"; break;
            default: type = "senate-joint-resolution"; break;
        }
        return "https://www.congress.gov/bill/" + ordinal(congress) + "-congress/" + type + "/" + Integer.parseInt(number);
    }

    /** The Congress sitting at an instant (the 103rd sat in 1993 and 1994). */
    static Integer congressAt(Instant date) {
        if (date == null) return null;
        int year = date.atZone(ZoneOffset.UTC).getYear();
        if (year < 1973 || year > 2100) return null;
        return (year - 1789) / 2 + 1;
    }

    /** {@code 1st}, {@code 2nd}, {@code 103rd}, {@code 111th}. */
    static String ordinal(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) return n + "th";
        switch (n % 10) {
            case 1: return n + "st";
            case 2: return n + "nd";
            case 3: return n + "rd";
            default: return n + "th";
        }
    }

    /** A reporter abbreviation in canonical spacing ({@code F.2d}, {@code F. Supp.}, {@code S. Ct.}, {@code U.S.}). */
    static String reporter(String raw) {
        String r = raw.replaceAll("\\s+", "");
        switch (r) {
            case "US": case "U.S.": return "U.S.";
            case "F2d": return "F.2d";
            case "F3d": return "F.3d";
            case "S.Ct.": return "S. Ct.";
            case "F.Supp.": case "F.Supp": return "F. Supp.";
            case "F.Supp.2d": case "F.Supp2d": return "F. Supp. 2d";
            case "L.Ed.": return "L. Ed.";
            case "L.Ed.2d": return "L. Ed. 2d";
            case "Cal.Rptr.": return "Cal. Rptr.";
            case "So.2d": return "So. 2d";
            case "SW2d": case "S.W.2d": return "S.W.2d";
            case "SW3d": case "S.W.3d": return "S.W.3d";
            case "NW2d": case "N.W.2d": return "N.W.2d";
            case "SE2d": case "S.E.2d": return "S.E.2d";
            default: return r;
        }
    }

    /** {@code 389 U.S. 347 (1967)}. */
    static String reporterCite(String volume, String reporter, String page, String year) {
        String y = year == null ? "" : year.replaceAll(".*?(\\d{4})$", "$1");
        return Integer.parseInt(volume) + " " + reporter(reporter) + " " + Integer.parseInt(page) + (y.isEmpty() ? "" : " (" + y + ")");
    }

    /** CourtListener's citation lookup for a reported case. */
    static String reporterLink(String volume, String reporter, String page) {
        return "https://www.courtlistener.com/c/" + reporter(reporter).replace(" ", "%20") + "/"
                + Integer.parseInt(volume) + "/" + Integer.parseInt(page) + "/";
    }

    /** {@code RFC 822}, {@code BCP 14}, {@code STD 13}. */
    static String rfc(String series, String number) {
        return series.toUpperCase(Locale.ROOT) + " " + Integer.parseInt(number);
    }

    /** The RFC Editor's page. */
    static String rfcLink(String series, String number) {
        String s = series.toLowerCase(Locale.ROOT);
        int n = Integer.parseInt(number);
        return s.equals("rfc") ? "https://www.rfc-editor.org/rfc/rfc" + n : "https://www.rfc-editor.org/info/" + s + n;
    }

    /** An Internet-Draft's name with its revision. */
    static String draft(String name, String revision) {
        return revision == null ? name : name + "-" + revision;
    }

    /** The IETF Datatracker's page for a draft. */
    static String draftLink(String name, String revision) {
        return "https://datatracker.ietf.org/doc/" + draft(name, revision) + "/";
    }

    /** A URL with a scheme, lower-case scheme and host, no default port and no trailing punctuation. */
    static String url(String raw) {
        String u = raw;
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www.")) u = "http://" + u;
        else if (lower.startsWith("ftp.")) u = "ftp://" + u.replaceFirst(":/?", "/");
        else if (lower.startsWith("gopher.")) u = "gopher://" + u;
        int schemeEnd = u.indexOf("://");
        if (schemeEnd < 0) return u;
        int hostEnd = u.indexOf('/', schemeEnd + 3);
        if (hostEnd < 0) hostEnd = u.length();
        String scheme = u.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String host = u.substring(schemeEnd + 3, hostEnd).toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && host.endsWith(":80")) host = host.substring(0, host.length() - 3);
        if (scheme.equals("https") && host.endsWith(":443")) host = host.substring(0, host.length() - 4);
        String rest = u.substring(hostEnd);
        return scheme + "://" + host + (rest.isEmpty() && (scheme.startsWith("http")) ? "/" : rest);
    }

    /** Where a URL match really ends: trailing punctuation and unbalanced closing brackets dropped. */
    static int urlEnd(CharSequence text, int start, int end) {
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            if (".,;:!?'\"*>".indexOf(c) >= 0) {
                e--;
            } else if (c == ')' && count(text, start, e, '(') < count(text, start, e, ')')) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    private static int count(CharSequence s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == c) n++;
        return n;
    }

    /** EUR-Lex's page for a directive or regulation ({@code eli/dir/2006/24/oj}). */
    static String euLink(String type, int year, int number) {
        String t = type.equals("Directive") ? "dir" : type.equals("Regulation") ? "reg" : "dec";
        return "https://eur-lex.europa.eu/eli/" + t + "/" + year + "/" + number + "/oj";
    }

    /** A four-digit year from a two- or four-digit one. */
    static int fullYear(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? (v >= 50 ? 1900 + v : 2000 + v) : v;
    }

    /** Joins words with single spaces. */
    static String spaces(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String dash(String section) {
        return section.replace('\u2013', '-').replace(" ", "").replace("\n", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A list of one. */
    static List<String> one(String s) {
        return List.of(s);
    }
}
