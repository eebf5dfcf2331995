package org.listscope.parse.segment;

import java.util.List;
import org.listscope.model.SegmentKind;

/**
 * Marks OpenPGP clear-sign armour as signature: the {@code -----BEGIN PGP SIGNED MESSAGE-----} line
 * with its {@code Hash:} lines, and the {@code -----BEGIN PGP SIGNATURE-----} ...
 * {@code -----END PGP SIGNATURE-----} block. Only unquoted lines.
 */
final class PgpArmor {

    private static final String SIGNED = "-----BEGIN PGP SIGNED MESSAGE-----";
    private static final String BEGIN = "-----BEGIN PGP SIGNATURE-----";
    private static final String END = "-----END PGP SIGNATURE-----";
    private static final int MAX_BLOCK = 40;

    private PgpArmor() {
    }

    static void mark(String body, List<Line> lines, SegmentKind[] kinds) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (l.depth() != 0 || kinds[i] != null || !body.startsWith("-----", l.start())) continue;
            String t = l.text(body).strip();
            if (t.equals(SIGNED)) {
                kinds[i] = SegmentKind.SIGNATURE;
                while (i + 1 < n && lines.get(i + 1).text(body).startsWith("Hash:")) kinds[++i] = SegmentKind.SIGNATURE;
            } else if (t.equals(BEGIN)) {
                int end = i + 1;
                while (end < n && end <= i + MAX_BLOCK && !lines.get(end).text(body).strip().equals(END)) end++;
                if (end < n && end <= i + MAX_BLOCK) {
                    for (int k = i; k <= end; k++) kinds[k] = SegmentKind.SIGNATURE;
                    i = end;
                }
            }
        }
    }
}
