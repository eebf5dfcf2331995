package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Citation;

class ShortFormsTest {

    @Test
    void bareSectionTakesTheTitleOfTheStatuteBefore() {
        List<Citation> c = Annotator.citations("Under 18 U.S.C. 2703 the government may get records; § 2703(d) asks for less.");
        assertThat(c).extracting(Citation::normalized).containsExactly("18 U.S.C. § 2703", "18 U.S.C. § 2703(d)");
        assertThat(c.get(1).evidence().get(0)).startsWith("short form: section after 18 U.S.C. § 2703");
        // before the process it authorises, a section of 18 U.S.C. is that title's whatever was cited before
        List<Citation> order = Annotator.citations("Carriers read 47 U.S.C. 1002; a section 2703(d) order is another thing.");
        assertThat(order).extracting(Citation::normalized).containsExactly("47 U.S.C. § 1002", "18 U.S.C. § 2703(d)");
    }

    @Test
    void aBareSectionCitedInFullBeforeKeepsThatTitle() {
        // the GAO decision of 1993 on EDI: section 1501 is title 31's, also after a citation of title 1
        List<Citation> c = Annotator.citations("Obligations must agree with 31 U.S.C. 1501. A writing is defined in 1 U.S.C. 1 "
                + "broadly. The legislative history of section 1501 and that definition encompass EDI; section 7 does not."
                + " ".repeat(3000) + "Nothing in section 1501 asks for paper.");
        assertThat(c).extracting(Citation::normalized)
                .containsExactly("31 U.S.C. § 1501", "1 U.S.C. § 1", "31 U.S.C. § 1501", "31 U.S.C. § 1501");
    }

    @Test
    void aBareSectionOfThisTitleIsTheQuotedStatutesOwn() {
        // 18 U.S.C. 2516 quoted whole: its "sections of this title" are title 18's, not title 29's
        List<Citation> c = Annotator.citations("(a) any offense punishable under section 501(c) of title 29, United States Code, or "
                + "any offense which is punishable under the following sections of this title: section 201 (bribery of public "
                + "officials), section 224 (bribery in sporting contests), or section 3117 of this title;");
        assertThat(c).extracting(Citation::normalized).containsExactly("29 U.S.C. § 501(c)");
    }

    @Test
    void aSectionAfterANamedLawIsThatLawsNotTheTitleCitedBefore() {
        // it was 17 U.S.C. § 702, the title of the section cited before it
        List<Citation> c = Annotator.citations("DMCA takedowns: 17 USC 512(g) covers counter-notices.\n"
                + "FISA Section 702 is a different beast.");
        assertThat(c).extracting(Citation::normalized).contains("17 U.S.C. § 512(g)", "Foreign Intelligence Surveillance Act § 702")
                .doesNotContain("17 U.S.C. § 702");
        // a number after an act's initials that opens the next citation is that citation's title
        assertThat(Annotator.citations("the ITAR 22 CFR 121 list and ECPA 18 USC 2703(f) letters")).extracting(Citation::normalized)
                .containsExactly("International Traffic in Arms Regulations", "22 C.F.R. Part 121", "Electronic Communications Privacy Act",
                        "18 U.S.C. § 2703(f)");
    }

    /** The ITAR's sections by number alone, as cypherpunks 1993-94 wrote them in messages about it. */
    @Test
    void aRegulationsSectionByItsNumberAloneIsItsSectionInTheCfr() {
        List<Citation> c = Annotator.citations("The ITAR is clear. Information in the public domain (section #120.11) is not\n"
                + "subject to it; see $120.4, and software as defined in #120.10(4) or \u00a7 121.1.");
        assertThat(c).extracting(Citation::normalized).containsExactly("International Traffic in Arms Regulations",
                "22 C.F.R. § 120.11", "22 C.F.R. § 120.4", "22 C.F.R. § 120.10(4)", "22 C.F.R. § 121.1");
        assertThat(c.get(1).text()).isEqualTo("section #120.11");
        assertThat(c.get(2).evidence().get(0)).isEqualTo("short form: section of International Traffic in Arms Regulations");
        // a section the C.F.R. was cited with before "of the ITAR" stays that citation's
        assertThat(Annotator.citations("determination from this office according to 22 C.F.R # 120.5 of\nthe ITAR."))
                .extracting(Citation::text).containsExactly("22 C.F.R # 120.5", "ITAR");
        // after a place of it in the C.F.R. too
        assertThat(Annotator.citations("under 22 CFR 120.1 et seq.; see #125.4(b)(13) of this subchapter"))
                .extracting(Citation::normalized).containsExactly("22 C.F.R. § 120.1", "22 C.F.R. § 125.4(b)(13)");
    }

