package org.frontierledger.search.internal.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the index keeps it, without its market facts: everything needed to write its Lucene
 * document again when a market event in its sentence is reported, corrected or rejected (Lucene
 * updates whole documents).
 *
 * @param claimId the claim's id
 * @param documentId its document's id
 * @param quote the sentence, verbatim
 * @param start offset of the quote's first character in the document's text
 * @param end offset just past the quote
 * @param speaker who said it; null when unknown
 * @param reportedOn the date it was reported
 * @param recordedAtMillis when the claim was recorded in the store (its event's timestamp), epoch ms
 * @param title the document's title; null when the document entry was not found
 * @param show the document's show; null when unknown
 * @param source the document's file path or URL; null when the document entry was not found
 */
public record ClaimEntry(
        String claimId,
        String documentId,
        String quote,
        int start,
        int end,
        @Nullable String speaker,
        LocalDate reportedOn,
        long recordedAtMillis,
        @Nullable String title,
        @Nullable String show,
        @Nullable String source)
        implements Entry {

    public ClaimEntry {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(reportedOn, "reportedOn");
    }

    public static ClaimEntry of(ClaimRecorded event, Instant recordedAt, @Nullable DocumentEntry document) {
        Provenance p = event.provenance();
        return new ClaimEntry(
                event.claimId().value(),
                p.documentId().value(),
                p.quote(),
                p.start(),
                p.end(),
                p.speaker(),
                p.reportedOn(),
                recordedAt.toEpochMilli(),
                document == null ? null : document.title(),
                document == null ? null : document.show(),
                document == null ? null : document.source());
    }

    @Override
    public String id() {
        return claimId;
    }

    /** Whether a market event's quote falls in (or across) this claim's sentence. */
    public boolean carries(FactEntry fact) {
        return fact.overlaps(documentId, start, end);
    }

    /** The value of the source facet: the show where known, else the title, else nothing. */
    @Nullable
    String sourceLabel() {
        if (show != null && !show.isBlank()) {
            return show;
        }
        return title;
    }
}
