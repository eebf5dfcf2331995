package org.listscope.cli;

import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The QUERY argument of {@code search} and {@code export}, which may start with {@code -}:
 * {@code -from:fbi.gov} means every message but those. Picocli would take such an argument for an
 * unknown option. A command's QUERY names this class as its {@code preprocessor}, and {@link
 * #applyTo} lets an argument that looks like an option through to it; the preprocessor still
 * rejects one starting with {@code --} ({@code --limt 5}), a mistyped option, never a query.
 */
final class QueryArgument implements CommandLine.IParameterPreprocessor {

    /**
     * Lets each subcommand with such a QUERY take an argument that looks like an option as a
     * positional one. Called once the subcommands are added: adding one gives it its parent's
     * parser settings, which would undo this.
     */
    static void applyTo(CommandLine root) {
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getCommandSpec().positionalParameters().stream().anyMatch(p -> p.preprocessor() instanceof QueryArgument)) {
                sub.setUnmatchedOptionsArePositionalParams(true);
            }
        }
    }

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
        String arg = args.peek();
        if (arg.startsWith("--")) throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), List.of(arg));
        return false; // picocli goes on to take it as the query
    }
}
