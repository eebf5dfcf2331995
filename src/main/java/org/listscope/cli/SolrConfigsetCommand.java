package org.listscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.listscope.index.solr.SolrConfigset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code listscope solr configset DIR}: writes the configset of a listscope collection. */
@Command(name = "configset", mixinStandardHelpOptions = true,
        description = {"Write the configset of a listscope collection (schema.xml, solrconfig.xml, elisions.txt) into DIR.",
                "Upload it with: solr zk upconfig -n listscope -d DIR; then create collections with it."})
final class SolrConfigsetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write (made if missing).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SolrConfigset.write(dir);
        } catch (IOException e) {
            err.println("listscope: cannot write the configset to " + dir + ": " + e.getMessage());
            err.flush();
            return Root.FAILURE;
        }
        err.println("listscope: wrote " + String.join(", ", SolrConfigset.FILES) + " to " + dir);
        err.flush();
        return Root.OK;
    }
}
