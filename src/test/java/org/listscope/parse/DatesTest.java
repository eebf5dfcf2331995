package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static Instant at(String text) {
        return Dates.parse(text).instant();
    }

    @Test
    void readsPipermailDatesWithZoneNames() {
        assertThat(at("Thu Mar  3 11:14:52 EST 2005")).isEqualTo("2005-03-03T16:14:52Z");
        assertThat(at("Tue Mar  1 10:48:58 MST 2005")).isEqualTo("2005-03-01T17:48:58Z");
        assertThat(at("Fri May 11 21:05:20 UTC 2007")).isEqualTo("2007-05-11T21:05:20Z");
        assertThat(at("Mon Oct  3 09:00:00 CDT 2005")).isEqualTo("2005-10-03T14:00:00Z");
    }

    @Test
    void readsRfc822WithOffsetsAndComments() {
        assertThat(at("Sat, 31 Jul 1999 23:34:47 -0400 (EDT)")).isEqualTo("1999-08-01T03:34:47Z");
        assertThat(at("Fri, 11 May 2007 12:47:56 -0700 (GMT-07:00)")).isEqualTo("2007-05-11T19:47:56Z");
        assertThat(at("Wed, 2 Mar 2005 14:00:32 GMT")).isEqualTo("2005-03-02T14:00:32Z");
        assertThat(at("2 Mar 93 14:00 PST")).isEqualTo("1993-03-02T22:00:00Z");
    }

    @Test
    void readsZoneFromCommentWhenMissing() {
        assertThat(at("Wed, 2 Mar 2005 09:00:00 (PST)")).isEqualTo("2005-03-02T17:00:00Z");
    }

    @Test
    void warnsOnMissingOrImpossibleZones() {
        Dates.Parsed none = Dates.parse("Thu Mar  3 11:14:52 2005");
        assertThat(none.instant()).isEqualTo("2005-03-03T11:14:52Z");
        assertThat(none.warning()).contains("without zone");
        Dates.Parsed bad = Dates.parse("Sat, 1 Jan 2000 10:00:00 +5000");
        assertThat(bad.instant()).isEqualTo("2000-01-01T10:00:00Z");
        assertThat(bad.warning()).contains("impossible zone");
    }

    @Test
    void garbageGivesNoInstantAndAWarning() {
        Dates.Parsed p = Dates.parse("+50579034");
        assertThat(p.instant()).isNull();
        assertThat(p.warning()).contains("+50579034");
    }

    @Test
    void plausibleDatesRejectWhatNoListCanHaveSent() {
        Dates.Parsed garbage = Dates.parsePlausible("Wed Feb  7 20:28:34 EDT 1945");
        assertThat(garbage.instant()).isNull();
        assertThat(garbage.warning()).contains("implausible").contains("1945");
        assertThat(Dates.parsePlausible("Thu Mar  3 11:14:52 EST 2005").instant()).isEqualTo("2005-03-03T16:14:52Z");
        assertThat(Dates.parsePlausible("Thu Jan  1 00:00:00 UTC 2150").instant()).isNull();
        assertThat(Dates.parsePlausible("not a date").warning()).contains("unreadable");
    }
}
