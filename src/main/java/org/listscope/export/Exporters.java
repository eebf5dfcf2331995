package org.listscope.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * The front door of exporting: knows the formats, puts the messages in thread order and writes the
 * export with its provenance side file. Adding a format means adding its writer to {@link #all}.
 */
public final class Exporters {

    private Exporters() {
    }

    /** One writer per format, configured by the options. */
    public static List<ExportWriter> all(ExportOptions options) {
        return List.of(new JsonlWriter(), new CsvWriter(options.excel()), new MessageCsvWriter(options.excel()), new HtmlWriter(),
                new MboxWriter(), new MaildirWriter(), new GraphmlWriter(), new CslJsonWriter());
    }

    /** The format names, in the order {@code --help} lists them. */
    public static List<String> formats() {
        return all(ExportOptions.defaults()).stream().map(ExportWriter::format).collect(Collectors.toList());
    }

    /** The writer for a format name (case-insensitive), if there is one. */
    public static Optional<ExportWriter> forFormat(String format, ExportOptions options) {
        String f = format.toLowerCase(Locale.ROOT);
        return all(options).stream().filter(w -> w.format().equals(f)).findFirst();
    }

    /** The side file that holds an export's provenance: {@code OUT.provenance.json}. */
    public static Path provenanceFile(Path out) {
        Path name = out.toAbsolutePath().normalize().getFileName();
        return out.resolveSibling((name == null ? "export" : name.toString()) + ".provenance.json");
    }

    /**
     * Writes the messages in thread order with the writer, then the provenance side file.
     *
     * @return the messages as written, in thread order, duplicates dropped
     */
    public static List<Message> export(ExportWriter writer, List<Message> messages, Provenance provenance, Path out)
            throws IOException {
        List<Message> ordered = ThreadOrder.messages(messages);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) java.nio.file.Files.createDirectories(parent);
        writer.write(ordered, provenance, out);
        ProvenanceFile.write(provenanceFile(out), writer.format(), provenance, ordered);
        return ordered;
    }
}