    @Test
    void aRegulationsSectionIsNoPriceTimeHeadingOrSectionOfAnotherRegulation() {
        // prices and a test's time in a message that names the ITAR; its text pasted whole, headings and all
        assertThat(Annotator.citations("PGP and the ITAR: it costs $129.95, or $120.00 a year; the test ran 120.0 secs."))
                .extracting(Citation::normalized).containsExactly("International Traffic in Arms Regulations");
        assertThat(Annotator.citations("From the ITAR:\n\n#120.10  Technical data.\n\n120.5 -- Relation to other agencies."))
                .extracting(Citation::normalized).containsExactly("International Traffic in Arms Regulations");
        // a section out of the regulation's parts, or with nothing named before it, is none
        assertThat(Annotator.citations("The ITAR differs from section 15.37 of the FCC's rules")).extracting(Citation::normalized)
                .containsExactly("International Traffic in Arms Regulations");
        assertThat(Annotator.citations("see section #120.11 and then the ITAR")).extracting(Citation::normalized)
                .containsExactly("International Traffic in Arms Regulations");
    }

    @Test
    void sectionsListedAfterAStatuteAreOfItsTitle() {
        // sentences of cypherpunks 1992-94
        assertThat(Annotator.citations("circumstances such as those described in 18 U.S.C. 2518(7),\n2518(11)(b), or 3125, or in 50 U.S.C. 1805(e)"))
                .extracting(Citation::normalized)
                .containsExactly("18 U.S.C. § 2518(7)", "18 U.S.C. § 2518(11)(b)", "18 U.S.C. § 3125", "50 U.S.C. § 1805(e)");
        assertThat(Annotator.citations("See generally 47 CFR 1.1202, 1.1203 and 1.1206(a).")).extracting(Citation::normalized)
                .containsExactly("47 C.F.R. § 1.1202", "47 C.F.R. § 1.1203", "47 C.F.R. § 1.1206(a)");
        assertThat(Annotator.citations("the Department of the Treasury (see 27 CFR parts 47, 178, and 179).")).extracting(Citation::normalized)
                .containsExactly("27 C.F.R. Part 47", "27 C.F.R. Part 178", "27 C.F.R. Part 179");
        // after a small first part, a list reaches up to 100 (written examples)
        assertThat(Annotator.citations("See 47 CFR Parts 2, 15 and 68.")).extracting(Citation::normalized)
                .containsExactly("47 C.F.R. Part 2", "47 C.F.R. Part 15", "47 C.F.R. Part 68");
        // an item of another sort or size, a count, or the title of the next citation, ends the list
        assertThat(Annotator.citations("under 18 U.S.C. 2 and 3, and 50 other laws")).extracting(Citation::normalized)
                .containsExactly("18 U.S.C. § 2", "18 U.S.C. § 3");
        assertThat(Annotator.citations("under 18 USC 2511, 3 times in 1994")).extracting(Citation::normalized).containsExactly("18 U.S.C. § 2511");
        assertThat(Annotator.citations("47 CFR 1.415 and 2 more rules")).extracting(Citation::normalized).containsExactly("47 C.F.R. § 1.415");
        assertThat(Annotator.citations("22 U.S.C. 2778(b) and 22 C.F.R. Part 121")).extracting(Citation::normalized)
                .containsExactly("22 U.S.C. § 2778(b)", "22 C.F.R. Part 121");
    }

    @Test
    void aBareSectionOfAnotherNamedLawIsNone() {
        List<Citation> c = Annotator.citations("The rule amends 47 C.F.R. Part 2 and was sent for review under section 3504(h) "
                + "of the Paperwork Reduction Act last week.");
        // not a section of the C.F.R.'s title 47: the act's own, which is title 44's (round 37)
        assertThat(c).extracting(Citation::normalized).containsExactly("47 C.F.R. Part 2", "44 U.S.C. § 3504(h)");
        // unless it is the section the citation before it names
        List<Citation> foia = Annotator.citations("Records under 5 U.S.C. 552a were asked for. As provided for by "
                + "Sec. 552(a)(6)(i) of the Freedom of Information Act, I expect a reply.");
        assertThat(foia).extracting(Citation::normalized).contains("5 U.S.C. § 552a", "5 U.S.C. § 552(a)(6)(i)");
    }

