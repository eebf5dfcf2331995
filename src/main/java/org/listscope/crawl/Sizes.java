package org.listscope.crawl;

import java.util.Locale;

/** Byte counts for people: {@code 52 KB}, {@code 1.2 MB}. */
public final class Sizes {

    private Sizes() {
    }

    /** A byte count in B, KB, MB or GB (powers of 1024). */
    public static String human(long bytes) {
        if (bytes < 1024) return bytes + " B";
        double v = bytes;
        String[] units = {"KB", "MB", "GB", "TB"};
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return (v >= 10 || v == Math.floor(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v))
                + " " + units[i];
    }
}
