package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.model.Citation;

/** Each citation kind on spellings met in the cypherpunks and twisted-python archives. */
class ExtractorsTest {

    private static Citation only(String text) {
        List<Citation> found = Annotator.citations(text);
        assertThat(found).as("citations in \"%s\"", text).hasSize(1);
        Citation c = found.get(0);
        assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        return c;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "This message is protected by 18 USC 2511 and more | usc | 18 U.S.C. § 2511 | 18 USC 2511",
            "a trap and trace order under the Pen Register Act needs less | act | Pen Register Act | Pen Register Act",
            "the Pen/Trap statute asks only for relevance | act | Pen Register Act | Pen/Trap statute",
            // a section of a named act: the act's own, or the Code's where the act is numbered as a
            // title of the Code enacted as law (cypherpunks 1992-94, and NANOG's own favourites)
            "NSA collection under Section 702 of FISA is | act | Foreign Intelligence Surveillance Act § 702 | Section 702 of FISA",
            "under section 38(e) of the Arms Export Control Act | act | Arms Export Control Act § 38(e) | section 38(e) of the Arms Export Control Act",
            "as required by section 3504(h) of the Paperwork Reduction Act. | usc | 44 U.S.C. § 3504(h) | section 3504(h) of the Paperwork Reduction Act",
            "the deadline in Sec. 552(a)(6)(i) of the Freedom of Information Act | usc | 5 U.S.C. § 552(a)(6)(i) | Sec. 552(a)(6)(i) of the Freedom of Information Act",
            "fair use (section 107 of the Copyright Act of 1976) | usc | 17 U.S.C. § 107 | section 107 of the Copyright Act of 1976",
            // or after the act's name; after its initials a bare number too, but no year
            "FISA Section 702 lets the NSA | act | Foreign Intelligence Surveillance Act § 702 | FISA Section 702",
            // a title of an act before its name, in Roman figures
            "reclassify broadband under Title II of the Communications Act, they said | act | Communications Act of 1934 Title II | Title II of the Communications Act",
            "Title 2 of the Communications Act governs | act | Communications Act of 1934 Title II | Title 2 of the Communications Act",
            "orders under the Patriot Act Sec. 215(a) are | act | USA PATRIOT Act § 215(a) | Patriot Act Sec. 215(a)",
            "the FOIA § 552(b)(1) exemption | usc | 5 U.S.C. § 552(b)(1) | FOIA § 552(b)(1)",
            "a DMCA 512(c) notice | act | Digital Millennium Copyright Act § 512(c) | DMCA 512(c)",
            "FISA 1978 set up the court | act | Foreign Intelligence Surveillance Act | FISA",
            "ECPA 1986, then | act | Electronic Communications Privacy Act | ECPA",
            // a regulation's decimal section is the C.F.R.'s (cypherpunks 1993)
            "See ITAR section 120.17 for the answer | cfr | 22 C.F.R. § 120.17 | ITAR section 120.17",
            "See ITAR section 120 for the answer | act | International Traffic in Arms Regulations § 120 | ITAR section 120",
            // and before it, after the section sign's stand-ins too (cypherpunks 1993-94)
            "Section 123.2 of the ITAR reads | cfr | 22 C.F.R. § 123.2 | Section 123.2 of the ITAR",
            "Section #120.9 of the ITAR defines | cfr | 22 C.F.R. § 120.9 | Section #120.9 of the ITAR",
            "as it's defined in $120.21 of the ITAR, I think | cfr | 22 C.F.R. § 120.21 | $120.21 of the ITAR",
            "see 47 U.S.C. § 1001 for definitions | usc | 47 U.S.C. § 1001 | 47 U.S.C. § 1001",
            "under 18 USC 2703(f) the provider | usc | 18 U.S.C. § 2703(f) | 18 USC 2703(f)",
            // operators' terms of art: a section of 18 U.S.C. by its number alone before the process it authorises
            "We get a 2703(d) order about once a month | usc | 18 U.S.C. § 2703(d) | 2703(d)",
            "and 2703(f) preservation letters weekly | usc | 18 U.S.C. § 2703(f) | 2703(f)",
            "a 2703(b)(1)(B) subpoena for the logs | usc | 18 U.S.C. § 2703(b)(1)(B) | 2703(b)(1)(B)",
            "we answer 3123(a) court orders | usc | 18 U.S.C. § 3123(a) | 3123(a)",
            "per 5U.S.C. 552 requests | usc | 5 U.S.C. § 552 | 5U.S.C. 552",
            "18 U.S.C. Section 2519(2) requires | usc | 18 U.S.C. § 2519(2) | 18 U.S.C. Section 2519(2)",
            "see 18 USC 2510 (12)(B). | usc | 18 U.S.C. § 2510(12)(B) | 18 USC 2510 (12)(B)",
            "31 U. S. C. 5324(3) makes it | usc | 31 U.S.C. § 5324(3) | 31 U. S. C. 5324(3)",
            // the section sign as other character sets and typists wrote it: CP437's 0x15, Mac Roman's
            // read as Latin-1, "$", "#", "(s)", "s." and lost to underscores (cypherpunks 1992-94)
            "established in 31 U.S.C. \u0015 5313(a), the rule | usc | 31 U.S.C. § 5313(a) | 31 U.S.C. \u0015 5313(a)",
            "under the Act [5  U.S.C. \u00a4 552(a)] on behalf | usc | 5 U.S.C. § 552(a) | 5  U.S.C. \u00a4 552(a)",
            "to be released.  [5 U.S.C. $  552(b)]  If any | usc | 5 U.S.C. § 552(b) | 5 U.S.C. $  552(b)",
            "pursuant to 22 U.S.C. # 2778(b)(1)(A) and | usc | 22 U.S.C. § 2778(b)(1)(A) | 22 U.S.C. # 2778(b)(1)(A)",
            "otherwise.\"  31 U.S.C. (s) 1501(a)(1)(A).  Under | usc | 31 U.S.C. § 1501(a)(1)(A) | 31 U.S.C. (s) 1501(a)(1)(A)",
            "(to be codified at 47 U.S.C. s. 901 et seq.). | usc | 47 U.S.C. § 901 | 47 U.S.C. s. 901",
            "18 USC s 2511(2)(f):  Nothing contained | usc | 18 U.S.C. § 2511(2)(f) | 18 USC s 2511(2)(f)",
            "standards of 18 U.S.C. __  2518(5).  This | usc | 18 U.S.C. § 2518(5) | 18 U.S.C. __  2518(5)",
            // plural sections, a range broken at the line's end, a title and its section far apart
            "is codified at Title 18 USC, Sections 2510-2521. These | usc | 18 U.S.C. § 2510-2521 | 18 USC, Sections 2510-2521",
            "as of 1978 50 U.S.C. sections 1801- 1811. Other | usc | 50 U.S.C. § 1801-1811 | 50 U.S.C. sections 1801- 1811",
            "the law of 1986,  18    USC 2510 et. seq., Notice | usc | 18 U.S.C. § 2510 | 18    USC 2510",
            "status under 42 U.S.C.     Section 2000 (aa) and | usc | 42 U.S.C. § 2000(aa) | 42 U.S.C.     Section 2000 (aa)",
            "As defined in public law--44 US Code          3301. Records | usc | 44 U.S.C. § 3301 | 44 US Code          3301",
            "the exemptions listed in 22 CFR # 125.4 for | cfr | 22 C.F.R. § 125.4 | 22 CFR # 125.4",
            "the request.  [32 C.F.R. \u00a4 299.4(b)].  If | cfr | 32 C.F.R. § 299.4(b) | 32 C.F.R. \u00a4 299.4(b)",
            "_See_ 41 C.F.R. (s) 201-45.2. | cfr | 41 C.F.R. § 201-45.2 | 41 C.F.R. (s) 201-45.2",
            "5313(a), 31 CFR \u0015 103.22(a); makes | cfr | 31 C.F.R. § 103.22(a) | 31 CFR \u0015 103.22(a)",
            "as defined in section 2510(4) of title 18 and | usc | 18 U.S.C. § 2510(4) | section 2510(4) of title 18",
            "Section 2511(2)(a)(i) of title 18, United States Code, is amended | usc | 18 U.S.C. § 2511(2)(a)(i) | Section 2511(2)(a)(i) of title 18, United States Code",
            "billing errors, 15  U.S.C. section 1666 (1988), and | usc | 15 U.S.C. § 1666 | 15  U.S.C. section 1666",
            "common carrier in 47  U.S.C. 153(h)(1993). In addition | usc | 47 U.S.C. § 153(h) | 47  U.S.C. 153(h)",
            // Federal Information Processing Standards, as NIST and the list wrote them (cypherpunks 1992-94)
            "The standard (FIPS 185) is not a standard for the Internet | fips | FIPS 185 | FIPS 185",
            "Cross Index:  a. FIPS PUB 46-2, Data Encryption Standard. | fips | FIPS 46-2 | FIPS PUB 46-2",
            "NIST Announcement of FIPS-185 (EES) | fips | FIPS 185 | FIPS-185",
            "I have a copy of FIPS181 with Appendix A intact. | fips | FIPS 181 | FIPS181",
            "Attn: Proposed FIPS for Escrowed  Encryption Standard, B154 | fips | FIPS 185 | Escrowed  Encryption Standard",
            "NIST's proposed Digital Signature Standard; | fips | FIPS 186 | Digital Signature Standard",
            "the 160-bit SHS (Secure Hash Standard) or | fips | FIPS 180 | Secure Hash Standard",
            "title = \"FIPS Publication 81: {DES} Modes of Operation\" | fips | FIPS 81 | FIPS Publication 81",
            "anti-tamper features (re: FIPS Pub 140-1), causing | fips | FIPS 140-1 | FIPS Pub 140-1",
            "(see FIPS pub 81) instead | fips | FIPS 81 | FIPS pub 81",
            // lawful-intercept and retained-data interfaces, as NANOG's CALEA threads name them
            "the handover per J-STD-025-B and | standard | J-STD-025-B | J-STD-025-B",
            "the old JSTD-025A spec | standard | J-STD-025-A | JSTD-025A",
            "ATIS-1000678.2006 covers VoIP | standard | ATIS-1000678 | ATIS-1000678.2006",
            "the earlier ANSI T1.678 did | standard | ANSI T1.678 | ANSI T1.678",
            "delivery over ETSI TS 102 232-1 is | standard | ETSI TS 102 232-1 | ETSI TS 102 232-1",
            "and ETSI ES 201671 for | standard | ETSI ES 201 671 | ETSI ES 201671",
            "see 3GPP TS 33.108 for | standard | 3GPP TS 33.108 | 3GPP TS 33.108",
            // net neutrality orders by name: the year written, else the one in force (undated here: the name)
            "under the 2015 Open Internet Order ISPs | fcc | FCC 15-24 | 2015 Open Internet Order",
            "the 2010 Open Internet Order was | fcc | FCC 10-201 | 2010 Open Internet Order",
            "the Open Internet Order says | fcc | Open Internet Order | Open Internet Order",
            "the Restoring Internet Freedom Order repealed | fcc | FCC 17-166 | Restoring Internet Freedom Order",
            // the Court of Justice of the European Union by case number
            "Digital Rights Ireland (Case C-293/12) struck | case | Case C-293/12 | Case C-293/12",
            "the CJEU in Tele2 (C-203/15) held | case | Case C-203/15 | C-203/15",
            // EU data protection law by name
            "GDPR Article 17 gives | act | General Data Protection Regulation | GDPR",
            "the ePrivacy Directive requires consent | act | ePrivacy Directive | ePrivacy Directive",
            "the old Data Protection Directive had | act | Data Protection Directive | Data Protection Directive",
            // surveillance, copyright and robocall laws of NANOG's years, by name or initials
            "The USA FREEDOM Act ended bulk collection | act | USA FREEDOM Act | USA FREEDOM Act",
            "the CLOUD Act lets the DoJ | act | CLOUD Act | CLOUD Act",
            "the UK's Investigatory Powers Act 2016 and | act | Investigatory Powers Act 2016 | Investigatory Powers Act 2016",
            "warrants under RIPA are | act | Regulation of Investigatory Powers Act 2000 | RIPA",
            "SOPA died in 2012 | act | Stop Online Piracy Act | SOPA",
            "the PROTECT IP Act died | act | PROTECT IP Act | PROTECT IP Act",
            "robocalls under the TCPA are | act | Telephone Consumer Protection Act of 1991 | TCPA",
            "The TRACED Act mandates | act | TRACED Act | TRACED Act",
            "37 CFR 404.7 applies | cfr | 37 C.F.R. § 404.7 | 37 CFR 404.7",
            "the rules (22 C.F.R. Part 122) say | cfr | 22 C.F.R. Part 122 | 22 C.F.R. Part 122",
            "see 47 CFR part 15 for | cfr | 47 C.F.R. Part 15 | 47 CFR part 15",
            // the C.F.R. in words (cypherpunks 1993-94)
            "as specified in title 22, Code  of Federal Regulations, parts 120 through 131 (International | cfr | 22 C.F.R. Part 120 | title 22, Code  of Federal Regulations, parts 120",
            "I ran across 97.113 (Sub-part 113 of Part 97 of Title 47 Code of Federal Regulations), which | cfr | 47 C.F.R. Part 97 | Part 97 of Title 47 Code of Federal Regulations",
            "Code of Federal Regulations, Title 12 Chapter II, Part 210; and | cfr | 12 C.F.R. Part 210 | Code of Federal Regulations, Title 12 Chapter II, Part 210",
            // the annotated editions, and the appendix of titles 5 and 50 (cypherpunks 1993-94)
            "this violates the following:   18 USCS 1001 and the rest | usc | 18 U.S.C. § 1001 | 18 USCS 1001",
            "Section 17 of that act (50 U.S.C. App. 2416) is amended | usc | 50 U.S.C. App. § 2416 | 50 U.S.C. App. 2416",
            "make transcripts available, etc.   5 U.S.C app. 2 (sec. 3) (2) The term | usc | 5 U.S.C. App. § 2 | 5 U.S.C app. 2",
            "Pursuant to the FACA, 5 U.S.C. App., notice is hereby given | usc | 5 U.S.C. App. | 5 U.S.C. App.",
            "(See, e.g., 50 U.S.C. Appx.) | usc | 50 U.S.C. App. | 50 U.S.C. Appx.",
            "the 1987 law, P.L. 100-235, gave | public-law | Pub. L. 100-235 | P.L. 100-235",
            // the Statutes at Large: a session law by volume and page
            "the trade law of 1988 (102 Stat. 1851). To do so | public-law | 102 Stat. 1851 | 102 Stat. 1851",
            "sec. 111, 100 Stat. 1859; | public-law | 100 Stat. 1859 | 100 Stat. 1859",
            "Act Aug. 16, 1954, c. 736, 68A Stat. 587-589, imposed a tax | public-law | 68A Stat. 587 | 68A Stat. 587",
            "Public Law 103-66 was | public-law | Pub. L. 103-66 | Public Law 103-66",
            "Pub. L. No. 102-493 in | public-law | Pub. L. 102-493 | Pub. L. No. 102-493",
            "as enacted by Pub.  L. 95-511, which | public-law | Pub. L. 95-511 | Pub.  L. 95-511",
            "President Reagan's Executive Order 12356, overhauling | executive-order | Executive Order 12356 | Executive Order 12356",
            "At the time EO 12356 was promulgated | executive-order | Executive Order 12356 | EO 12356",
            "collection under E.O. 12,333 is | executive-order | Executive Order 12333 | E.O. 12,333",
            "see Executive Order No. 13526 on | executive-order | Executive Order 13526 | Executive Order No. 13526",
            "Support HR 3627 today | bill | H.R. 3627 | HR 3627",
            "Title 28, United States Code, Sections 2201 and | usc | 28 U.S.C. § 2201 | Title 28, United States Code, Sections 2201",
            "the Cantwell bill, HR3627, would | bill | H.R. 3627 | HR3627",
            "Senate Bill 266 contained | bill | S. 266 | Senate Bill 266",
            "pending in the House of Representatives as HR. 820. One | bill | H.R. 820 | HR. 820",
            "the wiretap proposals (H.R 4922 and | bill | H.R. 4922 | H.R 4922",
            "as introduced in the Senate: S.  2272, a bill | bill | S. 2272 | S.  2272",
            // names as writers garbled them: the ECPA without "Communications" but with its year, or with an "and"
            "The Electronic Privacy Act of 1986 prohibits snooping | act | Electronic Communications Privacy Act | Electronic Privacy Act of 1986",
            "Pursuant to the Electronic and Communications Privacy Act of 1986, the | act | Electronic Communications Privacy Act | Electronic and Communications Privacy Act of 1986",
            "filed a [Freedom Of Information Act] request | act | Freedom of Information Act | Freedom Of Information Act",
            "the Omnibus Crime Control and safe Streets Act exempts | act | Wiretap Act | Omnibus Crime Control and safe Streets Act",
            "FCC Docket No. 92-90 comments | fcc | Docket No. 92-90 | FCC Docket No. 92-90",
            "Comments on the proposed standard, docket # 930659-3159.  We | fed-reg | Docket No. 930659-3159 | docket # 930659-3159",
            "Federal Register vol. 56, no.  169, August 30, 1991, pp. 42980-42982, and | fed-reg | 56 Fed. Reg. 42980 | Federal Register vol. 56, no.  169, August 30, 1991, pp. 42980",
            "published in the Federal Register at Volume 58, page 40791 (July | fed-reg | 58 Fed. Reg. 40791 | Federal Register at Volume 58, page 40791",
            "the third amendment, of quartering | act | Third Amendment | third amendment",
            "From the 8th Amendment: cruel | act | Eighth Amendment | 8th Amendment",
            "ET Docket No. 04-295 covers | fcc | ET Docket No. 04-295 | ET Docket No. 04-295",
            "in CC Docket 97-213 the | fcc | CC Docket No. 97-213 | CC Docket 97-213",
            "filed in ET Dkt. 04-295 by | fcc | ET Docket No. 04-295 | ET Dkt. 04-295",
            "see ET Dkt. No. 04-295 for | fcc | ET Docket No. 04-295 | ET Dkt. No. 04-295",
            "and MB Docket 07-57 too | fcc | MB Docket No. 07-57 | MB Docket 07-57",
            "the FCC's petition RM-10865 asked | fcc | RM-10865 | RM-10865",
            "the FCC 05-153 order | fcc | FCC 05-153 | FCC 05-153",
            "file FCC Form 445 by | fcc | FCC Form 445 | FCC Form 445",
            "Directive 2006/24/EC on data retention | eu-law | Directive 2006/24/EC | Directive 2006/24/EC",
            "It is explained in RFC 1421 (PEM) | rfc | RFC 1421 | RFC 1421",
            "typed body parts in RFC822 mail | rfc | RFC 822 | RFC822",
            "the key words of BCP 14 apply | rfc | BCP 14 | BCP 14",
            "read draft-ietf-pem-cert-03.txt soon | internet-draft | draft-ietf-pem-cert-03 | draft-ietf-pem-cert-03.txt",
            "Yeager v. D.E.A., 678 F.2d 315 (D.C. Cir. 1982) held | case | Yeager v. D.E.A., 678 F.2d 315 (1982) | Yeager v. D.E.A., 678 F.2d 315 (D.C. Cir. 1982)",
            "In Katz v. United States, 389 U.S. 347 (1967), the Court | case | Katz v. United States, 389 U.S. 347 (1967) | Katz v. United States, 389 U.S. 347 (1967)",
            "the Court in Smith v. Maryland held | case | Smith v. Maryland | Smith v. Maryland",
            "Talley v. California, 362 US 60 (1960) protects | case | Talley v. California, 362 U.S. 60 (1960) | Talley v. California, 362 US 60 (1960)",
            "see 114 S.Ct. 655 on that | case | 114 S. Ct. 655 | 114 S.Ct. 655",
            // parallel reports of one decision are one citation, the year after the last
            "See California v. Greenwood, 486 U.S. 35, 108 S.Ct. 1625, 100 L.Ed.2d 30 (1988) | case | California v. Greenwood, 486 U.S. 35 (1988) | California v. Greenwood, 486 U.S. 35, 108 S.Ct. 1625, 100 L.Ed.2d 30 (1988)",
            "see 486 U.S. 35, 108 S.Ct. 1625 (1988) on that | case | 486 U.S. 35 (1988) | 486 U.S. 35, 108 S.Ct. 1625 (1988)",
            "Mich.1972, 92 S.Ct. 2125, 407 U.S. 297, 32 L.Ed.2d 752. | case | 407 U.S. 297 | 92 S.Ct. 2125, 407 U.S. 297, 32 L.Ed.2d 752",
            "Katz v. United States, 389 U.S. 347, 351 (1967) | case | Katz v. United States, 389 U.S. 347 (1967) | Katz v. United States, 389 U.S. 347, 351 (1967)",
            "the court in American Council on Education v. FCC upheld | case | American Council on Education v. FCC | American Council on Education v. FCC",
            "Based on Katz v. United States, the court | case | Katz v. United States | Katz v. United States",
            "Comment on Smith v. Maryland: old law | case | Smith v. Maryland | Smith v. Maryland",
            "the essence of coercion.\"  _United States v. Butler_, 297 U.S.  1 (1936). | case | United States v. Butler, 297 U.S. 1 (1936) | United States v. Butler_, 297 U.S.  1 (1936)",
            // a government party ending in a full stop ("U.S.") makes a case name without a court nearby
            "In U.S. v Martinez, Elizabeth Martinez and her fiance were convicted | case | United States v. Martinez | U.S. v Martinez",
            "See US v Evans, 667 F.Supp 974 (S.D.N.Y, 1987) for a story | case | United States v. Evans, 667 F. Supp. 974 (1987) | US v Evans, 667 F.Supp 974 (S.D.N.Y, 1987)",
            "Barron's articles re Inslaw v U.S. HAMILTON.Z  Transcript of | case | Inslaw v. United States | Inslaw v U.S.",
            // a docket number shows a court case as a reporter does
            ">Schlafly v. Public Key Partners, C-94-20512-SW, July 27, 1994, San Jose. | case | Schlafly v. Public Key Partners | Schlafly v. Public Key Partners",
            "classified.  CPSR v. National Institute of Standards and Technology, et al., C.A. 92-0972-RCL (D.D.C.).  The | case | CPSR v. National Institute of Standards and Technology | CPSR v. National Institute of Standards and Technology",
            // a company's name before its suffix: the pattern finds "Inc." alone
            "In Lear, Inc. v. Adkins, 395 U.S. 653 (1969), the Court | case | Lear, Inc. v. Adkins, 395 U.S. 653 (1969) | Lear, Inc. v. Adkins, 395 U.S. 653 (1969)",
            "Maybe Marbury v. Madison was decided otherwise | case | Marbury v. Madison | Marbury v. Madison",
            "the court in Gertz v. Robert Welch Inc. David Sternlight said | case | Gertz v. Robert Welch Inc. | Gertz v. Robert Welch Inc.",
            "the court in United States v. Aluminum Co. of America held | case | United States v. Aluminum Co. of America | United States v. Aluminum Co. of America",
            "the court case PyPy v. CPy BUT it is a joke | case | PyPy v. CPy | PyPy v. CPy",
            "the Digital Telephony proposal is back | act | Digital Telephony Act | Digital Telephony proposal",
            "As Clipper makes Digital Telephony look like a schoolboy prank | act | Digital Telephony Act | Digital Telephony",
            "the \"Digital Telephony and Communications Privacy Improvement Act of 1994\" | act | Digital Telephony and Communications Privacy Improvement Act of 1994 | Digital Telephony and Communications Privacy Improvement Act of 1994",
            "Mike was not convicted under RICO. | act | Racketeer Influenced and Corrupt Organizations Act | RICO",
            "the broad powers of the Racketeer-Influenced and Corrupt Organizations Act, used | act | Racketeer Influenced and Corrupt Organizations Act | Racketeer-Influenced and Corrupt Organizations Act",
            "I can't quote commercial banking law or the UCC for the most part | act | Uniform Commercial Code | UCC",
            // a law's name of one word and "Act" after "the" or a year; "with" and hyphens inside a name
            "Isn't this a violation of the Hatch Act?  Either | act | Hatch Act | Hatch Act",
            "as required by the '86  Immigration Act, the clerk | act | Immigration Act | Immigration Act",
            "Under the Americans with Disabilities Act, the agency | act | Americans with Disabilities Act | Americans with Disabilities Act",
            "convicted of violating the Comprehensive Anti-Apartheid Act (CAAA) and | act | Comprehensive Anti-Apartheid Act | Comprehensive Anti-Apartheid Act",
            // an acronym in a law's name; a named act inside another's name; a one-word name after "the" and an adjective
            "on the FBI's National DNA Index, the DNA Identification Act, practical aspects | act | DNA Identification Act | DNA Identification Act",
            "although the First Amendment Privacy Protection Act generally protects | act | First Amendment Privacy Protection Act | First Amendment Privacy Protection Act",
            "I think the recently-passed Crime Act has implications | act | Crime Act | Crime Act",
            "CALEA requires carriers | act | Communications Assistance for Law Enforcement Act | CALEA",
            "under the Electronic Communications Privacy Act of 1986, | act | Electronic Communications Privacy Act | Electronic Communications Privacy Act of 1986",
            "protected by the 4th Amendment anyway | act | Fourth Amendment | 4th Amendment",
            // state courts' regional reporters and two states' own reports (cypherpunks 1993-94)
            "a courier without luggage. Overton v. Tyler, 3 Pa. 346,347 (1846). If a check | case | Overton v. Tyler, 3 Pa. 346 (1846) | Overton v. Tyler, 3 Pa. 346,347 (1846)",
            "Also see Romani v Harris, 255 Md.389. and | case | Romani v. Harris, 255 Md. 389 | Romani v Harris, 255 Md.389",
            "wrongful delivery. Collier v Smith (Mo App) 308 SW2d 779. (See | case | 308 S.W.2d 779 | 308 SW2d 779",
            // "Title III" is the Wiretap Act where a message speaks of interception
            "wiretap warrant under Title III. The only | act | Wiretap Act | Title III",
            "surveillance conducted pursuant to Title III of the omnibus Crime Control and Safe Streets Act of 1968, as amended | act | Wiretap Act | Title III of the omnibus Crime Control and Safe Streets Act of 1968",
            "the Stored Communications Act reaches | act | Stored Communications Act | Stored Communications Act",
            "Get it at ftp://ftp.eff.org/pub/EFF/Policy/Digital_Telephony/, then | url | ftp://ftp.eff.org/pub/EFF/Policy/Digital_Telephony/ | ftp://ftp.eff.org/pub/EFF/Policy/Digital_Telephony/",
            "see (http://twistedmatrix.com/documents/howto/). | url | http://twistedmatrix.com/documents/howto/ | http://twistedmatrix.com/documents/howto/",
            "at WWW.EFF.ORG/pub or | url | http://www.eff.org/pub | WWW.EFF.ORG/pub",
            "turns it back into normal NNTP/RFC1036 on the far end | rfc | RFC 1036 | RFC1036",
            "whichever connects first (the 'Happy Eyeballs'/RFC 6555 algorithm) | rfc | RFC 6555 | RFC 6555",
            "In article <1993Mar15.170955.21185@nntpd2.cxo.dec.com> you write | message | <1993Mar15.170955.21185@nntpd2.cxo.dec.com> | <1993Mar15.170955.21185@nntpd2.cxo.dec.com>",
            "Federal Register, Vol. 58, No. 108, dated June 8 | fed-reg | 58 Fed. Reg. No. 108 | Federal Register, Vol. 58, No. 108",
            "Docket No. 930659-3159 of NIST | fed-reg | Docket No. 930659-3159 | Docket No. 930659-3159",
            // "Title II" is the Communications Act's where a message speaks of common carriage or net neutrality
            "reclassifying broadband under Title II would make ISPs common carriers | act | Communications Act of 1934 Title II | Title II",
            "net neutrality rules need Title II authority | act | Communications Act of 1934 Title II | Title II",
            // an editor's bracket inside a quoted definition
            "is subject to Title II of [the Communications Act of 1934: Common Carriers]; | act | Communications Act of 1934 Title II | Title II of [the Communications Act of 1934",
            // "Section 230" is the Communications Decency Act's where a message speaks of liability for what others post
            "Section 230 makes no platform liable for what its users post | usc | 47 U.S.C. § 230 | Section 230",
            "the immunity of section 230(c)(1) covers | usc | 47 U.S.C. § 230(c)(1) | section 230(c)(1)",
            "repeal § 230 and every publisher of comments becomes liable | usc | 47 U.S.C. § 230 | § 230",
            // the Communications Act is numbered as the Code from its title II on: CDA 230 is its section 230
            "Section 230 of the Communications Act makes no platform liable | usc | 47 U.S.C. § 230 | Section 230 of the Communications Act",
            "under CDA 230 the host is no publisher | usc | 47 U.S.C. § 230 | CDA 230",
            "Section 201 of the Communications Act of 1934 sets | usc | 47 U.S.C. § 201 | Section 201 of the Communications Act of 1934"})
    void findsEachKind(String text, String kind, String normalized, String span) {
        Citation c = only(text);
        assertThat(c.kind()).isEqualTo(kind);
        assertThat(c.normalized()).isEqualTo(normalized);
        assertThat(c.text()).isEqualTo(span);
    }

    @Test
    void anActNamedWithHyphensAndWrappedIsFound() {
        Citation c = only("A response to the Freedom-of-Information-\n          Act request for Clipper's algorithm.");
        assertThat(c.normalized()).isEqualTo("Freedom of Information Act");
        assertThat(c.text()).isEqualTo("Freedom-of-Information-\n          Act");
    }

    @Test
    void aBillNumberWrappedAfterASpaceIsFound() {
        Citation c = only("Many of these provisions are contained in H.R. \n1900, the privacy bill.");
        assertThat(c.normalized()).isEqualTo("H.R. 1900");
        assertThat(c.text()).isEqualTo("H.R. \n1900");
    }

    @Test
    void aNameWrappedOntoTheNextLineIsFound() {
        // the prefilter's "bank secrecy" must not ask for the space that a wrapped line replaced
        Citation act = only("reminiscent of the Bank\nSecrecy Act of (I think) 1974. Is this clause");
        assertThat(act.normalized()).isEqualTo("Bank Secrecy Act");
        Citation foia = only("filed a Freedom of\n  Information Act request with the");
        assertThat(foia.normalized()).isEqualTo("Freedom of Information Act");
    }

    /** "The" before a name is not part of it, wherever the line breaks (95 such spans in cypherpunks 1992-94). */
    @Test
    void anActsSpanLeavesOutTheBeforeIt() {
        assertThat(only("is guaranteed by the\nFourth Amendment to").text()).isEqualTo("Fourth Amendment");
        assertThat(only("The\n> > 1st Amendment was written").text()).isEqualTo("1st Amendment");
        assertThat(only("The\nCommunications Act of 1934 spelled").text()).isEqualTo("Communications Act of 1934");
        Citation lower = only("a right under the second amendment, and");
        assertThat(lower.normalized()).isEqualTo("Second Amendment");
        assertThat(lower.text()).isEqualTo("second amendment");
        assertThat(Annotator.citations("the second amendment")).hasSize(1);
        assertThat(Annotator.citations("a second amendment to the bill")).isEmpty();
    }

    /** The Uniform Commercial Code's titles (articles) number their sections so: {@code 3-104} is no range of the Code's (cypherpunks 1994). */
    @Test
    void aSectionOfTheUccsArticleIsNoRangeOfTheCode() {
        assertThat(Annotator.citations("the Uniform Commercial Code, Title 1, Section 1-201 [39] and Title 3, Sections 3-104, 3-401"))
                .extracting(Citation::normalized).containsExactly("Uniform Commercial Code");
        assertThat(only("is codified at Title 18, United States Code, Section 2510-2521.").normalized()).isEqualTo("18 U.S.C. § 2510-2521");
    }

    /** Bills of rights other than the Constitution's, by a name or an article before them or words after (cypherpunks 1992-94). */
    @Test
    void anotherBillOfRightsIsNotTheConstitutions() {
        for (String other : List.of("Subject: POD E-Mail Bill of Rights", "Subject: Electronic Bill of Rights",
                "a \"Cypherpunks Bill of Rights\" (ugh!)", "propose this Bill of Rights and Responsibilities for Electronic Communities",
                "a kind of interactive Bill of Rights in which amendments would", "Maybe we need a new Bill of Rights for cyberspace")) {
            assertThat(Annotator.citations(other)).as(other).isEmpty();
        }
        for (String constitutions : List.of("obey those provisions of the Bill of Rights that deal with privacy",
                "the Constitution's\nBill of Rights has all the provisions", "books on the Constitution and\nBill of Rights",
                "The original Bill of Rights explicitly recognized", "Fifth Amendments of the US Bill of Rights",
                "I've got a burning Constitution and Bill of\nRights for you burn your hands on")) {
            assertThat(Annotator.citations(constitutions)).as(constitutions).extracting(Citation::normalized).contains("Bill of Rights");
        }
    }

    /** A standard's number on the next line, or after its initials defined in brackets (cypherpunks 1993-94). */
    @Test
    void aFipsNumberWrappedOrAfterTheDefinedInitialsIsFound() {
        assertThat(only("specified for DES in FIPS\nPUB 81 or ANSI X3.106.").text()).isEqualTo("FIPS\nPUB 81");
        assertThat(only("as specified for DES in FIPS     \n     81);").normalized()).isEqualTo("FIPS 81");
        Citation defined = only("will meet Federal Information Processing Standard (FIPS)\n140-1 Level 3.0 for");
        assertThat(defined.normalized()).isEqualTo("FIPS 140-1");
        assertThat(defined.text()).isEqualTo("FIPS)\n140-1");
    }

    /** Each amendment of a list before "Amendments" (cypherpunks 1992-94: 40 such lists had cited none or only the last). */
    @Test
    void aListOfAmendmentsCitesEach() {
        assertThat(Annotator.citations("the guarantees of the\nFirst, Fourth and Fifth Amendments.  If you"))
                .extracting(Citation::normalized).containsExactly("First Amendment", "Fourth Amendment", "Fifth Amendment");
        assertThat(Annotator.citations("the 2nd and 4th amendments are being dispensed with")).extracting(Citation::text)
                .containsExactly("2nd", "4th amendments");
        assertThat(Annotator.citations("a fair trial protected by the Fifth and 14th Amendments' Due Process clauses"))
                .extracting(Citation::normalized).containsExactly("Fifth Amendment", "Fourteenth Amendment");
        // an ordinal not before a list's "Amendments" is no amendment
        assertThat(Annotator.citations("the First and Second Readings of the Amendments")).isEmpty();
    }

    /** A party's name never runs across a blank line: a heading above it, a paragraph after it. */
    @Test
    void aCaseNameStopsAtAParagraphsEdge() {
        assertThat(only("SUPREME COURT OF THE UNITED STATES\n\nSyllabus\n\nRATZLAF v. UNITED STATES certiorari to the court")
                .text()).isEqualTo("RATZLAF v. UNITED STATES");
        assertThat(only("TABLE OF AUTHORITIES\n\nCASES\n\n   CP National Corp. v. Bonneville Power Admin.,  928 F.2d 905 (9th Cir. 1991)")
                .normalized()).isEqualTo("CP National Corp. v. Bonneville Power Admin., 928 F.2d 905 (1991)");
        // and the Bluebook's abbreviations (Mach., Mfg., ...) stay inside a name
        assertThat(only("the case, but here it is.  This is Bonsack Mach. Co. v. Underwood\n\nSpeaking of patents: none")
                .text()).isEqualTo("Bonsack Mach. Co. v. Underwood");
    }

    /**
     * A case name cut short of what its pattern matched leaves the rest to be read again: the pattern
     * ran on into "Katz v." as the first case's right party, and the second case was lost.
     */
    @Test
    void aListOfCaseNamesGivesEachCase() {
        assertThat(Annotator.citations("the cases involving privacy and wiretapping, i.e., Olmstead v. U.S., Katz v. U.S.  Katz is the case")
                .stream().map(Citation::normalized)).containsExactly("Olmstead v. United States", "Katz v. United States");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Title III of the Americans with Disabilities Act covers public places",
            "radio intercepts fall under Title III of the Communications Act",
            "Title III of the bill funds schools; Title III grants are due"})
    void aTitleIiiOfAnotherActOrOutsideInterceptionIsNoWiretapAct(String text) {
        assertThat(Annotator.citations(text)).extracting(Citation::normalized).doesNotContain("Wiretap Act");
    }

    @Test
    void aTitleIiOfTheEcpaIsNoCommunicationsActTitle() {
        assertThat(Annotator.citations("P.L. 99-508, Title II, sec. 202, about stored records of the FCC's broadband carriers"))
                .extracting(Citation::normalized).containsExactly("Pub. L. 99-508");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Eric S. Raymond wrote at 10:30 about it",
            "version 2.3 of PGP and S. 2.0 of the spec",
            "meet me at 12:30, S. and I will be there",
            "the MSWindows v. Unix flame war goes on",
            "But the DOS vs Windows decision is more fundamental.",
            "1.  BAD PRECEDENT -- FREE FOR OLD-FASHIONED PAPER VS. FEES FOR MODERN ACCESS  Mr. Warren, the court fees are",
            "TECHNOLOGY v. POLITICS: a panel",
            "Steve Jackson said he was at USC 1994 graduation",
            "a balancing act between them",
            "He read them the Riot Act yesterday",
            "He read them the old Riot Act yesterday",
            "the FBI Act and the NSA",
            "Her speech was a Tough Act to follow",
            "Double Act: a comedy night",
            "send mail to <tcmay@netcom.com> for details",
            "RFC's are documents, and the std library helps",
            "It can't be found at\nother conferences, sadly.",
            "the executive order 2 of the board",
            "the video EO 1234567 clip",
            "the vacuum tube stat. 3 of 4 failed",
            "Title III funding for colleges ran out",
            // "Title II" and "Section 230" alone in other company are another act's or document's
            "Title II of the bill funds schools",
            "see section 230 of the manual for the wiring",
            "Title II grants go to the states",
            "Section 230 of the parser was rewritten",
            "write to 4321 Campus Drive, College Park, 1200 Md. 20742",
            "include twisted/test/rfc822.message and more",
            "Currently in Twisted/sandbox/dreid/rfc2617.py (with unittests",
            "X-Orcl-Content-Type: message/rfc822",
            // Python's module of that name (twisted-python)
            "What about using just rfc822.Message?  That's in Python 2.2.",
            "      l = list(rfc822.AddressList(addr))",
            "import os, tempfile, rfc822\nTraceback (most recent call last):",
            "Twisted's rfc2617.IAuthorizer, a",
            "/RFC-822=fnerd(a)192.9.200.3/OU=PP Switch",
            "dial the U.S. 800 number",
            "15  csu-gw-2.UCC.ColoState.EDU (129.82.103.2)",
            // a docket number without a bureau or "No.", even beside the FCC, may be any court's; an RM- part number is no petition
            "the FCC was sued; the court's Docket 92-6229 was heard",
            "order part RM-10865 from the catalogue",
            // a bare number with no subsection, or before no process, is no section
            "we got 2703 orders this year",
            "build v2703(d) requests time out",
            "the 2703(d) clause was discussed at length",
            // sides of a contest, with a court word nearby: no parties to a case
            "Why is everything in terms of \"Us vs. Them\"? Every case is a battle.",
            "Would he be perceived as the David vs. the Goliath? Does RSA have a strong, legal case?",
            // program names in a list of tickets, a case nearby
            "[#1120] OS-X vs PTYProcess, OSError vs IOError (opened by warner)\n[#2340] Special case inlineCallbacks"})
    void ignoresLookalikes(String text) {
        assertThat(Annotator.citations(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Katz v. United States, 389 U.S. 347 (1967) | https://www.courtlistener.com/c/U.S./389/347/",
            "18 USC 2703(f) | https://www.law.cornell.edu/uscode/text/18/2703",
            "47 CFR 64.2003 | https://www.law.cornell.edu/cfr/text/47/64.2003",
            "RFC 2119 | https://www.rfc-editor.org/rfc/rfc2119",
            "Directive 2006/24/EC | https://eur-lex.europa.eu/eli/dir/2006/24/oj",
            "Pub. L. 104-104 | https://www.govinfo.gov/link/plaw/104/public/104",
            "draft-ietf-pem-cert-03 | https://datatracker.ietf.org/doc/draft-ietf-pem-cert-03/",
            // an act and the regulations made under it are two texts
            "Export Administration Act | https://www.congress.gov/bill/96th-congress/senate-bill/737",
            "Export Administration Regulations | https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C",
            // the first ten amendments, not the first alone
            "the Bill of Rights | https://www.archives.gov/founding-docs/bill-of-rights-transcript",
            "the First Amendment | https://constitution.congress.gov/constitution/amendment-1/"})
    void linksToTheCanonicalPage(String text, String link) {
        assertThat(only(text).link()).isEqualTo(link);
    }

    @Test
    void theExportAdministrationRegulationsAreNoAct() {
        assertThat(only("under EAR Part 740 the exporter").normalized()).isEqualTo("Export Administration Regulations");
        assertThat(only("the Export Administration Regulations say").normalized()).isEqualTo("Export Administration Regulations");
        assertThat(only("the Export Administration Act of 1979 says").normalized()).isEqualTo("Export Administration Act");
        assertThat(Codifications.actsHolding("15 C.F.R. Part 734")).containsExactly("Export Administration Regulations");
    }

    @org.junit.jupiter.api.Test
    void billsTakeTheirCongressFromTheMessageDateOrTheText() {
        org.listscope.model.Message m = org.listscope.model.Message.builder().id("m")
                .from(org.listscope.model.Author.of("A", null, "A")).source(new org.listscope.model.Source(null, null, "mbox"))
                .date(java.time.Instant.parse("1994-03-21T12:00:00Z"))
                .body("Support HR 3627 now. And H.R. 837 (110th Congress) too.\n").build();
        List<Citation> bills = new Annotator().annotate(List.of(m)).get(0).annotations().stream()
                .filter(a -> a instanceof Citation c && c.kind().equals("bill")).map(a -> (Citation) a).toList();
        assertThat(bills).extracting(Citation::normalized).containsExactly("H.R. 3627 (103rd)", "H.R. 837 (110th)");
        assertThat(bills.get(1).link()).isEqualTo("https://www.congress.gov/bill/110th-congress/house-bill/837");
    }

    /** The citations the annotator finds in a message of {@code date}, as "kind: normalized [text]". */
    private static List<String> citedOn(String date, String body) {
        org.listscope.model.Message m = org.listscope.model.Message.builder().id("m")
                .from(org.listscope.model.Author.of("A", null, "A")).source(new org.listscope.model.Source(null, null, "mbox"))
                .date(java.time.Instant.parse(date + "T12:00:00Z")).body(body).build();
        return new Annotator().annotate(List.of(m)).get(0).annotations().stream()
                .filter(a -> a instanceof Citation).map(a -> (Citation) a)
                .map(c -> c.kind() + ": " + c.normalized() + " [" + c.text() + "]").toList();
    }

    @Test
    void anOpenInternetOrderWithoutItsYearIsTheOneInForceWhenTheMessageWasWritten() {
        String body = "The Open Internet Order bans paid prioritization.\n";
        assertThat(citedOn("2016-05-02", body)).containsExactly("fcc: FCC 15-24 [Open Internet Order]");
        assertThat(citedOn("2012-01-09", body)).containsExactly("fcc: FCC 10-201 [Open Internet Order]");
        assertThat(citedOn("2009-10-22", body)).containsExactly("fcc: Open Internet Order [Open Internet Order]");
        assertThat(citedOn("2012-01-09", "The 2015 Open Internet Order will come.\n")).containsExactly("fcc: FCC 15-24 [2015 Open Internet Order]");
    }

    @Test
    void anActNamedWithoutItsYearYearsBeforeThatYearIsAnotherActOfThatName() {
        // the UK's Telecommunications Act in a 1994 message; the US act of 1996 from the bill's year on
        String body = "offences contrary to s43 Telecommunications Act and the Telecom Act.\n";
        assertThat(citedOn("1994-05-14", body)).containsExactly("act: Telecommunications Act [Telecommunications Act]",
                "act: Telecom Act [Telecom Act]");
        assertThat(citedOn("1995-06-01", body)).containsExactly("act: Telecommunications Act of 1996 [Telecommunications Act]",
                "act: Telecommunications Act of 1996 [Telecom Act]");
        assertThat(citedOn("1994-05-14", "the Telecommunications Act of 1996 will come\n"))
                .containsExactly("act: Telecommunications Act of 1996 [Telecommunications Act of 1996]");
    }

    @Test
    void partsAndSectionsOfTheFccsRulesAreTitle47sOfTheCfr() {
        assertThat(Annotator.citations("FCC Part 15 devices and Part 68; see FCC 97.113 and Part 15 of the FCC rules. "
                + "Part 97 bans codes. FCC regulation part 68, Section 68.318 (c) (3) says")).extracting(Citation::normalized)
                .containsExactly("47 C.F.R. Part 15", "47 C.F.R. Part 68", "47 C.F.R. § 97.113", "47 C.F.R. Part 15",
                        "47 C.F.R. Part 97", "47 C.F.R. Part 68", "47 C.F.R. § 68.318(c)");
        // a bare part only where the FCC is named, and not "of" something else; an FCC record number is no section
        assertThat(kinds("Part 15 of the book, Part 15/20, and Part 97")).isEmpty();
        assertThat(Annotator.citations("the FCC's Part 15 of 20 and FCC 97-113")).extracting(Citation::normalized)
                .containsExactly("47 C.F.R. Part 15", "FCC 97-113");
    }

    @Test
    void theFederalRulesAreCitedAsTheBluebookAbbreviatesThem() {
        List<Citation> c = Annotator.citations("a Rule 45 subpoena under Fed. R. Civ. P. 45(c) and Fed.R.Crim.P. 41; FRCP 26(b), "
                + "Fed. R. Evid. 803(6), Federal Rule of Civil Procedure 12(b)(7), Rule 11 of the Federal Rules of Civil Procedure, "
                + "a Rule 17(c) subpoena and a Rule 41 warrant.");
        assertThat(c).extracting(Citation::normalized).containsExactly("Fed. R. Civ. P. 45", "Fed. R. Civ. P. 45(c)",
                "Fed. R. Crim. P. 41", "Fed. R. Civ. P. 26(b)", "Fed. R. Evid. 803(6)", "Fed. R. Civ. P. 12(b)(7)",
                "Fed. R. Civ. P. 11", "Fed. R. Crim. P. 17(c)", "Fed. R. Crim. P. 41");
        assertThat(c).extracting(Citation::kind).containsOnly("court-rule");
        assertThat(c.get(2).link()).isEqualTo("https://www.law.cornell.edu/rules/frcrmp/rule_41");
        // a rule of something else, and a bare rule beside what it does not issue
        assertThat(kinds("rule 45 of the club; Rule 4 subpoena; Rule 41 of the game; a Rule 41 subpoena")).isEmpty();
        // what it issues before it
        assertThat(Annotator.citations("They served a subpoena under Rule 45 on the ISP; a search warrant issued under Rule 41; "
                + "subpoenas issued pursuant to Rule 17(c).")).extracting(Citation::normalized)
                .containsExactly("Fed. R. Civ. P. 45", "Fed. R. Crim. P. 41", "Fed. R. Crim. P. 17(c)");
        assertThat(kinds("a warrant under Rule 45; a subpoena under Rule 41 of the club")).isEmpty();
    }

    @Test
    void twoActsJoinedByAndAreBothCited() {
        assertThat(Annotator.citations("The Sherman Act and the Clayton Act apply to peering, and the Hatch Act and the "
                + "Food and Drug Act too.")).extracting(Citation::normalized)
                .containsExactly("Sherman Act", "Clayton Act", "Hatch Act", "Food and Drug Act");
    }

    @Test
    void sectionsOfTheTelecomActAndTheDmcaNamedBareAreTheirs() {
        assertThat(Annotator.citations("Section 706 lets the FCC promote broadband.")).extracting(Citation::normalized)
                .containsExactly("Telecommunications Act of 1996 § 706");
        assertThat(Annotator.citations("the Section 512 safe harbor covers takedowns; section 1201(a)(2) bans circumvention tools"))
                .extracting(Citation::normalized).containsExactly("17 U.S.C. § 512", "17 U.S.C. § 1201(a)(2)");
        // in other company, or of another text, none
        assertThat(kinds("Section 706 of the manual; section 512 of the spec; Section 1201 is about ports")).isEmpty();
    }

    @Test
    void aBareSectionAfterANamedActIsNotTakenForTheCodeTitleCitedBeforeIt() {
        // "Section 702" is the FISA Amendments Act's (FISA's), not 18 U.S.C. § 702
        assertThat(Annotator.citations("18 U.S.C. 2709 allows NSLs. The FISA Amendments Act added Section 702.")
                .stream().map(Citation::normalized).toList())
                .containsExactly("18 U.S.C. § 2709", "FISA Amendments Act", "Foreign Intelligence Surveillance Act § 702");
        assertThat(Annotator.citations("18 U.S.C. 2709 allows NSLs. The Fooing Act then added section 123(a).")
                .stream().map(Citation::normalized).toList()).containsExactly("18 U.S.C. § 2709", "Fooing Act");
        // unless "Id." points back to the statute
        assertThat(Annotator.citations("15 U.S.C. section 1666, The Fair Debt Collections Practices Act, Id. section 1692.")
                .stream().map(Citation::normalized).toList())
                .containsExactly("15 U.S.C. § 1666", "Fair Debt Collections Practices Act", "15 U.S.C. § 1666", "15 U.S.C. § 1692");
        // a famous section alone where the message names its act
        assertThat(Annotator.citations("FISA's Section 702 lets the NSA").stream().map(Citation::normalized).toList())
                .containsExactly("Foreign Intelligence Surveillance Act", "Foreign Intelligence Surveillance Act § 702");
        assertThat(Annotator.citations("the Patriot Act is back; Section 215 orders").stream().map(Citation::normalized).toList())
                .containsExactly("USA PATRIOT Act", "USA PATRIOT Act § 215");
        // a bare Section 702 or 215 where the message names neither act is none
        assertThat(kinds("See section 702 of the manual, and section 215.")).isEmpty();
        // each rule keeps the name it has in stored evidence
        assertThat(Annotator.citations("FISA's Section 702 and Section 230 immunity").stream()
                .filter(c -> c.normalized().contains("702") || c.normalized().contains("230"))
                .map(c -> c.evidence().get(0)).toList())
                .containsExactly("section-702-215; section of the act", "section-230; the act's section in the Code");
    }

    @Test
    void lookalikesOfStandardsAndEuCasesAreNone() {
        assertThat(kinds("a C-3/12 grade, and part C-10/20 of the kit")).isEmpty(); // no "Case", no court named
        assertThat(kinds("FD_SETSIZE in the C headers; BETSI at Bellcore")).isEmpty();
        assertThat(kinds("a T1.5 line and ATIS-100 and ETSI 300")).isEmpty();
        assertThat(kinds("the ECJ's judgment in C-293/12")).containsExactly("case");
        assertThat(Annotator.citations("ETSI EN 300 386 and ETSI TS 102 657").stream().map(Citation::topics).toList())
                .containsExactly(List.of(), List.of("data-retention"));
    }

    @Test
    void aBillsNicknameCitesItInTheYearsItWasDebated() {
        String body = "Write in support of the Cantwell bill, and against the FBI Wiretap Bill.\n"
                + "The Leahy/Edwards bill is better than the EFF's Wiretap Bill; see the Markey/Fields bill too.\n";
        assertThat(citedOn("1994-06-13", body)).containsExactly(
                "bill: H.R. 3627 (103rd) [Cantwell bill]", "act: Digital Telephony Act [FBI Wiretap Bill]",
                "act: Digital Telephony Act [Leahy/Edwards bill]", "act: Digital Telephony Act [EFF's Wiretap Bill]",
                "bill: H.R. 3636 (103rd) [Markey/Fields bill]");
        // later bills took the names over (FISA's amendments were "the wiretap bill" of 2008), and
        // without a date the year is unknown
        assertThat(citedOn("2008-06-20", body)).isEmpty();
        assertThat(Annotator.citations(body)).isEmpty();
    }

    @Test
    void theCrimeBillOf1994IsTheActItBecameAndNoOtherCrimeBill() {
        String body = "Sections 1401 and 1402 of the Crime Bill bother me; the crime bill is still in joint committee.\n"
                + "The \"Crime Bill\" passed by Congress. The original US Crime Bill, the Anti-Crime Bill and a federal "
                + "crime bill are other bills.\n";
        String act = "act: Violent Crime Control and Law Enforcement Act of 1994";
        assertThat(citedOn("1994-08-23", body)).containsExactly(act + " [Crime Bill]", act + " [crime bill]", act + " [Crime Bill]");
        assertThat(citedOn("1991-06-01", body)).isEmpty();
        assertThat(citedOn("1995-06-01", body)).isEmpty();
        assertThat(citedOn("2001-01-01", "the Violent Crime Control and Law Enforcement Act of 1994\n")).containsExactly(
                act + " [Violent Crime Control and Law Enforcement Act of 1994]");
    }

    /** Each act is found under its own name: its triggers and first letters let the pattern run. */
    @Test
    void everyNamedActIsCitedByItsOwnName() {
        for (NamedAct act : Lexicon.ACTS) {
            assertThat(citedOn("2001-01-01", "They spoke of the " + act.canonical() + " today.\n")).as(act.canonical())
                    .contains("act: " + act.canonical() + " [" + act.canonical() + "]");
        }
    }

    @Test
    void aLawsNicknameOfAnyYearIsItsName() {
        assertThat(citedOn("2004-01-01", "He voted for the Brady Bill and read the Digital Telephone bill.\n")).containsExactly(
                "act: Brady Handgun Violence Prevention Act [Brady Bill]", "act: Digital Telephony Act [Digital Telephone bill]");
        assertThat(Annotator.actNamed("Brady Bill")).isEqualTo("Brady Handgun Violence Prevention Act");
    }

    @Test
    void aNicknameAskedForNamesItsBillWhateverTheYear() {
        assertThat(Annotator.nicknamed("Cantwell's bill")).isEqualTo("H.R. 3627 (103rd)");
        assertThat(Annotator.nicknamed(" FBI wiretap bill ")).isEqualTo("Digital Telephony Act");
        assertThat(Annotator.nicknamed("the Cantwell bill passed")).isNull();
        // a nickname that is one only after "the" is one when asked for alone
        assertThat(Annotator.nicknamed("Crime Bill")).isEqualTo("Violent Crime Control and Law Enforcement Act of 1994");
        assertThat(Annotator.nicknamed("Biden bill")).isNull();
    }

    @Test
    void aFipsNumberInAPathOrBeyondTheSeriesIsNone() {
        assertThat(kinds("ftp.wimsey.bc.ca:/pub/crypto/US_or_Canada_only/FIPS181/")).doesNotContain("fips");
        assertThat(kinds("the FIPS 1234 draft")).doesNotContain("fips");
        assertThat(kinds("Federal Information Processing Standard (FIPS  XXX)")).isEmpty();
        assertThat(kinds("DES, the Data Encryption Standard, is an algorithm")).isEmpty(); // its name is the algorithm's
        assertThat(Annotator.citations("FIPS 185 and FIPS 140-1").get(0).topics()).containsExactly("encryption");
    }

    @Test
    void sectionsListedBeforeTheirTitleAreEachCited() {
        List<Citation> c = Annotator.citations("any felony violation of sections 922 and 924 of title 18, United\nStates Code "
                + "(relating to firearms); under sections 2274 through 2277 of title 42 of the United States Code; "
                + "as defined in subsections 2510(1) and 2510(12), of Title 18, United States Code; Sections 2601, 2602, and 2603 "
                + "of title 18 as added");
        assertThat(c).extracting(Citation::normalized).containsExactly("18 U.S.C. § 922", "18 U.S.C. § 924",
                "42 U.S.C. § 2274-2277", "18 U.S.C. § 2510(1)", "18 U.S.C. § 2510(12)", "18 U.S.C. § 2601", "18 U.S.C. § 2602",
                "18 U.S.C. § 2603");
        assertThat(c).extracting(Citation::text).startsWith("sections 922", "924 of title 18, United\nStates Code");
        // a list that ends in no title, numbers before "of title" that are no list, a list led by no word
        assertThat(kinds("sections 2510 and 2511 are fine; in 1994 and 1995 of title fights; rules 2510 and 2511 of title 18")).isEmpty();
        // a list led by the singular, as some write it; the singular before one section is the section's own pattern
        assertThat(Annotator.citations("See section 2511, 2512 and 2513 of title 18; section 2510 through 2522 or 2701 of title 18. "
                + "Section 922 of Title 18 too.")).extracting(Citation::normalized).containsExactly("18 U.S.C. § 2511", "18 U.S.C. § 2512",
                "18 U.S.C. § 2513", "18 U.S.C. § 2510-2522", "18 U.S.C. § 2701", "18 U.S.C. § 922");
        // "and following" is "et seq.": the first section
        assertThat(Annotator.citations("codified in sections 2751 and following of Title 22 of the U.S.\nCode."))
                .extracting(Citation::normalized).containsExactly("22 U.S.C. § 2751");
    }

    @Test
    void chaptersOfTheCodeAreCitedAsTheActTheyAre() {
        List<Citation> c = Annotator.citations("acquire call setup information under chapters 119 and 206 of title 18 and "
                + "chapter 36 of title 50. Chapter 109 of title 18, United States Code, is amended. See 18 U.S.C. ch. 121 and "
                + "47 USC Chapter 9.");
        assertThat(c).extracting(Citation::normalized).containsExactly("18 U.S.C. ch. 119", "18 U.S.C. ch. 206",
                "50 U.S.C. ch. 36", "18 U.S.C. ch. 109", "18 U.S.C. ch. 121", "47 U.S.C. ch. 9");
        assertThat(c).extracting(Citation::kind).containsOnly("usc");
        assertThat(c.get(0).link()).isEqualTo("https://www.law.cornell.edu/uscode/text/18/part-I/chapter-119");
        assertThat(c.get(1).link()).isEqualTo("https://www.law.cornell.edu/uscode/text/18/part-II/chapter-206");
        assertThat(c.get(2).topics()).containsExactly("lawful-intercept", "surveillance"); // FISA's
        assertThat(Annotator.citations("see chapter 5 of the book, and 18 U.S.C. 2511 in chapter 119")).extracting(Citation::normalized)
                .containsExactly("18 U.S.C. § 2511");
    }

    private static List<String> kinds(String text) {
        return Annotator.citations(text).stream().map(Citation::kind).toList();
    }

    @Test
    void anAddressThatLooksLikeAMessageIdIsNoCitation() {
        assertThat(kinds("From: Hal Finney <74076.1041@compuserve.com>\nSubject: x")).doesNotContain("message");
        assertThat(kinds("Write to Michael McMahon <0005857625@mcimail.com> for a copy.")).doesNotContain("message");
        assertThat(kinds("Duncan Frissell <CompuServe.COM!71562.3445@netcomsv.netcom.com> writes:")).doesNotContain("message");
        assertThat(kinds("In article <1993Jan20.041347.19567@husc3.harvard.edu>, Tim writes:")).contains("message");
        assertThat(kinds("It was posted as <1993Jan20.041347.19567@husc3.harvard.edu> last week.")).contains("message");
        // a MIME part's id, pasted with its headers (divunal-devel, 1999)
        assertThat(kinds("Content-Transfer-Encoding: BASE64\nContent-ID: <Pine.LNX.4.10.9909020416020.30560@helix.twistedmatrix.com>\n"
                + "Content-Description: MakeMakeFiles.pl")).doesNotContain("message");
        assertThat(kinds("Message-ID: <Pine.LNX.4.10.9909020416020.30560@helix.twistedmatrix.com>\n")).contains("message");
        // pipermail's " at " for "@", in the bodies of its text archives
        assertThat(Annotator.citations("In article <3EE35666.965E6369 at engcorp.com> you write:").stream().map(Citation::normalized))
                .containsExactly("<3EE35666.965E6369@engcorp.com>");
        assertThat(kinds("On Thu, 2 Aug 2001, M.J. Stahl <mjmstahl at one.net> wrote:")).doesNotContain("message");
        assertThat(kinds("On Mar 2, 2015, at 4:55 AM, 8 <421174439 at qq.com> wrote:")).doesNotContain("message");
        assertThat(kinds("send messages to <mailto:mail-admin-315569 at glyph.im>.")).doesNotContain("message");
        assertThat(kinds("On Aug 18, twisted-10152003 at atlas.lcs.mit.edu <twisted-10152003 at atlas.lcs.mit.edu> wrote:"))
                .doesNotContain("message");
        assertThat(kinds("tcmay@netcom.com (Timothy C. May) <199407142033.NAA01489@netcom3.netcom.com> writes:")).contains("message");
        assertThat(kinds("Message-Id: <930115071353_74076.1041_DHJ55-2@CompuServe.COM>")).contains("message");
    }
}
