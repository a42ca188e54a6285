package org.frontierledger.eventstore.event;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * A run of a source finished and read it (some of its entries may still have failed; see
 * {@code error}). A page that had not changed completes with nothing found and nothing recorded.
 *
 * @param sourceId the source
 * @param found documents the run looked at: feed entries or files not seen before, or the page
 * @param recorded documents that were new to the ledger and were recorded
 * @param marketEvents market events recorded from those documents
 * @param failed documents that could not be read; they are tried again on the next run
 * @param error what went wrong with the failed documents, for people; null when none failed
 * @param seen entry links (feeds) or file keys (folders) read for good by this run, so later runs skip them
 * @param etag the page's or feed's {@code ETag} for the next conditional request, if the server gave one
 * @param lastModified its {@code Last-Modified}, if the server gave one
 * @param currentDocument a page's document as of this run; null for feeds and folders
 * @param nextRunAt when the source is due again
 */
@Revision("1")
public record SourceRunCompleted(
        SourceId sourceId,
        int found,
        int recorded,
        int marketEvents,
        int failed,
        @Nullable String error,
        List<String> seen,
        @Nullable String etag,
        @Nullable String lastModified,
        @Nullable DocumentId currentDocument,
        Instant nextRunAt)
        implements SourceRegistryEvent {
    public SourceRunCompleted {
        seen = List.copyOf(seen);
        if (found < 0 || recorded < 0 || marketEvents < 0 || failed < 0) {
            throw new IllegalArgumentException("run counts must not be negative");
        }
    }
}
