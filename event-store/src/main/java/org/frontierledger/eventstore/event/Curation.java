package org.frontierledger.eventstore.event;

import org.frontierledger.eventstore.id.MarketEventId;

/**
 * An analyst's decision on an extracted market event: confirmed, rejected or corrected. Each is an
 * event of its document's stream, so the whole trail (who, when, what, why) is kept; the latest
 * decision wins in every view.
 */
public sealed interface Curation extends LedgerEvent
        permits MarketEventConfirmed, MarketEventRejected, MarketEventCorrected {

    /** The market event decided on. */
    MarketEventId eventId();

    /** The user who decided. */
    String curator();
}
