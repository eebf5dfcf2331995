package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command: which subcommands a run gets, and how it reports a wrong command line. */
class RootTest {

    private static final String[] ALL = {"parse", "thread", "index", "search", "show", "annotate", "eval", "export", "crawl", "solr", "help"};

    @Test
    void everySubcommandIsListedInOrder() {
        assertThat(Root.commandLine().getSubcommands().keySet()).containsExactly(ALL);
    }

    @Test
    void aRunThatNamesItsSubcommandGetsOnlyThatOne() {
        assertThat(Root.commandLineFor(new String[] {"search", "calea"}).getSubcommands().keySet()).containsExactly("search");
        assertThat(Root.commandLineFor(new String[] {"index"}).getSubcommands().keySet()).containsExactly("index");
    }

    @Test
    void aRunWithoutOneOrWithHelpGetsThemAll() {
        assertThat(Root.commandLineFor(new String[0]).getSubcommands().keySet()).containsExactly(ALL);
        assertThat(Root.commandLineFor(new String[] {"--help"}).getSubcommands().keySet()).containsExactly(ALL);
        assertThat(Root.commandLineFor(new String[] {"help", "search"}).getSubcommands().keySet()).containsExactly(ALL);
        assertThat(Root.commandLineFor(new String[] {"serch"}).getSubcommands().keySet()).containsExactly(ALL);
    }

    @Test
    void everyCommandPrintsTheVersion() {
        String version = new Version().getVersion()[0];
        for (String[] args : new String[][] {{"--version"}, {"search", "--version"}, {"export", "-V"}, {"solr", "push", "--version"}}) {
            Object[] r = run(args);
            assertThat(r[0]).as(String.join(" ", args)).isEqualTo(Root.OK);
            assertThat(((String) r[1]).strip()).as(String.join(" ", args)).isEqualTo(version).isNotBlank();
        }
    }

    @Test
    void aSolrThatIsNoUrlIsAUsageErrorBeforeAnythingIsRead() {
        for (String[] args : new String[][] {{"search", "calea", "--solr", "notaurl", "--collection", "lists"},
                {"solr", "push", "--solr", "localhost:8983", "--collection", "lists", "--index", "/no/such/index"}}) {
            Object[] r = run(args);
            assertThat(r[0]).as(String.join(" ", args)).isEqualTo(Root.USAGE);
            assertThat((String) r[2]).as(String.join(" ", args)).startsWith("listscope: --solr needs the URL of a Solr node")
                    .hasLineCount(1);
        }
    }

    @Test
    void aMistypedCommandGetsSuggestionsAndExitCodeTwo() {
        Object[] r = run("serch", "calea");
        assertThat(r[0]).isEqualTo(Root.USAGE);
        assertThat((String) r[2]).contains("Unmatched argument").contains("Did you mean: listscope search")
                .contains("Try 'listscope --help'.");
    }

    @Test
    void aLoneSubcommandHasListscopesErrorHandling() {
        Object[] r = run("search", "--no-such-option", "x");
        assertThat(r[0]).isEqualTo(Root.USAGE);
        assertThat((String) r[2]).startsWith("listscope: Unknown option: '--no-such-option'").contains("Try 'listscope search --help'.");
        Object[] help = run("help", "search");
        assertThat(help[0]).isEqualTo(0);
        assertThat((String) help[1]).startsWith("Usage: listscope search");
    }

    /** Runs {@code args} as {@code bin/listscope} does; returns {exit code, stdout, stderr}. */
    private static Object[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Root.commandLineFor(args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Object[] {code, out.toString(), err.toString()};
    }
}
