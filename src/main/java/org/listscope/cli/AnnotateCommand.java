package org.listscope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.listscope.annotate.Annotator;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code listscope annotate PATH...}: parses, threads and prints messages with their annotations. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Like parse, with citations and claims in 'annotations' on every message.")
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    MessageOutput output;

    @Override
    public Integer call() {
        Batch batch = Archives.readBatch(output.paths);
        List<Message> annotated = new Annotator().annotate(Threader.thread(batch));
        return output.print(annotated, batch, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
