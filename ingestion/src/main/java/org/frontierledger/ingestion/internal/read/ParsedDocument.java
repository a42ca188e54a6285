package org.frontierledger.ingestion.internal.read;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document as a reader understood it.
 *
 * @param title the title, or the source's base name when the document has none
 * @param text the normalised text: what the document id is computed from and what every offset
 *     points into
 * @param format the reader's name ({@code text}, {@code html}, ...)
 * @param date the document's own date, where it states one
 * @param show the podcast, newsletter or site it belongs to, where stated
 */
public record ParsedDocument(
        String title,
        String text,
        String format,
        @Nullable LocalDate date,
        @Nullable String show) {
    public ParsedDocument {
        Objects.requireNonNull(text, "text");
        if (title.isBlank() || format.isBlank()) {
            throw new IllegalArgumentException("title and format must not be blank");
        }
    }
}
