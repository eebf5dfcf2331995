package org.listscope.parse;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the list a mail record belongs to, from the evidence in order of trust; the first that
 * speaks wins:
 * <ol>
 * <li>listscope's own word: the {@code X-Listscope-List} header its {@code mbox} and {@code maildir}
 * exports write, naming the list of the archive the message was first read from (an export may hold
 * several lists, and its file's place names none of them);</li>
 * <li>the archive's place, where its layout names one list: a pipermail, Mailman, HyperKitty, W3C
 * or IETF archive URL or path ({@code .../pipermail/twisted-python/2005-March.txt.gz}), a file named
 * like its folder ({@code cypherpunks/cypherpunks-1993.mbox.gz}, Mailman's {@code LIST.mbox/LIST.mbox}),
 * or a LISTSERV notebook ({@code LIST.LOG1305E}). An archive of one list holds messages that other
 * lists relayed or someone forwarded with their headers; they were still posted to this list;</li>
 * <li>the headers list software writes on every copy it sends: {@code List-Id}, {@code List-Post},
 * {@code X-Mailing-List}, ezmlm's {@code Mailing-List}, Mailman's {@code X-BeenThere};</li>
 * <li>a list server's own address as {@code Sender}, {@code Errors-To} or {@code Return-Path}:
 * {@code owner-LIST@} (Majordomo), {@code LIST-request@}, {@code LIST-bounces@}, {@code LIST-owner@},
 * or a LISTSERV list as its own sender ({@code LIST <LIST@host>});</li>
 * <li>the tag a list puts at the start of the subject, after any {@code Re:} or {@code Fwd:}
 * ({@code Re: [Twisted-Python] ...}); a tag elsewhere is the writer's own ({@code FOIA Kit [long]}),
 * and so are common tags ({@code [fwd]}, {@code [LONG]}, {@code [ANNOUNCE]}), newsgroup names
 * ({@code [sci.crypt]}) and numbered issues ({@code [surfpunk-0086]}): none of them names a list;</li>
 * <li>the archive's place, where it only hints: the folder of pipermail month files
 * ({@code arin-issued/2010-May.txt.gz}), a file named for a list and a date ({@code nanog-2007.mbox});</li>
 * <li>a recipient at a list host ({@code To: numpy-discussion at lists.sourceforge.net}). Other
 * recipients may be people, so they say nothing.</li>
 * </ol>
 * Folders and files named for the store rather than a list ({@code mbox}, {@code archive},
 * {@code data}, {@code tests}) never name one.
 */
final class ListNames {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._+-]{0,63}");

    /** Names of folders and files that hold mail but name no list. */
    private static final Set<String> STORE_WORDS = Set.of("mbox", "mboxes", "mail", "mails", "mailbox", "mailboxes",
            "email", "emails", "inbox", "sent", "archive", "archives", "arch", "pipermail", "hyperkitty", "mailman",
            "listserv", "private", "public", "list", "lists", "messages", "msgs", "data", "testdata", "test", "tests",
            "fixtures", "tmp", "temp", "download", "downloads", "export", "exports", "backup", "backups", "corpus",
            "sample", "samples", "txt", "html", "cur", "new", "index", "warc");

    /** Subject tags that writers put on messages, not lists. */
    private static final Set<String> WRITER_TAGS = Set.of("long", "short", "longish", "fwd", "fw", "fwded",
            "forward", "forwarded", "repost", "resend", "noise", "announce", "announcement", "ann", "ad", "advert",
            "flame", "meta", "tech", "code", "ot", "off-topic", "offtopic", "slightly-off-topic", "job", "jobs",
            "update", "updated", "answer", "question", "q", "anon", "fyi", "info", "spam", "patch", "rfc", "wip",
            "draft", "humor", "humour", "joke", "urgent", "important", "correction", "corrected", "revised", "not",
            "was", "reminder", "summary", "list", "test", "admin", "cfp", "poll", "vote", "sale", "commercial",
            "ps", "off", "late", "none", "nb", "warning", "alert", "request", "req", "help", "ask", "rant",
            "politics", "legal", "news", "event", "events", "solved", "resolved", "fixed", "closed", "done");

    // subject tags
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "(?i)\\s*(?:(?:re|fwd?|aw|sv|vs|antw|wg|tr|rif|r)\\s*(?:\\[\\d+]|\\(\\d+\\)|\\^\\d+)?\\s*:|\\((?:fwd?|forw|forward)\\))\\s*");
    private static final Pattern LEADING_TAG = Pattern.compile("\\s*\\[([^\\[\\]]{1,64})]\\s*");
    private static final Pattern NUMBERED = Pattern.compile(".*[-_ ]\\d{2,}|\\d+");

    // headers
    private static final Pattern LIST_ID = Pattern.compile("<([^<>.\\s]+)\\.[^<>]*>|^\\s*([^<>.\\s\"]+)\\.[^<>\\s\"]+\\s*$");
    private static final Pattern ADDRESS = Pattern.compile("(?:mailto:)?([A-Za-z0-9._+=%!-]+)@[A-Za-z0-9.-]+");
    private static final Pattern EZMLM = Pattern.compile("(?i)^\\s*list\\s+([^@\\s;]+)@");
    private static final Pattern SERVER_LOCAL = Pattern.compile(
            "(?i)owner-(.+)|(.+)-(?:request|owner|admin|bounces?)(?:\\+.*)?");
    private static final Pattern RECIPIENT_AT_LIST_HOST = Pattern.compile(
            "(?i)([A-Za-z0-9._+-]+)(?:@|\\s+at\\s+)(?:lists?|listes|listserv|mailman)\\.[A-Za-z0-9-]+\\.[A-Za-z0-9.-]+");
    private static final Set<String> STAND_INS = Set.of("nobody", "usenet", "news", "daemon", "root", "postmaster",
            "mailer-daemon", "majordomo", "listserv", "mailman", "owner", "request", "bounces", "admin");

    // places
    private static final Pattern VOLUME = Pattern.compile(
            "(?i)(?:\\d{4}-[a-z]+|\\d{4}q[1-4]|week-of-mon-\\d{8}|\\d{8}|\\d{4})(?:\\.txt)?(?:\\.gz)?");
    private static final Pattern EXTENSIONS = Pattern.compile(
            "(?i)(?:\\.(?:mbox|mbx|mmdf|txt|mail|eml|msg|warc))?(?:\\.(?:gz|bz2|xz|zst))?$");
    private static final Pattern DATED = Pattern.compile(
            "(?i)(.+?)[-_.](?:(?:19|20)\\d\\d(?:[-_.]?(?:\\d\\d|[a-z]{3,9}))?|[a-z]{3,9}[-_.]?(?:19|20)\\d\\d|(?:19|20)\\d{4,6})");
    private static final Pattern LISTSERV_NOTEBOOK = Pattern.compile("(?i)(.+)\\.LOG\\d{4}[A-Z]?");

    /** The place of the last input asked about: every record of an input shares it. */
    private static volatile Place last;

    private record Place(Input input, String strong, String weak) {
    }

    private ListNames() {
    }

    /** The list name in lower case, or {@code null} when nothing says it. */
    static String guess(MailFields.Headers headers, String subject, Input in) {
        String exported = listName(headers.get("x-listscope-list"));
        if (exported != null) return exported;
        Place place = place(in);
        if (place.strong != null) return place.strong;
        String name = fromListHeaders(headers);
        if (name == null) name = fromListServer(headers);
        if (name == null) name = fromSubjectTag(subject);
        if (name == null) name = place.weak;
        if (name == null) name = fromRecipients(headers);
        return name;
    }

    /** The list name that the input's URL or path gives, strong or weak, or {@code null}. */
    static String fromLocation(Input in) {
        Place p = place(in);
        return p.strong != null ? p.strong : p.weak;
    }

    // ---- 2 and 6: the archive's place

    private static Place place(Input in) {
        Place p = last;
        if (p != null && p.input == in) return p;
        String where = in.url() != null ? in.url() : in.path() != null ? absolute(in.path()) : in.name();
        int cut = in.url() == null ? -1 : ArchiveLocation.indexOfAny(where, '?', '#');
        String[] parts = (cut >= 0 ? where.substring(0, cut) : where).replace('\\', '/').split("/+");
        p = new Place(in, strongPlace(parts), weakPlace(parts));
        last = p;
        return p;
    }

    private static String absolute(Path path) {
        try {
            return path.toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return path.toString();
        }
    }

    /** A list named by an archive layout, or by a file named like its folder. */
    static String strongPlace(String[] parts) {
        int n = parts.length;
        String found = null;
        for (int i = 0; i + 1 < n; i++) {
            String p = parts[i].toLowerCase(Locale.ROOT);
            boolean folderFollows = i + 2 < n; // the list is a folder, not the file itself
            String next = parts[i + 1];
            if (folderFollows && p.equals("pipermail")) found = listName(next);
            else if (folderFollows && (p.equals("private") || p.equals("public")) && i > 0
                    && (parts[i - 1].equalsIgnoreCase("archives") || parts[i - 1].equalsIgnoreCase("mailman"))) {
                found = listName(stripSuffix(next, ".mbox"));
            } else if (p.equals("list") && next.indexOf('@') > 0) found = listName(next.substring(0, next.indexOf('@')));
            else if (folderFollows && p.equals("arch") && i + 2 < n
                    && (next.equals("msg") || next.equals("browse"))) found = listName(parts[i + 2]);
            if (found != null && !isStoreWord(found)) return found;
            found = null;
        }
        if (n == 0) return null;
        String file = parts[n - 1];
        Matcher notebook = LISTSERV_NOTEBOOK.matcher(file);
        if (notebook.matches()) return listName(notebook.group(1));
        if (n < 2) return null;
        String stem = undated(EXTENSIONS.matcher(file).replaceFirst(""));
        String folder = stripSuffix(parts[n - 2], ".mbox");
        if (stem.equalsIgnoreCase(folder)) {
            String name = listName(stem);
            if (name != null && !isStoreWord(name)) return name;
        }
        return null;
    }

    /** A list hinted at by the folder of pipermail volumes, or by a file named for a list and a date. */
    static String weakPlace(String[] parts) {
        int n = parts.length;
        if (n == 0) return null;
        String file = parts[n - 1];
        String name = null;
        if (n >= 2 && VOLUME.matcher(file).matches()) name = listName(parts[n - 2]);
        else if (n >= 3 && VOLUME.matcher(parts[n - 2]).matches() && file.matches("\\d+\\.html?")) name = listName(parts[n - 3]);
        else {
            Matcher dated = DATED.matcher(EXTENSIONS.matcher(file).replaceFirst(""));
            if (dated.matches()) name = listName(dated.group(1));
        }
        return name == null || isStoreWord(name) ? null : name;
    }

    /** A file stem without a trailing date ({@code cypherpunks-1993} is {@code cypherpunks}). */
    private static String undated(String stem) {
        Matcher dated = DATED.matcher(stem);
        return dated.matches() ? dated.group(1) : stem;
    }

    private static boolean isStoreWord(String name) {
        return STORE_WORDS.contains(name);
    }

    // ---- 3: list headers

    static String fromListHeaders(MailFields.Headers h) {
        String listId = h.get("list-id");
        if (listId != null) {
            Matcher m = LIST_ID.matcher(listId);
            if (m.find()) {
                String name = listName(m.group(1) != null ? m.group(1) : m.group(2));
                if (name != null) return name;
            }
        }
        String name = localPart(h.get("list-post"), false); // "NO" on an announce-only list
        if (name == null) name = localPart(h.get("x-mailing-list"), true);
        if (name == null) {
            String ezmlm = h.get("mailing-list");
            Matcher m = ezmlm == null ? null : EZMLM.matcher(ezmlm);
            if (m != null && m.find()) name = listName(m.group(1));
        }
        if (name == null) name = localPart(h.get("x-beenthere"), false);
        return name;
    }

    // ---- 4: list server addresses

    static String fromListServer(MailFields.Headers h) {
        for (String header : new String[] {"sender", "errors-to", "return-path"}) {
            String value = h.get(header);
            if (value == null || value.isBlank()) continue;
            String local = rawLocalPart(value);
            if (local == null) continue;
            Matcher m = SERVER_LOCAL.matcher(local);
            if (m.matches()) {
                String name = listName(m.group(1) != null ? m.group(1) : m.group(2));
                if (name != null && !STAND_INS.contains(name)) return name;
            }
            if (header.equals("sender")) {
                String name = listservSender(value, local);
                if (name != null) return name;
            }
        }
        return null;
    }

    /** A LISTSERV list sends as itself: {@code LIST <LIST@host>}, {@code "LIST: title" <LIST@host>}. */
    private static String listservSender(String value, String local) {
        if (value.indexOf('@') < 0) return null;
        String shown = Addresses.fromHeader(value).name();
        if (shown == null || shown.length() < local.length() || !shown.regionMatches(true, 0, local, 0, local.length())) {
            return null;
        }
        if (shown.length() > local.length() && shown.charAt(local.length()) != ':') return null;
        String name = listName(local);
        return name == null || STAND_INS.contains(name) ? null : name;
    }

    // ---- 5: the subject tag

    /** The list tag at the start of a subject, past reply prefixes and writers' tags, or {@code null}. */
    static String fromSubjectTag(String subject) {
        if (subject == null || subject.indexOf('[') < 0) return null;
        int pos = 0;
        for (int guard = 0; guard < 8 && pos < subject.length(); guard++) {
            Matcher reply = REPLY_PREFIX.matcher(subject).region(pos, subject.length());
            if (reply.lookingAt()) {
                pos = reply.end();
                continue;
            }
            Matcher tag = LEADING_TAG.matcher(subject).region(pos, subject.length());
            if (!tag.lookingAt()) return null;
            pos = tag.end();
            String name = listTag(tag.group(1));
            if (name != null) return name;
        }
        return null;
    }

    /** A tag as a list name, or {@code null} for a writer's tag, a newsgroup or a numbered issue. */
    private static String listTag(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.length() < 2 || t.indexOf('.') >= 0 || WRITER_TAGS.contains(t) || NUMBERED.matcher(t).matches()) return null;
        String name = listName(t);
        return name == null || name.chars().noneMatch(Character::isLetter) ? null : name;
    }

    // ---- 7: recipients at a list host

    static String fromRecipients(MailFields.Headers h) {
        for (String header : new String[] {"to", "cc"}) {
            String value = h.get(header);
            if (value == null) continue;
            Matcher m = RECIPIENT_AT_LIST_HOST.matcher(value);
            while (m.find()) {
                String name = listName(m.group(1));
                if (name != null && !STAND_INS.contains(name)) return name;
            }
        }
        return null;
    }

    // ---- names

    /**
     * The local part of the first address in a header value as a list name, or {@code null};
     * where {@code bare} is true, a value that is one word without {@code @} is taken whole.
     */
    private static String localPart(String value, boolean bare) {
        if (value == null || (!bare && value.indexOf('@') < 0)) return null;
        String local = rawLocalPart(value);
        return local == null ? null : listName(local);
    }

    /** The local part of the first address ({@code owner-x@host}, {@code <owner-x>}, {@code host!owner-x}). */
    private static String rawLocalPart(String value) {
        Matcher m = ADDRESS.matcher(value);
        String local;
        if (m.find()) {
            local = m.group(1);
        } else {
            String v = value.strip();
            if (v.startsWith("<") && v.endsWith(">")) v = v.substring(1, v.length() - 1).strip();
            if (v.isEmpty() || v.indexOf(' ') >= 0 || v.indexOf('<') >= 0) return null;
            local = v;
        }
        int bang = local.lastIndexOf('!');
        if (bang >= 0) local = local.substring(bang + 1);
        int percent = local.indexOf('%');
        if (percent > 0) local = local.substring(0, percent);
        return local.isEmpty() ? null : local;
    }

    /** {@code s} in lower case where it can be a list name, else {@code null}. */
    private static String listName(String s) {
        if (s == null) return null;
        String n = s.strip().toLowerCase(Locale.ROOT);
        return NAME.matcher(n).matches() ? n : null;
    }

    private static String stripSuffix(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length())
                ? s.substring(0, s.length() - suffix.length()) : s;
    }
}
