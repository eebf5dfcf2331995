package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** A message's topics: its own annotations' and its own sentences' about law or policy. Sentences adapted from cypherpunks posts. */
class MessageTopicsTest {

    private static List<String> topics(String body) {
        return new Annotator().annotate(List.of(TestMessages.message(body))).get(0).topics();
    }

    @Test
    void aQuestionAboutTheLawDiscussesItsTopicsThoughItAssertsNothing() {
        String body = "Would the FBI need a warrant to read mail encrypted with PGP?";
        assertThat(new Annotator().annotate(List.of(TestMessages.message(body))).get(0).annotations()).isEmpty();
        assertThat(topics(body)).containsExactly("legal-process", "encryption");
    }

    @Test
    void eachTopicKeepsTheFirstSpanThatGaveIt() {
        String first = "I use PGP every day. The FBI wants a warrant for every encrypted message.";
        String body = first + " The courts will have to decide whether they can compel a key.";
        Message m = new Annotator().annotate(List.of(TestMessages.message(body))).get(0);
        assertThat(m.topics()).contains("legal-process", "encryption");
        int second = first.indexOf("The FBI");
        assertThat(m.topicEvidence()).allSatisfy(e -> assertThat(e.start()).isGreaterThanOrEqualTo(second));
        // legal-process stands in the second and third sentences: the second is its evidence
        for (String topic : List.of("encryption", "legal-process")) {
            assertThat(m.topicEvidence()).filteredOn(e -> e.topic().equals(topic)).singleElement()
                    .satisfies(e -> assertThat(body.substring(e.start(), e.end())).startsWith("The FBI wants"));
        }
    }

    @Test
    void eachTopicCountsTheOwnAnnotationsAndSentencesThatGiveItNotTheQuotedOnes() {
        String quote = "> The FBI wants a warrant for every encrypted message.\n> The courts will compel a key.\n";
        String own = "The FBI wants a warrant for every encrypted message. The courts will have to decide whether "
                + "they can compel a key. I had lunch today.\n";
        String body = quote + own;
        Message m = new Annotator().annotate(List.of(TestMessages.message("m1", "Poster", body, List.of(
                Segment.of(SegmentKind.QUOTE, 0, quote.length(), 1), Segment.of(SegmentKind.TEXT, quote.length(), body.length(), 0))))).get(0);
        long ownSentences = 2;
        for (String topic : List.of("legal-process", "encryption")) {
            List<org.listscope.model.Annotation> ownAnnotations = m.annotations().stream()
                    .filter(a -> !a.inQuote() && a.topics().contains(topic)).toList();
            long sentences = topic.equals("legal-process") ? ownSentences : 1; // only the first speaks of encryption
            // a sentence holding an own claim of the topic is counted once, as that claim
            long claimed = ownAnnotations.stream().filter(a -> a instanceof org.listscope.model.Claim).count();
            assertThat(m.topicEvidence()).filteredOn(e -> e.topic().equals(topic)).singleElement()
                    .satisfies(e -> assertThat(e.count()).as(topic).isEqualTo(ownAnnotations.size() + sentences - claimed));
        }
        // a message with the same own text and no quote gives the same counts
        Message alone = new Annotator().annotate(List.of(TestMessages.message(own))).get(0);
        assertThat(alone.topicEvidence().stream().map(org.listscope.model.TopicEvidence::count).toList())
                .isEqualTo(m.topicEvidence().stream().map(org.listscope.model.TopicEvidence::count).toList());
    }

    @Test
    void aClaimAndTheSentenceItStandsInCountOnce() {
        Message m = new Annotator().annotate(List.of(TestMessages.message(
                "The FBI must get a warrant before it can tap a phone line.\n"))).get(0);
        assertThat(m.annotations()).filteredOn(a -> a instanceof org.listscope.model.Claim && a.topics().contains("legal-process"))
                .hasSize(1);
        assertThat(m.topicEvidence()).filteredOn(e -> e.topic().equals("legal-process")).singleElement()
                .satisfies(e -> assertThat(e.count()).isEqualTo(1));
    }

