package org.frontierledger.ui.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.TimelineEntry;

/**
 * What the overview shows of a window of recording time: the market events recorded in it, counted
 * by type, its model releases and its biggest dollar figures. Pure: no Vaadin, no database.
 *
 * @param recent the events recorded in the window, as the timeline orders them
 * @param countsByType how many of each type, in the types' order
 * @param newModels the model releases among them
 * @param biggest the five largest dollar figures, largest first
 */
record WeekSummary(
        List<TimelineEntry> recent,
        Map<MarketEventType, Long> countsByType,
        List<TimelineEntry> newModels,
        List<TimelineEntry> biggest) {
    static final int BIGGEST = 5;

    /** The summary of the events recorded in the {@code window} that ends at {@code until}. */
    static WeekSummary of(List<TimelineEntry> entries, Instant until, Duration window) {
        Instant since = until.minus(window);
        List<TimelineEntry> recent = entries.stream()
                .filter(e -> e.recordedAt().isAfter(since) && !e.recordedAt().isAfter(until))
                .toList();
        Map<MarketEventType, Long> counts = new EnumMap<>(MarketEventType.class);
        recent.forEach(e -> counts.merge(e.type(), 1L, Long::sum));
        List<TimelineEntry> models = recent.stream()
                .filter(e -> e.type() == MarketEventType.MODEL_RELEASE)
                .toList();
        List<TimelineEntry> biggest = recent.stream()
                .filter(e -> e.amountUsd() != null)
                .sorted(Comparator.comparing(TimelineEntry::amountUsd)
                        .reversed()
                        .thenComparing(TimelineEntry::eventId))
                .limit(BIGGEST)
                .toList();
        return new WeekSummary(recent, Collections.unmodifiableMap(counts), models, biggest);
    }
}
