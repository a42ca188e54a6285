/**
 * Full-text search over claims: {@link org.frontierledger.search.ClaimSearch} answers a
 * {@link org.frontierledger.search.ClaimQuery} with a {@link org.frontierledger.search.SearchResult}
 * of {@link org.frontierledger.search.ClaimHit}s, and refuses bad text with an
 * {@link org.frontierledger.search.InvalidQueryException} whose message an analyst can act on.
 * Everything else in this module is internal.
 *
 * <h2>From a claim to a Lucene document</h2>
 *
 * <p>The index is a projection: the {@code claim-index@<node id>} event processor reads the event
 * store and writes one Lucene index per node (each node of a cluster keeps its own, with its own
 * token), kept in {@code ledger.search.index-dir} (by default
 * {@code <ledger.data-dir>/index}). It holds three kinds of entries. A {@code DocumentIngested}
 * becomes a small document entry (title, source, show). A {@code ClaimRecorded} becomes a claim
 * entry, the only kind a search returns. Each market event ({@code CapexReported},
 * {@code PriceReported}, ...) becomes a fact entry holding what search needs of it: type, company,
 * model, USD amount (and the high end of a range) and token prices, and the offsets of its quote.
 *
 * <p>A claim carries the facts of every market event whose quote overlaps its sentence in the same
 * document: the claim entry is written with them, so {@code org:}, {@code amount:} or a facet finds
 * the sentence where the figure was said. Lucene updates whole documents, so the claim entry stores
 * everything needed to write it again (quote, offsets, speaker, dates, title, show); when a market
 * event is reported, corrected ({@code MarketEventCorrected}: org, model, subject, amountUsd,
 * amountUsdHigh, inputUsdPerMTok, outputUsdPerMTok) or rejected ({@code MarketEventRejected}: the
 * fact entry is deleted), the fact entry changes and every claim overlapping it is rewritten from
 * its stored fields and the document's current facts. Curation therefore shows in the next search.
 * Claims and market events may arrive in any order; within a batch, reads see the batch's own
 * writes through a small overlay, so no refresh per event is needed.
 *
 * <h2>Fields</h2>
 *
 * <ul>
 *   <li>{@code id}: the claim id, the document id, or {@code fact:<event id>}; the key of every write.
 *   <li>{@code kind}: {@code claim}, {@code document} or {@code fact}; searches filter on {@code claim}.
 *   <li>{@code documentId}: a keyword, stored.
 *   <li>{@code text}: the quote, analysed, stored, with offsets in the postings, so the highlighter
 *       marks matches without analysing the quote again.
 *   <li>{@code speaker}: analysed and stored; {@code speakerExact}: the same as written, a keyword.
 *   <li>{@code doc}: the document's title and show, analysed, not stored ({@code doc:} and
 *       {@code source:}).
 *   <li>{@code org}, {@code model}: the market events' companies and models, analysed.
 *   <li>{@code amount}: the market events' USD figures in whole dollars, one long point per value
 *       (low and high end of a range); {@code price}: USD per million tokens (input and output),
 *       one double point per value. A range matches when any value of the claim is in it.
 *   <li>{@code reportedOn}: epoch days, as a point (ranges), a stored value and doc values (sorting).
 *   <li>{@code recordedAt}: when the claim was recorded (its event's timestamp), epoch
 *       milliseconds, a point and stored ("new since last run").
 *   <li>{@code facet.type}, {@code facet.org}, {@code facet.model}, {@code facet.speaker},
 *       {@code facet.source} (the show, else the title) and {@code facet.year}: keywords with
 *       sorted-set doc values, for filters and for counting one dimension.
 *   <li>{@code facets}: the same values in one sorted-set doc value ({@code FacetsConfig}
 *       layout), to count all dimensions in one pass.
 *   <li>{@code fact}: each market event's facts, encoded on one stored line (fact entries and claims).
 * </ul>
 *
 * <h2>Analysis</h2>
 *
 * <p>Lucene's {@code StandardTokenizer} splits on Unicode word boundaries, then possessives are
 * dropped, words lower-cased and reduced by the Porter stemmer, so "spends" finds "spending". There
 * is no stop-word list: "not" changes what a claim says, and numbers are kept as they are. Model
 * names stay findable as written and in parts: "GPT-4o" is the two adjacent tokens "gpt" and "4o",
 * which the query parser turns back into a phrase when a user types "GPT-4o", while "gpt" alone
 * still finds it; "V3.2" is one token, and the index also puts its leading part "v3" at the same
 * position (query text is analysed without that step, so "V3.1" does not find "V3.2"). Prefix and
 * wildcard terms are lower-cased but not stemmed.
 *
 * <h2>Query syntax</h2>
 *
 * <ul>
 *   <li>Words must all occur (AND is the default); {@code "a phrase"} keeps order; {@code OR},
 *       {@code NOT} (or {@code -word}) and parentheses combine; {@code spend*} matches a prefix.
 *   <li>{@code hbm NEAR/5 supply}: two words or quoted phrases within 5 words of each other, in
 *       either order ({@code NEAR} alone: within 10; at most 50).
 *   <li>Fields: {@code speaker:huang}, {@code org:microsoft}, {@code model:gpt-4o},
 *       {@code type:capex} (wire name or label, {@code type:"model release"}), {@code doc:} or
 *       {@code source:} (the document's title or show).
 *   <li>Figures: {@code amount:>=100B}, {@code amount:[1B TO 10B]}, {@code amount:60B..70B},
 *       {@code amount:75B} (units K, M, B, T, an optional $); {@code price:<1} in USD per million
 *       tokens.
 *   <li>Dates (the reported date): {@code date:2025}, {@code date:2025-01..2025-03} (a month
 *       stands for all its days), {@code date:>=2025-06-01}, {@code date:[2025-01-01 TO 2025-03-31]}.
 *   <li>Aliases: an unquoted word of the text, {@code org:} or {@code doc:} also finds the other
 *       names of its company (Alphabet and Google, MSFT and Microsoft, AWS and Amazon, Meta and
 *       Facebook). The table is this module's own and small; quotes switch it off.
 * </ul>
 *
 * <p>Abuse is bounded and explained: a query over 500 characters, parentheses nested deeper than
 * 10, a leading wildcard (it scans the whole term dictionary), a regular expression, an unknown
 * field or type, a figure or date that cannot be read, an empty range or a NEAR wider than 50 is
 * refused with an {@link org.frontierledger.search.InvalidQueryException} saying what to type
 * instead. Prefixes expand to one scored clause per matching term and count against
 * {@code IndexSearcher}'s maximum clause count; a query over it is refused with advice instead of
 * run. Hits are highlighted from Lucene's matches API (one weight per page, the offsets stored in
 * the postings): the words that matched are marked and every character of the quote is escaped,
 * so the only markup in
 * {@link org.frontierledger.search.ClaimHit#fragmentHtml()} is {@code <mark>}.
 *
 * <h2>Facets, order, similar claims</h2>
 *
 * <p>A search ranks only its page (Lucene may skip claims that cannot enter it) and counts the
 * matches exactly apart, by {@code IndexSearcher.count} (no scores; a single word is answered from
 * its document frequency) or by the facet pass. When facets are asked, Lucene's {@code FacetsCollector}
 * gathers all matches and the six dimensions (type, company, model, speaker, source, year) are
 * counted in one pass over one sorted-set doc value holding them all ({@code facets}, in
 * {@code FacetsConfig}'s layout, counted by {@code SortedSetDocValuesFacetCounts}); an index
 * written before that field existed is counted field by field from the {@code facet.*} keywords
 * until it is rebuilt. A chosen facet value becomes a filter clause (values of one dimension ORed,
 * dimensions ANDed), so it narrows the hits and the counts of the other dimensions; the chosen
 * dimension itself is counted drill-sideways (Lucene's {@code DrillSideways}, in the same pass),
 * over the matches of every other filter but not its own, so its other values stay listed with the
 * counts a click on them would add.
 *
 * <p>Hits sort by score (newer first among equals) or by reported date. "More like this"
 * is Lucene's {@code MoreLikeThis} over the quote field: the claim's rarest shared words, the
 * claim itself left out. A page's hits are read from one binary doc value per claim
 * ({@code hit}: ids, quote, speaker, title, source, date, facts), not from stored fields, whose
 * block decompression would cost more than the search.
 *
 * <h2>Saved searches</h2>
 *
 * <p>{@link org.frontierledger.search.SavedSearches} keeps each user's named searches (text,
 * filters, order) in the SQL table {@code saved_search} (Flyway V300, this module's range) and
 * counts, per search, the matching claims recorded after the user's last run of it: recorded means
 * the claim event's timestamp ({@code recordedAt}), not the date the source reported.
 *
 * <h2>Benchmark</h2>
 *
 * <p>{@code ./ledger bench search [--claims N]} (the {@code bench} module, package
 * {@code org.frontierledger.bench.search}) indexes N synthetic claims in this index, through
 * {@link org.frontierledger.search.DirectIndex}, and in PostgreSQL full-text search, and times the
 * same five queries on both.
 *
 * <h2>Commits and rebuilds</h2>
 *
 * <p>Writes are upserts ({@code IndexWriter.updateDocument} keyed on {@code id}): handling an event
 * twice leaves one entry. The projection commits the index once per Axon unit of work, in a
 * prepare-commit hook, so a processed batch is durable in Lucene before the processor stores its
 * token; then it refreshes the searchers. If the process dies between the two, the batch is simply
 * processed again. To rebuild, reset the node's {@code claim-index@<node id>} processor (stop it, reset its tokens,
 * start it): the projection's reset handler deletes every entry and commits, and the replay writes
 * the index anew from events. The index holds nothing that is not in the events.
 *
 * <p>One process owns the folder at a time (Lucene's write lock); a second one fails at start with
 * a message saying so. Every node of a cluster keeps its own index, fed from the shared store.
 */
@NullMarked
package org.frontierledger.search;

import org.jspecify.annotations.NullMarked;