    @Test
    void aSectionHeadingOfAPastedStatuteIsNoShortForm() {
        List<Citation> c = Annotator.citations("Exports are governed by 22 U.S.C. 2778 as well.\n\n"
                + "Sec. 2517.  Authorization for disclosure and use of intercepted communications\n");
        assertThat(c).extracting(Citation::normalized).containsExactly("22 U.S.C. § 2778");
        // also in a statute quoted line by line: the Digital Telephony bill's new chapter after a FISA citation
        List<Citation> quoted = Annotator.citations("Orders under 50 U.S.C. 1805(e) stay as they are.\n\n"
                + "        \"Sec. 2602. Notice of capacity requirements.\n"
                + "        \"(a) NOTICE OF MAXIMUM AND INITIAL CAPACITY REQUIREMENTS.\n");
        assertThat(quoted).extracting(Citation::normalized).containsExactly("50 U.S.C. § 1805(e)");
    }

    @Test
    void theActRefersToTheLastNamedAct() {
        List<Citation> c = Annotator.citations("CALEA passed in 1994. The Act requires carriers to build in wiretap capability.");
        assertThat(c).hasSize(2);
        assertThat(c.get(1).text()).isEqualTo("Act");
        assertThat(c.get(1).normalized()).isEqualTo("Communications Assistance for Law Enforcement Act");
    }

    /** Gilmore's FOIA request of 1993: the short name defined after the act cites it later. */
    @Test
    void aShortNameDefinedAfterAnActCitesItLater() {
        List<Citation> c = Annotator.citations("This is a request under the Federal Advisory Committee Act (\"FACA\"). "
                + "Section 8(b)(2) of the FACA requires notice; the charter of the Panel [FACA $ 9(c)] too. "
                + "The Bill of Rights (ASCII) and its ASCII copy name nothing.");
        assertThat(c).filteredOn(x -> x.text().equals("FACA")).hasSize(2)
                .allSatisfy(x -> assertThat(x.normalized()).isEqualTo("Federal Advisory Committee Act"));
        assertThat(c).noneMatch(x -> x.text().equals("ASCII")); // not the initials of the Bill of Rights
        assertThat(ShortForms.initialsOf("Comprehensive Anti-Apartheid Act")).isEqualTo("CAAA");
        assertThat(ShortForms.initialsOf("Right to Financial Privacy Act")).isEqualTo("RFPA");
    }

    /** NIST's notices of 1994: a standard named once is cited again by its initials, but not twice where they are defined. */
    @Test
    void aStandardNamedOnceIsCitedAgainByItsInitials() {
        List<Citation> c = Annotator.citations("NIST proposed a draft Digital Signature Standard (DSS) in 1991. Critics of "
                + "the DSS say it was chosen by the NSA; the dss mailing list and DSS-compliant tools are other words. "
                + "The \"Escrowed Encryption Standard\" (EES) followed, and EES devices hold Skipjack. "
                + "Its notice names the Escrowed Encryption Standard [EES] again, as the DSS (Digital Signature Standard).");
        assertThat(c).extracting(Citation::text).containsExactly("Digital Signature Standard", "DSS",
                "Escrowed Encryption Standard", "EES", "Escrowed Encryption Standard", "Digital Signature Standard");
        assertThat(c).extracting(Citation::normalized).containsExactly("FIPS 186", "FIPS 186", "FIPS 185", "FIPS 185",
                "FIPS 185", "FIPS 186");
        assertThat(c.get(1).evidence()).anyMatch(e -> e.startsWith("short form: initials of FIPS 186"));
        // initials alone, with no name before them, cite nothing
        assertThat(Annotator.citations("The DSS debate went on; EES devices shipped.")).isEmpty();
    }

    /** EFF's 1994 notice on Landsat: the act's initials name it again, and "the Act" after them is that act. */
    @Test
    void anActNamedByTheInitialsOfAnEarlierActsWordsIsThatAct() {
        List<Citation> c = Annotator.citations("Pursuant to the Land Remote Sensing Policy Act of 1992, licensees must "
                + "use approved devices (as provided for under the LRS Policy Act). The Act also says more.");
        assertThat(c).extracting(Citation::normalized).containsExactly("Land Remote Sensing Policy Act of 1992",
                "Land Remote Sensing Policy Act of 1992", "Land Remote Sensing Policy Act of 1992");
        assertThat(c).extracting(Citation::text).containsExactly("Land Remote Sensing Policy Act of 1992", "LRS Policy Act", "Act");
        // initials that spell out no earlier act stay a name of their own
        assertThat(Annotator.citations("the DNA Identification Act passed")).extracting(Citation::normalized)
                .containsExactly("DNA Identification Act");
    }

