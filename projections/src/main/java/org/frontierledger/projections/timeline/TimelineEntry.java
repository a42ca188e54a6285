package org.frontierledger.projections.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * One market event on the timeline, with analysts' corrections applied.
 *
 * @param eventId the market event's id
 * @param documentId the document it was reported in
 * @param type its kind
 * @param subject the model for releases and model prices, the subject for price ratios, else the company
 * @param org the company, where known
 * @param model the model, where known
 * @param amountUsd USD, fully expanded (the low end of a range), where the event has an amount
 * @param amountUsdHigh the high end of a range
 * @param inputUsdPerMTok for prices: USD per one million input tokens
 * @param outputUsdPerMTok for prices: USD per one million output tokens
 * @param ratio for price ratios: subject's price over baseline's
 * @param gpus for training costs: the count of accelerators
 * @param provider for prices: who sells at this price
 * @param figure the figure for people: "$190B", "0.2×", "2,000 GPUs", "$2.5 in / $10 out per 1M tokens"
 * @param period the period the figure is for, where stated
 * @param detail what else the event says: the basis of capex ("guidance", "reported") or of a valuation,
 *     the metric of revenue, the licence of a release, the baseline of a ratio, the round of funding,
 *     the counterparty of a commitment
 * @param reportedOn the date it was reported
 * @param recordedAt when the ledger recorded it
 * @param speaker who said it, where known
 * @param quote the sentence it was read from
 * @param quoteStart offset of the quote in the document's text
 * @param quoteEnd offset just past the quote
 * @param status where it stands with the analysts
 * @param curatedBy the analyst behind the latest decision, if any
 * @param curatedAt when the latest decision was recorded, if any
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
        @Nullable BigDecimal inputUsdPerMTok,
        @Nullable BigDecimal outputUsdPerMTok,
        @Nullable BigDecimal ratio,
        @Nullable Long gpus,
        @Nullable String provider,
        String figure,
        @Nullable String period,
        @Nullable String detail,
        LocalDate reportedOn,
        Instant recordedAt,
        @Nullable String speaker,
        String quote,
        int quoteStart,
        int quoteEnd,
        CurationStatus status,
        @Nullable String curatedBy,
        @Nullable Instant curatedAt) {

    /** This entry with another status, curator and time. */
    public TimelineEntry withStatus(CurationStatus newStatus, String curator, Instant at) {
        return new TimelineEntry(
                eventId,
                documentId,
                type,
                subject,
                org,
                model,
                amountUsd,
                amountUsdHigh,
                inputUsdPerMTok,
                outputUsdPerMTok,
                ratio,
                gpus,
                provider,
                figure,
                period,
                detail,
                reportedOn,
                recordedAt,
                speaker,
                quote,
                quoteStart,
                quoteEnd,
                newStatus,
                curator,
                at.truncatedTo(ChronoUnit.MICROS));
    }
}
