package org.listscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.listscope.json.Json;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.parse.Archives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code listscope parse PATH...}: prints structured messages. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read archive inputs (files, folders, .gz, WARC) and print structured messages.")
final class ParseCommand implements Callable<Integer> {

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
        for (Message m : batch.messages()) {
            out.println(format == OutputFormat.jsonl ? Json.line(m) : TextFormat.message(m));
        }
        out.flush();
        return Reporting.summarize(batch, spec.commandLine().getErr());
    }
}
