/**
 * The search benchmark ({@code bench search}): synthetic claims shaped like the ledger's, indexed
 * in the product's Lucene index and in PostgreSQL full-text search, and the same fixed queries
 * timed on both. {@link org.frontierledger.bench.search.SearchBenchmark} is its entry point; the
 * rest is internal to it, apart from {@link org.frontierledger.bench.search.RawClaimIndexing}, the
 * store benchmark's indexing floor. The index is written through the search module's public
 * {@code DirectIndex}. A tool, not part of the running application.
 */
@NullMarked
package org.frontierledger.bench.search;

import org.jspecify.annotations.NullMarked;
