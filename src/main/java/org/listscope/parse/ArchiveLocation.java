package org.listscope.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pipermail page sits, read from its path or URL: {@code .../pipermail/LIST/2005-March/009673.html}
 * or a mirror's {@code LIST/2005-March/009673.html}. Pipermail names its archive volumes by month
 * ({@code 2005-March}), quarter ({@code 2005q1}), week ({@code Week-of-Mon-20050307}), day
 * ({@code 20050307}) or year ({@code 2005}).
 *
 * @param list      the list name as the path spells it, or {@code null}
 * @param fromUrl   whether {@code list} came from a {@code /pipermail/LIST/} URL (trustworthy) rather
 *                  than the name of a local folder (a guess)
 * @param volume    the archive volume ({@code 2005-March}), or {@code null}
 * @param number    the article number ({@code 009673}), or {@code null}
 */
record ArchiveLocation(String list, boolean fromUrl, String volume, String number) {

    private static final Pattern VOLUME = Pattern.compile(
            "\\d{4}-[A-Za-z]+|\\d{4}q[1-4]|Week-of-Mon-\\d{8}|\\d{8}|\\d{4}");
    private static final Pattern ARTICLE = Pattern.compile("(\\d+)\\.html?");
    private static final Pattern LIST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    /** Reads a URL (preferred where known) or a local path. */
    static ArchiveLocation of(String url, String path) {
        String where = url != null ? url : path;
        if (where == null) return new ArchiveLocation(null, false, null, null);
        String clean = where;
        int cut = indexOfAny(clean, '?', '#');
        if (cut >= 0) clean = clean.substring(0, cut);
        String[] parts = clean.replace('\\', '/').split("/+");
        int n = parts.length;
        String number = null;
        if (n > 0) {
            Matcher a = ARTICLE.matcher(parts[n - 1]);
            if (a.matches()) number = a.group(1);
        }
        String volume = n > 1 && VOLUME.matcher(parts[n - 2]).matches() ? parts[n - 2] : null;
        String list = null;
        boolean fromUrl = false;
        for (int i = 0; i + 1 < n; i++) {
            if (parts[i].equalsIgnoreCase("pipermail") && LIST_NAME.matcher(parts[i + 1]).matches()) {
                list = parts[i + 1];
                fromUrl = url != null;
            }
        }
        if (list == null && volume != null && n > 2 && LIST_NAME.matcher(parts[n - 3]).matches()) {
            list = parts[n - 3];
        }
        return new ArchiveLocation(list, fromUrl, volume, number);
    }

    /** The first index of either character in {@code s}, or -1. */
    static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
