package org.listscope.index.solr;

import java.nio.file.Path;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/** An in-process SolrCloud cluster of two nodes, with listscope's configset uploaded as {@code listscope}. */
public final class SolrClusters {

    private SolrClusters() {
    }

    /** Starts a cluster whose files (and logs) go under {@code dir}. */
    public static MiniSolrCloudCluster start(Path dir) throws Exception {
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        Path conf = dir.resolve("configset");
        SolrConfigset.write(conf);
        return new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster")).addConfig("listscope", conf).build();
    }

    /** Makes a collection of two shards, one on each node, and waits until it serves. */
    public static String collection(MiniSolrCloudCluster cluster, String name) throws Exception {
        CollectionAdminRequest.createCollection(name, "listscope", 2, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 2, 2);
        return name;
    }
}
