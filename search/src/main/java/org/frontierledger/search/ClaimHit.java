package org.frontierledger.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim that matched a search, labelled with its document.
 *
 * @param claimId the claim's id ({@code <document id>-c<ordinal>})
 * @param documentId the id of the document the claim is in
 * @param documentTitle that document's title; its id when the document is not in the index
 * @param source the file path or URL the document was read from; empty when unknown
 * @param quote the claim's sentence, verbatim (plain text: escape it before showing it as HTML)
 * @param fragmentHtml the quote as safe HTML: every character escaped, and the matched words wrapped
 *     in {@code <mark>…</mark>}; ready to put into a page as is
 * @param speaker who said it, where known; null otherwise
 * @param reportedOn the date it was reported
 * @param score the relevance score (higher is better) for a text query; 0 for a blank query or an
 *     order by date
 * @param facts the market events reported in the claim's sentence, after curation; often empty
 */
public record ClaimHit(
        String claimId,
        String documentId,
        String documentTitle,
        String source,
        String quote,
        String fragmentHtml,
        @Nullable String speaker,
        LocalDate reportedOn,
        float score,
        List<ClaimFact> facts) {
    public ClaimHit {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(fragmentHtml, "fragmentHtml");
        Objects.requireNonNull(reportedOn, "reportedOn");
        facts = List.copyOf(facts);
    }
}
