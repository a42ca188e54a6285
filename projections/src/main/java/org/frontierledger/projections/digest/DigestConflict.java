package org.frontierledger.projections.digest;

import java.util.List;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * Sources that disagree: the same kind of figure about the same subject (and period) with
 * different values, from different documents, at least one of them reported this week.
 *
 * @param type the kind of figure
 * @param subject what it is about
 * @param period the period the figures are for, where stated
 * @param items the disagreeing reports, side by side, oldest report first
 */
public record DigestConflict(
        MarketEventType type, String subject, @Nullable String period, List<DigestItem> items) {
    public DigestConflict {
        items = List.copyOf(items);
    }
}
