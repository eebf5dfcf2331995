package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * Stage 2, tokenize: the list of extractors, one per way of writing a citation. The order is the
 * order of preference when two matches cover the same span with the same length.
 */
final class Extractors {

    private Extractors() {
    }

    /** Every extractor, in order of preference. */
    static final List<Extractor> ALL = List.of(
            new Extractor("usc", List.of("u.s.c", "usc", "u. s. c", "us code", "u.s. code"), Patterns.USC, Scan.at(Scan.DIGITS), Extractors::usc),
            new Extractor("usc-section-of-title", List.of("title"), Patterns.USC_SECTION_OF_TITLE, Scan.at("Ss§"), Extractors::uscSectionOfTitle),
            new Extractor("usc-title-section", List.of("title"), Patterns.USC_TITLE_SECTION, Scan.at("Tt"), Extractors::uscTitleSection),
            new Extractor("usc-sections-of-title", List.of("of title"), CodeLists.SECTIONS, Scan.at("Ss" + Scan.DIGITS), CodeLists::buildSection),
            new Extractor("usc-chapter-of-title", List.of("of title"), CodeLists.CHAPTERS, Scan.at("Cc" + Scan.DIGITS), CodeLists::buildChapter),
            new Extractor("usc-chapter", List.of("u.s.c", "usc", "u. s. c", "us code", "u.s. code"), Patterns.USC_CHAPTER, Scan.at(Scan.DIGITS),
                    CodeLists::buildUscChapter),
            new Extractor("usc-appendix", List.of("u.s.c", "usc", "u. s. c"), Patterns.USC_APPENDIX, Scan.at(Scan.DIGITS), Extractors::uscAppendix),
            new Extractor("cfr", List.of("cfr", "c.f.r", "c. f. r"), Patterns.CFR, Scan.at(Scan.DIGITS), Extractors::cfr),
            new Extractor("cfr-title-part", List.of("regulations"), Patterns.CFR_TITLE_PART, Scan.at("TtC"), Extractors::cfrTitlePart),
            new Extractor("cfr-part-of-title", List.of("regulations"), Patterns.CFR_PART_OF_TITLE, Scan.at("PpSs§"),
                    Extractors::cfrPartOfTitle),
            new Extractor("public-law", List.of("p.l", "p. l", "pub", "public law", "pl "), Patterns.PUBLIC_LAW, Scan.at("Pp"), Extractors::publicLaw),
            new Extractor("statutes-at-large", List.of("stat."), Patterns.STATUTES_AT_LARGE, Scan.at(Scan.DIGITS), Extractors::statutesAtLarge),
            new Extractor("bill", List.of("h.r", "h. r", "hr", "s.", "bill", "res."), Patterns.BILL, Scan.at("HS"), Extractors::bill),
            new Extractor("case", List.of(" v.", " v ", " v\n", " vs", " vs."), Patterns.CASE, Scan.at(Scan.UPPER), CaseNames::build),
            new Extractor("reporter", List.of("u.s.", " us ", "f.", "s.ct", "s. ct", "f2d", "f3d", "rptr", "2d", "pa.", "md."),
                    Patterns.REPORTER, Scan.at(Scan.DIGITS), CaseNames::buildReporter),
            new Extractor("fed-reg", List.of("fed", "f.r.", " fr "), Patterns.FED_REG, Scan.at(Scan.DIGITS), Extractors::fedReg),
            new Extractor("fed-reg-volume", List.of("federal register"), Patterns.FED_REG_VOLUME, Scan.at("F"), Extractors::fedRegVolume),
            new Extractor("commerce-docket", List.of("docket"), Patterns.COMMERCE_DOCKET, Scan.at("Dd"), Extractors::commerceDocket),
            new Extractor("fcc-docket", List.of("docket", "dkt."), Patterns.FCC_DOCKET, Scan.at("ECWMGPISBRFD"), Extractors::fccDocket),
            new Extractor("process-section", List.of("251", "252", "270", "271", "312"), Patterns.PROCESS_SECTION, Scan.at("23"),
                    Extractors::processSection),
            new Extractor("fcc-rules-part", List.of("part"), Patterns.FCC_RULES_PART, Scan.at("FPp"), Extractors::fccRulesPart),
            new Extractor("fcc-rules-section", List.of("fcc"), Patterns.FCC_RULES_SECTION, Scan.at("F"), Extractors::fccRulesSection),
            new Extractor("fcc-petition", List.of("rm-"), Patterns.FCC_PETITION, Scan.at("R"), Extractors::fccPetition),
            new Extractor("fcc-document", List.of("fcc"), Patterns.FCC_DOCUMENT, Scan.at("F"), Extractors::fccDocument),
            new Extractor("fcc-order", List.of("fcc", "federal communications commission"),
                    Patterns.FCC_ORDER, Scan.at("FSTRMND"), Extractors::fccOrder),
            new Extractor("fcc-named-order", List.of("open internet", "internet order", "internet freedom", "freedom order"), Patterns.FCC_NAMED_ORDER, Scan.at("O2R"), Extractors::fccNamedOrder),
            new Extractor("eu-case", List.of("case c-", "cases c-", "cjeu", "ecj", "court of justice", "european court"), Patterns.EU_CASE, Scan.at("Cc"), Extractors::euCase),
            new Extractor("court-rule", CourtRules.TRIGGERS, CourtRules.PATTERN, Scan.at(CourtRules.STARTS), CourtRules::build),
            new Extractor("standard", Standards.TRIGGERS, Standards.PATTERN, Scan.at(Standards.STARTS), Standards::build),
            new Extractor("executive-order", List.of("executive order", "e.o.", "e. o.", "eo ", "eo1"), Patterns.EXECUTIVE_ORDER,
                    Scan.at("Ee"), Extractors::executiveOrder),
            new Extractor("fips", List.of("fips"), Patterns.FIPS, Scan.at("F"), Extractors::fips),
            new Extractor("fips-named", NamedStandards.TRIGGERS, NamedStandards.PATTERN, Scan.at(NamedStandards.STARTS),
                    NamedStandards::build),
            new Extractor("eu-law", List.of("directive", "regulation", "decision"), Patterns.EU_LAW, Scan.at("DR"), Extractors::euLaw),
            new Extractor("named-act", Acts.TRIGGERS, Acts.PATTERN, Scan.at(Scan.UPPER + Scan.DIGITS + Acts.LOWER_STARTS), Acts::build),
            new Extractor("title-iii", List.of("title iii"), Acts.TITLE_III, Scan.at("T"), Acts::buildTitleThree),
            new Extractor("title-ii", List.of("title ii"), Acts.TITLE_II, Scan.at("T"), Acts::buildTitleTwo),
            new Extractor("bare-section", Acts.BARE_SECTION_TRIGGERS, Acts.BARE_SECTION, Scan.at("Ss§"), Acts::buildBareSection),
            new Extractor("nickname", LawNicknames.TRIGGERS, LawNicknames.PATTERN, Scan.at(LawNicknames.STARTS), LawNicknames::build),
            new Extractor("generic-act", List.of(" act"), Lexicon.GENERIC_ACT, Scan.at(Scan.UPPER), Acts::buildGeneric),
            new Extractor("rfc", List.of("rfc", "bcp", "std"), Patterns.RFC, Scan.at("RrBS"), Extractors::rfc),
            new Extractor("internet-draft", List.of("draft-"), Patterns.DRAFT, Scan.at("d"), Extractors::draft),
            new Extractor("url", List.of("://", "www.", "ftp."), Patterns.URL, Scan.atAnyCase("hfgwtn"), Extractors::url),
            new Extractor("message-id", List.of("@", " at "), Patterns.MESSAGE_ID, Scan.at("<"), Extractors::messageId));

