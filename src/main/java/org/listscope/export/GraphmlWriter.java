package org.listscope.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * {@code graphml}: the {@link ReplyNetwork} through JGraphT's GraphML exporter, which Gephi, NetworkX
 * and JGraphT's importer read. Nodes are keyed by the person key and carry {@code label} (the name
 * as shown), {@code address} (where known) and {@code messages} (how many they wrote); edges run from
 * the replied-to author to the replier with {@code weight} (how many replies). The provenance is in
 * graph attributes ({@code listscope}, {@code query}, {@code thread}, {@code index}, {@code exportedAt}).
 */
final class GraphmlWriter implements ExportWriter {

    @Override
    public String format() {
        return "graphml";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        ReplyNetwork net = ReplyNetwork.of(messages);
        GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>(key -> key);
        exporter.setExportEdgeWeights(true);
        exporter.setExportVertexLabels(false);
        exporter.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("address", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("messages", AttributeCategory.NODE, AttributeType.INT);
        for (String g : List.of("listscope", "query", "thread", "index", "exportedAt", "scope")) {
            exporter.registerAttribute(g, AttributeCategory.GRAPH, AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(key -> {
            ReplyNetwork.Person p = net.people().get(key);
            Map<String, Attribute> attrs = new LinkedHashMap<>();
            attrs.put("label", DefaultAttribute.createAttribute(label(p.author())));
            if (p.author().address() != null) attrs.put("address", DefaultAttribute.createAttribute(p.author().address()));
            attrs.put("messages", DefaultAttribute.createAttribute(p.messages()));
            return attrs;
        });
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> attrs = new LinkedHashMap<>();
            attrs.put("listscope", DefaultAttribute.createAttribute(provenance.version()));
            if (provenance.query() != null) attrs.put("query", DefaultAttribute.createAttribute(provenance.query()));
            if (provenance.threadId() != null) attrs.put("thread", DefaultAttribute.createAttribute(provenance.threadId()));
            if (provenance.index() != null) attrs.put("index", DefaultAttribute.createAttribute(provenance.index()));
            attrs.put("exportedAt", DefaultAttribute.createAttribute(provenance.exportedAt().toString()));
            attrs.put("scope", DefaultAttribute.createAttribute(provenance.onlyMatches() ? "messages" : "threads"));
            return attrs;
        });
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            exporter.exportGraph(net.graph(), w);
        }
    }

    private static String label(Author a) {
        if (a.name() != null && !a.name().isBlank()) return a.name();
        if (a.address() != null) return a.address();
        return a.shown().isBlank() ? a.key() : a.shown();
    }
}
