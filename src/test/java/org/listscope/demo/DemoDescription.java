package org.listscope.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo archive as written in {@code policy-ops.txt}: list settings, then messages, each
 * {@code === key}, header lines ({@code from:}, {@code date:}, {@code id:}, {@code parent:},
 * {@code subject:}), a blank line and the body.
 *
 * @param list     the list's display name ({@code Policy-Ops})
 * @param host     the list server's host name
 * @param zone     the server's zone, in which pipermail shows dates and files months
 * @param messages the messages in description order
 */
record DemoDescription(String list, String host, ZoneId zone, List<DemoMessage> messages) {

    static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);

    /** The list's name in lower case, as in addresses and URLs. */
    String listId() {
        return list.toLowerCase(Locale.US);
    }

    /** Reads the bundled description. */
    static DemoDescription load() throws IOException {
        try (InputStream in = DemoDescription.class.getResourceAsStream("policy-ops.txt")) {
            if (in == null) throw new IOException("policy-ops.txt is not on the class path");
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
    }

    static DemoDescription read(BufferedReader in) throws IOException {
        Map<String, String> settings = new HashMap<>();
        List<Map<String, String>> raw = new ArrayList<>();
        Map<String, String> current = null;
        boolean inBody = false;
        StringBuilder body = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("=== ")) {
                if (current != null) current.put("body", trimBody(body));
                current = new LinkedHashMap<>();
                current.put("key", line.substring(4).strip());
                raw.add(current);
                body.setLength(0);
                inBody = false;
            } else if (current == null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                int colon = line.indexOf(':');
                settings.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            } else if (!inBody) {
                if (line.isEmpty()) {
                    inBody = true;
                } else {
                    int colon = line.indexOf(':');
                    current.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) current.put("body", trimBody(body));
        String list = settings.get("list");
        return new DemoDescription(list, settings.get("host"), ZoneId.of(settings.get("zone")), messages(list, raw));
    }

    private static List<DemoMessage> messages(String list, List<Map<String, String>> raw) {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        for (Map<String, String> m : raw) byKey.put(m.get("key"), m);
        List<DemoMessage> out = new ArrayList<>();
        for (Map<String, String> m : raw) {
            String from = m.get("from");
            int lt = from.indexOf('<');
            String name = from.substring(0, lt).strip();
            String address = from.substring(lt + 1, from.indexOf('>'));
            String parent = m.get("parent");
            Map<String, String> root = m;
            while (root.get("parent") != null) root = byKey.get(root.get("parent"));
            String subject = "[" + list + "] " + (parent == null ? "" : "Re: ") + root.get("subject");
            out.add(new DemoMessage(m.get("key"), name, address, OffsetDateTime.parse(m.get("date"), RFC_822),
                    m.get("id"), parent, subject, m.get("body")));
        }
        return out;
    }

    private static String trimBody(StringBuilder body) {
        String s = body.toString();
        while (s.endsWith("\n\n")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