    /** Every extractor's scan and pattern, for one walk over a text. */
    private static final ScanSet SCANS = new ScanSet(ALL.stream().map(Extractor::starts).toList(),
            ALL.stream().map(Extractor::pattern).toList());

    /** Every extractor's triggers, for one walk over a text. */
    private static final Triggers TRIGGERS = new Triggers(ALL.stream().map(Extractor::triggers).toList());

    /**
     * Runs every extractor worth running over the cleaned text, all in one walk; matches may
     * overlap. They are listed extractor by extractor, in {@link #ALL} order, each one's in text order.
     */
    static List<Citation> findAll(Text text) {
        long enabled = TRIGGERS.present(text);
        if (enabled == 0) return new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Citation>[] found = new List[ALL.size()];
        SCANS.each(text.clean(), enabled, (x, m) -> {
            Extractor e = ALL.get(x);
            Citation c = e.build().build(m, text, e.name());
            if (c == null || c.end() <= c.start()) return m.end();
            if (found[x] == null) found[x] = new ArrayList<>(2);
            found[x].add(c);
            return Math.min(c.end(), m.end()); // the part of the match left out may begin the next one
        });
        List<Citation> out = new ArrayList<>();
        for (List<Citation> f : found) {
            if (f != null) out.addAll(f);
        }
        return out;
    }

