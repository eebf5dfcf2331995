package org.listscope.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * Stage 4, resolve: short forms that only make sense against what came before in the message:
 * {@code Id.} (the last case or statute), {@code Katz, supra} (the case of that party),
 * {@code 928 F.2d at 912} (the case of that volume and reporter),
 * {@code § 2703(d)} after {@code 18 U.S.C. 2703} (same title), {@code the Act} after a named act,
 * {@code LRS Policy Act} after {@code Land Remote Sensing Policy Act} (its initials), and {@code DSS}
 * after {@code Digital Signature Standard}.
 * A short form with nothing to refer to is left out.
 */
final class ShortForms {

    private ShortForms() {
    }

    /** {@code full} plus the short forms that resolve against it, in body order. */
    static List<Citation> resolve(Text text, List<Citation> full) {
        if (full.isEmpty()) return full;
        full = acronymNames(full);
        List<Citation> added = new ArrayList<>();
        String s = text.clean();
        idForms(text, full, added);
        // both refer only to a case cited in full before them: most texts cite none (only URLs, say)
        boolean cases = full.stream().anyMatch(c -> c.kind().equals("case"));
        if (cases && s.contains("supra")) supra(text, full, added);
        if (cases && text.has(" at ")) reportersAt(text, full, added);
        if (s.indexOf('§') >= 0 || text.lower().contains("section") || text.lower().contains("sec.")) bareSections(text, full, added);
        listedSections(text, full, added);
        if (full.stream().anyMatch(c -> c.kind().equals("usc"))) repeatedSections(text, full, added);
        regulationSections(text, full, added);
        if (text.has("the act")) theAct(text, full, added);
        if (s.indexOf('(') >= 0) definedNames(text, full, added);
        standardInitials(text, full, added);
        if (added.isEmpty()) return full;
        List<Citation> all = new ArrayList<>(full);
        for (Citation a : added) {
            if (!overlaps(full, a.start(), a.end())) all.add(a);
        }
        all.sort(Comparator.comparingInt(Citation::start));
        return all;
    }

    /** A word of capitals in an act's name: {@code LRS} of {@code LRS Policy Act}. */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    /** The year a name may end in. */
    private static final Pattern OF_YEAR = Pattern.compile("\\s+of\\s+\\d{4}$");

    /**
     * An act named with the initials of an earlier act's words is that act: {@code LRS Policy Act}
     * after {@code Land Remote Sensing Policy Act of 1992}.
     */
    private static List<Citation> acronymNames(List<Citation> full) {
        List<Citation> out = null;
        for (int i = 0; i < full.size(); i++) {
            Citation c = full.get(i);
            if (!c.kind().equals("act") || !c.evidence().contains("generic-act")) continue;
            Citation expanded = spelledOutBefore(full, i);
            if (expanded == null) continue;
            if (out == null) out = new ArrayList<>(full);
            out.set(i, new Citation("act", c.start(), c.end(), c.text(), expanded.normalized(), expanded.link(), null,
                    expanded.topics(), c.confidence(), List.of("short form: initials of " + expanded.normalized()), false, null));
        }
        return out == null ? full : out;
    }

    /** The first act before {@code full[i]} whose name is {@code full[i]}'s with a word of capitals spelled out, or {@code null}. */
    private static Citation spelledOutBefore(List<Citation> full, int i) {
        String[] words = full.get(i).normalized().split(" ");
        for (int k = 0; k < words.length; k++) {
            if (!ACRONYM.matcher(words[k]).matches()) continue;
            for (int j = 0; j < i; j++) {
                Citation earlier = full.get(j);
                if (earlier.kind().equals("act") && spelledOut(words, k, OF_YEAR.matcher(earlier.normalized()).replaceAll("").split(" "))) {
                    return earlier;
                }
            }
        }
        return null;
    }

    /** Whether {@code name} is {@code words} with {@code words[k]} spelled out as the words of its initials. */
    private static boolean spelledOut(String[] words, int k, String[] name) {
        int n = words[k].length();
        if (name.length != words.length - 1 + n) return false;
        for (int w = 0; w < k; w++) if (!words[w].equals(name[w])) return false;
        for (int w = 0; w < n; w++) {
            if (Character.toUpperCase(name[k + w].charAt(0)) != words[k].charAt(w)) return false;
        }
        for (int w = k + 1; w < words.length; w++) if (!words[w].equals(name[w - 1 + n])) return false;
        return true;
    }

