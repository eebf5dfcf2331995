/**
 * The data that flows between listscope's stages: immutable records and sealed types, JDK only.
 *
 * <p>Null rules for the whole package: text fields that a source may lack ({@code messageId},
 * {@code url}, {@code date}, an author's {@code address}) are {@code null} when unknown; lists are
 * never {@code null} (empty instead) and are copied defensively. Offsets are UTF-16 indices into
 * {@link org.listscope.model.Message#body()}, end exclusive.
 */
package org.listscope.model;
