package org.listscope.bench;

import java.nio.file.Path;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * For {@code bench/solr}: starts a two-node SolrCloud cluster in this JVM as an installed Solr would
 * run listscope's collections. The JVM's class path holds Solr and this class alone; listscope's
 * classes (the query parser plugin) come from the jars in {@code LIB}, which the nodes load as their
 * shared library ({@code sharedLib} of solr.xml), as the README tells an installation to. Uploads the
 * configset in {@code CONF} as {@code listscope}, makes the collections named (two shards each),
 * prints {@code URL <node url>} and serves until its standard input closes.
 *
 * <p>Usage: {@code SolrBenchCluster CONF LIB DIR COLLECTION...}
 */
public final class SolrBenchCluster {

    private SolrBenchCluster() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: SolrBenchCluster CONF LIB DIR COLLECTION...");
            System.exit(2);
        }
        Path conf = Path.of(args[0]);
        Path lib = Path.of(args[1]).toAbsolutePath();
        Path dir = Path.of(args[2]);
        try {
            Class.forName("org.listscope.index.solr.ListscopeQParserPlugin");
            System.err.println("SolrBenchCluster: listscope is on the JVM's class path; the nodes must load it from " + lib);
            System.exit(2);
        } catch (ClassNotFoundException expected) {
            // as in an installed Solr: only the nodes' shared library holds it
        }
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace("<solr>",
                "<solr>\n  <str name=\"sharedLib\">" + lib + "</str>");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster"))
                .withSolrXml(solrXml).addConfig("listscope", conf).build();
        try {
            for (int i = 3; i < args.length; i++) {
                CollectionAdminRequest.createCollection(args[i], "listscope", 2, 1).process(cluster.getSolrClient());
                cluster.waitForActiveCollection(args[i], 2, 2);
            }
            System.out.println("URL " + cluster.getJettySolrRunner(0).getBaseUrl());
            System.out.flush();
            while (System.in.read() != -1) {
                // serve until the script closes our input
            }
        } finally {
            cluster.shutdown();
        }
    }
}
