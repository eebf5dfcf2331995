package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Message;
import org.listscope.model.Problem;

/**
 * Every file of the shared fixtures (BigBang, IETF mail archive, Perceval, HyperKitty test data):
 * how many messages it gives and through which parser; files that hold no messages (licences, URL
 * lists, W3C Hypermail index pages, LISTSERV database indexes, deliberately broken files) give exactly one
 * problem naming them, never a crash. Counts of mbox files were checked against {@code grep -c '^From '},
 * MMDF against its {@code ^A^A^A^A} lines, LISTSERV logs against their rule lines, the IETF's legacy
 * mailboxes ({@code mailbox_*}) against their leading lines after a blank one (their {@code Subject:}
 * lines are more where a body quotes one); {@code mailbox_from}, whose messages lead with {@code From:},
 * {@code Date:} or {@code To:}, against its header blocks after a blank line that hold From, Date and
 * Subject (13; a fourteenth message follows the line {@code <ftp://...>} with no blank line between,
 * and stays in the body of the one before).
 */
class FixturesTest {

    /** messages, format ("-" when no parser reads it), path below corpus/fixtures. */
    private static final String EXPECTED = """
            0 - bigbang/LICENSE
            0 - bigbang/examples/url_collections/W3C.txt
            0 - bigbang/examples/url_collections/cfa_urls.txt
            0 - bigbang/examples/url_collections/codeforamerica_urls.txt
            0 - bigbang/examples/url_collections/dlab-berkeley_urls.txt
            0 - bigbang/examples/url_collections/edX_urls.txt
            0 - bigbang/examples/url_collections/git_urls.txt
            0 - bigbang/examples/url_collections/glass-bead-labs_urls.txt
            0 - bigbang/examples/url_collections/lists_description.md
            0 - bigbang/examples/url_collections/listserv.3GPP.txt
            0 - bigbang/examples/url_collections/listserv.IEEE.txt
            0 - bigbang/examples/url_collections/mm.icann.org.txt
            0 - bigbang/examples/url_collections/mm.ietf.org.txt
            0 - bigbang/examples/url_collections/mm.org.ripe.txt
            164 pipermail-txt bigbang/tests/data/2001-November.txt
            0 - bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.DBNAMES
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1703B
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1703C
            5 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1705B
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1705D
            8 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1710A
            2 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1710B
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1711C
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1711E
            4 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1712A
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_ITUT_AHG/3GPP_TSG_SA_ITUT_AHG.LOG1905D
            0 - bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.DBNAMES
            3 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1302D
            4 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1303A
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1303C
            6 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1305D
            15 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1305E
            5 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1306B
            4 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1306C
            2 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1306D
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1308A
            2 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1309A
            5 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1311A
            5 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1311C
            1 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1402D
            3 mbox bigbang/tests/data/3GPP/3GPP_TSG_SA_WG2_MTCE/3GPP_TSG_SA_WG2_MTCE.LOG1404E
            59 mbox bigbang/tests/data/3GPP_mbox/3GPP_TSG_RAN_WG4_NR-MIMO-OTA.mbox
            50 mbox bigbang/tests/data/3GPP_mbox/3GPP_TSG_SA_WG4_EVS.mbox
            6 pipermail-txt bigbang/tests/data/bigbang-dev-test.txt
            0 - bigbang/tests/data/from-header-variations.txt
            0 - bigbang/tests/data/listserv.3GPP.txt
            0 - bigbang/tests/data/listserv.IEEE.txt
            0 - bigbang/tests/data/urls-test-file.txt
            0 pipermail-index bigbang/tests/data/w3c-archive-dir/2020AprJun/index.html
            1 hypermail-html bigbang/tests/data/w3c-archive-dir/2020AprJun/w3crawl-test-message.html
            0 pipermail-index bigbang/tests/data/w3c-archive-dir/index
            1 hypermail-html bigbang/tests/data/w3crawl-nonascii.html
            1 hypermail-html bigbang/tests/data/w3crawl-test-message-to-cc.html
            1 hypermail-html bigbang/tests/data/w3crawl-test-message.html
            0 - hyperkitty/COPYING.txt
            1 rfc822 hyperkitty/hyperkitty/tests/testdata/attachment-1.txt
            1 rfc822 hyperkitty/hyperkitty/tests/testdata/attachment-2.txt
            1 rfc822 hyperkitty/hyperkitty/tests/testdata/attachment-3.txt
            1 rfc822 hyperkitty/hyperkitty/tests/testdata/attachment-4.txt
            1 rfc822 hyperkitty/hyperkitty/tests/testdata/attachment-5.txt
            1 rfc822 hyperkitty/hyperkitty/tests/testdata/html-email-1.txt
            1 rfc822 hyperkitty/hyperkitty/tests/testdata/html-email-2.txt
            6 pipermail-txt hyperkitty/hyperkitty/tests/testdata/non-ascii-headers.txt
            1 pipermail-txt hyperkitty/hyperkitty/tests/testdata/payload-iso8859.txt
            1 mbox hyperkitty/hyperkitty/tests/testdata/payload-unknown.txt
            1 pipermail-txt hyperkitty/hyperkitty/tests/testdata/payload-utf8.txt
            1 pipermail-txt hyperkitty/hyperkitty/tests/testdata/pipermail_nextpart.txt
            1 pipermail-txt hyperkitty/hyperkitty/tests/testdata/strange-in-reply-to-header.txt
            1 pipermail-txt hyperkitty/hyperkitty/tests/testdata/wrong-in-reply-to-header.txt
            0 - ietf-mailarchive/LICENSE
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/attachment.mail
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/attachment_folded_name.mail
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/attachment_message_rfc822.mail
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/attachment_windows1252.mail
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/bad_date.mail
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/bad_to_address.mail
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/bad_transfer_encoding.mail
            10 mbox ietf-mailarchive/backend/mlarchive/tests/data/duplicate_tests.mbox
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/encoded_word.mail
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/encoded_word_2.mail
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/encoded_word_3.mail
            21 mbox ietf-mailarchive/backend/mlarchive/tests/data/export.mbox
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/latin1.mail
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/latin1.mbox
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/long_header.mail
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail.2
            0 - ietf-mailarchive/backend/mlarchive/tests/data/mail_bad.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_delivery_status.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_external_body.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_external_body.2
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_external_body_invalid.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_html.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_html_unsafe.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_listid.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_listid.2
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_long_messageid.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_multipart.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_multipart.2
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_multipart_bad.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_multipart_bad.2
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_noarchive.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_normal.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_spamlevel.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_spamlevel.2
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_text_enriched.1
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mail_with_url.1
            4 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mailbox-x-envelope-from
            2 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mailbox_date
            2 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mailbox_envelope-to
            13 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mailbox_from
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/mailbox_mbox
            5 mbox ietf-mailarchive/backend/mlarchive/tests/data/mailbox_mmdf
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mailbox_received
            3 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mailbox_return-path
            15 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mailbox_to
            4 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/mailbox_year
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/mbox.1
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/private.mbox
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/query_acme.mail
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/query_star.mail
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/reply_to_url.mail
            4 mbox ietf-mailarchive/backend/mlarchive/tests/data/search_api.mbox
            4 mbox ietf-mailarchive/backend/mlarchive/tests/data/search_api_ford.mbox
            4 mbox ietf-mailarchive/backend/mlarchive/tests/data/thread.mail
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/urlize.mbox
            1 rfc822 ietf-mailarchive/backend/mlarchive/tests/data/windows1252.mail
            1 mbox ietf-mailarchive/backend/mlarchive/tests/data/windows1252.mbox
            0 - perceval/LICENSE
            3 pipermail-txt perceval/tests/data/hyperkitty/hyperkitty_2016_april.mbox
            1 pipermail-txt perceval/tests/data/hyperkitty/hyperkitty_2016_march.mbox
            2 mbox perceval/tests/data/mbox/mbox_complex.mbox
            1 pipermail-txt perceval/tests/data/mbox/mbox_iso8859_encoding.mbox
            2 mbox perceval/tests/data/mbox/mbox_multipart.mbox
            6 pipermail-txt perceval/tests/data/mbox/mbox_no_fields.mbox
            1 pipermail-txt perceval/tests/data/mbox/mbox_single.mbox
            1 pipermail-txt perceval/tests/data/mbox/mbox_unixfrom_encoding.mbox
            1 mbox perceval/tests/data/mbox/mbox_unknown_encoding.mbox
            4 pipermail-txt perceval/tests/data/pipermail/pipermail_2015_november.mbox
            3 pipermail-txt perceval/tests/data/pipermail/pipermail_2016_april.mbox
            1 pipermail-txt perceval/tests/data/pipermail/pipermail_2016_march.mbox
            0 - perceval/tests/data/pipermail/pipermail_apache_index.html
            0 - perceval/tests/data/pipermail/pipermail_index.html
            0 - perceval/tests/data/pipermail/pipermail_index_empty.html
            0 - perceval/tests/data/utils/bugzilla_bug.xml
            0 - perceval/tests/data/utils/bugzilla_bugs_invalid_chars.xml
            1 mbox perceval/tests/data/utils/email_multipart_encoding.txt
            1 mbox perceval/tests/data/utils/email_multipart_no_encoding.txt
            1 pipermail-txt perceval/tests/data/utils/email_single.txt
            1 pipermail-txt perceval/tests/data/utils/mbox_single.mbox
            0 - perceval/tests/data/utils/xml_invalid.xml
            """;

