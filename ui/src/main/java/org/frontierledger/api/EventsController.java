package org.frontierledger.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/events?type=&org=&from=&to=&limit=}: market events, newest report first.
 * {@code type} takes one or more comma-separated types (CAPEX, VALUATION, ...).
 */
@RestController
@ConditionalOnWebApplication
class EventsController {
    private final TimelineQueries timeline;

    EventsController(TimelineQueries timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/events")
    @Operation(
            summary = "Market events, newest report first",
            description = "type takes one or more comma-separated types (CAPEX, VALUATION, ...); from and to are"
                    + " ISO dates; asOf a date or an instant: the ledger as known then.")
    List<TimelineEntry> events(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String org,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "1000") int limit,
            @RequestParam(required = false) @Nullable String asOf) {
        return timeline.find(new FindTimeline(types(type), org, from, to, limit, AsOfParameter.parse(asOf)));
    }

    private static Set<MarketEventType> types(@Nullable String text) {
        Set<MarketEventType> types = EnumSet.noneOf(MarketEventType.class);
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    types.add(MarketEventType.parse(part));
                }
            }
        }
        return types;
    }
}
