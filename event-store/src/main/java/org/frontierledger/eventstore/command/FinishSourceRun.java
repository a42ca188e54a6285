package org.frontierledger.eventstore.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * Record the outcome of a run that read its source. When a watched page's document is not the
 * one it showed before, the registry also records that the page was revised.
 *
 * @param sourceId the source
 * @param now when the run finished
 * @param found documents looked at
 * @param recorded documents new to the ledger
 * @param marketEvents market events recorded from them
 * @param failed documents that could not be read
 * @param error what went wrong with those, for people; null when none failed
 * @param seen entry links or file keys read for good by this run
 * @param etag the new validator, if any
 * @param lastModified the other new validator, if any
 * @param currentDocument a page's document as read now; null when unchanged or not a page
 * @param url where a page was read from
 */
public record FinishSourceRun(
        @TargetAggregateIdentifier SourceId sourceId,
        Instant now,
        int found,
        int recorded,
        int marketEvents,
        int failed,
        @Nullable String error,
        List<String> seen,
        @Nullable String etag,
        @Nullable String lastModified,
        @Nullable DocumentId currentDocument,
        String url) {
    public FinishSourceRun {
        seen = List.copyOf(seen);
    }
}
