package org.frontierledger.ingestion.internal.extract;

import java.util.List;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.MarketEvent;

/**
 * What an extractor found in one document.
 *
 * @param claims every sentence or bullet worth searching, in document order
 * @param marketEvents the typed market events, in document order
 */
public record Extraction(List<ClaimRecorded> claims, List<MarketEvent> marketEvents) {
    public Extraction {
        claims = List.copyOf(claims);
        marketEvents = List.copyOf(marketEvents);
    }
}
