/**
 * Full-text search over claims: {@link org.frontierledger.search.ClaimSearch} answers a
 * {@link org.frontierledger.search.ClaimQuery} with a {@link org.frontierledger.search.SearchResult}
 * of {@link org.frontierledger.search.ClaimHit}s, and refuses bad text with an
 * {@link org.frontierledger.search.InvalidQueryException} whose message an analyst can act on.
 * Everything else in this module is internal.
 *
 * <h2>From a claim to a Lucene document</h2>
 *
 * <p>The index is a projection: the {@code claim-index} event processor reads the event store and
 * writes every {@code DocumentIngested} and {@code ClaimRecorded} into one Lucene index, kept in
 * {@code ledger.search.index-dir} (by default {@code <ledger.data-dir>/index}). A document becomes
 * a small entry that carries its title and source; each claim becomes an entry of its own. A
 * claim does not carry its document's title, so the projection copies the title from the document
 * entry into the claim (for {@code doc:} searches), and a search reads the title and source for
 * display from the document entry, looked up by document id.
 *
 * <h2>Fields</h2>
 *
 * <ul>
 *   <li>{@code id}: the claim id (or the document id for a document entry), a keyword; the key of
 *       every write.
 *   <li>{@code kind}: {@code claim} or {@code document}, a keyword; searches filter on
 *       {@code claim}.
 *   <li>{@code documentId}: a keyword, stored.
 *   <li>{@code text}: the quote, analysed, stored, with offsets in the postings, so the highlighter
 *       marks matches without analysing the quote again.
 *   <li>{@code speaker}: analysed and stored; {@code speakerExact}: the same as written, a keyword.
 *   <li>{@code doc}: the document's title, analysed, not stored.
 *   <li>{@code reportedOn}: epoch days, as a point (ranges), a stored value and doc values (the
 *       newest-first sort).
 *   <li>Document entries: {@code title} (analysed, stored) and {@code source} (stored).
 * </ul>
 *
 * <h2>Analysis</h2>
 *
 * <p>Lucene's {@code StandardTokenizer} splits on Unicode word boundaries, then possessives are
 * dropped, words lower-cased and reduced by the Porter stemmer, so "spends" finds "spending". There
 * is no stop-word list: "not" changes what a claim says, and numbers are kept as they are. Model
 * names stay findable as written: "V3.2" is one token, and "GPT-4o" is the two adjacent tokens
 * "gpt" and "4o", which the query parser turns back into a phrase when a user types "GPT-4o", while
 * "gpt" alone still finds it. Prefix and wildcard terms are lower-cased but not stemmed.
 *
 * <h2>Queries and highlights</h2>
 *
 * <p>The classic Lucene syntax, with AND between words, {@code speaker:} and {@code doc:} as the
 * only fields, and no leading wildcards (they scan the whole term dictionary). Prefixes expand to
 * one scored clause per matching term and count against {@code IndexSearcher}'s maximum clause
 * count; a query over it is refused with advice instead of run. Hits are highlighted by the
 * {@code UnifiedHighlighter} with a formatter that escapes every character of the quote, so the
 * only markup in {@link org.frontierledger.search.ClaimHit#fragmentHtml()} is {@code <mark>}.
 *
 * <h2>Commits and rebuilds</h2>
 *
 * <p>Writes are upserts ({@code IndexWriter.updateDocument} keyed on {@code id}): handling an event
 * twice leaves one entry. The projection commits the index once per Axon unit of work, in a
 * prepare-commit hook, so a processed batch is durable in Lucene before the processor stores its
 * token; then it refreshes the searchers. If the process dies between the two, the batch is simply
 * processed again. To rebuild, reset the {@code claim-index} processor (stop it, reset its tokens,
 * start it): the projection's reset handler deletes every entry and commits, and the replay writes
 * the index anew from events. The index holds nothing that is not in the events.
 *
 * <p>One process owns the folder at a time (Lucene's write lock); a second one fails at start with
 * a message saying so. Every node of a cluster keeps its own index, fed from the shared store.
 */
@NullMarked
package org.frontierledger.search;

import org.jspecify.annotations.NullMarked;
