package org.listscope.bench;

import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.listscope.index.solr.SolrClusters;

/**
 * For {@code bench/solr}: starts a two-node SolrCloud cluster in this JVM with listscope's configset,
 * makes the collections named (two shards each), prints {@code URL <node url>} and serves until its
 * standard input closes.
 *
 * <p>Usage: {@code SolrBenchCluster DIR COLLECTION...}
 */
public final class SolrBenchCluster {

    private SolrBenchCluster() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SolrBenchCluster DIR COLLECTION...");
            System.exit(2);
        }
        MiniSolrCloudCluster cluster = SolrClusters.start(Path.of(args[0]));
        try {
            for (int i = 1; i < args.length; i++) SolrClusters.collection(cluster, args[i]);
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
