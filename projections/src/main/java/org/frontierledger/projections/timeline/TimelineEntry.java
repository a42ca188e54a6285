package org.frontierledger.projections.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * One market event on the timeline.
 *
 * @param eventId the market event's id
 * @param documentId the document it was reported in
 * @param type its kind
 * @param subject the model for releases, the subject for price ratios, else the company
 * @param org the company, where known
 * @param model the model, where known
 * @param amountUsd the amount in USD (the low end of a range), where the event has one
 * @param amountUsdHigh the high end of a range
 * @param figure the figure for people: "$190B", "0.2×", "2,000 GPUs", "$2.50 in / $10 out per 1M tokens"
 * @param period the period the figure is for, where stated
 * @param detail what else the event says: basis, metric, licence, baseline
 * @param reportedOn the date it was reported
 * @param recordedAt when the ledger recorded it
 * @param speaker who said it, where known
 * @param quote the sentence it was read from
 * @param quoteStart offset of the quote in the document's text
 * @param quoteEnd offset just past the quote
 */
public record TimelineEntry(
        String eventId,
        String documentId,
        MarketEventType type,
        String subject,
        @Nullable String org,
        @Nullable String model,
        @Nullable BigDecimal amountUsd,
        @Nullable BigDecimal amountUsdHigh,
        String figure,
        @Nullable String period,
        @Nullable String detail,
        LocalDate reportedOn,
        Instant recordedAt,
        @Nullable String speaker,
        String quote,
        int quoteStart,
        int quoteEnd) {}
