package org.listscope.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.listscope.model.Message;

/**
 * The batch as the resolver and the speaker stage need it: messages by {@code id}, by Message-ID
 * and by archive URL.
 */
final class MessageIndex {

    private final Map<String, Message> byId = new HashMap<>();
    private final Map<String, String> byMessageId = new HashMap<>();
    private final Map<String, String> byUrl = new HashMap<>();

    MessageIndex(List<Message> messages) {
        for (Message m : messages) {
            byId.put(m.id(), m);
            if (m.messageId() != null) byMessageId.put(messageIdKey(m.messageId()), m.id());
            if (m.url() != null) byUrl.put(urlKey(m.url()), m.id());
        }
    }

    /** The {@code id} of the message with this Message-ID (brackets optional), or {@code null}. */
    String idForMessageId(String messageId) {
        return byMessageId.get(messageIdKey(messageId));
    }

    /** The {@code id} of the message at this archive URL, or {@code null}. */
    String idForUrl(String url) {
        return byUrl.get(urlKey(url));
    }

    /** The message with this {@code id}, or {@code null}. */
    Message get(String id) {
        return id == null ? null : byId.get(id);
    }

    private static String messageIdKey(String id) {
        String t = id.trim();
        if (t.startsWith("<")) t = t.substring(1);
        if (t.endsWith(">")) t = t.substring(0, t.length() - 1);
        return t.toLowerCase(Locale.ROOT);
    }

    private static String urlKey(String url) {
        String u = Canonical.url(url.trim());
        u = u.replaceFirst("^https?://", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
