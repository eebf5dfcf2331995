package org.listscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code listscope} command: lists the subcommands; exit codes are decided here. */
@Command(name = "listscope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Mailing-list archives as a searchable, annotated research corpus.",
        subcommands = {
                ParseCommand.class,
                ThreadCommand.class,
                IndexCommand.class,
                SearchCommand.class,
                ShowCommand.class,
                AnnotateCommand.class,
                EvalCommand.class,
                ExportCommand.class,
                CrawlCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Root implements Runnable {

    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: some input or step failed. */
    public static final int FAILURE = 1;
    /** Exit status: the command line was wrong. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** A command line with listscope's exit codes and error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Root());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UsageException) {
                cmd.getErr().println("listscope: " + ex.getMessage());
                return USAGE;
            }
            cmd.getErr().println("listscope: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("listscope: " + ex.getMessage());
            cmd.getErr().println("Try 'listscope " + cmd.getCommandName() + " --help'.");
            return USAGE;
        });
        return cl;
    }
}
