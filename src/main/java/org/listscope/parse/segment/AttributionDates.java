package org.listscope.parse.segment;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.parse.Dates;

/**
 * Reads the dates attribution lines carry. Tries {@link Dates} first, then the forms mail clients
 * write that it does not read: mutt's {@code Wed, Mar 30, 2005 at 10:21:16AM -0800}, Apple Mail's
 * {@code Mar 30, 2005, at 12:26 PM}, Evolution's {@code Wed, 2005-03-02 at 14:58 +0000}.
 * A date that cannot be read is {@code null}.
 */
final class AttributionDates {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    // Mon D, YYYY[,] [at] H:MM[:SS][ ]AM|PM [zone]
    private static final Pattern US = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}),?\\s+(?:at\\s+)?"
            + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?\\s*([+-]\\d{4})?.*");
    // YYYY-MM-DD [at] H:MM[:SS] [zone]
    private static final Pattern ISO = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s+)?(\\d{4})-(\\d{2})-(\\d{2})\\s*(?:at\\s+|T)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{4})?.*");

    private AttributionDates() {
    }

    /** The instant the text names, or {@code null}. */
    static Instant parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.isEmpty() || !hasDigit(s)) return null;
        Dates.Parsed p = Dates.parse(s);
        if (p.instant() != null) return p.instant();
        Matcher m = US.matcher(s);
        if (m.matches()) {
            int mon = month(m.group(1));
            if (mon > 0) {
                int hour = Integer.parseInt(m.group(4));
                if (m.group(7) != null) {
                    boolean pm = m.group(7).toLowerCase(Locale.ROOT).equals("pm");
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                return instant(Integer.parseInt(m.group(3)), mon, Integer.parseInt(m.group(2)), hour,
                        Integer.parseInt(m.group(5)), m.group(6), m.group(8));
            }
        }
        m = ISO.matcher(s);
        if (m.matches()) {
            return instant(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6), m.group(7));
        }
        return null;
    }

    private static Instant instant(int year, int month, int day, int hour, int minute, String second, String zone) {
        try {
            int offset = 0;
            if (zone != null) {
                int mins = Integer.parseInt(zone.substring(1, 3)) * 60 + Integer.parseInt(zone.substring(3, 5));
                offset = zone.charAt(0) == '-' ? -mins : mins;
            }
            return LocalDateTime.of(year, month, day, hour, minute, second == null ? 0 : Integer.parseInt(second))
                    .toInstant(ZoneOffset.ofTotalSeconds(offset * 60));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        if (name.length() < 3) return 0;
        String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(m)) return i + 1;
        }
        return 0;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) return true;
        }
        return false;
    }
}
