package org.frontierledger.projections.sources;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document in the ledger.
 *
 * @param documentId the document's id (hash of its normalised text)
 * @param title its title
 * @param source the file path or URL it was read from
 * @param format the reader that read it
 * @param reportedOn its own date
 * @param show the podcast, newsletter or site, where known
 * @param ingestedAt when it was recorded
 * @param ingestedBy the user who ingested it, where known
 * @param characters length of its text
 * @param claims claims recorded from it
 * @param marketEvents market events recorded from it
 */
public record SourceDocument(
        String documentId,
        String title,
        String source,
        String format,
        LocalDate reportedOn,
        @Nullable String show,
        Instant ingestedAt,
        @Nullable String ingestedBy,
        int characters,
        int claims,
        int marketEvents) {}
