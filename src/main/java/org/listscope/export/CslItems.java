package org.listscope.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.json.Json;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Message;

/**
 * Turns the citations of messages into CSL-JSON items: one item per distinct reference (kind and
 * normalized form), typed for citeproc and Zotero ({@code legislation}, {@code bill},
 * {@code legal_case}, {@code report}, {@code webpage}), with the messages that cite it in
 * {@code note} (for people) and in {@code custom.listscope.citedBy} (for scripts). Ids are derived
 * from the reference itself ({@code rfc-2119}, {@code usc-47-u-s-c-1001}), so they are the same in
 * every export. Pointers, whose target was lost, cite nothing and are left out.
 */
final class CslItems {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("usc", "legislation"), Map.entry("cfr", "legislation"), Map.entry("public-law", "legislation"),
            Map.entry("act", "legislation"), Map.entry("eu-law", "legislation"), Map.entry("fed-reg", "legislation"),
            Map.entry("bill", "bill"), Map.entry("case", "legal_case"), Map.entry("fcc", "report"),
            Map.entry("rfc", "report"), Map.entry("internet-draft", "report"), Map.entry("url", "webpage"),
            Map.entry("message", "webpage"), Map.entry("executive-order", "legislation"), Map.entry("court-rule", "legislation"),
            Map.entry("fips", "standard"), Map.entry("standard", "standard"));

    private static final Pattern CODE_SECTION = Pattern.compile("^(\\d+)\\s+(U\\.?S\\.?C\\.?|C\\.?F\\.?R\\.?)\\s*§*\\s*(\\S+)");
    /** A chapter of the Code as the annotator writes it: {@code 18 U.S.C. ch. 119}. */
    private static final Pattern CODE_CHAPTER = Pattern.compile("^(\\d+) U\\.S\\.C\\. ch\\. (\\S+)$");
    /** A rule of the Federal Rules as the annotator writes it: {@code Fed. R. Civ. P. 45(c)}. */
    private static final Pattern COURT_RULE = Pattern.compile("^(Fed\\. R\\. .+?) (\\d+\\S*)$");
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\w.-]*)");
    private static final Pattern BILL = Pattern.compile("^(.*?\\d+)(?:\\s*\\((\\d+)\\w*\\))?$");

    private CslItems() {
    }

    /** A distinct reference and where it is cited. */
    private record Reference(String kind, String key, Citation first, List<Cite> cites) {
    }

    private record Cite(Message message, Citation citation) {
    }

    /** The items, ordered by id. */
    static ArrayNode items(List<Message> messages) {
        Map<String, Reference> refs = new LinkedHashMap<>();
        for (Message m : messages) {
            for (Annotation a : m.annotations()) {
                if (!(a instanceof Citation c) || !TYPES.containsKey(c.kind())) continue;
                String key = c.normalized() != null && !c.normalized().isBlank() ? c.normalized() : c.text().strip();
                refs.computeIfAbsent(c.kind() + '\u0000' + key, k -> new Reference(c.kind(), key, c, new ArrayList<>()))
                        .cites().add(new Cite(m, c));
            }
        }
        Map<String, String> ids = ids(refs);
        List<Map.Entry<String, Reference>> sorted = new ArrayList<>(refs.entrySet());
        sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(ids::get)));
        ArrayNode out = Json.mapper().createArrayNode();
        for (Map.Entry<String, Reference> e : sorted) {
            out.add(item(ids.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    private static ObjectNode item(String id, Reference r) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", id);
        n.put("type", TYPES.get(r.kind()));
        n.put("title", r.key());
        Citation c = r.first();
        if (c.link() != null) n.put("URL", c.link());
        else if (r.kind().equals("url")) n.put("URL", r.key());
        fields(n, r.kind(), r.key());
        n.put("note", note(r));
        ObjectNode ls = n.putObject("custom").putObject("listscope");
        ls.put("kind", r.kind());
        ls.put("normalized", c.normalized());
        ArrayNode cited = ls.putArray("citedBy");
        for (Cite cite : r.cites()) {
            ObjectNode e = cited.addObject();
            e.put("id", cite.message().id());
            e.put("url", cite.message().url());
            e.put("date", cite.message().date() == null ? null : cite.message().date().toString());
            e.put("subject", cite.message().subject());
            e.put("text", cite.citation().text());
            e.put("inQuote", cite.citation().inQuote());
        }
        return n;
    }

    /** Fields that citeproc styles use, read from the normalized form where it has them. */
    private static void fields(ObjectNode n, String kind, String key) {
        switch (kind) {
            case "usc", "cfr" -> {
                Matcher chapter = CODE_CHAPTER.matcher(key);
                Matcher m = CODE_SECTION.matcher(key);
                if (chapter.matches()) {
                    n.put("container-title", "U.S.C.");
                    n.put("volume", chapter.group(1));
                    n.put("chapter-number", chapter.group(2));
                } else if (m.find()) {
                    n.put("container-title", kind.equals("usc") ? "U.S.C." : "C.F.R.");
                    n.put("volume", m.group(1));
                    n.put("section", m.group(3));
                }
            }
            case "public-law" -> number(n, key);
            case "bill" -> {
                Matcher m = BILL.matcher(key);
                if (m.find()) {
                    n.put("number", m.group(1).strip());
                    if (m.group(2) != null) n.put("chapter-number", m.group(2));
                }
                n.put("authority", "U.S. Congress");
            }
            case "rfc" -> {
                number(n, key);
                n.put("collection-title", "Request for Comments");
                n.put("publisher", "IETF");
            }
            case "internet-draft" -> {
                n.put("genre", "Internet-Draft");
                n.put("publisher", "IETF");
            }
            case "fcc" -> n.put("publisher", "Federal Communications Commission");
            case "court-rule" -> {
                Matcher m = COURT_RULE.matcher(key);
                if (m.matches()) {
                    n.put("container-title", m.group(1));
                    n.put("section", m.group(2));
                }
            }
            case "executive-order" -> number(n, key);
            case "fips", "standard" -> { // a standard's number is its designation: FIPS 185, J-STD-025-B
                n.put("number", key);
                if (kind.equals("fips")) n.put("publisher", "National Institute of Standards and Technology");
            }
            default -> {
            }
        }
    }

    private static void number(ObjectNode n, String key) {
        Matcher m = NUMBER.matcher(key);
        if (m.find()) n.put("number", m.group(1));
    }

    private static String note(Reference r) {
        StringBuilder sb = new StringBuilder("Cited in ").append(r.cites().size())
                .append(r.cites().size() == 1 ? " message" : " messages").append(" (listscope):");
        List<String> seen = new ArrayList<>();
        for (Cite c : r.cites()) {
            String where = c.message().url() != null ? c.message().url() : c.message().id();
            if (!seen.contains(where)) seen.add(where);
        }
        for (String s : seen) sb.append("\n").append(s);
        return sb.toString();
    }

    /** Readable ids from kind and reference; references whose ids would clash get a hash suffix. */
    private static Map<String, String> ids(Map<String, Reference> refs) {
        Map<String, String> slugs = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Map.Entry<String, Reference> e : refs.entrySet()) {
            String slug = slug(e.getValue().kind() + " " + e.getValue().key());
            slugs.put(e.getKey(), slug);
            uses.merge(slug, 1, Integer::sum);
        }
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, String> e : slugs.entrySet()) {
            String slug = e.getValue();
            boolean clash = uses.get(slug) > 1 || slug.length() > 80;
            ids.put(e.getKey(), clash ? cut(slug) + "-" + hash(e.getKey()) : slug);
        }
        return ids;
    }

    private static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "ref" : slug;
    }

    private static String cut(String slug) {
        return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-+$", "");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
