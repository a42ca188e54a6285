package org.frontierledger.projections.conflicts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One statement in a {@link Conflict}, with its source.
 *
 * @param eventId the market event
 * @param documentId the document it was reported in
 * @param documentTitle that document's title
 * @param source where the document came from (file path or URL)
 * @param value the figure in the conflict's measure (the low end of a range)
 * @param valueHigh the high end of a range, else null
 * @param figure the figure as analysts write it ("$6M", "$5T–$13T", "2,000 GPUs")
 * @param period the period the statement gives, where it gives one
 * @param reportedOn the date it was reported
 * @param speaker who said it, where known
 * @param quote the sentence that says it
 * @param quoteStart offset of the quote in the document's text
 * @param quoteEnd offset just past the quote
 */
public record ConflictingClaim(
        String eventId,
        String documentId,
        String documentTitle,
        String source,
        BigDecimal value,
        @Nullable BigDecimal valueHigh,
        String figure,
        @Nullable String period,
        LocalDate reportedOn,
        @Nullable String speaker,
        String quote,
        int quoteStart,
        int quoteEnd) {}
