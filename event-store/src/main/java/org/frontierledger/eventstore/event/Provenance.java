package org.frontierledger.eventstore.event;

import java.time.LocalDate;
import java.util.Objects;
import org.frontierledger.eventstore.id.DocumentId;
import org.jspecify.annotations.Nullable;

/**
 * Where a claim or market event comes from: the exact quote and its place in the document.
 *
 * @param documentId the document the quote is in
 * @param quote the sentence or bullet, verbatim
 * @param start offset of the quote's first character in the document's text
 * @param end offset just past the quote's last character ({@code end - start == quote.length()})
 * @param speaker who said it, where the text names a person; {@code null} otherwise
 * @param reportedOn the date it was reported (the episode's date in a digest, else the document's)
 * @param extractor name of the extractor that found it
 * @param extractorVersion that extractor's version
 * @param rule the extractor's rule that found a market event ("money.cue", "table.header"), so a
 *     reader can see why it is there; {@code null} for claims and for events recorded before rules
 *     were named (the field is new and optional, so older payloads read as they are)
 */
public record Provenance(
        DocumentId documentId,
        String quote,
        int start,
        int end,
        @Nullable String speaker,
        LocalDate reportedOn,
        String extractor,
        String extractorVersion,
        @Nullable String rule) {

    /** A provenance that names no rule: a claim's, or an event's recorded before rules had names. */
    public Provenance(
            DocumentId documentId,
            String quote,
            int start,
            int end,
            @Nullable String speaker,
            LocalDate reportedOn,
            String extractor,
            String extractorVersion) {
        this(documentId, quote, start, end, speaker, reportedOn, extractor, extractorVersion, null);
    }

    /** The same provenance, naming the rule that found the event. */
    public Provenance withRule(@Nullable String ruleName) {
        return new Provenance(
                documentId, quote, start, end, speaker, reportedOn, extractor, extractorVersion, ruleName);
    }

    public Provenance {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(reportedOn, "reportedOn");
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException(
                    "offsets [" + start + ", " + end + ") do not fit a quote of " + quote.length() + " characters");
        }
    }
}
