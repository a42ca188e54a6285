package org.frontierledger.projections.digest;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where an item of the digest comes from, as a reader needs it to check it.
 *
 * @param documentId the document's id
 * @param title the document's title
 * @param source the http(s) URL or file path it was read from, as recorded
 * @param show the podcast, newsletter or site, where known
 * @param reportedOn the date the source reported it
 * @param speaker who said it, where the source names a person
 * @param quote the sentence, verbatim
 */
public record Citation(
        String documentId,
        String title,
        String source,
        @Nullable String show,
        LocalDate reportedOn,
        @Nullable String speaker,
        String quote) {

    /** True when {@link #source()} is an http or https URL (and so may be shown as a link). */
    public boolean isWebLink() {
        String lower = source.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !source.contains(" ");
    }
}
