package org.listscope.parse.segment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads quotes marked with the quoted person's name or initials before the {@code >}, as Emacs
 * Supercite, The Bat! and FidoNet readers write them ({@code glyph> Deferreds don't do anything},
 * {@code IST> Do you require Python 2.1?}, {@code  Uu> PGP 2.2 runs}, and initials set off by a
 * space, {@code R >He was held in lieu of bond}). A tag is read as a quote marker only where the
 * same tag starts at least two lines of the body, or Supercite's attribution declares it
 * ({@code "glyph" == ...}), and is not a program's prompt ({@code ftp>}, {@code mysql>}); up to
 * four spaces (Supercite's default leader) or a tab may stand before it. A tagged line quotes one
 * level deeper than its {@code >} markers before the tag, and {@code >} markers after the tag add
 * to that ({@code JL> > text} is two deep). Supercite's attribution line
 * ({@code >>>>> "glyph" == glyph <...> writes:}, and its other styles,
 * {@code >>>>> On <date>, <name> said:}) loses its five markers (a sixth is a quote's), so that it
 * is read as the attribution it is, whether or not its quote is tagged.
 */
final class TagQuotes {

    /** Supercite writes its attribution after five {@code >}. */
    private static final int SUPERCITE_MARKERS = 5;
    /** The most spaces before a tag: Supercite's default leader is four. */
    private static final int LEADER = 4;
    /** The longest tag read: a first name or a handle. */
    private static final int MAX_TAG = 12;
    /** The most capitals a tag set off from its {@code >} by a space may have ({@code JG >}). */
    private static final int MAX_INITIALS = 3;
    /** Tags that are programs' prompts in pasted sessions, not people. */
    private static final Set<String> PROMPTS = Set.of("ftp", "sftp", "lftp", "ncftp", "mysql", "psql", "sqlite", "sql",
            "sqlplus", "gdb", "dbx", "adb", "lldb", "irb", "ghci", "iex", "node", "js", "scala", "mongo", "redis",
            "telnet", "ksh", "bash", "sh", "csh", "tcsh", "zsh", "cmd", "ps", "db", "bc", "dc", "ok", "lisp", "cl",
            "nslookup", "smtp", "pop", "imap", "ldap", "kermit", "term", "root", "user", "prompt");

    private TagQuotes() {
    }

    /** Rereads tagged quote lines, and Supercite attribution lines, in place. */
    static void reread(String body, List<Line> lines) {
        Map<String, Integer> counts = null;
        Set<String> declared = declaredTags(body, lines);
        int n = lines.size();
        int[] tagEnd = new int[n]; // offset after "tag>" per line, or 0
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            int end = tagEnd(body, l);
            if (end <= 0) continue;
            tagEnd[i] = end;
            if (counts == null) counts = new HashMap<>();
            counts.merge(tag(body, l, end), 1, Integer::sum);
        }
        for (int i = 0; counts != null && i < n; i++) {
            if (tagEnd[i] == 0) continue;
            Line l = lines.get(i);
            String tag = tag(body, l, tagEnd[i]);
            if (counts.get(tag) < 2 && !declared.contains(tag) || PROMPTS.contains(tag.toLowerCase(Locale.ROOT))) continue;
            Line after = QuoteMarkers.angle(body, tagEnd[i], l.end(), l.textEnd());
            int content = after.depth() > 0 ? after.contentStart() : skipSpace(body, tagEnd[i], l.textEnd());
            lines.set(i, l.withDepth(l.depth() + 1 + after.depth(), content, '>'));
        }
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (l.depth() >= SUPERCITE_MARKERS && l.marker() == '>' && superciteAttribution(body, lines, i)) {
                int depth = l.depth() - SUPERCITE_MARKERS; // more markers: it is itself quoted
                lines.set(i, l.withDepth(depth, l.contentStart(), depth > 0 ? '>' : (char) 0));
            }
        }
    }

    /**
     * The tags Supercite's attribution lines declare ({@code "glyph" == ...}): a line behind one of
     * them is a quote even where it is the only such line.
     */
    private static Set<String> declaredTags(String body, List<Line> lines) {
        Set<String> tags = Set.of();
        for (Line l : lines) {
            if (l.depth() < SUPERCITE_MARKERS || l.marker() != '>' || !supercite(body, l)) continue;
            String content = l.content(body).strip();
            if (tags.isEmpty()) tags = new HashSet<>();
            tags.add(content.substring(1, content.indexOf('"', 1)));
        }
        return tags;
    }

    /**
     * Whether line {@code i}, behind five or more {@code >}, is Supercite's attribution: its own form
     * ({@code "glyph" == glyph <...> writes:}), or any attribution ({@code On <date>, <name> said:},
     * {@code <name> <address> writes:}), whose quote, the next line with content, is one or two
     * levels below the line without its five marks: not deeper than the line itself (an attribution
     * quoted five deep), nor own text (nothing of it was quoted).
     */
    private static boolean superciteAttribution(String body, List<Line> lines, int i) {
        Line l = lines.get(i);
        int own = l.depth() - SUPERCITE_MARKERS;
        for (int j = i + 1; j < lines.size(); j++) {
            Line next = lines.get(j);
            if (next.blankContent(body)) continue;
            if (next.depth() <= own || next.depth() > own + 2) return false;
            return supercite(body, l) || AttributionDetector.detect(l.content(body), null) != null;
        }
        return false;
    }

    /** Where a tag's {@code >} ends on the line (after any {@code >} markers, a tab and up to {@link #LEADER} spaces), or 0. */
    private static int tagEnd(String body, Line l) {
        int i = l.contentStart();
        int limit = l.textEnd();
        if (i < limit && body.charAt(i) == '\t') i++; // Supercite's tags indented by a tab: "\tPhil> People need ..."
        int indent = 0;
        while (i < limit && body.charAt(i) == ' ' && indent < LEADER) {
            i++;
            indent++;
        }
        return tagAt(body, i, limit);
    }

    /**
     * Where a name tag starting at {@code i} ends, after its {@code >} ({@code glyph>}, {@code D.>}):
     * a letter, then up to {@link #MAX_TAG} letters, digits or {@code . _ - '}; not {@code p->} nor
     * {@code a>>b} nor {@code div><p>}. 0 for none.
     */
    static int tagAt(CharSequence body, int i, int limit) {
        if (i >= limit || !Character.isLetter(body.charAt(i))) return 0;
        int start = i;
        while (i < limit && i - start <= MAX_TAG) {
            char c = body.charAt(i);
            if (c == '>') {
                char last = body.charAt(i - 1);
                if (last == '-' || last == '_') return 0; // p->next, not a tag
                if (i + 1 < limit && (body.charAt(i + 1) == '>' || body.charAt(i + 1) == '<')) return 0; // a>>b, div><p>
                return i + 1;
            }
            if (c == ' ') return initialsEnd(body, start, i, limit);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '\'')) return 0;
            i++;
        }
        return 0;
    }

    /**
     * Where a tag of initials set off from its {@code >} by a space ends ({@code R >}, {@code JG >},
     * as some offline readers write them): one to {@link #MAX_INITIALS} capital letters from
     * {@code start} to the space at {@code space}, then the {@code >}; 0 otherwise.
     */
    private static int initialsEnd(CharSequence body, int start, int space, int limit) {
        if (space - start > MAX_INITIALS || space + 1 >= limit || body.charAt(space + 1) != '>') return 0;
        for (int k = start; k < space; k++) {
            if (!Character.isUpperCase(body.charAt(k))) return 0;
        }
        int after = space + 2;
        if (after < limit && body.charAt(after) == '<') return 0;
        return after; // "T >> text": a further > is a deeper level, as after any tag
    }

    private static String tag(String body, Line l, int end) {
        int s = l.contentStart();
        while (body.charAt(s) == ' ' || body.charAt(s) == '\t') s++;
        return body.substring(s, end - 1);
    }

    private static int skipSpace(String body, int from, int limit) {
        return from < limit && body.charAt(from) == ' ' ? from + 1 : from;
    }

    /** Supercite's attribution: {@code >>>>> "Name" == Name <address> writes:}. */
    private static boolean supercite(String body, Line l) {
        String content = body.substring(l.contentStart(), l.textEnd()).strip();
        return content.startsWith("\"") && content.contains("\" == ") && (content.endsWith("writes:") || content.endsWith("wrote:"));
    }
}
