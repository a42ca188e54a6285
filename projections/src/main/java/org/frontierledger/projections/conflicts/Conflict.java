package org.frontierledger.projections.conflicts;

import java.util.List;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * Statements of one thing that disagree: at least two of {@link #claims()} give values more than
 * 2% apart (ranges that overlap agree).
 *
 * @param type the kind of market event
 * @param subject the company or model the figures are about ("DeepSeek", "DeepSeek V3", "Microsoft")
 * @param period the period the figures are for, where the statements name one ("2026", "FY2025")
 * @param measure what is compared, one of {@link #USD}, {@link #GPUS}, {@link #RATIO},
 *     {@link #INPUT_PRICE}, {@link #OUTPUT_PRICE}
 * @param claims every statement of it, agreeing or not, oldest report first; at least two
 */
public record Conflict(
        MarketEventType type, String subject, @Nullable String period, String measure, List<ConflictingClaim> claims) {
    /** An amount in US dollars. */
    public static final String USD = "USD";
    /** A count of accelerators. */
    public static final String GPUS = "GPUs";
    /** A price ratio (the subject's price over the baseline's). */
    public static final String RATIO = "ratio";
    /** US dollars per one million input tokens. */
    public static final String INPUT_PRICE = "USD per 1M input tokens";
    /** US dollars per one million output tokens. */
    public static final String OUTPUT_PRICE = "USD per 1M output tokens";

    public Conflict {
        claims = List.copyOf(claims);
        if (claims.size() < 2) {
            throw new IllegalArgumentException("a conflict needs at least two statements");
        }
    }

    /** The ids of the market events in conflict, for marking them in a list. */
    public List<String> eventIds() {
        return claims.stream().map(ConflictingClaim::eventId).distinct().toList();
    }
}
