package org.listscope.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.listscope.annotate.Annotator;
import org.listscope.index.Analysis;
import org.listscope.index.Fields;
import org.listscope.index.TokenTrace;
import org.listscope.model.Message;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset's schema against the local index, without a cluster: every field a message's
 * document holds is in the schema, and each text field's analysis chain, as written in schema.xml,
 * gives the local index's tokens for the bundled corpus's messages.
 */
class SolrConfigsetTest {

    static Map<String, Element> fields = new HashMap<>();
    static Map<String, Element> types = new HashMap<>();
    static List<Message> messages;

    @BeforeAll
    static void read() throws Exception {
        byte[] xml = SolrConfigset.text("schema.xml").getBytes(StandardCharsets.UTF_8);
        org.w3c.dom.Document schema = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList fs = schema.getElementsByTagName("field");
        for (int i = 0; i < fs.getLength(); i++) fields.put(((Element) fs.item(i)).getAttribute("name"), (Element) fs.item(i));
        NodeList ts = schema.getElementsByTagName("fieldType");
        for (int i = 0; i < ts.getLength(); i++) types.put(((Element) ts.item(i)).getAttribute("name"), (Element) ts.item(i));
        messages = new Annotator().annotate(Threader.thread(Archives.readBatch(List.of(Path.of("corpus").toAbsolutePath()))));
    }

    @Test
    void everyFieldOfAMessagesDocumentIsInTheSchema() {
        Set<String> used = new HashSet<>();
        for (Message m : messages) {
            SolrInputDocument d = SolrDocuments.of(m);
            used.addAll(d.getFieldNames());
            for (String name : d.getFieldNames()) {
                Element f = fields.get(name);
                assertThat(f).as(name).isNotNull();
                if (d.getFieldValues(name).size() > 1) assertThat(f.getAttribute("multiValued")).as(name).isEqualTo("true");
            }
        }
        assertThat(used).contains(Fields.ID, Fields.BODY, Fields.BODY_EXACT, Fields.CITES, Fields.JSON, Fields.DATE);
        for (String dim : Fields.FACETS) assertThat(used).contains(SolrDocuments.facetField(dim));
        assertThat(messages).hasSizeGreaterThan(20);
    }

    @Test
    void eachTextFieldIsAnalysedAsTheLocalIndexAnalysesIt() throws Exception {
        Analyzer local = Analysis.analyzer();
        int compared = 0;
        for (String field : List.of(Fields.SUBJECT, Fields.SUBJECT_EXACT, Fields.BODY, Fields.BODY_EXACT, Fields.QUOTED, Fields.FROM_NAME)) {
            try (Analyzer solr = analyzer(types.get(fields.get(field).getAttribute("type")))) {
                for (Message m : messages) {
                    String text = field.startsWith("subject") ? m.subject() : field.equals(Fields.FROM_NAME)
                            ? m.from().name() + " " + m.from().address() : m.body();
                    if (text == null) continue;
                    text += " L'affaire d'or, the Fourth Amendment's and it's c'punks";
                    assertThat(TokenTrace.of(solr, field, text)).as(field + " of " + m.id()).isEqualTo(TokenTrace.of(local, field, text));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    /** The analysis chain a schema.xml field type names, built from Lucene's factories by the same names. */
    private static Analyzer analyzer(Element type) throws Exception {
        Element analyzer = (Element) type.getElementsByTagName("analyzer").item(0);
        CustomAnalyzer.Builder b = CustomAnalyzer.builder(new ClasspathResourceLoader(SolrConfigset.class));
        b.withTokenizer(factoryName(((Element) analyzer.getElementsByTagName("tokenizer").item(0)).getAttribute("class"), "TokenizerFactory"));
        NodeList filters = analyzer.getElementsByTagName("filter");
        for (int i = 0; i < filters.getLength(); i++) {
            Element filter = (Element) filters.item(i);
            Map<String, String> params = new HashMap<>();
            for (int k = 0; k < filter.getAttributes().getLength(); k++) {
                org.w3c.dom.Node attribute = filter.getAttributes().item(k);
                if (!attribute.getNodeName().equals("class")) params.put(attribute.getNodeName(), attribute.getNodeValue());
            }
            b.addTokenFilter(factoryName(filter.getAttribute("class"), "FilterFactory"), params);
        }
        return b.build();
    }

    /** {@code solr.LowerCaseFilterFactory} is Lucene's factory named {@code LowerCase}. */
    private static String factoryName(String solrClass, String suffix) {
        assertThat(solrClass).startsWith("solr.").endsWith(suffix);
        return solrClass.substring("solr.".length(), solrClass.length() - suffix.length());
    }
}
