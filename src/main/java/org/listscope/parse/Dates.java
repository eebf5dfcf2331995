package org.listscope.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates mail archives write, leniently: RFC 822/2822/5322 ({@code Sat, 31 Jul 1999 23:34:47
 * -0400 (EDT)}), pipermail and ctime ({@code Thu Mar  3 11:14:52 EST 2005}), mbox {@code From } line
 * dates without a zone, ISO 8601, with zone names (EST, CDT, MST, UTC, BST, CET, ...), numeric
 * offsets and {@code GMT-07:00}. Oddities become a warning, never an exception.
 */
public final class Dates {

    /**
     * A parsed date.
     *
     * @param instant the instant in UTC, or {@code null} when unreadable
     * @param warning what was odd or guessed, or {@code null}
     */
    public record Parsed(Instant instant, String warning) {
    }

    private static final Map<String, Integer> ZONES = new HashMap<>();
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] zones = {
            {"UT", "0"}, {"UTC", "0"}, {"GMT", "0"}, {"Z", "0"}, {"WET", "0"}, {"WEST", "60"},
            {"EST", "-300"}, {"EDT", "-240"}, {"CST", "-360"}, {"CDT", "-300"}, {"MST", "-420"},
            {"MDT", "-360"}, {"PST", "-480"}, {"PDT", "-420"}, {"AKST", "-540"}, {"AKDT", "-480"},
            {"HST", "-600"}, {"AST", "-240"}, {"ADT", "-180"}, {"NST", "-210"}, {"NDT", "-150"},
            {"BST", "60"}, {"IST", "60"}, {"CET", "60"}, {"CEST", "120"}, {"MET", "60"}, {"MEST", "120"},
            {"MEZ", "60"}, {"MESZ", "120"}, {"EET", "120"}, {"EEST", "180"}, {"MSK", "180"}, {"MSD", "240"},
            {"JST", "540"}, {"KST", "540"}, {"HKT", "480"}, {"SGT", "480"}, {"AWST", "480"},
            {"ACST", "570"}, {"ACDT", "630"}, {"AEST", "600"}, {"AEDT", "660"}, {"EAST", "600"},
            {"NZST", "720"}, {"NZDT", "780"}, {"SAST", "120"}, {"BRT", "-180"}, {"BRST", "-120"},
            {"ART", "-180"}, {"PKT", "300"}, {"ICT", "420"}, {"WIB", "420"}
        };
        for (String[] z : zones) ZONES.put(z[0], Integer.parseInt(z[1]));
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) MONTHS.put(months[i], i + 1);
    }

    // [Day,] D Mon YYYY HH:MM[:SS] [zone] [(comment)]
    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4}),?\\s+"
            + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([^()]*?)\\s*(?:\\((.*?)\\))?\\s*$");
    // Day Mon D HH:MM:SS [zone] YYYY  (pipermail, ctime, From_ lines)
    private static final Pattern CTIME = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s+)?([A-Za-z]{3,9})\\s+(\\d{1,2}),?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+"
            + "(?:([A-Za-z][A-Za-z0-9+:-]*|[+-]\\d{4})\\s+)?(\\d{4})\\s*(?:\\((.*?)\\))?\\s*$");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})");
    private static final Pattern GMT_OFFSET = Pattern.compile("(?:GMT|UTC|UT)\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private Dates() {
    }

    /** Before this no mailing list archived anything (the ARPANET's first lists date from the 1970s). */
    public static final Instant EARLIEST = Instant.parse("1971-01-01T00:00:00Z");
    /** After this a date is a typo or garbage. */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    /**
     * Parses a date and rejects instants no mailing list can have sent: pipermail turns a garbage
     * {@code Date:} header such as {@code +50579034} into a page date of 1945. Such a date becomes
     * {@code null} with a warning that keeps the text.
     */
    public static Parsed parsePlausible(String text) {
        Parsed p = parse(text);
        if (p.instant() != null && (p.instant().isBefore(EARLIEST) || !p.instant().isBefore(LATEST))) {
            return new Parsed(null, "implausible date \"" + text.strip() + "\" (before 1971 or after 2099): the sender's Date: header was probably garbage");
        }
        return p;
    }

    /** Parses a date as mail archives write it. */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) return new Parsed(null, "no date");
        String s = SpaceRuns.collapse(text.strip());
        Matcher m = RFC822.matcher(s);
        if (m.matches()) {
            return build(s, m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
        }
        m = CTIME.matcher(s);
        if (m.matches()) {
            return build(s, m.group(7), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(8));
        }
        if (!mayBeIso(s)) return new Parsed(null, "unreadable date \"" + s + "\"");
        try {
            return new Parsed(OffsetDateTime.parse(s).toInstant(), null);
        } catch (DateTimeParseException e) {
            // not ISO with offset
        }
        try {
            return new Parsed(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC), "date without zone \"" + s + "\", read as UTC");
        } catch (DateTimeParseException e) {
            return new Parsed(null, "unreadable date \"" + s + "\"");
        }
    }

    /**
     * Whether ISO 8601 parsing can succeed: its year comes first, as a digit or a sign. Saves the
     * two parse exceptions for text that is no date of any known form.
     */
    private static boolean mayBeIso(String s) {
        char c = s.isEmpty() ? ' ' : s.charAt(0);
        return (c >= '0' && c <= '9') || c == '+' || c == '-';
    }

    private static Parsed build(String s, String year, String month, String day, String hour, String minute,
                                String second, String zone, String comment) {
        Integer mon = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        if (mon == null) return new Parsed(null, "unreadable month in date \"" + s + "\"");
        int y = Integer.parseInt(year);
        if (year.length() == 2) y += y < 50 ? 2000 : 1900;
        else if (year.length() == 3) y += 1900;
        String warning = null;
        Integer offset = zoneMinutes(zone);
        if (offset == null) offset = zoneMinutes(comment);
        if (offset == null) {
            boolean none = zone == null || zone.isBlank();
            warning = none ? "date without zone \"" + s + "\", read as UTC" : "unknown zone in date \"" + s + "\", read as UTC";
            offset = 0;
        } else if (Math.abs(offset) > 14 * 60) {
            warning = "impossible zone in date \"" + s + "\", read as UTC";
            offset = 0;
        }
        try {
            LocalDateTime local = LocalDateTime.of(y, mon, Integer.parseInt(day), Integer.parseInt(hour),
                    Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            return new Parsed(local.toInstant(ZoneOffset.ofTotalSeconds(offset * 60)), warning);
        } catch (DateTimeException e) {
            return new Parsed(null, "impossible date \"" + s + "\"");
        }
    }

    /** Minutes east of UTC for a zone name or offset, or {@code null} when unknown. */
    static Integer zoneMinutes(String zone) {
        if (zone == null) return null;
        String z = zone.strip();
        if (z.isEmpty()) return null;
        String upper = z.toUpperCase(Locale.ROOT);
        Integer named = ZONES.get(upper);
        if (named != null) return named;
        Matcher g = upper.startsWith("GMT") || upper.startsWith("UT") ? GMT_OFFSET.matcher(upper) : null;
        if (g != null && g.matches()) {
            int mins = Integer.parseInt(g.group(2)) * 60 + (g.group(3) == null ? 0 : Integer.parseInt(g.group(3)));
            return "-".equals(g.group(1)) ? -mins : mins;
        }
        Matcher n = z.charAt(0) == '+' || z.charAt(0) == '-' ? NUMERIC_ZONE.matcher(z) : null;
        if (n != null && n.lookingAt()) {
            int mins = Integer.parseInt(n.group(2)) * 60 + Integer.parseInt(n.group(3));
            if (Integer.parseInt(n.group(3)) >= 60) return 99 * 60; // flagged as impossible by the caller
            return "-".equals(n.group(1)) ? -mins : mins;
        }
        return null;
    }
}
