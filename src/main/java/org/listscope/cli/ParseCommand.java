package org.listscope.cli;

import java.util.concurrent.Callable;
import org.listscope.model.Batch;
import org.listscope.parse.Archives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code listscope parse PATH...}: prints structured messages. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read archive inputs (files, folders, .gz, WARC) and print structured messages.")
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    MessageOutput output;

    @Override
    public Integer call() {
        Batch batch = Archives.readBatch(output.paths);
        return output.print(batch.messages(), batch, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
