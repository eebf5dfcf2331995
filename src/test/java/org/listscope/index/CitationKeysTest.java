package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationKeysTest {

    @Test
    void foldsSpellingsOfOneCitationToOneKey() {
        assertThat(CitationKeys.key("47 U.S.C. § 1001")).isEqualTo("47usc1001")
                .isEqualTo(CitationKeys.key("47 USC 1001")).isEqualTo(CitationKeys.key("47 U.S. Code § 1001"))
                .isEqualTo(CitationKeys.key("47 U.S.C. sec. 1001")).isEqualTo(CitationKeys.key("47usc1001"));
        assertThat(CitationKeys.key("RFC 2119")).isEqualTo("rfc2119").isEqualTo(CitationKeys.key("rfc2119"));
        assertThat(CitationKeys.key("Pub. L. 103-414")).isEqualTo("publ103414")
                .isEqualTo(CitationKeys.key("P.L. 103-414")).isEqualTo(CitationKeys.key("Public Law 103-414"));
        assertThat(CitationKeys.key("H.R. 837 (110th)")).isEqualTo("hr837110th");
        assertThat(CitationKeys.key("Senate Bill 266")).isEqualTo(CitationKeys.key("S. 266")).isEqualTo("s266");
        assertThat(CitationKeys.key("House Bill 3627")).isEqualTo(CitationKeys.key("H.R. 3627")).isEqualTo("hr3627");
        assertThat(CitationKeys.key("Senate hearing 12")).isEqualTo("senatehearing12");
        assertThat(CitationKeys.key("Executive Order 12333")).isEqualTo("executiveorder12333")
                .isEqualTo(CitationKeys.key("EO 12333")).isEqualTo(CitationKeys.key("E.O. 12333"));
        assertThat(CitationKeys.key("CC Docket No. 97-213")).isEqualTo("ccdocketno97213")
                .isEqualTo(CitationKeys.key("CC Docket 97-213")).isEqualTo(CitationKeys.key("CC Dkt. 97-213"))
                .isEqualTo(CitationKeys.key("cc docket number 97-213")).isEqualTo(CitationKeys.key("CC Docket #97-213"));
    }

    @Test
    void aBillOfAKnownCongressIsAlsoKeyedWithoutIt() {
        assertThat(CitationKeys.keys("S. 266 (103rd)")).containsExactly("s266103rd", "s266");
        assertThat(CitationKeys.keys("H.R. 837 (110th)")).containsExactly("hr837110th", "hr837");
        assertThat(CitationKeys.keys("H.R. 837")).containsExactly("hr837");
        assertThat(CitationKeys.keys("RFC 2119")).containsExactly("rfc2119");
        assertThat(CitationKeys.keys("(104th)")).containsExactly("104th");
        assertThat(CitationKeys.keys("")).isEmpty();
    }

    @Test
    void aSectionOfAnActIsAlsoKeyedWithoutItsSubsectionsAndAsTheAct() {
        assertThat(CitationKeys.keys("Foreign Intelligence Surveillance Act § 702(a)")).containsExactly(
                "foreignintelligencesurveillanceact702a", "foreignintelligencesurveillanceact702", "foreignintelligencesurveillanceact");
        assertThat(CitationKeys.keys("Natural Gas Pipeline Safety Act of 1968 § 11")).containsExactly(
                "naturalgaspipelinesafetyactof196811", "naturalgaspipelinesafetyactof1968", "naturalgaspipelinesafetyact");
        assertThat(CitationKeys.queryKeys("Section 702 of FISA")).containsExactly("702offisa", "foreignintelligencesurveillanceact702");
        assertThat(CitationKeys.queryKeys("FISA § 702")).containsExactly("fisa702", "foreignintelligencesurveillanceact702");
        assertThat(CitationKeys.queryKeys("section 10 of the Federal Advisory Committee Act")).containsExactly(
                "10ofthefederaladvisorycommitteeact", "federaladvisorycommitteeact10");
        assertThat(CitationKeys.queryKeys("section 2511 of title 18")).containsExactly("2511oftitle18", "18usc2511"); // no act
    }

    @Test
    void aSectionOfAnActNumberedAsTheCodeIsAskedForAsTheCodesSection() {
        assertThat(CitationKeys.queryKeys("Section 552 of FOIA")).containsExactly("552offoia", "5usc552");
        assertThat(CitationKeys.queryKeys("Section 230 of the Communications Act")).containsExactly(
                "230ofthecommunicationsact", "47usc230");
        assertThat(CitationKeys.queryKeys("CDA 230")).containsExactly("cda230", "47usc230");
        assertThat(CitationKeys.queryKeys("Section 230(c)(1)")).containsExactly("230c1", "47usc230c1");
        // the surveillance sections NANOG names bare: FISA's 702, the USA PATRIOT Act's 215
        assertThat(CitationKeys.queryKeys("Section 702")).containsExactly("702", "foreignintelligencesurveillanceact702");
        assertThat(CitationKeys.queryKeys("section 215")).containsExactly("215", "usapatriotact215");
        assertThat(CitationKeys.queryKeys("FISA 1978")).containsExactly("fisa1978"); // a year, no section
    }

    @Test
    void titleIiAloneIsAskedForAsTheCommunicationsActsTitle() {
        assertThat(CitationKeys.queryKeys("Title II")).containsExactly("titleii", "communicationsactof1934titleii");
        assertThat(CitationKeys.keys("Communications Act of 1934 Title II")).contains("communicationsactof1934titleii",
                "communicationsacttitleii");
    }

    @Test
    void aTitleFiveOfAnActIsNoCase() {
        // the V of "Title V" is a number, not the "v." between the parties of a case
        assertThat(CitationKeys.queryKeys("Title V of the Communications Act"))
                .containsExactly("titlevofthecommunicationsact", "communicationsactof1934titlev");
        assertThat(CitationKeys.queryKeys("Title II of the Communications Act"))
                .containsExactly("titleiiofthecommunicationsact", "communicationsactof1934titleii");
        assertThat(CitationKeys.queryKeys("Katz v United States")).containsExactly("katzvunitedstates");
    }

    @Test
    void aStandardsRevisionIsAlsoKeyedAsTheStandard() {
        assertThat(CitationKeys.keys("FIPS 140-1")).containsExactly("fips1401", "fips140");
        assertThat(CitationKeys.keys("FIPS 185")).containsExactly("fips185");
        // a lawful-intercept standard's revision or part likewise
        assertThat(CitationKeys.keys("J-STD-025-B")).containsExactly("jstd025b", "jstd025");
        assertThat(CitationKeys.keys("ETSI TS 102 232-1")).containsExactly("etsits1022321", "etsits102232");
        assertThat(CitationKeys.keys("ETSI TS 101 671")).containsExactly("etsits101671");
        assertThat(CitationKeys.queryKeys("J-STD-025")).containsExactly("jstd025");
        assertThat(CitationKeys.queryKeys("FIPS PUB 185")).containsExactly("fips185");
        assertThat(CitationKeys.queryKeys("FIPS Publication 140-1")).containsExactly("fips1401");
        assertThat(CitationKeys.queryKeys("FIPS-PUB 81")).containsExactly("fips81");
        assertThat(CitationKeys.queryKeys("Escrowed Encryption Standard")).containsExactly("escrowedencryptionstandard", "fips185");
        assertThat(CitationKeys.queryKeys("Data Encryption Standard")).containsExactly("dataencryptionstandard"); // the algorithm's
    }

    @Test
    void anActOfAYearIsAlsoKeyedWithoutIt() {
        assertThat(CitationKeys.keys("Privacy Protection Act of 1980")).containsExactly("privacyprotectionactof1980", "privacyprotectionact");
        assertThat(CitationKeys.keys("Computer Security Act of 1987")).containsExactly("computersecurityactof1987", "computersecurityact");
        assertThat(CitationKeys.keys("Privacy Protection Act")).containsExactly("privacyprotectionact");
        assertThat(CitationKeys.keys("Section 3 of 1980")).containsExactly("3of1980"); // no act
    }

    @Test
    void aSectionIsAlsoKeyedAsTheSectionAndPartThatHoldIt() {
        assertThat(CitationKeys.keys("18 U.S.C. § 2511(4)(b)")).containsExactly("18usc25114b", "18usc2511", "18usc25114", "wiretapact",
                "18uscch119");
        assertThat(CitationKeys.keys("18 U.S.C. § 2511")).containsExactly("18usc2511", "wiretapact", "18uscch119");
        assertThat(CitationKeys.keys("50 U.S.C. App. § 2416(a)")).containsExactly("50uscapp2416a", "50uscapp2416");
        assertThat(CitationKeys.keys("22 C.F.R. § 120.4(g)")).containsExactly("22cfr1204g", "22cfrpart120", "22cfr1204",
                "internationaltrafficinarmsregulations");
        assertThat(CitationKeys.keys("41 C.F.R. § 201-45.2")).containsExactly("41cfr201452", "41cfrpart20145");
        assertThat(CitationKeys.keys("22 C.F.R. Part 122")).containsExactly("22cfrpart122", "internationaltrafficinarmsregulations");
        assertThat(CitationKeys.keys("22 C.F.R. Part 140")).containsExactly("22cfrpart140");
    }

    @Test
    void aCaseIsAlsoKeyedByItsNameAndItsReportApartAndTheUnitedStatesByItsInitials() {
        assertThat(CitationKeys.keys("Katz v. United States, 389 U.S. 347 (1967)")).contains(
                "katzvunitedstates389us3471967", "katzvunitedstates", "katzvunitedstates389us347", "389us347", "389us3471967",
                // as the annotator wrote the United States before it was spelled out: U.S. or US, USA, of America, after "The"
                "katzvus389us3471967", "katzvusa389us3471967", "katzvunitedstatesofamerica389us3471967",
                "katzvus", "katzvusa", "katzvunitedstatesofamerica", "katzvtheus", "katzvus389us347");
        assertThat(CitationKeys.keys("Katz v. United States")).containsExactly("katzvunitedstates", "katzvtheunitedstates",
                "katzvus", "katzvtheus", "katzvusa", "katzvtheusa", "katzvunitedstatesofamerica", "katzvtheunitedstatesofamerica");
        assertThat(CitationKeys.keys("United States v. Plamondon, 407 U.S. 297")).contains(
                "unitedstatesvplamondon407us297", "unitedstatesvplamondon", "407us297",
                "usvplamondon407us297", "usavplamondon407us297", "unitedstatesofamericavplamondon407us297",
                "usvplamondon", "usavplamondon", "unitedstatesofamericavplamondon");
        assertThat(CitationKeys.keys("Talley v. California")).containsExactly("talleyvcalifornia", "talleyvthecalifornia",
                "talleyvstateofcalifornia", "talleyvthestateofcalifornia");
        assertThat(CitationKeys.keys("486 U.S. 35 (1988)")).containsExactly("486us351988", "486us35");
        assertThat(CitationKeys.keys("Roe v. Wade")).containsExactly("roevwade", "roevthewade");
        assertThat(CitationKeys.keys("Kaplan v. U.S.A. Today")).containsExactly("kaplanvusatoday", "kaplanvtheusatoday"); // no party of initials alone
    }

    @Test
    void aSectionPartOrPublicLawIsAlsoKeyedAsTheActItBelongsTo() {
        assertThat(CitationKeys.keys("47 U.S.C. § 1002(a)")).contains("communicationsassistanceforlawenforcementact");
        assertThat(CitationKeys.keys("Pub. L. 103-414")).contains("communicationsassistanceforlawenforcementact");
        assertThat(CitationKeys.keys("18 U.S.C. § 2511(4)(b)")).contains("wiretapact").doesNotContain("storedcommunicationsact");
        assertThat(CitationKeys.keys("18 U.S.C. § 2703(d)")).contains("storedcommunicationsact");
        assertThat(CitationKeys.keys("5 U.S.C. § 552(b)")).contains("freedomofinformationact").doesNotContain("privacyactof1974");
        assertThat(CitationKeys.keys("5 U.S.C. § 552a")).contains("privacyactof1974", "privacyact").doesNotContain("freedomofinformationact");
        assertThat(CitationKeys.keys("22 C.F.R. § 121.1")).contains("internationaltrafficinarmsregulations");
        assertThat(CitationKeys.keys("22 C.F.R. Part 120")).contains("internationaltrafficinarmsregulations");
        assertThat(CitationKeys.keys("47 U.S.C. § 230(c)")).contains("communicationsdecencyact", "communicationsactof1934");
        assertThat(CitationKeys.keys("18 U.S.C. § 2524")).containsExactly("18usc2524");
        assertThat(CitationKeys.keys("5 U.S.C. App. § 2")).containsExactly("5uscapp2");
        // a chapter that is an act
        assertThat(CitationKeys.keys("18 U.S.C. ch. 119")).containsExactly("18uscch119", "wiretapact");
        assertThat(CitationKeys.keys("50 U.S.C. ch. 36")).containsExactly("50uscch36", "foreignintelligencesurveillanceact");
        assertThat(CitationKeys.keys("18 U.S.C. ch. 206")).containsExactly("18uscch206", "penregisteract");
        assertThat(CitationKeys.keys("18 U.S.C. § 3123(a)")).contains("penregisteract").doesNotContain("wiretapact");
        // a section is in the chapter that is its act, so cites:"18 U.S.C. ch. 119" finds it
        assertThat(CitationKeys.keys("18 U.S.C. § 2511(4)(b)")).contains("18uscch119");
        assertThat(CitationKeys.keys("47 U.S.C. § 230(c)")).contains("47uscch5");
        assertThat(CitationKeys.keys("17 U.S.C. § 107")).doesNotContain("17uscch1"); // the Copyright Act spans chapters
        assertThat(CitationKeys.keys("Wiretap Act")).doesNotContain("18uscch119");
    }

    @Test
    void moreSectionsNamedBareAreAskedForAsTheAnnotatorReadsThem() {
        assertThat(CitationKeys.queryKeys("Section 512")).containsExactly("512", "17usc512");
        assertThat(CitationKeys.queryKeys("Section 1201")).containsExactly("1201", "17usc1201");
        assertThat(CitationKeys.queryKeys("Section 706")).containsExactly("706", "telecommunicationsactof1996706");
        assertThat(CitationKeys.queryKeys("Telecom Act")).containsExactly("telecomact", "telecommunicationsactof1996");
    }

    @Test
    void anEuActsNumberAndNameAreOneAct() {
        assertThat(CitationKeys.keys("Directive 2006/24/EC")).containsExactly("directive200624ec", "dataretentiondirective");
        assertThat(CitationKeys.keys("Data Retention Directive")).containsExactly("dataretentiondirective", "directive200624ec");
        assertThat(CitationKeys.keys("Regulation (EU) 2016/679")).contains("generaldataprotectionregulation");
        // the number asked for however its year is written finds the act by either
        assertThat(CitationKeys.queryKeys("Directive 95/46/EC")).containsExactly("directive9546ec", "dataprotectiondirective");
        assertThat(CitationKeys.keys("Directive 1995/46/EC")).contains("dataprotectiondirective");
        assertThat(CitationKeys.keys("Directive 2000/31/EC")).containsExactly("directive200031ec"); // one the annotator names not
    }

    @Test
    void aPartOfTheFccsRulesIsAskedForAsTitle47sPart() {
        assertThat(CitationKeys.queryKeys("FCC Part 15")).containsExactly("fccpart15", "47cfrpart15");
        assertThat(CitationKeys.queryKeys("Part 97 of the FCC rules")).containsExactly("part97ofthefccrules", "47cfrpart97");
        assertThat(CitationKeys.queryKeys("FCC 97.113")).containsExactly("fcc97113", "47cfr97113");
    }

    @Test
    void aRuleOfTheFederalRulesIsAlsoKeyedWithoutItsSubsectionsAndByItsNumberAloneAndAskedForHoweverWritten() {
        assertThat(CitationKeys.keys("Fed. R. Civ. P. 45(c)(3)"))
                .containsExactly("fedrcivp45c3", "fedrcivp45", "rule45", "fedrcivp45c", "rule45c", "rule45c3");
        assertThat(CitationKeys.keys("Fed. R. Evid. 803")).containsExactly("fedrevid803", "rule803");
        assertThat(CitationKeys.queryKeys("Rule 45")).containsExactly("rule45"); // of whichever set
        assertThat(CitationKeys.queryKeys("FRCP 45")).containsExactly("frcp45", "fedrcivp45");
        assertThat(CitationKeys.queryKeys("Federal Rules of Evidence 803")).containsExactly("federalrulesofevidence803", "fedrevid803");
    }

    @Test
    void aChapterIsAskedForAsWrittenOrInWords() {
        assertThat(CitationKeys.queryKeys("18 U.S.C. ch. 119")).containsExactly("18uscch119");
        assertThat(CitationKeys.queryKeys("18 USC chapter 119")).containsExactly("18uscchapter119", "18uscch119");
        assertThat(CitationKeys.queryKeys("chapter 119 of title 18")).containsExactly("chapter119oftitle18", "18uscch119");
    }

    @Test
    void aUrlIsAlsoKeyedWithoutItsSchemeAndByItsHostAndDomains() {
        assertThat(CitationKeys.keys("ftp://ftp.eff.org/pub/EFF/")).containsExactly(
                "ftpftpefforgpubeff", "ftpefforgpubeff", "ftpefforg", "efforg");
        assertThat(CitationKeys.keys("http://www.bbc.co.uk/news")).containsExactly(
                "httpwwwbbccouknews", "wwwbbccouknews", "wwwbbccouk", "bbccouk");
        assertThat(CitationKeys.keys("http://localhost:8080/x")).containsExactly("httplocalhost8080x", "localhost8080x", "localhost");
    }

    @Test
    void aQueryAsksForTheCitationAsWrittenAndAsTheAnnotatorWouldWriteIt() {
        assertThat(CitationKeys.queryKeys("18 USC 2511")).containsExactly("18usc2511");
        assertThat(CitationKeys.queryKeys("22 CFR 120")).containsExactly("22cfr120", "22cfrpart120");
        assertThat(CitationKeys.queryKeys("22 C.F.R. Part 120")).containsExactly("22cfrpart120");
        assertThat(CitationKeys.queryKeys("22 CFR 120.4")).containsExactly("22cfr1204");
        assertThat(CitationKeys.queryKeys("ECPA")).containsExactly("ecpa", "electroniccommunicationsprivacyact");
        assertThat(CitationKeys.queryKeys("§")).isEmpty();
        assertThat(CitationKeys.queryKeys("Katz vs US")).containsExactly("katzvsus", "katzvunitedstates");
        assertThat(CitationKeys.queryKeys("Katz v. United States")).containsExactly("katzvunitedstates");
        assertThat(CitationKeys.queryKeys("katz versus the u.s.")).containsExactly("katzversustheus", "katzvunitedstates");
        assertThat(CitationKeys.queryKeys("Talley v. State of California, 362 U.S. 60")).containsExactly(
                "talleyvstateofcalifornia362us60", "talleyvcalifornia362us60");
        assertThat(CitationKeys.queryKeys("Smith v Maryland")).containsExactly("smithvmaryland");
        assertThat(CitationKeys.queryKeys("section 2511 of title 18")).containsExactly("2511oftitle18", "18usc2511");
        assertThat(CitationKeys.queryKeys("18 USC 2510-2512")).containsExactly("18usc25102512", "18usc2510", "18usc2511", "18usc2512");
        assertThat(CitationKeys.queryKeys("18 U.S.C. §§ 2510 to 2511")).containsExactly("18usc2510to2511", "18usc2510", "18usc2511");
        assertThat(CitationKeys.queryKeys("18 USC 2510-1")).containsExactly("18usc25101"); // no range: 2510(1)?
        assertThat(CitationKeys.queryKeys("22 CFR 120-122")).containsExactly("22cfr120122", "22cfrpart120", "22cfrpart121", "22cfrpart122");
        assertThat(CitationKeys.queryKeys("22 C.F.R. Parts 120 through 121")).containsExactly("22cfrparts120through121",
                "22cfrpart120", "22cfrpart121");
        assertThat(CitationKeys.queryKeys("47 U.S.C. 1001 et seq.")).containsExactly("47usc1001etseq", "47usc1001",
                "communicationsassistanceforlawenforcementact");
        assertThat(CitationKeys.queryKeys("18 USC 2524 et seq")).containsExactly("18usc2524etseq", "18usc2524");
        assertThat(CitationKeys.queryKeys("Cantwell bill")).containsExactly("cantwellbill", "hr3627103rd");
        assertThat(CitationKeys.queryKeys("FBI Wiretap Bill")).containsExactly("fbiwiretapbill", "digitaltelephonyact");
        assertThat(CitationKeys.queryKeys("Brady Bill")).containsExactly("bradybill", "bradyhandgunviolencepreventionact");
        assertThat(CitationKeys.queryKeys("Crime Bill")).containsExactly("crimebill", "violentcrimecontrolandlawenforcementactof1994");
        assertThat(CitationKeys.queryKeys("fourth amendment")).containsExactly("fourthamendment");
        assertThat(CitationKeys.queryKeys("Title 42, Section 2000aa")).containsExactly("title422000aa", "42usc2000aa");
    }

    @Test
    void anActWrittenAsAReaderWouldIsKeyedAsTheAnnotatorNamesIt() {
        assertThat(CitationKeys.actKey("ECPA")).isEqualTo("electroniccommunicationsprivacyact");
        assertThat(CitationKeys.actKey(" Electronic Communications Privacy Act of 1986 ")).isEqualTo("electroniccommunicationsprivacyact");
        assertThat(CitationKeys.actKey("Privacy Act")).isEqualTo("privacyactof1974");
        assertThat(CitationKeys.actKey("Title III")).isEqualTo("wiretapact");
        assertThat(CitationKeys.actKey("47 USC 1001")).isNull(); // no act: its folded key is the one
        assertThat(CitationKeys.actKey("fnord")).isNull();
        assertThat(CitationKeys.actKey("ECPA and FOIA")).isNull(); // two acts
    }

    @Test
    void aDocumentCarriesEveryKeyOfItsCitations() {
        org.listscope.model.Message m = Msgs.message("<b@example.net>", "Ann", "ann@example.net", "1993-05-01T00:00:00Z",
                "Clipper", "See S. 266 on this.", null);
        m = Msgs.annotated(m, Msgs.cite(m, "S. 266", "bill", "S. 266 (103rd)"));
        assertThat(MessageDocuments.of(m).getValues(Fields.CITES)).containsExactly("s266103rd", "s266");
    }

    @Test
    void keepsWildcards() {
        assertThat(CitationKeys.pattern("RFC 21*")).isEqualTo("rfc21*");
        assertThat(CitationKeys.pattern("47 U.S.C. § 10?1")).isEqualTo("47usc10?1");
    }

    @Test
    void doesNotMangleWordsThatMerelyStartAlike() {
        assertThat(CitationKeys.key("Second Circuit")).isEqualTo("secondcircuit");
        assertThat(CitationKeys.key("plain 5")).isEqualTo("plain5");
    }
}
