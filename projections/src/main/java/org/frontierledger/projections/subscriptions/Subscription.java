package org.frontierledger.projections.subscriptions;

import java.time.Duration;
import java.time.Instant;
import org.frontierledger.eventstore.event.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * A subscribed source as the registry's read model has it.
 *
 * @param sourceId the source's id (12 hex characters)
 * @param kind feed, page or folder
 * @param location its URL or folder
 * @param interval how long after a run the next one is due
 * @param paused true when the scheduler leaves it alone
 * @param addedAt when it was subscribed
 * @param addedBy who subscribed, where known
 * @param runningSince when the run in progress began; null when none runs
 * @param lastRunAt when its last run ended; null before the first
 * @param nextRunAt when it is due (for a paused source: when it would be)
 * @param runs runs finished so far
 * @param documentsFound documents its runs looked at, in all
 * @param documentsRecorded documents new to the ledger its runs recorded, in all
 * @param marketEvents market events extracted from those, in all
 * @param revisions times a watched page's text changed
 * @param lastOutcome the last run's outcome, for people
 * @param lastError the last run's error, for people; null when it went well
 * @param consecutiveFailures failed runs in a row
 */
public record Subscription(
        String sourceId,
        SourceKind kind,
        String location,
        Duration interval,
        boolean paused,
        Instant addedAt,
        @Nullable String addedBy,
        @Nullable Instant runningSince,
        @Nullable Instant lastRunAt,
        Instant nextRunAt,
        int runs,
        int documentsFound,
        int documentsRecorded,
        int marketEvents,
        int revisions,
        @Nullable String lastOutcome,
        @Nullable String lastError,
        int consecutiveFailures) {

    /** "paused", "running", "failing" or "active". */
    public String status() {
        if (paused) {
            return "paused";
        }
        if (runningSince != null) {
            return "running";
        }
        return consecutiveFailures > 0 ? "failing" : "active";
    }
}
