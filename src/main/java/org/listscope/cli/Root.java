package org.listscope.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code listscope} command: lists the subcommands; exit codes are decided here. Picocli builds
 * the model of a command by reflection when it is added, which for all of them took about a tenth
 * of a one-off search's run (40 of 440 ms), so a run that names its subcommand first gets only that
 * one ({@link #commandLineFor}).
 */
@Command(name = "listscope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Mailing-list archives as a searchable, annotated research corpus.")
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

    /** The subcommands by name, in the order the usage help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        for (Class<?> c : List.of(ParseCommand.class, ThreadCommand.class, IndexCommand.class, SearchCommand.class,
                ShowCommand.class, AnnotateCommand.class, EvalCommand.class, ExportCommand.class, CrawlCommand.class, SolrCommand.class,
                CommandLine.HelpCommand.class)) {
            out.put(c.getAnnotation(Command.class).name(), c);
        }
        return out;
    }

    /** A command line with every subcommand, listscope's exit codes and error handling. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.values());
    }

    /**
     * A command line to run {@code args}: with only the subcommand they start with, or every one
     * when they start with none (or with {@code help}, which names another), so that usage help
     * and the suggestions for a mistyped name are as with {@link #commandLine()}.
     */
    public static CommandLine commandLineFor(String[] args) {
        Class<?> only = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        return commandLine(only != null ? List.of(only) : SUBCOMMANDS.values());
    }

    private static CommandLine commandLine(Collection<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Root());
        // before the handlers: they reach only the subcommands added by then
        for (Class<?> c : subcommands) cl.addSubcommand(c);
        withVersion(cl);
        QueryArgument.applyTo(cl); // search -from:fbi.gov
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
            if (ex instanceof CommandLine.UnmatchedArgumentException u) CommandLine.UnmatchedArgumentException.printSuggestions(u, cmd.getErr());
            if (ex instanceof CommandLine.MissingParameterException) {
                // a command given without what it needs most likely wants its usage
                cmd.usage(cmd.getErr(), Terminals.stderr() ? cmd.getColorScheme().ansi() : CommandLine.Help.Ansi.OFF);
            } else {
                cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            }
            return USAGE;
        });
        return cl;
    }

    /** Every command's {@code --version}, which its {@code --help} lists, prints listscope's version. */
    private static void withVersion(CommandLine cl) {
        if (cl.getCommandSpec().versionProvider() == null) cl.getCommandSpec().versionProvider(new Version());
        for (CommandLine sub : cl.getSubcommands().values()) withVersion(sub);
    }
}
