package org.frontierledger.projections.digest;

import org.frontierledger.projections.timeline.TimelineEntry;

/**
 * One market event in the digest, with its citation.
 *
 * @param event the event as the timeline shows it (corrections applied)
 * @param citation its source and quote
 */
public record DigestItem(TimelineEntry event, Citation citation) {}
