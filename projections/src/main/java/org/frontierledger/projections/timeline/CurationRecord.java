package org.frontierledger.projections.timeline;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One analyst decision in a market event's history.
 *
 * @param eventId the market event
 * @param at when it was recorded
 * @param action CONFIRMED, CORRECTED or REJECTED
 * @param curator who decided
 * @param changes for corrections: "field: from → to" per changed field, separated by "; "
 * @param reason why, where given
 */
public record CurationRecord(
        String eventId,
        Instant at,
        CurationStatus action,
        String curator,
        @Nullable String changes,
        @Nullable String reason) {}