    @Test
    void idAndSupraResolveToTheCase() {
        List<Citation> c = Annotator.citations(
                "Katz v. United States, 389 U.S. 347 (1967), overruled Olmstead. Id. at 353. Later courts cited Katz, supra, often.");
        assertThat(c).extracting(Citation::normalized).containsExactly(
                "Katz v. United States, 389 U.S. 347 (1967)", "Katz v. United States, 389 U.S. 347 (1967)",
                "Katz v. United States, 389 U.S. 347 (1967)");
        assertThat(c.get(1).text()).isEqualTo("Id. at 353");
        assertThat(c.get(2).text()).isEqualTo("Katz, supra");
    }

    @Test
    void aPageOfAReporterVolumeCitedBeforeIsThatCase() {
        List<Citation> c = Annotator.citations("See CP National Corp. v. Bonneville Power Admin., 928 F.2d 905 (9th Cir. 1991). "
                + "It turns on the litigation. CP National, 928 F.2d at 912. Compare 417 F.2d at 1006.");
        assertThat(c).extracting(Citation::normalized).containsExactly(
                "CP National Corp. v. Bonneville Power Admin., 928 F.2d 905 (1991)",
                "CP National Corp. v. Bonneville Power Admin., 928 F.2d 905 (1991)");
        assertThat(c.get(1).text()).isEqualTo("928 F.2d at 912");
        assertThat(c.get(1).evidence().get(0)).startsWith("short form: at");
    }

    @Test
    void idAfterASupraOfABookIsNotTheStatuteBefore() {
        List<Citation> c = Annotator.citations("Exports fall under 22 U.S.C. 2751. Reich, The Work of Nations, supra, at 224, "
                + "disagrees. Id. at 225.");
        assertThat(c).extracting(Citation::normalized).containsExactly("22 U.S.C. § 2751");
    }

    @Test
    void aCodeSectionCitedBeforeIsCitedAgainByItsNumberAndSubsections() {
        List<Citation> c = Annotator.citations("The safe harbor is 17 U.S.C. 512(c); takedowns follow 512(c)(3).");
        assertThat(c).extracting(Citation::normalized).containsExactly("17 U.S.C. § 512(c)", "17 U.S.C. § 512(c)(3)");
        assertThat(c.get(1).evidence().get(0)).isEqualTo("short form: section again after 17 U.S.C. § 512(c)");
        assertThat(c.get(1).text()).isEqualTo("512(c)(3)");
        // the Ratzlaf syllabus: sections cited in full once, then by number, a DOS section sign (0x15) among them
        assertThat(Annotator.citations("a report, 31 U.S.C. \u0015 5313(a); structuring, 31 U.S.C. \u0015 5324(3); "
                + "charges of violating \u0015\u0015\n5322(a) and 5324(3); the [5313(a)] requirement"))
                .extracting(Citation::normalized).containsExactly("31 U.S.C. § 5313(a)", "31 U.S.C. § 5324(3)",
                        "31 U.S.C. § 5322(a)", "31 U.S.C. § 5324(3)", "31 U.S.C. § 5313(a)");
    }

    @Test
    void aNumberWithSubsectionsIsNoSectionUnlessThatSectionWasCitedBefore() {
        // no subsection, another number, a section cited only after, a number inside a path or a price
        assertThat(Annotator.citations("Read 17 U.S.C. 512(c). Then 512 and 5120(a) and item 513(b); see /usr/512(c) "
                + "or $512(c)")).extracting(Citation::normalized).containsExactly("17 U.S.C. § 512(c)");
        assertThat(Annotator.citations("takedowns follow 512(c)(3), says 17 U.S.C. 512(c)"))
                .extracting(Citation::normalized).containsExactly("17 U.S.C. § 512(c)");
        // an appendix title's section is not the title's own
        assertThat(Annotator.citations("50 U.S.C. App. 2410 and then 2410(a) of it"))
                .extracting(Citation::normalized).doesNotContain("50 U.S.C. § 2410(a)");
    }

    @Test
    void shortFormsWithNothingBeforeThemAreLeftOut() {
        assertThat(Annotator.citations("The Act is bad. See § 2703(d) and id. at 4.")).isEmpty();
    }
}