    /** A citation over {@code start..end} of the body. */
    static Citation cite(Text t, String kind, int start, int end, String normalized, String link,
                         List<String> topics, double confidence, String evidence) {
        return new Citation(kind, start, end, t.slice(start, end), normalized, link, null, topics, confidence,
                List.of(evidence), false, null);
    }

    private static Citation usc(MatchResult m, Text t, String name) {
        String title = m.group(1);
        int ti = Integer.parseInt(title);
        if (ti < 1 || ti > 54) return null;
        return cite(t, "usc", m.start(), m.end(), Canonical.usc(title, m.group(2), m.group(3)),
                Canonical.uscLink(title, m.group(2)), StatuteTopics.usc(ti, m.group(2)), 0.97, name);
    }

    private static Citation uscAppendix(MatchResult m, Text t, String name) {
        int title = Integer.parseInt(m.group(1));
        if (title < 1 || title > 54) return null;
        return cite(t, "usc", m.start(), m.end(), Canonical.uscAppendix(m.group(1), m.group(2)), null,
                StatuteTopics.uscAppendix(title, m.group(2)), 0.95, name);
    }

    /** A Statutes at Large citation cites a session law, as a public law's number does: kind {@code public-law}. */
    private static Citation statutesAtLarge(MatchResult m, Text t, String name) {
        int volume = Integer.parseInt(m.group(1).replace("A", ""));
        if (volume < 1 || volume > 140) return null;
        return cite(t, "public-law", m.start(), m.end(), Canonical.statutesAtLarge(m.group(1), m.group(2)), null,
                List.of(), 0.95, name);
    }

    private static Citation uscSectionOfTitle(MatchResult m, Text t, String name) {
        String title = m.group(3);
        int ti = Integer.parseInt(title);
        if (ti < 1 || ti > 54) return null;
        return cite(t, "usc", m.start(), m.end(), Canonical.usc(title, m.group(1), m.group(2)),
                Canonical.uscLink(title, m.group(1)), StatuteTopics.usc(ti, m.group(1)), 0.95, name);
    }

    /** A section numbered within its article, as the Uniform Commercial Code numbers them: {@code 3-104} of its title (article) 3. */
    private static final Pattern ARTICLE_SECTION = Pattern.compile("(\\d{1,2})-\\d{3}");

    private static Citation uscTitleSection(MatchResult m, Text t, String name) {
        String title = m.group(1);
        int ti = Integer.parseInt(title);
        if (ti < 1 || ti > 54) return null;
        // "Uniform Commercial Code, Title 1, Section 1-201 and Title 3, Sections 3-104": no range of the Code's sections
        Matcher article = ARTICLE_SECTION.matcher(m.group(2));
        if (article.matches() && article.group(1).equals(title)) return null;
        return cite(t, "usc", m.start(), m.end(), Canonical.usc(title, m.group(2), m.group(3)),
                Canonical.uscLink(title, m.group(2)), StatuteTopics.usc(ti, m.group(2)), 0.93, name);
    }

    private static Citation cfr(MatchResult m, Text t, String name) {
        return cfr(m, t, name, m.group(1), m.group(2) != null, m.group(3), m.group(4), 0.95);
    }

    /** A part or section of the C.F.R. that words name ({@code Part 97 of Title 47 Code of Federal Regulations}), over the whole phrase. */
    private static Citation cfrTitlePart(MatchResult m, Text t, String name) {
        return cfr(m, t, name, m.group(1) != null ? m.group(1) : m.group(2), m.group(3) != null, m.group(4), m.group(5), 0.93);
    }

    private static Citation cfrPartOfTitle(MatchResult m, Text t, String name) {
        return cfr(m, t, name, m.group(4), m.group(1) != null, m.group(2), m.group(3), 0.93);
    }

