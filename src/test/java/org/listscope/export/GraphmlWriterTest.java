package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;

class GraphmlWriterTest {

    @TempDir
    Path dir;

    private static Message msg(String id, String parent, String who) {
        return Message.builder().id(id).from(Author.of(who.toUpperCase(), who + "@x.org", who))
                .source(new Source("p", null, "mbox")).date(Instant.parse("2007-01-01T00:00:00Z"))
                .parentId(parent).threadId("a").build();
    }

    @Test
    void readsBackWithJGraphTsImporter() throws Exception {
        // alice starts; bob replies twice to alice; alice answers bob; carol replies to herself
        List<Message> in = List.of(msg("a", null, "alice"), msg("b1", "a", "bob"), msg("b2", "a", "bob"),
                msg("a2", "b1", "alice"), msg("c", null, "carol"), msg("c2", "c", "carol"), msg("orphan", "gone", "dave"));
        Path out = dir.resolve("net.graphml");
        Exporters.export(new GraphmlWriter(), in, Fixtures.provenance(), out);

        Graph<String, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(SupplierUtil.createStringSupplier(),
                SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<String, String> graph = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        try (Reader r = Files.newBufferedReader(out)) {
            importer.importGraph(g, r);
        }
        // nodes by their person key
        Map<String, String> byKey = new HashMap<>();
        nodes.forEach((id, attrs) -> byKey.put(attrs.get("key"), id));
        Graph<String, DefaultWeightedEdge> keyed = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        g.vertexSet().forEach(v -> keyed.addVertex(nodes.get(v).get("key")));
        for (DefaultWeightedEdge e : g.edgeSet()) {
            keyed.setEdgeWeight(keyed.addEdge(nodes.get(g.getEdgeSource(e)).get("key"),
                    nodes.get(g.getEdgeTarget(e)).get("key")), g.getEdgeWeight(e));
        }
        assertThat(byKey.get("alice@x.org")).isEqualTo("p0");
        g = keyed;
        assertThat(g.vertexSet()).containsExactlyInAnyOrder("alice@x.org", "bob@x.org", "carol@x.org", "dave@x.org");
        assertThat(g.getEdgeWeight(g.getEdge("alice@x.org", "bob@x.org"))).isEqualTo(2.0);
        assertThat(g.getEdgeWeight(g.getEdge("bob@x.org", "alice@x.org"))).isEqualTo(1.0);
        assertThat(g.getEdgeWeight(g.getEdge("carol@x.org", "carol@x.org"))).isEqualTo(1.0);
        assertThat(g.edgeSet()).hasSize(3);
        assertThat(Files.readString(out)).contains("attr.name=\"replies\"");
        assertThat(nodes.get(byKey.get("bob@x.org"))).containsEntry("messages", "2").containsEntry("label", "BOB")
                .containsEntry("address", "bob@x.org");
        assertThat(nodes.get(byKey.get("dave@x.org"))).containsEntry("messages", "1");
        // JGraphT's importer hands graph data to no consumer: read it with the JDK's DOM
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.toFile());
        org.w3c.dom.NodeList data = ((org.w3c.dom.Element) xml.getElementsByTagName("graph").item(0)).getChildNodes();
        for (int i = 0; i < data.getLength(); i++) {
            if (data.item(i) instanceof org.w3c.dom.Element e && e.getTagName().equals("data")) {
                graph.put(e.getAttribute("key").substring(2), e.getTextContent());
            }
        }
        assertThat(graph).containsEntry("listscope", "test").containsEntry("query", "calea AND topic:lawful-intercept")
                .containsEntry("exportedAt", "2026-01-02T03:04:05Z").containsEntry("scope", "threads");
    }

    @Test
    void escapesNamesAndKeysFromMessages() throws Exception {
        List<Message> in = new ArrayList<>(List.of(Fixtures.hostile()));
        Path out = dir.resolve("net.graphml");
        Exporters.export(new GraphmlWriter(), in, Fixtures.provenance(), out);
        String xml = Files.readString(out);
        assertThat(xml).doesNotContain("<b onclick").contains("&lt;b onclick=alert(9)&gt;Mallory&lt;/b&gt;");
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutSoThatXmlReadersReadIt() throws Exception {
        // a 1993 From: header held U+001C before the address
        Message m = Message.builder().id("m").from(Author.of("Dorothy\u0001 Denning \uD800", "\u001cdenning@guvax.edu", "\u001cdenning@guvax.edu"))
                .source(new Source("p", null, "mbox")).date(Instant.parse("1993-01-01T00:00:00Z")).threadId("m").build();
        Path out = dir.resolve("net.graphml");
        Exporters.export(new GraphmlWriter(), List.of(m), Fixtures.provenance(), out);
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        List<String> values = new ArrayList<>();
        org.w3c.dom.NodeList data = xml.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) values.add(data.item(i).getTextContent());
        assertThat(values).contains("Dorothy Denning ", "denning@guvax.edu");
        assertThat(GraphmlWriter.xml10("a\tb\nc\uD83D\uDE00\uFFFE\uDE00")).isEqualTo("a\tb\nc\uD83D\uDE00");
    }
}
