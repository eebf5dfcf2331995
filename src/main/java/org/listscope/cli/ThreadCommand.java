package org.listscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.listscope.json.Json;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code listscope thread PATH...}: parses, rebuilds threads and prints them. */
@Command(name = "thread", mixinStandardHelpOptions = true,
        description = "Read archive inputs, rebuild reply threads and print them as trees.")
final class ThreadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text",
            description = "text (default: each thread as an indented tree), jsonl (one message per line, "
                    + "with parentId, threadId and parentLink) or json (the same as jsonl).")
    OutputFormat format;

    enum OutputFormat { text, jsonl, json }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Batch batch = Archives.readBatch(paths);
        List<Message> threaded = Threader.thread(batch);
        if (format == OutputFormat.text) {
            TreeFormat.print(threaded, out);
        } else {
            for (Message m : threaded) out.println(Json.line(m));
        }
        out.flush();
        return Reporting.summarize(batch, spec.commandLine().getErr());
    }
}