    @Test
    void aTopicsWordBesideNoLawNorActorMakesNoTopic() {
        assertThat(topics("I encrypt all my mail with PGP these days, and the key server is fast.")).isEmpty();
    }

    /** Sentences are read as claims read them: lookalikes masked, licence text and jokes left out. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I sign all my mail with Pretty Good Privacy, version 2.6, from the MIT server.",
            "I hardly think I warrant this kind of attention from the crypto crowd.",
            "Redistributions of source code must retain the above copyright notice, this list of conditions and the disclaimer.",
            "The NSA reads all our mail anyway :-)"})
    void lookalikesLicencesAndJokesMakeNoTopic(String sentence) {
        assertThat(topics(sentence)).isEmpty();
    }

    /** Read in twisted-python 2012 and 2016: copyright notices, Python's banner and a program's "export" are no topic. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Python 2.7.3 (default, Apr 10 2012)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
            "# Copyright (c) 2001-2008 Twisted Matrix Laboratories.\n# See LICENSE for details.\n",
            "twistd (the Twisted daemon) 16.1.0\nCopyright (c) 2001-2016 Twisted Matrix Laboratories.\nSee LICENSE for details.\n",
            "Copyright (C) Microsoft Corp 1996. All rights reserved.\n",
            "In the script I set\nexport TEXTDOMAINDIR\nbefore the build.\n",
            "I set the options to ALL:!EXPORT:!EXPORT40:!LOW and the server still refuses them.\n",
            "The PDF is here - I can export the Keynote slides to some other format if you want.\n",
            "The Python module does not export those functions, so you cannot call them.\n"})
    void noticesBannersAndAProgramsExportMakeNoTopic(String body) {
        assertThat(topics(body)).isEmpty();
    }

    /** A module named copyright ("twisted.copyright.version", "copyright.py") is no copyright topic. From twisted-python 2003-2011. */
    @ParameterizedTest
    @ValueSource(strings = {
            "On the client side I import from there instead of twisted.* depending on twisted.copyright.version.\n",
            "I want to stop the version string from being forcefully added to copyright.py file during the build.\n",
            "Release 0.99.3 from the same code base except ChangeLog, README, twisted/copyright.py and the howto.\n"})
    void aModuleNamedCopyrightMakesNoTopic(String body) {
        assertThat(topics(body)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It is illegal to export PGP to Canada without a licence.",
            "The export of strong crypto is still regulated by ITAR.",
            "We cannot export it: the State Department says so.",
            "Copyright law says you cannot copy the book.",
            "As a result I can not recommend that you export this file out of the U.S.",
            "Exemption for public domain tech data must be claimed at time of export, not at trial, and package/letter must be marked.",
            "NetSP is not subject to US export controls and can be implemented outside the US. [05-24-94, Copyright 1994, IDG]"})
    void theTradesExportAndCopyrightLawStillMakeTheirTopics(String body) {
        assertThat(topics(body)).containsAnyOf("export-control", "copyright");
    }

