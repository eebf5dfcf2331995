package org.listscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.listscope.export.ThreadOrder;
import org.listscope.index.Searchable;
import org.listscope.json.Json;
import org.listscope.model.Message;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code listscope show ID [--thread]}: one message, or its whole thread, from the index. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one message by id (or Message-ID), or with --thread its whole thread, from the index (or a Solr collection).")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The message's id, as search prints it.")
    String id;

    @Mixin
    IndexOption indexOption;

    @ArgGroup(exclusive = false)
    SolrOptions solr;

    @Option(names = "--thread", description = "Print the whole thread the message belongs to.")
    boolean thread;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or jsonl (one message per line).")
    Format format;

    enum Format { text, jsonl }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = indexOption.dir();
        String where = solr != null ? solr.shown() : dir.toString();
        try (Searchable s = indexOption.open(solr, err)) {
            Optional<Message> m = s.message(id);
            List<Message> messages;
            if (m.isPresent()) {
                messages = thread ? s.thread(m.get().threadId() != null ? m.get().threadId() : m.get().id()) : List.of(m.get());
            } else {
                // a thread id whose root is a message the replies name but the archive lacks
                messages = s.thread(id);
                if (messages.isEmpty()) {
                    err.println("listscope: no message with id " + id + " in " + where);
                    return Root.FAILURE;
                }
                if (!thread) {
                    err.println("listscope: " + id + " is a thread whose first message is missing from the archive ("
                            + messages.size() + " replies are indexed); show them with --thread");
                    return Root.FAILURE;
                }
            }
            if (format == Format.jsonl) {
                for (Message x : messages) out.println(Json.line(x));
            } else {
                if (thread) out.print(tree(messages));
                Function<String, Message> sources = sources(s, messages);
                for (Message x : thread ? ThreadOrder.messages(messages) : messages) out.print(TextFormat.message(x, sources));
            }
            out.flush();
            return Root.OK;
        } catch (UncheckedIOException e) { // a quote's source looked up while printing
            throw e.getCause();
        } catch (NoSuchFileException e) {
            err.println(IndexOption.missing(dir));
            return Root.FAILURE;
        }
    }

    /**
     * The messages by id, for naming quotes' authors: the shown ones, the others looked up in the
     * index when first asked for (null where it lacks them).
     */
    private static Function<String, Message> sources(Searchable s, List<Message> shown) {
        Map<String, Optional<Message>> known = new HashMap<>();
        for (Message m : shown) known.put(m.id(), Optional.of(m));
        return id -> known.computeIfAbsent(id, k -> {
            try {
                return s.message(k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    /** The thread as an indented outline in reading order ({@link ThreadOrder}): date, author, subject, id. */
    static String tree(List<Message> thread) {
        StringBuilder sb = new StringBuilder("thread of " + thread.size() + (thread.size() == 1 ? " message\n" : " messages\n"));
        for (ThreadOrder.Placed p : ThreadOrder.place(thread)) {
            Message m = p.message();
            sb.append("  ".repeat(p.depth() + 1))
                    .append(m.date() == null ? "----------" : m.date().toString().substring(0, 10)).append("  ")
                    .append(m.from().name() != null ? m.from().name() : m.from().shown()).append("  ")
                    .append(m.subject()).append("  [").append(m.id()).append("]\n");
        }
        return sb.append('\n').toString();
    }
}
