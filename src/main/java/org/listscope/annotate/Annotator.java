package org.listscope.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Finds citations, claims and topics in messages, as a pipeline of stages in the manner of eyecite:
 * <ol>
 *   <li>clean ({@link Cleaner}): quote markers and odd spacing blanked, length kept, so that
 *       offsets never drift;</li>
 *   <li>tokenize ({@link Extractors}): a list of extractors, one per way of writing a citation;</li>
 *   <li>find ({@link Overlaps}): overlapping candidates reduced to the longest;</li>
 *   <li>resolve ({@link ShortForms}, {@link Pointers}, {@link MessageLinks}): {@code Id.},
 *       {@code supra}, bare sections, "the Act", lost references and cited messages;</li>
 *   <li>claims ({@link Claims}) over sentences ({@link Sentences}) of own text and quotes;</li>
 *   <li>speakers ({@link Speakers}): who said each annotation;</li>
 *   <li>topics ({@link MessageTopics}): what the author's own words discuss, with where.</li>
 * </ol>
 * Signatures and list footers are not annotated. Every annotation's {@code text} equals
 * {@code body.substring(start, end)}. Instances are stateless and thread-safe.
 */
public final class Annotator {

    /** The segment kinds claims are found in: own text and quotes. */
    static final Set<SegmentKind> PROSE = EnumSet.of(SegmentKind.TEXT, SegmentKind.QUOTE);

    /** The author's own text. */
    static final Set<SegmentKind> OWN = EnumSet.of(SegmentKind.TEXT);

    /**
     * Messages (threaded, so that quotes can be credited) with {@code annotations}, {@code topics}
     * and {@code topicEvidence} set, in the same order. Messages are annotated in parallel on all
     * cores: each one's annotations depend only on itself and the read-only index of the batch.
     */
    public List<Message> annotate(List<Message> messages) {
        MessageIndex index = new MessageIndex(messages);
        return messages.parallelStream()
                .map(m -> annotated(m, index))
                .toList();
    }

    /** One message with its annotations and topics set, resolving cited messages and quotes against {@code batch}. */
    public Message annotate(Message message, List<Message> batch) {
        return annotated(message, new MessageIndex(batch));
    }

    /** The topics whose cue words stand anywhere in a text, claim or not (the topic baseline of {@code eval}). */
    public static List<String> topicWords(CharSequence text) {
        return Lexicon.topicsOf(text);
    }

    /**
     * The name the annotator gives the act that {@code text} wholly names by one of the names it
     * knows ({@code ECPA}, {@code FOIA}, {@code Privacy Act}), or {@code null}: what {@code cites:}
     * looks for. Cheap beside {@link #citations}, which a one-off search would wait for.
     */
    public static String actNamed(String text) {
        return Acts.named(text);
    }

    /**
     * The section that {@code text} wholly names without "of", as the annotator normalizes it
     * ({@code Section 230} and {@code CDA 230}: {@code 47 U.S.C. § 230}; {@code FISA 702}:
     * {@code Foreign Intelligence Surveillance Act § 702}), or {@code null}: what {@code cites:}
     * looks for.
     */
    public static String sectionNamed(String text) {
        return Acts.sectionNamed(text);
    }

    /**
     * Section {@code section} ({@code 552}, {@code 230(c)(1)}) of the act the annotator names
     * {@code act}, as it normalizes a section of that act: the Code's where the act is numbered as
     * the Code ({@code 5 U.S.C. § 552}), else the act's own ({@code Foreign Intelligence
     * Surveillance Act § 702}).
     */
    public static String actSection(String act, String section) {
        Matcher m = SECTION_NUMBER.matcher(section);
        return m.matches() ? Acts.sectionName(act, m.group(1), m.group(2)) : act + " § " + section;
    }

    /** A section's number and its subsections: {@code 230(c)(1)}. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(\\d+[a-zA-Z]?)((?:\\([^()\\s]+\\))*)");

    /** A title's number as the annotator writes it, in Roman figures ({@code 2}: {@code II}), or {@code null} beyond XXXIX. */
    public static String romanTitle(String number) {
        return Acts.roman(number);
    }

    /**
     * The normalized name of the bill or act that {@code text} wholly names by the nickname it had
     * while debated ({@code Cantwell bill}: {@code H.R. 3627 (103rd)}; {@code FBI wiretap bill}: the
     * Digital Telephony Act), or {@code null}: what {@code cites:} looks for, whatever the year.
     */
    public static String nicknamed(String text) {
        return LawNicknames.named(text);
    }

    /**
     * The normalized standard that {@code text} wholly names by its name ({@code Escrowed Encryption
     * Standard}: {@code FIPS 185}), or {@code null}: what {@code cites:} looks for.
     */
    public static String standardNamed(String text) {
        return NamedStandards.named(text);
    }

    /**
     * The case that {@code text} names ({@code Katz vs US}, {@code US v Miller}), as the annotator
     * normalizes a case ({@code Katz v. United States}, {@code United States v. Miller}: "v." between
     * the parties, the United States spelled out, see {@link CaseParties}), or {@code null} where no
     * "v" stands between two parties: what {@code cites:} looks for.
     */
    public static String caseNamed(String text) {
        return CaseParties.caseName(text);
    }