    /** "Id." follows its authority closely; this many characters after it, it names something else. */
    static final int ID_REACH = 1500;

    private static void idForms(Text t, List<Citation> full, List<Citation> added) {
        if (!t.lower().contains("id.") && !t.lower().contains("ibid.")) return;
        Matcher m = Patterns.ID_SHORT.matcher(t.clean());
        while (m.find()) {
            Citation before = last(full, m.start(), c -> c.kind().equals("case") || c.kind().equals("usc") || c.kind().equals("cfr"));
            if (before == null || m.start() - before.end() > ID_REACH) continue;
            // "Id." names the authority cited last: after a "supra" of a book or article, not a citation here
            if (t.lower().substring(before.end(), m.start()).contains("supra")) continue;
            added.add(refer(t, before, m.start(), m.end(), before.normalized(), "short form: id."));
        }
    }

    private static void supra(Text t, List<Citation> full, List<Citation> added) {
        Matcher m = Patterns.SUPRA.matcher(t.clean());
        while (m.find()) {
            String party = m.group(1);
            Citation before = last(full, m.start(), c -> c.kind().equals("case") && c.normalized().contains(party));
            if (before == null) continue;
            added.add(refer(t, before, m.start(), m.end(), before.normalized(), "short form: supra"));
        }
    }

    /** {@code 928 F.2d at 912}: a page of the case cited before in that volume of that reporter. */
    private static void reportersAt(Text t, List<Citation> full, List<Citation> added) {
        Matcher m = Patterns.REPORTER_AT.matcher(t.clean());
        while (m.find()) {
            String report = " " + Integer.parseInt(m.group(1)) + " " + Canonical.reporter(m.group(2)) + " ";
            Citation before = last(full, m.start(), c -> c.kind().equals("case") && (" " + c.normalized()).contains(report));
            if (before == null) continue;
            added.add(refer(t, before, m.start(), m.end(), before.normalized(), "short form: at"));
        }
    }

    private static void bareSections(Text t, List<Citation> full, List<Citation> added) {
        Matcher m = Patterns.BARE_SECTION.matcher(t.clean());
        while (m.find()) {
            boolean symbol = t.clean().charAt(m.start()) == '§';
            if (!symbol && m.group(2).isEmpty() && m.group(1).length() < 3) continue; // "section 3" of a paper
            // a section cited in full anywhere before keeps its title ("section 1501" after 31 U.S.C. 1501
            // and then 1 U.S.C. 1); else the title of the statute cited last, close before
            String section = m.group(1);
            Citation before = last(full, m.start(), c -> codeSection(c) && sameSection(c.normalized(), section));
            if (before == null) {
                before = last(full, m.start(), ShortForms::codeSection);
                if (before == null || m.start() - before.end() > 3000) continue;
                // a named act cited since that statute may own the section ("FISA Amendments Act ... Section 702"): no title
                // is sure, unless "Id." points back to the statute ("The Fair Debt Collections Practices Act, Id. section 1692")
                Citation act = last(full, m.start(), Acts::isAct);
                if (act != null && act.start() > before.end() && !ID_BEFORE.matcher(t.clean()).region(Math.max(0, m.start() - 8), m.start()).find()) continue;
            }
            if (ownTitle(t.clean(), before.end(), m.start(), m.end())) continue;
            if (ofAnother(t.clean(), m.end()) && !sameSection(before.normalized(), m.group(1))) continue;
            String normalized = before.normalized();
            int cut = normalized.indexOf(" § ");
            int partCut = normalized.indexOf(" Part ");
            String head = cut >= 0 ? normalized.substring(0, cut) : partCut >= 0 ? normalized.substring(0, partCut) : null;
            if (head == null) continue;
            boolean cfr = before.kind().equals("cfr");
            if (cfr != m.group(1).contains(".") && !(cfr && partCut >= 0)) continue; // 64.2003 is a C.F.R. section, 2703 a U.S.C. one
            String title = head.substring(0, head.indexOf(' '));
            String norm = head + " § " + m.group(1) + m.group(2).replace(" ", "");
            String link = cfr ? Canonical.cfrLink(title, m.group(1), false) : Canonical.uscLink(title, m.group(1));
            Citation c = new Citation(before.kind(), m.start(), m.end(), t.slice(m.start(), m.end()), norm, link, null,
                    cfr ? before.topics() : StatuteTopics.usc(Integer.parseInt(title), m.group(1)), 0.85,
                    List.of("short form: section after " + before.normalized()), false, null);
            added.add(c);
        }
    }

