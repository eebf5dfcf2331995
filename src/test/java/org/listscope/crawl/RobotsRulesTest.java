package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    @Test
    void theStarGroupAppliesWhenNoGroupNamesUs() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /pipermail/secret/\n", "listscope");
        assertThat(r.allows("/pipermail/secret/2005-March/thread.html")).isFalse();
        assertThat(r.allows("/pipermail/public/2005-March/thread.html")).isTrue();
    }

    @Test
    void ourOwnGroupWinsOverTheStarGroup() {
        String txt = "User-agent: *\nDisallow: /\n\nUser-agent: listscope\nUser-agent: other\nDisallow: /private\n";
        RobotsRules r = RobotsRules.parse(txt, "listscope");
        assertThat(r.allows("/pipermail/x/")).isTrue();
        assertThat(r.allows("/private/x")).isFalse();
        assertThat(RobotsRules.parse(txt, "somebot").allows("/pipermail/x/")).isFalse();
    }

    @Test
    void theLongestMatchWinsAndAllowWinsATie() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /pipermail/\nAllow: /pipermail/nanog/\n", "listscope");
        assertThat(r.allows("/pipermail/nanog/2007-May/000001.html")).isTrue();
        assertThat(r.allows("/pipermail/other/")).isFalse();
        RobotsRules tie = RobotsRules.parse("User-agent: *\nDisallow: /a\nAllow: /a\n", "listscope");
        assertThat(tie.allows("/a")).isTrue();
    }

    @Test
    void wildcardsAndEndAnchorsMatch() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /*.txt.gz$\nDisallow: /*/attachments/\n", "listscope");
        assertThat(r.allows("/pipermail/nanog/2007-May.txt.gz")).isFalse();
        assertThat(r.allows("/pipermail/nanog/2007-May.txt.gz.html")).isTrue();
        assertThat(r.allows("/pipermail/nanog/attachments/1/a.bin")).isFalse();
    }

    @Test
    void emptyDisallowCommentsAndCrawlDelay() {
        RobotsRules r = RobotsRules.parse("# hello\nUser-agent: * # all\nDisallow:\nCrawl-delay: 2.5\n", "listscope");
        assertThat(r.allows("/anything")).isTrue();
        assertThat(r.crawlDelay()).contains(Duration.ofMillis(2500));
    }

    @Test
    void unreadableRobotsMeansNothingIsAllowedAndMissingRobotsEverything() {
        assertThat(RobotsRules.disallowAll().allows("/pipermail/")).isFalse();
        assertThat(RobotsRules.allowAll().allows("/pipermail/")).isTrue();
        assertThat(RobotsRules.disallowAll().allows("/robots.txt")).isFalse();
    }
}
