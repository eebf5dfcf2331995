package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Bodies assembled at random from the lines mail is made of (quotes at several depths, attributions,
 * Outlook headers, delimiters, sign-offs, footers, blank lines, CR LF and CR breaks), checked against
 * what must hold for every body: full coverage in order, whole lines, and quotes only where quote
 * markers or an Outlook block put them.
 */
class RandomBodiesSegmentTest {

    private static final String[] LINES = {
        "plain text of the author", "", "   ", "> quoted", ">> deeper", "> > spaced deeper", ">", ">>> import os",
        "... continued", "On Thu, 3 May 2007 11:14:52 -0400, Ann Lee <ann at example.org> wrote:", "Bo Ek wrote:",
        "> Ann Lee wrote:", "On Fri, 11 May 2007 12:47:56 -0700 (GMT-07:00)", "Todd Glassey <tglassey at> wrote:",
        "-----Original Message-----", "From: Ann Lee", "Sent: 04 March 2005 09:20", "To: list", "Subject: x",
        "-- ", "--", "--Steve Bellovin,", "Cheers,", "Ann", "Regards, Ann Lee", "| piped", ": coloned",
        "_______________________________________________", "Policy-Ops mailing list",
        "More information about the Policy-Ops mailing list", "-------------- next part --------------",
        "An HTML attachment was scrubbed...", "URL: http://example.org/a.html", "\u00a7 1001 caf\u00e9 \ud83d\ude00",
    };
    private static final String[] BREAKS = {"\n", "\n", "\n", "\r\n", "\r"};

    @Test
    void everyRandomBodyIsCoveredByWholeLines() {
        Random random = new Random(20070511);
        for (int round = 0; round < 1000; round++) {
            String body = body(random);
            List<Segment> segs = Segmenter.segment(body);
            assertThat(Segments.covers(body, segs)).as("%s", body).isTrue();
            for (Segment s : segs) {
                assertThat(s.start() == 0 || body.charAt(s.start() - 1) == '\n' || body.charAt(s.start() - 1) == '\r')
                        .as("segment at %d in %s", s.start(), body).isTrue();
            }
        }
    }

    @Test
    void randomQuotesAreMarkedOrFollowAnOutlookBlock() {
        Random random = new Random(442735);
        for (int round = 0; round < 1000; round++) {
            String body = body(random);
            boolean outlook = false;
            for (Segment s : Segmenter.segment(body)) {
                String text = body.substring(s.start(), s.end());
                if (s.kind() == SegmentKind.ATTRIBUTION && s.depth() == 0 && text.contains("From:")) outlook = true;
                if (s.kind() != SegmentKind.QUOTE || outlook) continue;
                for (String line : text.split("\r\n|\r|\n")) {
                    String t = line.stripLeading();
                    assertThat(t.isEmpty() || t.startsWith(">") || t.startsWith("|") || t.startsWith(":")).as("%s in %s", line, body).isTrue();
                }
            }
        }
    }

    private static String body(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            b.append(LINES[random.nextInt(LINES.length)]);
            if (i + 1 < n || random.nextBoolean()) b.append(BREAKS[random.nextInt(BREAKS.length)]);
        }
        return b.toString();
    }
}
