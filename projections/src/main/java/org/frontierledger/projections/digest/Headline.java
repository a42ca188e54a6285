package org.frontierledger.projections.digest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontierledger.eventstore.event.MarketEventType;

/**
 * The week at a glance.
 *
 * @param counts new market events by type, in the order of {@link MarketEventType}, types with none left out
 * @param total all new market events of the week
 * @param biggest the largest capex, valuation and funding figure of the week, where there is one
 */
public record Headline(Map<MarketEventType, Integer> counts, int total, List<DigestItem> biggest) {
    public Headline {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        biggest = List.copyOf(biggest);
    }
}
