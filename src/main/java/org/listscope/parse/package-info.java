/**
 * Reading archive inputs into {@link org.listscope.model.Message}s: one {@link
 * org.listscope.parse.ArchiveParser} per source format, chosen by content through {@link
 * org.listscope.parse.Archives}, the package's front door.
 *
 * <p>Parsers never throw for bad records: they report a {@link org.listscope.model.Problem} and go
 * on. An {@link java.io.IOException} or {@link org.listscope.parse.ParseException} from
 * {@code parse} means the whole input failed; {@link org.listscope.parse.Archives} turns it into a
 * problem naming the file, and the batch goes on.
 */
package org.listscope.parse;
