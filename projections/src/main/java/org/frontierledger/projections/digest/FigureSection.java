package org.frontierledger.projections.digest;

import java.util.List;
import org.frontierledger.eventstore.event.MarketEventType;

/**
 * The week's reports of one kind of money figure, largest first.
 *
 * @param type capex, valuation, funding, revenue, training cost or compute commitment
 * @param items the reports
 */
public record FigureSection(MarketEventType type, List<DigestItem> items) {
    public FigureSection {
        items = List.copyOf(items);
    }
}
