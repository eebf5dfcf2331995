package org.listscope.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/** Writes messages in one format. Implementations are stateless apart from their options. */
public interface ExportWriter {

    /** The format name users give to {@code --format} ({@code jsonl}, {@code csv}, ...). */
    String format();

    /**
     * Writes the messages to {@code out} (a file, or for {@code maildir} a folder), replacing what is
     * there.
     *
     * @param messages   distinct messages in thread order (see {@link ThreadOrder})
     * @param provenance how the messages were selected
     * @param out        where to write
     */
    void write(List<Message> messages, Provenance provenance, Path out) throws IOException;
}
