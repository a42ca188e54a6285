package org.frontierledger.eventstore.query;

import java.time.Instant;

/**
 * Which active sources are due for a run at {@code now}, soonest first; answered (through Axon's
 * query bus) with a list of {@link org.frontierledger.eventstore.id.SourceId} by the read model
 * that keeps the registry, so the scheduler in ingestion needs no dependency on it.
 *
 * @param now the time
 * @param limit the most sources returned
 */
public record FindDueSources(Instant now, int limit) {}
