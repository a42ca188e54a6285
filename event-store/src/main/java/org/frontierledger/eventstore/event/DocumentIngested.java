package org.frontierledger.eventstore.event;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.DocumentId;
import org.jspecify.annotations.Nullable;

/**
 * A document was read into the ledger. The first event of every document stream; it carries the
 * whole text, so that claims' offsets can be shown and extraction re-run from events alone.
 *
 * @param documentId hash of the normalised text
 * @param title the document's title as read, or its file name when it has none
 * @param source where it came from: an absolute file path or an http(s) URL
 * @param format the reader that read it ({@code text}, {@code html}, ...)
 * @param reportedOn the date the document reports as its own (episode or publication date), else
 *     the day it was ingested
 * @param show the podcast, newsletter or site it belongs to, where known
 * @param text the text claims' offsets point into
 */
@Revision("1")
public record DocumentIngested(
        DocumentId documentId,
        String title,
        String source,
        String format,
        LocalDate reportedOn,
        @Nullable String show,
        String text)
        implements LedgerEvent {
    public DocumentIngested {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(text, "text");
        if (title.isBlank() || source.isBlank() || format.isBlank()) {
            throw new IllegalArgumentException("title, source and format must not be blank");
        }
    }
}