    private static List<Message> messagesOf(String file) throws IOException {
        Input in = Input.of(SharedCorpus.path("corpus/fixtures/ietf-mailarchive/backend/mlarchive/tests/data/" + file));
        List<Message> messages = new ArrayList<>();
        Archives.read(in, new Sink() {
            public void message(Message m) { messages.add(m); }
            public void problem(Problem p) { throw new AssertionError(file + ": " + p); }
        });
        return messages;
    }

    @Test
    void theIetfsLegacyMailboxesGiveEachMessageWithItsHeaders() throws IOException {
        // a blank first line had made the whole file a body without headers
        Message received = messagesOf("mailbox_received").get(0);
        assertThat(received.from().name()).isEqualTo("Lisa Dusseault");
        assertThat(received.subject()).isEqualTo("[APPS-REVIEW] Architectural review for WIDEX requirements");
        assertThat(received.warnings()).isEmpty();
        // the year line before each message is none of its text
        List<Message> year = messagesOf("mailbox_year");
        assertThat(year).extracting(Message::messageId).containsExactly("<MON.28.FEB.2005.175411.0500.>",
                "<MON.28.FEB.2005.165018.0500.>", "<MON.28.FEB.2005.164020.0500.>", "<MON.28.FEB.2005.134924.0500.>");
        assertThat(year).allSatisfy(m -> assertThat(m.body()).doesNotContain("\n2005\n").isNotBlank());
        assertThat(messagesOf("mailbox_return-path")).extracting(m -> m.from().address())
                .containsExactly("pthubert@cisco.com", "xvilajosana@eecs.berkeley.edu", "xvilajosana@eecs.berkeley.edu");
    }

