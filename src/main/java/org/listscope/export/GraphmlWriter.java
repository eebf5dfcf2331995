package org.listscope.export;

import java.io.StringWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.apache.commons.text.StringEscapeUtils;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * {@code graphml}: the {@link ReplyNetwork} through JGraphT's GraphML exporter, which Gephi, NetworkX
 * and JGraphT's importer read. Nodes have the ids {@code p0}, {@code p1}, ... in order of first
 * message (GraphML ids must be XML name tokens, which addresses are not) and carry {@code key} (the
 * person key, as in {@code from.key}), {@code label} (the name as shown), {@code address} (where
 * known) and {@code messages} (how many they wrote); edges run from
 * the replied-to author to the replier with {@code weight} (how many replies; left out when 1, the
 * key's default) and {@code replies} (the same count, always written). The provenance is in
 * graph data ({@code listscope}, {@code query}, {@code thread}, {@code index}, {@code inputs},
 * {@code exportedAt}, {@code scope}).
 */
final class GraphmlWriter implements ExportWriter {

    @Override
    public String format() {
        return "graphml";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        ReplyNetwork net = ReplyNetwork.of(messages);
        Map<String, String> ids = new HashMap<>();
        for (String key : net.people().keySet()) ids.put(key, "p" + ids.size());
        GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(ids::get);
        exporter.setExportEdgeWeights(true);
        // JGraphT leaves out weights equal to the key's default of 1.0, which NetworkX does not fill in:
        // "replies" carries the same count on every edge
        exporter.registerAttribute("replies", AttributeCategory.EDGE, AttributeType.INT);
        exporter.setEdgeAttributeProvider(e -> Map.of("replies",
                DefaultAttribute.createAttribute((int) net.graph().getEdgeWeight(e))));
        exporter.setExportVertexLabels(false);
        exporter.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("key", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("address", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("messages", AttributeCategory.NODE, AttributeType.INT);
        exporter.setVertexAttributeProvider(key -> {
            ReplyNetwork.Person p = net.people().get(key);
            Map<String, Attribute> attrs = new LinkedHashMap<>();
            attrs.put("label", DefaultAttribute.createAttribute(xml10(p.author().label())));
            attrs.put("key", DefaultAttribute.createAttribute(xml10(key)));
            if (p.author().address() != null) attrs.put("address", DefaultAttribute.createAttribute(xml10(p.author().address())));
            attrs.put("messages", DefaultAttribute.createAttribute(p.messages()));
            return attrs;
        });
        StringWriter xml = new StringWriter();
        exporter.exportGraph(net.graph(), xml);
        Files.writeString(out, withProvenance(xml.toString(), provenance), StandardCharsets.UTF_8);
    }

    /**
     * The text without the characters XML 1.0 cannot hold even as references (control characters
     * other than tab and line ends, lone surrogates, U+FFFE and U+FFFF), which JGraphT would write as
     * {@code &#28;} and every XML reader then refuses; a 1993 From: header held one.
     */
    static String xml10(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (sb != null) sb.append(c).append(text.charAt(i + 1));
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD && !Character.isLowSurrogate(c));
            }
            if (ok) {
                if (sb != null) sb.append(c);
            } else if (sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Adds the provenance as graph data. JGraphT 1.5.2's exporter declares graph attributes but
     * never writes their values, so the keys and values are put in here, at the two places GraphML's
     * schema allows them: keys before the graph, data first inside it.
     */
    static String withProvenance(String graphml, Provenance p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("listscope", p.version());
        values.put("query", p.query());
        values.put("thread", p.threadId());
        values.put("index", p.index());
        values.put("inputs", p.inputs().isEmpty() ? null : String.join(" ", p.inputs()));
        values.put("exportedAt", p.exportedAt().toString());
        values.put("scope", p.onlyMatches() ? "messages" : "threads");
        StringBuilder keys = new StringBuilder();
        StringBuilder data = new StringBuilder();
        values.forEach((name, value) -> {
            keys.append("    <key id=\"g_").append(name).append("\" for=\"graph\" attr.name=\"").append(name)
                    .append("\" attr.type=\"string\"/>\n");
            if (value != null) {
                data.append("        <data key=\"g_").append(name).append("\">")
                        .append(StringEscapeUtils.escapeXml10(value)).append("</data>\n");
            }
        });
        int graph = graphml.indexOf("<graph ");
        int inside = graphml.indexOf('>', graph) + 1;
        if (graph < 0 || inside <= 0) throw new IllegalStateException("no <graph> element in the exporter's output");
        return graphml.substring(0, graph) + keys.toString().stripLeading() + "    " + graphml.substring(graph, inside)
                + "\n" + data + graphml.substring(inside).replaceFirst("^\\s*\n", "");
    }

}
