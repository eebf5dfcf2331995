package org.listscope.cli;

import java.util.List;
import java.util.Map;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The QUERY argument of {@code search} and {@code export}, which may start with {@code -}:
 * {@code -from:fbi.gov} means every message but those. Picocli would take such an argument for an
 * unknown option. A command's QUERY names this class as its {@code preprocessor}, and {@link
 * #applyTo} lets an argument that looks like an option through to it; the preprocessor still
 * rejects one starting with {@code --} that names no option ({@code --limt 5}), a mistyped
 * option, never a query. A
 * QUERY may come as several arguments ({@code search calea AND subpoena}, as {@code notmuch search}
 * takes it), which {@link #join} puts together.
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

    /**
     * The query that the words of a QUERY given as several arguments make, joined by single
     * spaces; null where none was given.
     */
    static String join(List<String> words) {
        return words == null || words.isEmpty() ? null : String.join(" ", words);
    }

    @Override
    public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec argSpec, Map<String, Object> info) {
        // picocli calls this once, then takes every argument up to the next known option as a word
        // of the QUERY, so each argument left is looked at here (the stack's top is the next one)
        for (int i = args.size() - 1; i >= 0; i--) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) continue;
            int eq = arg.indexOf('=');
            OptionSpec option = spec.findOption(eq < 0 ? arg : arg.substring(0, eq));
            if (option == null) throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), List.of(arg));
            if (eq < 0 && option.arity().max() > 0) i--; // its value may look like anything
        }
        return false; // picocli goes on to take them as the query
    }
}
