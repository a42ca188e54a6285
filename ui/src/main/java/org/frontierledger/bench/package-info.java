/**
 * The store benchmark ({@code bench store}): synthetic documents appended through the
 * application's command path, every processor replayed, as-of pages timed against the same pages
 * now, each beside a raw floor (batched JDBC insert, paged read, bare Lucene indexing) measured in
 * the same run. {@link org.frontierledger.bench.StoreBenchmark} is its entry point. A tool, not
 * part of the running application.
 */
@NullMarked
package org.frontierledger.bench;

import org.jspecify.annotations.NullMarked;
