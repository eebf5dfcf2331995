package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.json.Json;
import org.listscope.model.Message;

class HitFieldsTest {

    @Test
    void streamingReadGivesWhatTheWholeMessageGives() {
        Message root = Msgs.message("<root@example.net>", "Steven M. Bellovin", "smb@cs.columbia.edu",
                "2007-05-11T21:05:20Z", "ISP CALEA compliance", "CALEA requires it; see 47 U.S.C. § 1001.", null)
                .withUrl("https://example.net/root.html");
        Message reply = Msgs.annotated(Msgs.message("<reply@example.net>", null, "jane@fbi.gov", null, "Re: ISP",
                        "We disagree.\\nStrongly.", "CALEA requires it.")
                .withThread("<root@example.net>", "<root@example.net>", null));
        Message bare = Msgs.message("h:01", "Anon", null, null, "", "text", null).withSegments(List.of());
        for (Message m : List.of(root, reply, bare)) {
            HitFields h = HitFields.read(Json.line(m));
            assertThat(h.id()).isEqualTo(m.id());
            assertThat(h.subject()).isEqualTo(m.subject());
            assertThat(h.from()).isEqualTo(m.from());
            assertThat(h.date()).isEqualTo(m.date());
            assertThat(h.url()).isEqualTo(m.url());
            assertThat(h.thread()).isEqualTo(m.threadId() != null ? m.threadId() : m.id());
            assertThat(h.own()).isEqualTo(MessageText.own(m));
            assertThat(h.quoted()).isEqualTo(MessageText.quoted(m));
        }
    }
}
