package org.listscope.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * The side file {@code OUT.provenance.json}: what was exported, how it was selected, by which
 * listscope, when, and where each message came from.
 */
final class ProvenanceFile {

    private ProvenanceFile() {
    }

    /** The provenance as a JSON object, without the message list. */
    static ObjectNode header(String format, Provenance p) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("listscope", p.version());
        n.put("format", format);
        n.put("query", p.query());
        n.put("thread", p.threadId());
        n.put("index", p.index());
        ArrayNode inputs = n.putArray("inputs");
        p.inputs().forEach(inputs::add);
        n.put("scope", p.onlyMatches() ? "messages" : "threads");
        n.put("exportedAt", p.exportedAt().toString());
        return n;
    }

    static void write(Path file, String format, Provenance p, List<Message> messages) throws IOException {
        ObjectNode n = header(format, p);
        n.put("messageCount", messages.size());
        n.put("threadCount", messages.stream().map(m -> m.threadId() == null ? m.id() : m.threadId()).distinct().count());
        ArrayNode list = n.putArray("messages");
        for (Message m : messages) {
            ObjectNode e = list.addObject();
            e.put("id", m.id());
            e.put("threadId", m.threadId());
            e.put("url", m.url());
            e.set("source", Json.mapper().valueToTree(m.source()));
        }
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), n);
    }
}