    /**
     * Read in cypherpunks 1992-94: what export rules allow, told in an adjective, is export control
     * (32 messages there had spoken of it so and had no such topic); a program's or a file's
     * "exportable" in a message of no trade or government still is not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The gotcha is that only the 40-bit version is exportable. | true",
            "Unfortunately, the developer is in Europe, and as we all know, PGP is export-controlled. | true",
            "I would gladly work on a PGP toolkit, but I am afraid my code will be both un-exportable and non standard. | true",
            "People complained about the lack of information on the cryptographic algorithms used, key sizes and exportability issues. | true",
            "The report is exportable to CSV from the admin page. | false"})
    void exportRulesToldInAnAdjectiveAreExportControl(String body, boolean made) {
        assertThat(topics(body).contains("export-control")).as(body).isEqualTo(made);
    }

    @Test
    void theTopicsOfTheOwnAnnotationsStay() {
        // no topic word and no legal word: only the citation gives a topic, and its span is the evidence
        String body = "See 47 USC 1001 for the details.";
        Message m = new Annotator().annotate(List.of(TestMessages.message(body))).get(0);
        var cite = m.annotations().get(0);
        assertThat(cite.topics()).isNotEmpty();
        assertThat(m.topics()).containsExactlyElementsOf(cite.topics());
        assertThat(m.topicEvidence()).allSatisfy(e -> assertThat(body.substring(e.start(), e.end())).isEqualTo("47 USC 1001"));
    }

    @Test
    void quotedSentencesAreTheQuotedAuthorsAndGiveNoTopic() {
        String quote = "> The government will ban strong encryption next year.\n";
        String own = "I had lunch with Eric today and we talked about the weather.\n";
        String body = quote + own;
        Message m = TestMessages.message("m1", "Poster", body, List.of(
                Segment.of(SegmentKind.QUOTE, 0, quote.length(), 1), Segment.of(SegmentKind.TEXT, quote.length(), body.length(), 0)));
        Message annotated = new Annotator().annotate(List.of(m)).get(0);
        assertThat(annotated.annotations()).anyMatch(a -> a.inQuote() && a.topics().contains("encryption"));
        assertThat(annotated.topics()).isEmpty();
    }

    /** Data retention is the keeping of records about users or their mail; other things kept are not (sentences from the whole data). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "They'll just have to recognize that the right of privacy is one that outweighs their desire to keep logs. | true",
            "Both Cavanagh and Plesser were in favor of having some kind of E-mail retention policy, as do most businesses. | true",
            "The law says the bank retains a record of the merchant's deposits for five years. | true",
            "I am keeping detailed logs for testing, but I would rather delete all logs than provide them to authorities. | true",
            "All U.S. banks maintain these records anyway, and these can be inspected by the Feds at any time. | true",
            "Movies broadcast over cable and songs played on the radio retain copyright, without any question under the law. | false",
            "These efforts, as long as they retain some traceability, will succeed first because the regulatory environment is not compromised. | false",
            "A backdoor lets these agencies retain their surveillance edge, as the government wants. | false"})
    void dataRetentionIsTheKeepingOfRecords(String sentence, boolean retention) {
        assertThat(topics(sentence).contains("data-retention")).isEqualTo(retention);
    }

    /** Words of a topic in senses of no policy stay out ("stick to his guns", "military-grade", "keeps breaking records"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The government wants to take away our guns and our crypto. | arms | true",
            "The senator stuck to his guns on the crypto bill. | arms | false",
            "The law lets the military read civilian mail. | national-security | true",
            "The software uses military-grade encryption, legally exported. | national-security | false",
            "The police keep records of every call under the law. | data-retention | true",
            "The government keeps breaking records for spending. | data-retention | false",
            "Can the court compel self incrimination by a passphrase? | self-incrimination | true",
            "The court said no one must testify against myself in this case. | self-incrimination | true",
            "The government raised the tariff on steel again. | telecom-regulation | false"})
    void wordsInOtherSensesMakeNoTopic(String sentence, String topic, boolean made) {
        assertThat(topics(sentence).contains(topic)).as(sentence).isEqualTo(made);
    }

    @Test
    void theNsaNamedAloneIsAnIntelligenceAgencyNotSurveillance() {
        assertThat(topics("The NSA threatened to lock up the developers if they published the paper, the government said."))
                .contains("national-security").doesNotContain("surveillance");
        assertThat(topics("The government is monitoring communications of everyone on this list.")).contains("surveillance");
    }

    /** The eight topics that had words only through the laws that carry them (no act or amendment is named here). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cash reporting rules make every bank teller a government informant on money laundering. | financial-privacy",
            "Congress would have the NSA keep its national security role out of civilian standards. | national-security",
            "The law requires open meetings and public records of every federal agency. | open-government",
            "The FCC regulates interstate common carriers and radio licensing. | telecom-regulation",
            "The government wants gun control and crypto control for the same reasons. | arms",
            "Can the government compel you to reveal a passphrase, or would that be self-incrimination? | self-incrimination",
            "The federal government tramples on states' rights whenever it wants a new power. | federalism",
            "Seizing a BBS without a hearing denies its owner due process under the law. | due-process"})
    void eightTopicsHaveWordsOfTheirOwn(String sentence, String topic) {
        assertThat(topics(sentence)).contains(topic);
    }

    /**
     * Read in a sample of the whole data's topics (twisted-python and cypherpunks 1992-94): a program's
     * "export" in a message that says nothing of trade or government, words inside a net's or a
     * file's name, "tax" of a machine's load or Twisted's .tax files, "patently", "warrant" as a verb
     * and "the ball is in X's court", and a mail service's footer give no topic; the same words in
     * the same shape, of policy, still do.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The master server exports PB objects with two kinds of methods. | export-control | false",
            "The vendor exports PGP objects with two kinds of keys to every country. | export-control | true",
            "Newsgroups: alt.privacy, misc.legal, alt.censorship | privacy | false",
            "Newsgroups: alt.privacy, misc.legal, alt.censorship | free-speech | false",
            "These newsgroups discuss privacy, and the legal limits of censorship. | free-speech | true",
            "See the archive at cpsr.org /cpsr/privacy/epic/privacy_resources.faq for the files. | privacy | false",
            "See the archive at cpsr.org for the files on privacy. | privacy | true",
            "You would end up with a net.fcc and requirements for a net.license to be a provider, and taxed into oblivion. | taxes | true",
            "The police/ /FBI/CIA/other using the IR cameras want a coherent pattern. | national-security | true",
            "Will these timers with very long intervals significantly tax the performance of the reactor? | taxes | false",
            "Will these rules significantly tax the income of every programmer? | taxes | true",
            "You can mktap --source, then edit the resulting .tas or .tax relatively easily. | taxes | false",
            "We beat the Australia card, then suffered the Tax File Number in its place. | taxes | true",
            "I've made it patently clear that Twisted is best of breed. | patents | false",
            "I've made it clear that Twisted is patented. | patents | true",
            "This soon warrants a Makefile, and another dependency. | legal-process | false",
            "Is this such a stupid question that it doesn't even warrant a response? | legal-process | false",
            "The police soon got warrants for the authors, and another dependency. | legal-process | true",
            "If so, then the ball is in the debian package maintainers' court. | legal-process | false",
            "If so, then the case is in the federal court. | legal-process | true",
            "Concerned about your privacy? Follow this link to get FREE encrypted email. | privacy | false",
            "Are you concerned about your privacy? Then say so. | privacy | true"})
    void namesLoadsIdiomsAndFootersMakeNoTopic(String body, String topic, boolean made) {
        assertThat(topics(body).contains(topic)).as(body).isEqualTo(made);
    }

    /** Imported modules, from a diff of twisted/web.py and an SSL example (twisted-python 2001, 2007), are no topic; the trade's import is. */
    @Test
    void importedModulesMakeNoTopic() {
        assertThat(topics("  from twisted import reflect\n  from twisted import copyright\n")).doesNotContain("copyright");
        assertThat(topics("from OpenSSL import SSL, crypto\n")).doesNotContain("encryption");
        assertThat(topics("The law bans the import of crypto and of copyright works.\n")).contains("encryption", "copyright");
    }

    /** A mail service's footer is its own standing text: a disclaimer's words in a sentence about escrow stay a claim beside "privacy". */
    @Test
    void aMailServicesFooterLeavesOtherStandingTextAlone() {
        String body = "Privacy matters. Decryption by any entity other than the intended recipient of the data would be impossible, "
                + "except by the government: the keys would be held by an agency, which would deliver them to a law enforcement "
                + "agency only after a court order.\n";
        Message m = new Annotator().annotate(List.of(TestMessages.message(body))).get(0);
        assertThat(m.annotations()).anyMatch(a -> a instanceof org.listscope.model.Claim && a.start() == body.indexOf("Decryption"));
    }
}