    /** A part or section of a title of the C.F.R., over the whole match; none for a title the C.F.R. does not have. */
    private static Citation cfr(MatchResult m, Text t, String name, String title, boolean part, String section, String subsections,
                                double confidence) {
        int ti = Integer.parseInt(title);
        if (ti < 1 || ti > 50) return null;
        return cite(t, "cfr", m.start(), m.end(), Canonical.cfr(title, section, part, subsections),
                Canonical.cfrLink(title, section, part), StatuteTopics.cfr(ti, section), confidence, name);
    }

    private static Citation publicLaw(MatchResult m, Text t, String name) {
        int congress = Integer.parseInt(m.group(1));
        if (congress < 50 || congress > 130) return null;
        return cite(t, "public-law", m.start(), m.end(), Canonical.publicLaw(m.group(1), m.group(2)),
                Canonical.publicLawLink(m.group(1), m.group(2)), List.of(), 0.96, name);
    }

    private static Citation executiveOrder(MatchResult m, Text t, String name) {
        int n = Integer.parseInt(m.group(1).replace(",", ""));
        if (n < 1000 || n > 15000) return null; // executive orders are numbered up to the 14,000s
        return cite(t, "executive-order", m.start(), m.end(), Canonical.executiveOrder(n), null,
                StatuteTopics.executiveOrder(n), 0.95, name);
    }

    private static Citation fips(MatchResult m, Text t, String name) {
        int n = Integer.parseInt(m.group(1));
        if (n < 1 || n > 299) return null; // the series has not reached 300
        return cite(t, "fips", m.start(), m.end(), Canonical.fips(n, m.group(2)), null, StatuteTopics.fips(n), 0.95, name);
    }

    private static Citation bill(MatchResult m, Text t, String name) {
        String prefix = Canonical.billPrefix(m.group(1));
        String number = m.group(2);
        int n = Integer.parseInt(number);
        if (n == 0) return null;
        if (prefix.equals("S.") && !m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("senate")) {
            // "S. 12" is rarely a bill: ask for two digits and no initials-like context ("John S. 12")
            if (number.length() < 2 || precededByName(t.clean(), m.start())) return null;
        }
        Integer congress = explicitCongress(t.clean(), m.end());
        String evidence = name;
        if (congress == null) {
            congress = Canonical.congressAt(t.date());
            if (congress != null) evidence = name + "; Congress from message date";
        }
        return cite(t, "bill", m.start(), m.end(), Canonical.bill(prefix, number, congress),
                Canonical.billLink(prefix, number, congress), List.of(), 0.92, evidence);
    }

    private static boolean precededByName(String s, int start) {
        int i = start - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        if (i < 1 || !Character.isLetter(s.charAt(i))) return false;
        int j = i;
        while (j >= 0 && Character.isLetter(s.charAt(j))) j--;
        return Character.isUpperCase(s.charAt(j + 1)) && i - j <= 12 && i - j >= 2
                && !s.substring(j + 1, i + 1).matches("See|Bill|Bills|Senate|Cf|In|And|Also|Both");
    }

    private static final Pattern CONGRESS_NEAR = Patterns.CONGRESS;