    /**
     * A Code section cited before, named again by its number and subsections alone: {@code 512(c)(3)}
     * after {@code 17 U.S.C. 512(c)}, {@code 5322(a) and 5324(3)} after {@code 31 U.S.C. § 5322(a)} and
     * {@code 31 U.S.C. § 5324(3)}. The number (three digits or more, with at least one subsection) must
     * be the very section cited, letters and all, so a bare {@code 2511(2)(a)} is title 18's only where
     * title 18's section 2511 was cited before.
     */
    private static void repeatedSections(Text t, List<Citation> full, List<Citation> added) {
        Matcher m = Patterns.REPEATED_SECTION.matcher(t.clean());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (overlaps(full, start, end) || overlaps(added, start, end)) continue;
            String section = m.group(1);
            Citation before = last(full, start, c -> codeSection(c) && c.kind().equals("usc") && section.equals(statuteSection(c)));
            if (before == null) continue;
            String title = before.normalized().substring(0, before.normalized().indexOf(' '));
            added.add(new Citation("usc", start, end, t.slice(start, end), Canonical.usc(title, section, m.group(2)),
                    Canonical.uscLink(title, section), null, StatuteTopics.usc(Integer.parseInt(title), section), 0.85,
                    List.of("short form: section again after " + before.normalized()), false, null));
        }
    }

    /** Whether a citation of {@code cs} overlaps {@code [start, end)}. */
    private static boolean overlaps(List<Citation> cs, int start, int end) {
        return cs.stream().anyMatch(c -> c.start() < end && start < c.end());
    }

    /** The section of a statute's citation without its subsections ({@code 512} of {@code 17 U.S.C. § 512(c)}), or {@code null}. */
    private static String statuteSection(Citation c) {
        Matcher m = STATUTE.matcher(c.normalized());
        return m.matches() && m.group(3).equals("§") ? m.group(4) : null;
    }

    /** "Id." right before a bare section: the statute cited before. */
    private static final Pattern ID_BEFORE = Pattern.compile("\\b[Ii]d\\.,?\\s{1,3}$");

    /** A Code section or C.F.R. section or part as the annotator writes it: title, part or not, section, subsections. */
    private static final Pattern STATUTE = Pattern.compile("(\\d+) (U\\.S\\.C\\.|C\\.F\\.R\\.) (§|Part) (\\d[\\w.]*?)((?:\\([a-zA-Z0-9]{1,4}\\))*)");
    /**
     * The next item of a list after a statute: a comma, semicolon, "and", "or" or "&" before a bare
     * section number, which no capital (a title's "U.S.C.", the next citation's letters) follows, nor
     * a word that makes it a count ("and 50 other laws").
     */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:\\s{0,3}[,;]\\s{0,3}(?:(?:and|or|&)\\s{1,3})?|\\s{1,3}(?:and|or|&)\\s{1,3})"
                    + "(\\d{1,5}[a-z]{0,2}(?:\\.\\d{1,5})?)((?:\\([a-zA-Z0-9]{1,4}\\))*)(?![\\w.(-]\\w|[\\w(])(?!\\s{1,2}[A-Z])"
                    // a count, not a section: "and 50 other laws", "or 10 more", "and 3 years"
                    + "(?!\\s{1,2}(?:other|others|more|years?|months?|days?|hours?|times|pages?|percent|people|persons|per)\\b)");

    /** How far a list after a small first item may reach: {@code 68} after {@code Parts 2, 15}. */
    private static final long SMALL_LIST_REACH = 100;

    /**
     * Sections listed after a statute are of its title: {@code 18 U.S.C. 2518(7), 2518(11)(b), or
     * 3125}, {@code 47 C.F.R. §§ 1.1202, 1.1203 and 1.1206(a)}, {@code 27 C.F.R. Parts 47, 178, and
     * 179}. An item is of the same sort as the first (a C.F.R. section has its part's dot, a Code
     * section none) and of its size (its number within ten times the first's either way, or up to
     * {@link #SMALL_LIST_REACH} after a small first: {@code 47 CFR Parts 2, 15 and 68}).
     */
    private static void listedSections(Text t, List<Citation> full, List<Citation> added) {
        String s = t.clean();
        for (Citation c : full) {
            if (!c.kind().equals("usc") && !c.kind().equals("cfr")) continue;
            Matcher first = STATUTE.matcher(c.normalized());
            if (!first.matches()) continue;
            String title = first.group(1);
            boolean cfr = first.group(2).startsWith("C");
            boolean part = first.group(3).equals("Part");
            boolean dotted = first.group(4).contains(".");
            long size = Codifications.leadingNumber(first.group(4));
            int at = c.end();
            Matcher item = LIST_ITEM.matcher(s);
            while (at < s.length() && item.region(at, s.length()).lookingAt()) {
                String section = item.group(1);
                int start = item.start(1);
                int end = item.end();
                long n = Codifications.leadingNumber(section);
                if (section.contains(".") != dotted || n * 10 < size || n > Math.max(size * 10, SMALL_LIST_REACH)) break;
                if (overlaps(full, start, end)) break;
                String subsections = item.group(2);
                String normalized = cfr ? Canonical.cfr(title, section, part, subsections) : Canonical.usc(title, section, subsections);
                String link = cfr ? Canonical.cfrLink(title, section, part) : Canonical.uscLink(title, section);
                List<String> topics = cfr ? StatuteTopics.cfr(Integer.parseInt(title), section)
                        : StatuteTopics.usc(Integer.parseInt(title), section);
                added.add(new Citation(c.kind(), start, end, t.slice(start, end), normalized, link, null, topics, 0.9,
                        List.of("short form: listed after " + c.normalized()), false, null));
                at = end;
            }
        }
    }

    /**
     * A regulation's section by its number alone ({@code $120.21}, {@code section #120.11}, {@code § 121.1})
     * after the regulation was cited by its name or a place of it ({@code ITAR}, {@code 22 CFR 120.1}) is
     * that regulation's section in the C.F.R. ({@code 22 C.F.R. § 120.21}), where the number is one of the
     * regulation's parts ({@link Codifications#regulationTitleOf}). Not a section heading of the
     * regulation's text pasted whole ({@code #120.10  Technical data.}).
     */
    private static void regulationSections(Text t, List<Citation> full, List<Citation> added) {
        if (full.stream().allMatch(c -> regulations(c).isEmpty())) return;
        String s = t.clean();
        Matcher m = Patterns.REGULATION_SECTION.matcher(s);
        while (m.find()) {
            String section = m.group(1);
            Citation named = last(full, m.start(), c -> regulationTitle(c, section) > 0);
            if (named == null || ofAnother(s, m.end())) continue;
            int start = m.start();
            if (overlaps(added, start, m.end())) continue; // a bare section read already
            int line = s.lastIndexOf('\n', m.start() - 1) + 1;
            if (startsLine(s, line, m.start()) && REGULATION_HEADING.matcher(s).region(m.end(), s.length()).lookingAt()) continue;
            String title = String.valueOf(regulationTitle(named, section));
            added.add(new Citation("cfr", m.start(), m.end(), t.slice(m.start(), m.end()), Canonical.cfr(title, section, false, m.group(2)),
                    Canonical.cfrLink(title, section, false), null, StatuteTopics.cfr(Integer.parseInt(title), section), 0.85,
                    List.of("short form: section of " + named.normalized()), false, null));
        }
    }

    /** What follows a section's number in a heading of a regulation's text: {@code   Technical data.}, {@code  -- Imports}. */
    private static final Pattern REGULATION_HEADING = Pattern.compile("[ \\t]{1,4}(?:--?[ \\t]{1,3})?[A-Z]");

    /** The regulations the C.F.R. holds that {@code c} names: by its name, or by a place of it; empty for none. */
    private static List<String> regulations(Citation c) {
        if (c.kind().equals("act")) return Codifications.isRegulation(c.normalized()) ? List.of(c.normalized()) : List.of();
        return c.kind().equals("cfr") ? Codifications.actsHolding(c.normalized()) : List.of();
    }

    /** The C.F.R. title of {@code section} of the regulation {@code c} names, or -1 where it is none of its sections. */
    private static int regulationTitle(Citation c, String section) {
        for (String act : regulations(c)) {
            int title = Codifications.regulationTitleOf(act, section);
            if (title > 0) return title;
        }
        return -1;
    }

    /** "section 3117 of this title", "under the following sections of this title: section 201". */
    private static final Pattern THIS_TITLE = Pattern.compile("(?i)\\bthis\\s+(?:title|chapter|subchapter|part|act|bill)\\b");
    /** "section 3504(h) of the Paperwork Reduction Act", "section 5861 of the Internal Revenue Code". */
    private static final Pattern OF_ANOTHER = Pattern.compile("(?i)\\s{0,3}(?:of|in)\\s{1,3}(?:the|that)\\s");
    /** A section heading of pasted statute text: {@code Sec. 2517.  Authorization for disclosure}. */
    private static final Pattern HEADING = Pattern.compile("(?:Sec\\.|SEC\\.|\u00a7)\\s?\\d{1,5}[a-z]{0,2}\\.\\s");

    /** Whether the words right after a bare section name what it is a section of ("of the ... Act"). */
    static boolean ofAnother(String s, int end) {
        return OF_ANOTHER.matcher(s).region(end, Math.min(s.length(), end + 12)).lookingAt();
    }

    /**
     * Whether a bare section number has the section number of the citation before it, letters and
     * subsections aside: {@code Sec. 552(a)(6)(i) of the Freedom of Information Act} after
     * {@code 5 U.S.C. § 552a} is that title's section 552.
     */
    static boolean sameSection(String normalized, String section) {
        int at = normalized.indexOf(" § ");
        if (at < 0) return false;
        int a = at + 3;
        int e = a;
        while (e < normalized.length() && Character.isDigit(normalized.charAt(e))) e++;
        int f = 0;
        while (f < section.length() && Character.isDigit(section.charAt(f))) f++;
        return e > a && normalized.substring(a, e).equals(section.substring(0, f));
    }

    /**
     * Whether the bare section at [start, end) belongs to a statute's own title rather than to the
     * citation before it (ending at {@code from}): "of this title" (chapter, Act, bill) between the
     * two or right after it (the words of a statute quoted whole, which name its sections so), or
     * a section heading at the start of a line ({@code Sec. 2517. Authorization ...}), after a
     * quote mark if any.
     */
    static boolean ownTitle(String s, int from, int start, int end) {
        if (THIS_TITLE.matcher(s.substring(from, Math.min(s.length(), end + 24))).find()) return true;
        int line = s.lastIndexOf('\n', start - 1) + 1;
        return startsLine(s, line, start) && HEADING.matcher(s).region(start, Math.min(s.length(), end + 3)).lookingAt();
    }

    /**
     * Whether only spaces, quote marks or a quote's {@code >} stand between a line's start and
     * {@code at}: a statute quoted whole opens each of its lines with a quote mark
     * ({@code "Sec. 2602. Notice of capacity requirements.}).
     */
    private static boolean startsLine(String s, int line, int at) {
        for (int i = line; i < at; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201c' && c != '\'' && c != '>') return false;
        }
        return true;
    }

    private static void theAct(Text t, List<Citation> full, List<Citation> added) {
        Matcher m = Patterns.THE_ACT.matcher(t.clean());
        while (m.find()) {
            Citation before = last(full, m.start(), Acts::isAct);
            if (before == null) continue;
            int start = m.start() + 4;
            added.add(refer(t, before, start, m.end(), before.normalized(), "short form: the Act"));
        }
    }

    /** A short name defined right after a citation: {@code ("FACA")}, {@code (RFPA)}, {@code (the "CAAA")}. */
    private static final Pattern DEFINED = Pattern.compile("\\s{0,3}\\(\\s?(?:the\\s)?[\"\u201c']?([A-Z][A-Za-z]{1,9})[\"\u201d']?\\s?\\)");

    /**
     * An act's short name, defined in parentheses right after the act is cited ({@code the Federal
     * Advisory Committee Act ("FACA")}), cites that act wherever it stands later in the message. The
     * short name must be the initials of the act's name ("FACA": Federal Advisory Committee Act; not
     * "ASCII" after the Bill of Rights).
     */
    private static void definedNames(Text t, List<Citation> full, List<Citation> added) {
        String s = t.clean();
        for (Citation act : full) {
            if (!act.kind().equals("act")) continue;
            Matcher d = DEFINED.matcher(s).region(act.end(), s.length());
            if (!d.lookingAt()) continue;
            String name = d.group(1);
            if (!initialsOf(act.normalized()).equals(name.toUpperCase(Locale.ROOT))) continue;
            Matcher later = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(s).region(d.end(), s.length());
            while (later.find()) {
                added.add(refer(t, act, later.start(), later.end(), act.normalized(), "short form: defined as " + name));
            }
        }
    }

    /** What may stand between a name and its initials defined in parentheses or brackets: {@code " (}, {@code } (the "}, {@code  [}. */
    private static final Pattern DEFINING = Pattern.compile("[\"'\u201d}\\]]?\\s{0,3}[(\\[]\\s?(?:the\\s)?[\"\u201c']?");
    /** What may stand between initials and the name spelled out after them: {@code DSS (}. */
    private static final Pattern SPELLED_OUT = Pattern.compile("\\s{0,3}[(\\[]\\s?(?:the\\s)?[\"\u201c']?");

    /**
     * A standard cited by its name ({@code Digital Signature Standard}) is cited again by its initials
     * later in the message ({@code DSS}), in capitals as a word of its own; the initials defined in
     * parentheses right after the name are part of that citation, not another.
     */
    private static void standardInitials(Text t, List<Citation> full, List<Citation> added) {
        String s = t.clean();
        Set<String> done = new HashSet<>();
        for (Citation std : full) {
            if (!named(std)) continue;
            String initials = initialsOf(std.text());
            if (initials.length() < 3 || !done.add(initials) || s.indexOf(initials, std.end()) < 0) continue;
            Matcher later = Pattern.compile("(?<![\\w-])" + initials + "(?![\\w-])").matcher(s).region(std.end(), s.length());
            while (later.find()) {
                if (!besideItsName(s, full, initials, later.start(), later.end())) {
                    added.add(refer(t, std, later.start(), later.end(), std.normalized(), "short form: initials of " + std.normalized()));
                }
            }
        }
    }

    /** A standard cited by its name, not its number. */
    private static boolean named(Citation c) {
        return c.kind().equals("fips") && !c.text().regionMatches(true, 0, "FIPS", 0, 4);
    }

    /**
     * Whether initials in {@code [start, end)} stand in parentheses right after a name of theirs
     * ({@code Digital Signature Standard (DSS)}) or right before one ({@code DSS (Digital Signature
     * Standard)}): one reference written twice, cited once by the name.
     */
    private static boolean besideItsName(String s, List<Citation> full, String initials, int start, int end) {
        for (Citation n : full) {
            if (!named(n) || !initialsOf(n.text()).equals(initials)) continue;
            if (n.end() <= start && start - n.end() <= 12 && DEFINING.matcher(s.substring(n.end(), start)).matches()) return true;
            if (n.start() >= end && n.start() - end <= 8 && SPELLED_OUT.matcher(s.substring(end, n.start())).matches()) return true;
        }
        return false;
    }

    /** The capitals of a name's words, hyphenated ones split: "Comprehensive Anti-Apartheid Act" gives CAAA. */
    static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    /**
     * Whether a bare section after {@code c} may be of its title: a section of the U.S. Code or the
     * C.F.R., but not of the Code's appendix, whose acts number their sections apart.
     */
    private static boolean codeSection(Citation c) {
        return c.kind().equals("cfr") || c.kind().equals("usc") && !c.normalized().contains(" App.");
    }

    private static Citation refer(Text t, Citation to, int start, int end, String normalized, String evidence) {
        return new Citation(to.kind(), start, end, t.slice(start, end), normalized, to.link(), null, to.topics(), 0.85,
                List.of(evidence + " -> " + to.text().replaceAll("\\s+", " ")), false, null);
    }

    private static Citation last(List<Citation> full, int before, java.util.function.Predicate<Citation> kind) {
        Citation found = null;
        for (Citation c : full) {
            if (c.end() <= before && kind.test(c)) found = c;
        }
        return found;
    }
}