    @Test
    void theIetfsMailboxLeadingWithFromGivesEachMessageWhateverHeaderItLeadsWith() throws IOException {
        // it had been one message of 49,747 characters, by John Linn
        List<Message> from = messagesOf("mailbox_from");
        assertThat(from).extracting(m -> m.from().address()).containsExactly("jlinn@securitydynamics.com",
                "deengert@anl.gov", "joda@pdc.kth.se", "mikesw@microsoft.com", "hemsath@us.ibm.com",
                "sommerfeld@orchard.arlington.ma.us", "kenh@cmf.nrl.navy.mil", "joes@wrq.com", "gbland@zergo.com",
                "Internet-Drafts@ns.ietf.org", "mjc@uk.ibm.com", "martin.rex@sap-ag.de", "mikesw@microsoft.com");
        assertThat(from).allSatisfy(m -> assertThat(m.date()).isNotNull());
        // the second leads with Date:, the third with To:; neither is left in a body
        assertThat(from.get(1).subject()).isEqualTo("GSSAPI-SPKM");
        assertThat(from.get(0).body()).endsWith("--jl").doesNotContain("Subject:");
        assertThat(from.get(2).body()).startsWith("If the client is required to use pre-authentication");
    }

    @Test
    void everyFixtureFileParsesToItsCount() throws IOException {
        Path root = SharedCorpus.path("corpus/fixtures");
        List<String> seen = new ArrayList<>();
        for (String line : EXPECTED.strip().split("\\n")) {
            String[] f = line.strip().split(" ", 3);
            int expected = Integer.parseInt(f[0]);
            Path file = root.resolve(f[2]);
            Input in = Input.of(file);
            ArchiveParser parser = Archives.parserFor(in);
            List<Message> messages = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            boolean read = Archives.read(in, new Sink() {
                public void message(Message m) { messages.add(m); }
                public void problem(Problem p) { problems.add(p); }
            });
            seen.add(f[2]);
            if (f[2].endsWith(".html")) {
                // HTML pages belong to the page parsers: here only "no crash, nothing silent", where an
                // archive index page recognised by IndexPageParser counts as read (it holds no message)
                boolean indexPage = parser instanceof IndexPageParser;
                assertThat(indexPage || !(messages.isEmpty() && problems.isEmpty())).as(f[2]).isTrue();
                continue;
            }
            assertThat(messages).as(f[2]).hasSize(expected);
            if (f[1].equals("-")) {
                assertThat(parser).as(f[2]).isNull();
                assertThat(read).as(f[2]).isFalse();
                assertThat(problems).as(f[2]).singleElement()
                        .satisfies(p -> assertThat(p.source()).isEqualTo(file.toString()));
            } else {
                assertThat(parser.format()).as(f[2]).isEqualTo(f[1]);
                assertThat(problems).as(f[2]).isEmpty();
                for (Message m : messages) {
                    assertThat(m.segments()).isNotNull();
                    assertThat(m.source().format()).isEqualTo(f[1]);
                }
            }
        }
        List<Path> all = Archives.inputs(List.of(root), new Sink() {
            public void message(Message m) { }
            public void problem(Problem p) { }
        }).stream().map(Input::path).toList();
        assertThat(all).hasSameSizeAs(seen);
    }
}
