package org.frontierledger.ingestion;

import org.frontierledger.eventstore.id.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * What one run of a source did.
 *
 * @param sourceId the source
 * @param found documents looked at (new feed entries or files, or the page when it changed)
 * @param recorded documents new to the ledger
 * @param marketEvents market events recorded from them
 * @param failed documents that could not be read; they are tried again next run
 * @param error why the run or some of its documents failed, for people; null when nothing failed
 */
public record SourceRunReport(
        SourceId sourceId,
        int found,
        int recorded,
        int marketEvents,
        int failed,
        @Nullable String error) {

    /** One line for people. */
    public String summary() {
        if (found == 0 && error != null) {
            return "failed: " + error;
        }
        String line = found == 0
                ? "nothing new"
                : found + " found, " + recorded + " recorded, " + marketEvents + " market events";
        return failed == 0 ? line : line + ", " + failed + " failed: " + error;
    }
}
