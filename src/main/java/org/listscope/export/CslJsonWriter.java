package org.listscope.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * {@code csl-json}: the references the messages cite as a CSL-JSON bibliography (a JSON array of
 * items; see {@link CslItems}), which citeproc and Zotero load. The file is only the array; the
 * provenance is in the side file.
 */
final class CslJsonWriter implements ExportWriter {

    @Override
    public String format() {
        return "csl-json";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), CslItems.items(messages));
    }
}
