package org.frontierledger.eventstore.command;

import java.util.Set;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * What a run needs to know about its source, as the registry has it when the run starts.
 *
 * @param sourceId the source
 * @param kind feed, page or folder
 * @param location its URL or folder
 * @param seen entry links or file keys already read for good
 * @param etag the validator for a conditional request, if any
 * @param lastModified the other validator, if any
 * @param currentDocument a page's current document, if it was read before
 */
public record SourceRunPlan(
        SourceId sourceId,
        SourceKind kind,
        String location,
        Set<String> seen,
        @Nullable String etag,
        @Nullable String lastModified,
        @Nullable DocumentId currentDocument) {
    public SourceRunPlan {
        seen = Set.copyOf(seen);
    }
}
