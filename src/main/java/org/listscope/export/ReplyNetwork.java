package org.listscope.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.listscope.model.Author;
import org.listscope.model.Message;

/**
 * The reply network among authors: a node per person ({@code from.key}), an edge from the author
 * of a message to each author who replied to it, weighted by the number of such replies. Replies to
 * oneself are loops. Only parents among the given messages count.
 *
 * @param graph  the directed, weighted graph of person keys
 * @param people each key's author as first seen, with the number of messages written
 */
record ReplyNetwork(Graph<String, DefaultWeightedEdge> graph, Map<String, Person> people) {

    /** One node's data. */
    record Person(Author author, int messages) {
    }

    static ReplyNetwork of(List<Message> messages) {
        Graph<String, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Message> byId = MboxWriter.index(messages);
        for (Message m : byId.values()) {
            String key = m.from().key();
            people.merge(key, new Person(m.from(), 1), (a, b) -> new Person(a.author(), a.messages() + 1));
            g.addVertex(key);
        }
        for (Message m : byId.values()) {
            Message parent = m.parentId() == null ? null : byId.get(m.parentId());
            if (parent == null || parent == m) continue;
            String from = parent.from().key();
            String to = m.from().key();
            DefaultWeightedEdge e = g.getEdge(from, to);
            if (e == null) {
                g.setEdgeWeight(g.addEdge(from, to), 1);
            } else {
                g.setEdgeWeight(e, g.getEdgeWeight(e) + 1);
            }
        }
        return new ReplyNetwork(g, people);
    }
}
