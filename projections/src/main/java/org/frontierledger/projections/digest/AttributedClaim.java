package org.frontierledger.projections.digest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A claim whose speaker the source names.
 *
 * @param claimId the claim's id
 * @param documentId its document
 * @param speaker who said it
 * @param quote the sentence, verbatim
 * @param quoteStart its offset in the document's text
 * @param reportedOn when it was reported
 * @param recordedAt when the ledger recorded it
 */
public record AttributedClaim(
        String claimId,
        String documentId,
        String speaker,
        String quote,
        int quoteStart,
        LocalDate reportedOn,
        Instant recordedAt) {}
