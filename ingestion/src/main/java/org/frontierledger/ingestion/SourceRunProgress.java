package org.frontierledger.ingestion;

import java.time.Instant;
import org.frontierledger.eventstore.id.SourceId;

/**
 * How far a run of a source running in this process has got.
 *
 * @param sourceId the source
 * @param startedAt when the run began
 * @param done documents read so far
 * @param total documents the run will read; 0 while that is not known yet
 * @param current what is being read now (a URL or a file), or what the run is doing
 */
public record SourceRunProgress(SourceId sourceId, Instant startedAt, int done, int total, String current) {
    /** "3 of 12: https://…", or the current step alone while the total is unknown. */
    public String summary() {
        return total == 0 ? current : done + " of " + total + ": " + current;
    }
}
