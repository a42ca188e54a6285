/**
 * The search benchmark ({@code bench search}): synthetic claims shaped like the ledger's, indexed
 * in the product's Lucene index and in PostgreSQL full-text search, and the same fixed queries
 * timed on both. {@link org.frontierledger.search.bench.SearchBenchmark} is its entry point; the
 * rest is internal to it. A tool, not part of the running application.
 */
@NullMarked
package org.frontierledger.search.bench;

import org.jspecify.annotations.NullMarked;
