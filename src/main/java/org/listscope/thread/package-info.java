/**
 * Reply trees, rebuilt from whatever evidence a source kept. {@link org.listscope.thread.Threader}
 * is the front door; the parts, each with one job:
 *
 * <ul>
 *   <li>{@code Corpus}: the batch numbered, with look-ups and a time order that survives bad dates;</li>
 *   <li>{@code HeaderLinker}: JWZ threading over In-Reply-To and References, with ghosts;</li>
 *   <li>{@code IndexLinker}: pipermail's {@code thread.html} tree, read from each entry's key;</li>
 *   <li>{@code InferenceLinker}: attribution lines ({@code Attribution}, {@code Authors}), quoted
 *       text ({@code Shingles}, {@code ShingleIndex}, {@code QuoteLines}) and subjects
 *       ({@code Subjects}; {@code Addressee}: whom a reply's first line names; {@code PastedPrints}:
 *       a message's own words pasted from another's) for messages without headers;</li>
 *   <li>{@code Forest}: parent pointers assembled strongest first, never a loop;</li>
 *   <li>{@code CopiedText}: own text that repeats an earlier message of someone else made a quote
 *       of it ({@code SharedPrints}: the fingerprints a message shares with earlier ones;
 *       {@code IndentedQuotes}: shorter passages set off by indenting alone, found up the reply
 *       tree);</li>
 *   <li>{@code QuoteSources}: each quote segment linked to the message and span it came from
 *       ({@code Bodies}: the shingles of recently read bodies).</li>
 * </ul>
 *
 * <p>Messages pass in and out as {@link org.listscope.model.Message} records; nothing else crosses
 * the package border. Inputs are never {@code null}; a message's missing date, Message-ID or
 * subject is handled (and warned about where odd), never an exception.
 */
package org.listscope.thread;
