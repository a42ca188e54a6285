package org.frontierledger.eventstore.event;

import org.frontierledger.eventstore.id.SourceId;

/**
 * Every event of the source registry belongs to one source's stream: its subscription, changes to
 * it, and the outcome of each run. These are not {@link LedgerEvent}s, which belong to documents;
 * the documents a run finds are ingested into their own streams as usual.
 */
public sealed interface SourceRegistryEvent
        permits SourceAdded,
                SourceChanged,
                SourcePaused,
                SourceResumed,
                SourceRemoved,
                SourceRunStarted,
                SourceRunCompleted,
                SourceRunFailed,
                DocumentRevised {
    /** The source whose stream holds this event. */
    SourceId sourceId();
}
