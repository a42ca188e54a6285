/**
 * Read models of the event stream, each in its feature package: {@code sources} (documents
 * ingested) and {@code timeline} (market events by reported date). Each read model is an Axon
 * projection writing SQL tables in the event store's database and transaction, rebuilt from the
 * events on demand; its public {@code …Queries} bean is the only way in.
 */
@NullMarked
package org.frontierledger.projections;

import org.jspecify.annotations.NullMarked;
