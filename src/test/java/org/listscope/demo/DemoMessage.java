package org.listscope.demo;

import java.time.OffsetDateTime;

/**
 * One message of the demo archive, as its description gives it.
 *
 * @param key         the description's name for it ({@code calea-2})
 * @param fromName    the author's display name
 * @param fromAddress the author's address ({@code user@host})
 * @param date        when it was written, in the sender's zone
 * @param messageId   the Message-ID with angle brackets
 * @param parentKey   the key of the message it replies to, or {@code null}
 * @param subject     the subject as delivered by the list ({@code [Policy-Ops] Re: ...})
 * @param body        the text, lines ending in {@code \n}
 */
record DemoMessage(String key, String fromName, String fromAddress, OffsetDateTime date, String messageId,
                   String parentKey, String subject, String body) {
}
