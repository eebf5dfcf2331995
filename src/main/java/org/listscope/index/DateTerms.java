package org.listscope.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * Dates as the query language writes them: a year ({@code 2007}), a month ({@code 2007-05}), a day
 * ({@code 2007-05-11}) or an instant ({@code 2007-05-11T21:05:20Z}), each standing for the span of
 * time it names, in UTC.
 */
final class DateTerms {

    private DateTerms() {
    }

    /** A span of time in epoch milliseconds, {@code from} inclusive, {@code to} exclusive. */
    record Span(long from, long to) {
    }

    /** The span the text names; {@link IllegalArgumentException} with a readable reason when none. */
    static Span span(String text) {
        String s = text.strip();
        try {
            if (s.matches("\\d{4}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(s), 1, 1);
                return new Span(millis(d), millis(d.plusYears(1)));
            }
            if (s.matches("\\d{4}-\\d{1,2}")) {
                YearMonth ym = YearMonth.parse(s.length() == 6 ? s.substring(0, 5) + "0" + s.substring(5) : s);
                return new Span(millis(ym.atDay(1)), millis(ym.plusMonths(1).atDay(1)));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(s);
                return new Span(millis(d), millis(d.plusDays(1)));
            }
            if (s.contains("T")) {
                long t = Instant.parse(s.toUpperCase(java.util.Locale.ROOT)).toEpochMilli();
                return new Span(t, t + 1);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date");
        }
        throw new IllegalArgumentException("'" + text + "' is not a date (write 2007, 2007-05, 2007-05-11, >=2007-05, 2007-01..2007-06 or [2007-01-01 TO 2007-06-30])");
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
