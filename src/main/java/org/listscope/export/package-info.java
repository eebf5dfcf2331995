/**
 * Annotated threads out, for the tools researchers use: one {@link org.listscope.export.ExportWriter}
 * per format ({@code jsonl}, {@code csv}, {@code html}, {@code mbox}, {@code maildir},
 * {@code graphml}, {@code csl-json}), chosen by name through {@link org.listscope.export.Exporters},
 * the package's front door.
 *
 * <p>Every export carries its {@link org.listscope.model.Provenance}: the front door always writes a
 * side file {@code OUT.provenance.json} (listscope version, query, thread, index or inputs, time, and
 * each message's id, archive URL and source), and formats that have room for it also carry it
 * inside: the HTML page shows it, GraphML holds it as graph attributes, mbox and Maildir messages
 * carry {@code X-Listscope-*} headers. JSON Lines, CSV and CSL-JSON stay pure (every line a
 * message, every row an annotation, the file a CSL array), which is kinder to scripts.
 *
 * <p>Null rules: arguments are never {@code null}; fields of messages follow the model's rules.
 */
package org.listscope.export;