    private static Integer explicitCongress(String s, int end) {
        Matcher m = CONGRESS_NEAR.matcher(s);
        m.region(end, Math.min(s.length(), end + 30));
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Citation fedReg(MatchResult m, Text t, String name) {
        String v = m.group(1);
        String p = m.group(2);
        String normalized = Integer.parseInt(v) + " Fed. Reg. " + Integer.parseInt(p);
        String link = Integer.parseInt(v) >= 59 ? "https://www.federalregister.gov/citation/" + Integer.parseInt(v) + "-FR-" + Integer.parseInt(p) : null;
        return cite(t, "fed-reg", m.start(), m.end(), normalized, link, List.of(), 0.93, name);
    }

    private static Citation fedRegVolume(MatchResult m, Text t, String name) {
        String v = m.group(1);
        StringBuilder n = new StringBuilder().append(Integer.parseInt(v)).append(" Fed. Reg.");
        if (m.group(3) != null) n.append(' ').append(Integer.parseInt(m.group(3)));
        else if (m.group(2) != null) n.append(" No. ").append(Integer.parseInt(m.group(2)));
        return cite(t, "fed-reg", m.start(), m.end(), n.toString(), null, List.of(), 0.9, name);
    }

    private static Citation commerceDocket(MatchResult m, Text t, String name) {
        return cite(t, "fed-reg", m.start(), m.end(), "Docket No. " + m.group(1), null, List.of(), 0.85, name);
    }

    private static Citation fccDocket(MatchResult m, Text t, String name) {
        String bureau = m.group(1);
        if (bureau == null && m.group(2) == null) return null; // "Docket 93-1" alone may be any court's
        if (bureau == null && !speaksOfFcc(t)) return null;
        String normalized = (bureau == null || bureau.equals("FCC") ? "" : bureau + " ") + "Docket No. " + m.group(3);
        return cite(t, "fcc", m.start(), m.end(), normalized, null, List.of("telecom-regulation"), 0.9, name);
    }

    private static Citation processSection(MatchResult m, Text t, String name) {
        return cite(t, "usc", m.start(), m.end(), Canonical.usc("18", m.group(1), m.group(2)), Canonical.uscLink("18", m.group(1)),
                StatuteTopics.usc(18, m.group(1)), 0.85, name);
    }

    /** Whether the message speaks of the FCC, where a docket without a bureau's letters or a petition is its. */
    private static boolean speaksOfFcc(Text t) {
        return t.lower().contains("fcc") || t.has("federal communications");
    }

    private static Citation fccPetition(MatchResult m, Text t, String name) {
        if (!speaksOfFcc(t)) return null; // "RM-" numbers are the FCC's only there
        return cite(t, "fcc", m.start(), m.end(), "RM-" + m.group(1), null, List.of("telecom-regulation"), 0.85, name);
    }

    private static Citation fccDocument(MatchResult m, Text t, String name) {
        String normalized = m.group(1) != null ? "FCC Form " + m.group(1) : "FCC " + m.group(2);
        return cite(t, "fcc", m.start(), m.end(), normalized, null, List.of("telecom-regulation"), 0.9, name);
    }

    private static Citation fccOrder(MatchResult m, Text t, String name) {
        // an order is an FCC document only where the message speaks of the FCC
        if (!t.lower().contains("fcc") && !t.has("federal communications commission")) return null;
        return cite(t, "fcc", m.start(), m.end(), Canonical.spaces(m.group()), null, List.of("telecom-regulation"), 0.8, name);
    }

    /**
     * A net neutrality order by name as its FCC record number: the Restoring Internet Freedom
     * Order is FCC 17-166; the Open Internet Order is FCC 10-201 (2010) or FCC 15-24 (2015), by
     * the year written before it, else by the message's date (the one in force when it was
     * written; before the first, or undated, the name itself).
     */
    private static Citation fccNamedOrder(MatchResult m, Text t, String name) {
        List<String> topics = List.of("net-neutrality", "telecom-regulation");
        if (m.group(2) == null) return cite(t, "fcc", m.start(), m.end(), "FCC 17-166", null, topics, 0.9, name);
        String year = m.group(1);
        String evidence = name;
        if (year == null && t.date() != null) {
            java.time.LocalDate day = t.date().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            if (!day.isBefore(java.time.LocalDate.of(2015, 2, 26))) year = "2015";
            else if (!day.isBefore(java.time.LocalDate.of(2010, 12, 21))) year = "2010";
            if (year != null) evidence = name + "; message of " + day.getYear();
        }
        String normalized = year == null ? "Open Internet Order" : year.equals("2010") ? "FCC 10-201" : "FCC 15-24";
        return cite(t, "fcc", m.start(), m.end(), normalized, null, topics, 0.85, evidence);
    }

    /**
     * A case of the Court of Justice of the European Union by number, where "Case" stands before it
     * or the message names the court: alone, "C-3/12" may be a part or a grade.
     */
    private static Citation euCase(MatchResult m, Text t, String name) {
        if (m.group(1) == null && !EU_COURT.matcher(t.clean()).find()) return null;
        String number = "C-" + Integer.parseInt(m.group(2)) + "/" + m.group(3);
        return cite(t, "case", m.start(), m.end(), "Case " + number, "https://curia.europa.eu/juris/liste.jsf?num=" + number,
                List.of(), 0.9, name);
    }

    /** The Court of Justice of the European Union, as a message names it. */
    private static final Pattern EU_COURT = Pattern.compile("\\b(?:CJEU|ECJ|Court\\s+of\\s+Justice|European\\s+Court)\\b");

    private static Citation euLaw(MatchResult m, Text t, String name) {
        String type = m.group(1);
        String a = m.group(3);
        String b = m.group(4);
        String suffix = m.group(5);
        String bracket = m.group(2);
        if (suffix == null && bracket == null) return null;
        int year;
        int number;
        boolean yearFirst = type.equals("Directive") || a.length() == 4 && bracket != null && !t.clean().substring(m.start(), m.end()).contains("No");
        if (yearFirst) {
            year = Canonical.fullYear(a);
            number = Integer.parseInt(b);
        } else {
            year = Canonical.fullYear(b);
            number = Integer.parseInt(a);
        }
        String normalized = type.equals("Directive")
                ? "Directive " + a + "/" + b + "/" + (suffix == null ? "EC" : suffix)
                : type + (bracket == null ? "" : " (" + bracket + ")") + " " + (yearFirst ? year + "/" + number : "No " + number + "/" + year);
        List<String> topics = normalized.equals("Directive 2006/24/EC") ? List.of("data-retention")
                : normalized.equals("Directive 95/46/EC") || normalized.contains("2016/679") ? List.of("privacy") : List.of();
        return cite(t, "eu-law", m.start(), m.end(), normalized, Canonical.euLink(type, year, number), topics, 0.95, name);
    }

    /** A part of the FCC's rules: {@code 47 C.F.R. Part 15}; a part named bare only in a message that names the FCC. */
    private static Citation fccRulesPart(MatchResult m, Text t, String name) {
        String part = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (m.group(3) != null && !t.has("fcc") && !t.has("federal communications")) return null;
        int n = Integer.parseInt(part);
        if (n > 199) return null; // the FCC's chapter I of title 47
        return cite(t, "cfr", m.start(), m.end(), Canonical.cfr("47", String.valueOf(n), true, null),
                Canonical.cfrLink("47", String.valueOf(n), true), StatuteTopics.cfr(47, part), m.group(3) != null ? 0.85 : 0.93, name);
    }

    /** A section of the FCC's rules after its name: {@code 47 C.F.R. § 97.113}. */
    private static Citation fccRulesSection(MatchResult m, Text t, String name) {
        String section = m.group(1);
        if (Integer.parseInt(section.substring(0, section.indexOf('.'))) > 199) return null;
        return cite(t, "cfr", m.start(), m.end(), Canonical.cfr("47", section, false, null), Canonical.cfrLink("47", section, false),
                StatuteTopics.cfr(47, section), 0.9, name);
    }

    private static Citation rfc(MatchResult m, Text t, String name) {
        String series = m.group(1);
        if (!series.equalsIgnoreCase("rfc")) {
            // BCP and STD are all caps only
            if (!series.equals(series.toUpperCase(java.util.Locale.ROOT))) return null;
        }
        if (m.start() > 0 && t.clean().charAt(m.start() - 1) == '/' && !inProse(m, t)) return null;
        if (pythonModule(m, t)) return null;
        int n = Integer.parseInt(m.group(2));
        if (n == 0 || n > 20000) return null;
        return cite(t, "rfc", m.start(), m.end(), Canonical.rfc(series, m.group(2)), Canonical.rfcLink(series, m.group(2)),
                List.of(), 0.97, name);
    }

    /**
     * Whether an RFC after a slash is written as prose writes it ({@code NNTP/RFC1036}, {@code
     * 'Happy Eyeballs'/RFC 6555}), in capitals and not followed by a file's or an X.400 attribute's
     * ending: a path ({@code twisted/test/rfc822.message}, {@code dav/element/rfc3744.py}) and a MIME
     * type ({@code message/rfc822}) name files and formats.
     */
    private static boolean inProse(MatchResult m, Text t) {
        if (!m.group(1).equals("RFC")) return false;
        String s = t.clean();
        int e = m.end();
        if (e >= s.length()) return true;
        boolean fileEnding = s.charAt(e) == '.' && e + 1 < s.length() && Character.isLetter(s.charAt(e + 1));
        return s.charAt(e) != '=' && !fileEnding;
    }

    /** A line importing modules: {@code import rfc822}, {@code import os, tempfile, rfc822}, {@code from rfc822 import Message}. */
    private static final Pattern IMPORT_LINE = Pattern.compile("^[ \\t>]*(?:import\\s+[\\w., \\t]*|from\\s+)$");

    /**
     * Whether a small-letter {@code rfc822} is Python's module of that name, not the RFC: an attribute
     * after it ({@code rfc822.Message(...)}, {@code rfc2617.IAuthorizer}) or an import of it (11 such in
     * twisted-python had been cited as RFCs).
     */
    private static boolean pythonModule(MatchResult m, Text t) {
        if (!m.group(1).equals("rfc") || m.group().contains(" ") || m.group().contains("-")) return false;
        String s = t.clean();
        int e = m.end();
        if (e + 1 < s.length() && s.charAt(e) == '.' && (Character.isLetter(s.charAt(e + 1)) || s.charAt(e + 1) == '_')) return true;
        int line = s.lastIndexOf('\n', m.start() - 1) + 1;
        return IMPORT_LINE.matcher(s.substring(line, m.start())).matches();
    }

    private static Citation draft(MatchResult m, Text t, String name) {
        String n = m.group(1);
        if (n.split("-").length < 3) return null;
        return cite(t, "internet-draft", m.start(), m.end(), Canonical.draft(n, m.group(2)),
                Canonical.draftLink(n, m.group(2)), List.of(), 0.95, name);
    }

    private static Citation url(MatchResult m, Text t, String name) {
        int end = Canonical.urlEnd(t.clean(), m.start(), m.end());
        String raw = t.clean().substring(m.start(), end);
        if (raw.length() < 8 || raw.endsWith("://")) return null;
        String normalized = Canonical.url(raw);
        String kind = Patterns.ARCHIVE_MESSAGE_URL.matcher(normalized).find() ? "message" : "url";
        return cite(t, kind, m.start(), end, normalized, normalized, List.of(), 0.97, name);
    }

    /** A MIME part's {@code Content-ID:} header right before an id in angle brackets. */
    private static final Pattern CONTENT_ID = Pattern.compile("(?i)content-id:\\s*$");
    /** The verb of an attribution line right after the address it names. */
    private static final Pattern WROTE = Pattern.compile("\\s*(?:wrote|writes|schrieb)\\b");

    private static Citation messageId(MatchResult m, Text t, String name) {
        // pipermail writes "@" as " at " in the bodies it archives: <20010705201609.A3233 at troglodyte.menefee>
        String id = m.group(1).replace(" at ", "@");
        String before = t.clean().substring(Math.max(0, m.start() - 30), m.start());
        // a MIME part's own id, pasted with the part's headers, names no message; nor does a link
        if (CONTENT_ID.matcher(before).find() || id.startsWith("mailto:") || id.startsWith("javascript:")) return null;
        boolean cued = Patterns.MESSAGE_ID_CUE.matcher(before).find() && !before.trim().endsWith(",");
        boolean idLike = looksLikeMessageId(id);
        // an attribution's address ("8 <421174439 at qq.com> wrote:"), where its id is all digits
        String after = t.clean().substring(m.end(), Math.min(t.clean().length(), m.end() + 12));
        if (!cued && id.substring(0, id.indexOf('@')).chars().allMatch(Character::isDigit) && WROTE.matcher(after).lookingAt()) return null;
        // an address written twice, bare and in brackets ("x-10152003 at host <x-10152003 at host> wrote:")
        String raw = m.group(1);
        if (t.clean().substring(Math.max(0, m.start() - raw.length() - 3), m.start()).contains(raw)) return null;
        if (!(cued && idLike) && !(idLike && digits(id) >= 6)) return null;
        // "Hal <74076.1041@compuserve.com>", "Tom Willis <100042.446@Compuserve.com>": a person's address
        if (!cued && (Patterns.SERVICE_ADDRESS.matcher(id).matches() || Patterns.NAME_BEFORE.matcher(before).find())) return null;
        return cite(t, "message", m.start(), m.end(), "<" + id + ">", null, List.of(), cued ? 0.95 : 0.8, name);
    }

    private static boolean looksLikeMessageId(String id) {
        String local = id.substring(0, id.indexOf('@'));
        return local.length() >= 8 && digits(local) >= 4 && local.matches(".*[.$%_=-].*|\\d+");
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) n++;
        return n;
    }
}
