/**
 * SolrCloud, for archives beyond one machine: a collection whose schema is the local index's
 * ({@link org.listscope.index.solr.SolrConfigset}), the messages of a local index pushed into it
 * ({@link org.listscope.index.solr.SolrPush}, each a document made by
 * {@link org.listscope.index.solr.SolrDocuments}), and the contract's query language inside Solr
 * ({@link org.listscope.index.solr.ListscopeQParserPlugin}, {@code defType=listscope}), so that a
 * query finds in a collection what it finds in the indexes pushed into it; and a collection read as
 * a local index is ({@link org.listscope.index.solr.SolrSearcher}: searches with snippets, facets and
 * threads, single messages, whole threads).
 *
 * <p>Depends on {@code org.listscope.index} (its fields, documents and query language) and on Solr;
 * nothing in the local pipeline depends on it.
 */
package org.listscope.index.solr;