    /**
     * The other spellings of the parties of a case as the annotator normalizes it that fold to other
     * search keys ({@code Katz v. United States} is also {@code Katz v. U.S.}, {@code Katz v. USA},
     * ...; {@code Talley v. California} also {@code Talley v. State of California}), so that an index
     * finds a case by each; empty for a citation that is no case name.
     */
    public static List<String> caseSpellings(String normalized) {
        return CaseParties.spellings(normalized);
    }

    /**
     * The named acts that hold a citation written as the annotator normalizes it: {@code 47 U.S.C.
     * § 1002(a)} and {@code Pub. L. 103-414} are held by the Communications Assistance for Law
     * Enforcement Act, {@code 22 C.F.R. § 121.1} by ITAR. Empty for none.
     */
    public static List<String> actsHolding(String normalized) {
        return Codifications.actsHolding(normalized);
    }

    /**
     * The chapters of the Code that are the named act {@code act} ({@code Wiretap Act}: {@code 18
     * U.S.C. ch. 119}), as the annotator writes them; empty for none.
     */
    public static List<String> chaptersOf(String act) {
        return Codifications.chaptersOf(act);
    }

    /**
     * The number of an EU act the annotator names ({@code Data Retention Directive}: {@code Directive
     * 2006/24/EC}, as it writes such numbers), or {@code null}.
     */
    public static String euNumberOf(String act) {
        return Codifications.euNumberOf(act);
    }

    /**
     * The EU act the annotator names whose number {@code number} is, written as the annotator writes
     * it ({@code Directive 95/46/EC}, {@code Regulation (EU) 2016/679}), or {@code null}.
     */
    public static String euActNumbered(String number) {
        return Codifications.euActNumbered(number);
    }

    /** Only the citations of a text, without speakers (for tools and tests). */
    public static List<Citation> citations(String body) {
        Text text = Text.of(body, null);
        return resolveCitations(text, Overlaps.resolve(Extractors.findAll(text)));
    }

    private static Message annotated(Message m, MessageIndex index) {
        String body = m.body();
        if (body.isEmpty()) return m.withAnnotations(List.of(), List.of());
        Text text = Text.of(body, m.date());
        List<Segment> segments = m.segments().isEmpty()
                ? List.of(Segment.of(SegmentKind.TEXT, 0, body.length(), 0)) : m.segments();
        List<Citation> found = Overlaps.resolve(Extractors.findAll(text));
        found = withoutSkipped(found, segments);
        List<Citation> citations = MessageLinks.resolve(resolveCitations(text, found), index);
        List<Claims.Read> sentences = new ArrayList<>();
        List<Claim> claims = Claims.find(text, stretches(segments, PROSE), citations, sentences::add);
        List<Annotation> all = new ArrayList<>(citations.size() + claims.size());
        all.addAll(citations);
        all.addAll(claims);
        all.sort(Comparator.comparingInt(Annotation::start).thenComparing(Annotation::type));
        Message withSegments = m.segments().isEmpty() ? m.withSegments(segments) : m;
        List<Annotation> credited = Speakers.credit(withSegments, all, index);
        return m.withAnnotations(credited, MessageTopics.of(sentences, stretches(segments, OWN), credited));
    }

    /**
     * Segments of the given kinds as stretches for sentence splitting: neighbouring segments of the
     * same kind, depth and quoted author are joined, so a sentence may run over their line breaks.
     */
    static List<int[]> stretches(List<Segment> segments, Set<SegmentKind> kinds) {
        List<int[]> out = new ArrayList<>();
        Segment previous = null;
        for (Segment s : segments) {
            if (!kinds.contains(s.kind())) {
                previous = null;
                continue;
            }
            if (previous != null && previous.end() == s.start() && previous.kind() == s.kind() && previous.depth() == s.depth()
                    && java.util.Objects.equals(previous.quotedAuthor(), s.quotedAuthor())
                    && java.util.Objects.equals(previous.quotedId(), s.quotedId())) {
                out.get(out.size() - 1)[1] = s.end();
            } else {
                out.add(new int[] {s.start(), s.end()});
            }
            previous = s;
        }
        return out;
    }

    private static List<Citation> resolveCitations(Text text, List<Citation> found) {
        List<Citation> resolved = ShortForms.resolve(text, found);
        return Pointers.find(text, resolved);
    }

    /** Drops what was found in signatures and list footers. */
    private static List<Citation> withoutSkipped(List<Citation> found, List<Segment> segments) {
        boolean any = false;
        for (Segment s : segments) {
            if (s.kind() == SegmentKind.SIGNATURE || s.kind() == SegmentKind.FOOTER) any = true;
        }
        if (!any) return found;
        List<Citation> out = new ArrayList<>();
        for (Citation c : found) {
            boolean skip = false;
            for (Segment s : segments) {
                if ((s.kind() == SegmentKind.SIGNATURE || s.kind() == SegmentKind.FOOTER) && s.contains(c.start())) skip = true;
            }
            if (!skip) out.add(c);
        }
        return out;
    }
}
