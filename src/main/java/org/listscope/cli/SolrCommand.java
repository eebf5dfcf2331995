package org.listscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code listscope solr}: a SolrCloud collection for archives beyond one machine. */
@Command(name = "solr", mixinStandardHelpOptions = true,
        subcommands = {SolrConfigsetCommand.class, SolrPushCommand.class},
        description = {"SolrCloud beyond one machine: write a collection's configset, push a local index's messages into it.",
                "The collection answers the contract's query language (defType=listscope) with listscope's jar on its nodes."})
final class SolrCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a solr command is required (configset or push)");
    }
}
