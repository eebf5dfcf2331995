package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListNamesTest {

    private static final byte[] NO_BYTES = new byte[0];

    private static String guess(String path, String subject, String... headers) {
        Map<String, String> h = new HashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) h.put(headers[i], headers[i + 1]);
        return ListNames.guess(h::get, subject, Input.of(path, null, NO_BYTES));
    }

    private static String fromUrl(String url, String subject) {
        return ListNames.guess(x -> null, subject, Input.of(url, url, NO_BYTES));
    }

    // the subject tag

    @Test
    void aTagCountsOnlyAtTheStartPastReplyPrefixes() {
        assertThat(guess("x.mbox", "[Twisted-Python] Deferred question")).isEqualTo("twisted-python");
        assertThat(guess("x.mbox", "Re: [Twisted-Python] Deferred question")).isEqualTo("twisted-python");
        assertThat(guess("x.mbox", "RE: Fwd: AW: [nanog] CALEA")).isEqualTo("nanog");
        assertThat(guess("x.mbox", "Re[2]: [nanog] CALEA")).isEqualTo("nanog");
        assertThat(guess("x.mbox", "[nanog] Re: CALEA")).isEqualTo("nanog");
        assertThat(guess("x.mbox", "FOIA Kit [long]")).isNull();
        assertThat(guess("x.mbox", "Proposed tracker tag (was Re: [Twisted-web] Thumbs up)")).isNull();
    }

    @Test
    void writersTagsNewsgroupsAndNumberedIssuesNameNoList() {
        assertThat(guess("x.mbox", "[fwd] Initial EFF analysis of Clinton Privacy and Security Proposal")).isNull();
        assertThat(guess("x.mbox", "Chaum's Dining Cryptographers [LONG] (was: Digital Money again)")).isNull();
        assertThat(guess("x.mbox", "[ANNOUNCE] listscope 1.0")).isNull();
        assertThat(guess("x.mbox", "[noise] ignore this")).isNull();
        assertThat(guess("x.mbox", "[surfpunk-0086] CRYPT: PKP and NIST cross-license")).isNull();
        assertThat(guess("x.mbox", "[sci.crypt] SKIPJACK Review, Interim Report")).isNull();
        assertThat(guess("x.mbox", "(fwd) [comp.os.linux.announce] New loop devices")).isNull();
        assertThat(guess("x.mbox", "[META] [LIST] Let the market decide")).isNull();
        assertThat(guess("x.mbox", "[EVENTS]: security related")).isNull();
    }

    @Test
    void aWritersTagBeforeTheListsTagIsPassedOver() {
        assertThat(guess("x.mbox", "[LONG] Re: [Twisted-Python] Why do I get a _Dereference instance?"))
                .isEqualTo("twisted-python");
    }

    // the archive's place

    @Test
    void aPipermailPathNamesTheListAboveAnyTag() {
        String path = "corpus/pipermail/twisted-python/2005-March.txt.gz";
        assertThat(guess(path, "[XML-SIG] Re: [Twisted-Python] Can anyone recommend an XML parser?"))
                .isEqualTo("twisted-python");
        assertThat(fromUrl("https://mail.python.org/pipermail/twisted-python/2005-March/009673.html", "x"))
                .isEqualTo("twisted-python");
    }

    @Test
    void aFileNamedLikeItsFolderNamesTheList() {
        String path = "corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz";
        assertThat(guess(path, "FOIA Kit [long]")).isEqualTo("cypherpunks");
        assertThat(guess(path, "[ANON] War in rec.guns")).isEqualTo("cypherpunks");
        assertThat(guess(path, "Re: hello", "to", "tcmay@netcom.com")).isEqualTo("cypherpunks");
        assertThat(guess("archives/private/mailman-users.mbox/mailman-users.mbox", "x")).isEqualTo("mailman-users");
        assertThat(guess("3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1305E", "Re: [MTCe-UEPCOP] draft"))
                .isEqualTo("3gpp_tsg_sa_wg2_mtce");
    }

    @Test
    void theArchivesPlaceOutranksHeadersOfRelayedMessages() {
        // a message that reached the cypherpunks archive through another list still was posted to it
        assertThat(guess("mbox/cypherpunks/cypherpunks-1993.mbox.gz", "IETF news",
                "sender", "ietf-announce-request@IETF.CNRI.Reston.VA.US")).isEqualTo("cypherpunks");
    }

    @Test
    void listscopesOwnExportHeaderOutranksEverything() {
        // an export of an index of several lists, in a file whose place names one of them
        assertThat(guess("exports/nanog/nanog-2007.mbox", "[ops] CALEA", "x-listscope-list", "cypherpunks",
                "list-id", "<nanog.nanog.org>")).isEqualTo("cypherpunks");
        assertThat(guess("exports/query.mbox", "CALEA", "x-listscope-list", "Twisted-Python")).isEqualTo("twisted-python");
        assertThat(guess("exports/query.mbox", "[nanog] CALEA", "x-listscope-list", "no list name"))
                .as("a value that is no list name says nothing").isEqualTo("nanog");
    }

    @Test
    void otherArchiveLayouts() {
        assertThat(fromUrl("https://mail.python.org/archives/list/python-dev@python.org/thread/ABC/", "x"))
                .isEqualTo("python-dev");
        assertThat(fromUrl("https://lists.w3.org/Archives/Public/public-html/2009Jan/0001.html", "x"))
                .isEqualTo("public-html");
        assertThat(fromUrl("https://mailarchive.ietf.org/arch/msg/ietf/abc123/", "x")).isEqualTo("ietf");
        assertThat(fromUrl("https://example.org/mailman/private/staff/2005-March/000001.html", "x")).isEqualTo("staff");
    }

    @Test
    void weakPlacesCountOnlyWhereNothingBetterSpeaks() {
        assertThat(guess("pipermail-txt/arin-issued/2010-May.txt.gz", "Daily Report")).isEqualTo("arin-issued");
        assertThat(guess("Downloads/nanog-2007-05.mbox", "CALEA")).isEqualTo("nanog");
        assertThat(guess("Downloads/nanog-2007-05.mbox", "[ops] CALEA")).isEqualTo("ops");
        assertThat(guess("Downloads/nanog-2007-05.mbox", "CALEA", "list-id", "<nanog-futures.nanog.org>"))
                .isEqualTo("nanog-futures");
    }

    @Test
    void foldersAndFilesNamedForTheStoreNameNoList() {
        assertThat(guess("backend/mlarchive/tests/data/thread.mail", "x")).isNull();
        assertThat(guess("bigbang/tests/data/2001-November.txt", "x")).isNull();
        assertThat(guess("bigbang/tests/data/2001-November.txt", "[Numpy-discussion] RE: Numeric2"))
                .isEqualTo("numpy-discussion");
        assertThat(guess("perceval/tests/data/pipermail/pipermail_2015_november.mbox", "x")).isNull();
        assertThat(guess("perceval/tests/data/mbox/mbox_single.mbox", "x")).isNull();
        assertThat(guess("mail/inbox.mbox", "x")).isNull();
    }

    // headers

    @Test
    void listHeadersName() {
        assertThat(guess("x.mbox", "[other] x", "list-id", "\"IETF RDDP \\(rddp\\) WG\" <rddp.ietf.org>")).isEqualTo("rddp");
        assertThat(guess("x.mbox", "x", "list-id", "rddp.ietf.org")).isEqualTo("rddp");
        assertThat(guess("x.mbox", "x", "list-post", "<mailto:ancp@ietf.org>")).isEqualTo("ancp");
        assertThat(guess("x.mbox", "x", "x-mailing-list", "<linux-kernel@vger.kernel.org> archive/latest/123"))
                .isEqualTo("linux-kernel");
        assertThat(guess("x.mbox", "x", "mailing-list", "list qmail@list.cr.yp.to; contact qmail-help@list.cr.yp.to"))
                .isEqualTo("qmail");
        assertThat(guess("x.mbox", "x", "x-beenthere", "esl-dev@eclipse.org")).isEqualTo("esl-dev");
        assertThat(guess("x.mbox", "x", "list-post", "NO")).isNull();
    }

    @Test
    void listServerAddressesName() {
        assertThat(guess("x.mbox", "x", "sender", "owner-cypherpunks@toad.com")).isEqualTo("cypherpunks");
        assertThat(guess("x.mbox", "x", "return-path", "<heifetz!toad.com!owner-cypherpunks>")).isEqualTo("cypherpunks");
        assertThat(guess("x.mbox", "x", "sender", "rddp-bounces@ietf.org")).isEqualTo("rddp");
        assertThat(guess("x.mbox", "x", "errors-to", "ecologeeks-owner@listes.eelv.fr")).isEqualTo("ecologeeks");
        assertThat(guess("x.mbox", "x", "return-path", "<mailman-users-bounces+jo=example.org@python.org>"))
                .isEqualTo("mailman-users");
        assertThat(guess("x.mbox", "x", "sender", "3GPP_TSG_SA_WG4_EVS <3GPP_TSG_SA_WG4_EVS@LIST.ETSI.ORG>"))
                .isEqualTo("3gpp_tsg_sa_wg4_evs");
        assertThat(guess("x.mbox", "x", "sender", "\"3gpp_tsg_sa_ITUT_AHG: TSG SA ad-hoc group\" <3GPP_TSG_SA_ITUT_AHG@LIST.ETSI.ORG>"))
                .isEqualTo("3gpp_tsg_sa_itut_ahg");
    }

    @Test
    void peopleAndStandInsAsSenderNameNoList() {
        assertThat(guess("x.mbox", "x", "sender", "news@yuma.ACNS.ColoState.EDU (News Account)")).isNull();
        assertThat(guess("x.mbox", "x", "sender", "usenet")).isNull();
        assertThat(guess("x.mbox", "x", "sender", "jsmith")).isNull();
        assertThat(guess("x.mbox", "x", "sender", "Phil Karn <karn@qualcomm.com>")).isNull();
        assertThat(guess("x.mbox", "x", "return-path", "<gnu>")).isNull();
    }

    @Test
    void recipientsCountOnlyAtAListHost() {
        assertThat(guess("x.mbox", "x", "to", "numpy-discussion at lists.sourceforge.net")).isEqualTo("numpy-discussion");
        assertThat(guess("x.mbox", "x", "to", "Jo <jo@example.org>", "cc", "devel@lists.fedoraproject.org"))
                .isEqualTo("devel");
        assertThat(guess("x.mbox", "x", "to", "cypherpunks@toad.com")).isNull();
        assertThat(guess("x.mbox", "x", "to", "tcmay@netcom.com (Timothy C. May)")).isNull();
    }
}
