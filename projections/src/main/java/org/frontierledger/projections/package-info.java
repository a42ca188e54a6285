/**
 * Read models of the event stream, each in its feature package: {@code sources} (documents
 * ingested), {@code timeline} (market events by reported date), {@code conflicts} (figures that
 * disagree), {@code subscriptions} (the source registry) and {@code digest} (the weekly digest).
 * Each read model is an Axon projection writing SQL tables in the event store's database and
 * transaction, rebuilt from the events on demand; its public {@code …Queries} bean is the only
 * way in. Projections write through {@link org.frontierledger.projections.BatchedWrites}, so a
 * batch of events costs one JDBC batch per statement rather than a round trip per event; the
 * timeline and the conflicts keep every version of their rows with the instants it was valid
 * between, so "as of" is a query.
 */
@NullMarked
package org.frontierledger.projections;

import org.jspecify.annotations.NullMarked;
