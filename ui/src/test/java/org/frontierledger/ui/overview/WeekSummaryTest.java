package org.frontierledger.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WeekSummaryTest {
    private static final Instant UNTIL = Instant.parse("2025-03-09T23:59:59Z");

    private static TimelineEntry entry(String id, MarketEventType type, @Nullable Long usd, Instant recorded) {
        return new TimelineEntry(
                id,
                "doc",
                type,
                "Subject " + id,
                "Org",
                null,
                usd == null ? null : BigDecimal.valueOf(usd),
                null,
                null,
                null,
                null,
                null,
                null,
                "fig",
                null,
                null,
                LocalDate.of(2025, 3, 1),
                recorded,
                null,
                "q",
                0,
                1,
                CurationStatus.EXTRACTED,
                null,
                null);
    }

    @Test
    void onlyEventsRecordedInTheSevenDaysToTheEndCountAndLaterOnesDoNot() {
        List<TimelineEntry> entries = List.of(
                entry("old", MarketEventType.CAPEX, 900L, UNTIL.minus(Duration.ofDays(8))),
                entry("a", MarketEventType.CAPEX, 100L, UNTIL.minus(Duration.ofDays(2))),
                entry("b", MarketEventType.MODEL_RELEASE, null, UNTIL.minus(Duration.ofHours(1))),
                entry("c", MarketEventType.CAPEX, 300L, UNTIL),
                entry("later", MarketEventType.VALUATION, 5_000L, UNTIL.plusSeconds(1)));

        WeekSummary week = WeekSummary.of(entries, UNTIL, Duration.ofDays(7));

        assertThat(week.recent()).extracting(TimelineEntry::eventId).containsExactly("a", "b", "c");
        assertThat(week.countsByType())
                .containsExactly(Map.entry(MarketEventType.MODEL_RELEASE, 1L), Map.entry(MarketEventType.CAPEX, 2L));
        assertThat(week.newModels()).extracting(TimelineEntry::eventId).containsExactly("b");
        assertThat(week.biggest()).extracting(TimelineEntry::eventId).containsExactly("c", "a");
    }

    @Test
    void biggestFiguresAreTheFiveLargestLargestFirst() {
        List<TimelineEntry> entries = Stream.concat(
                        LongStream.rangeClosed(1, 8)
                                .mapToObj(i ->
                                        entry("e" + i, MarketEventType.FUNDING, i * 1_000_000L, UNTIL.minusSeconds(i))),
                        Stream.of(entry("none", MarketEventType.MODEL_RELEASE, null, UNTIL)))
                .toList();

        WeekSummary week = WeekSummary.of(entries, UNTIL, Duration.ofDays(7));

        assertThat(week.biggest()).extracting(TimelineEntry::eventId).containsExactly("e8", "e7", "e6", "e5", "e4");
        assertThat(week.countsByType()).containsEntry(MarketEventType.FUNDING, 8L);
    }
}
