/**
 * The Lucene index: one {@link org.listscope.index.Fields} class names every field,
 * {@link org.listscope.index.Analysis} holds the analyzers shared by writer and query parser,
 * {@link org.listscope.index.MessageDocuments} turns a message into its document,
 * {@link org.listscope.index.Indexer} runs parse, thread, annotate and write incrementally and
 * crash-safely, {@link org.listscope.index.QueryLanguage} maps the contract's query fields onto the
 * index, and {@link org.listscope.index.Searcher} answers with hits, snippets, facets and threads.
 *
 * <p>Results that leave the package are model records ({@code SearchResult}, {@code SearchHit},
 * {@code ThreadHits}, {@code IndexReport}); messages are rebuilt exactly from their stored JSON.
 */
package org.listscope.index;
