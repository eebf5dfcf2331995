package org.listscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.listscope.annotate.Annotator;
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

/** {@code listscope annotate PATH...}: parses, threads and prints messages with their annotations. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Like parse, with citations and claims in 'annotations' on every message.")
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or text.")
    OutputFormat format;

    enum OutputFormat { jsonl, text }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Batch batch = Archives.readBatch(paths);
        List<Message> annotated = new Annotator().annotate(Threader.thread(batch));
        for (Message m : annotated) {
            out.println(format == OutputFormat.jsonl ? Json.line(m) : TextFormat.message(m));
        }
        out.flush();
        return Reporting.summarize(batch, spec.commandLine().getErr());
    }
}
