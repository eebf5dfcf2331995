package org.listscope.demo;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo messages laid out as pipermail lays out an archive: numbered in date order across the
 * whole list, filed by month in the server's zone, and threaded per month with pipermail's thread
 * keys (each ancestor's {@code %011d.number} joined by {@code -}); a reply whose parent lies in an
 * earlier month starts a thread of its own in its month, as in pipermail.
 */
final class DemoArchive {

    /**
     * One archived message.
     *
     * @param message   the message
     * @param number    the archive number ({@code 000001.html} is 1)
     * @param depth     depth in its month's thread tree (0 for a root)
     * @param threadKey pipermail's thread key
     */
    record Article(DemoMessage message, int number, int depth, String threadKey) {

        String file() {
            return String.format("%06d.html", number);
        }
    }

    private final DemoDescription description;
    private final Map<YearMonth, List<Article>> months = new LinkedHashMap<>();

    DemoArchive(DemoDescription description) {
        this.description = description;
        List<DemoMessage> byDate = new ArrayList<>(description.messages());
        byDate.sort(Comparator.comparing(m -> m.date().toInstant()));
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < byDate.size(); i++) numbers.put(byDate.get(i).key(), i + 1);
        Map<String, DemoMessage> byKey = new HashMap<>();
        for (DemoMessage m : byDate) byKey.put(m.key(), m);
        Map<YearMonth, List<Article>> unsorted = new LinkedHashMap<>();
        for (DemoMessage m : byDate) {
            YearMonth month = month(m);
            StringBuilder key = new StringBuilder();
            int depth = -1;
            List<DemoMessage> chain = new ArrayList<>();
            for (DemoMessage a = m; a != null && month(a).equals(month); a = a.parentKey() == null ? null : byKey.get(a.parentKey())) {
                chain.add(0, a);
            }
            for (DemoMessage a : chain) {
                key.append(String.format("%011d.%d-", a.date().toEpochSecond(), numbers.get(a.key())));
                depth++;
            }
            unsorted.computeIfAbsent(month, k -> new ArrayList<>()).add(new Article(m, numbers.get(m.key()), depth, key.toString()));
        }
        unsorted.forEach((month, list) -> {
            list.sort(Comparator.comparing(Article::threadKey));
            months.put(month, list);
        });
    }

    DemoDescription description() {
        return description;
    }

    /** The months, oldest first, each with its articles in thread order. */
    Map<YearMonth, List<Article>> months() {
        return months;
    }

    /** The month a message is filed under, in the server's zone. */
    YearMonth month(DemoMessage m) {
        return YearMonth.from(m.date().atZoneSameInstant(description.zone()));
    }

    /** The message's date in the server's zone. */
    ZonedDateTime local(DemoMessage m) {
        return m.date().atZoneSameInstant(description.zone());
    }

    /** Pipermail's folder name for a month: {@code 2007-May}. */
    static String folder(YearMonth month) {
        return month.getYear() + "-" + month.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
    }
}
