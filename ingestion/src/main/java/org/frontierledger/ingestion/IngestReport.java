package org.frontierledger.ingestion;

import io.micrometer.core.instrument.Metrics;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one document of an ingest.
 *
 * @param source the file path or URL
 * @param status recorded, already known, or failed
 * @param documentId the document's id; null when it failed before it could be read
 * @param title the document's title; null when it failed before it could be read
 * @param claims claims recorded now
 * @param marketEvents market events recorded now
 * @param error what went wrong, for people; null unless failed
 * @param parts how many parts the document was recorded as: 1 for a document recorded whole, more
 *     for a long one cut into parts (each its own document), 0 when it failed before any was recorded
 * @param undatedAs the date the document was filed under because it states none (the day it was
 *     ingested); null when the document gives its date
 */
public record IngestReport(
        String source,
        Status status,
        @Nullable String documentId,
        @Nullable String title,
        int claims,
        int marketEvents,
        @Nullable String error,
        int parts,
        @Nullable LocalDate undatedAs) {

    /** A report of a document that states its date (or failed). */
    public IngestReport(
            String source,
            Status status,
            @Nullable String documentId,
            @Nullable String title,
            int claims,
            int marketEvents,
            @Nullable String error,
            int parts) {
        this(source, status, documentId, title, claims, marketEvents, error, parts, null);
    }

    /** The meter counting documents ingested, by outcome. */
    public static final String METER = "ledger.ingest.documents";

    /** The outcome of one document. */
    public enum Status {
        /** New: its events are in the store. */
        RECORDED,
        /** The same text was ingested before; nothing was recorded. */
        ALREADY_KNOWN,
        /** Not recorded; {@link #error()} says why. Nothing else was affected. */
        FAILED
    }

    static IngestReport failed(String source, String error) {
        return counted(new IngestReport(source, Status.FAILED, null, null, 0, 0, error, 0));
    }

    /**
     * Counts the outcome in the meter {@value #METER} (tag {@code outcome}: recorded, unchanged or
     * failed); the ingest service passes each document's report through here once.
     */
    static IngestReport counted(IngestReport report) {
        String outcome = switch (report.status) {
            case RECORDED -> "recorded";
            case ALREADY_KNOWN -> "unchanged";
            case FAILED -> "failed";
        };
        Metrics.counter(METER, "outcome", outcome).increment();
        return report;
    }

    private String inParts() {
        return parts > 1 ? ", in " + parts + " parts" : "";
    }

    private String undated() {
        return undatedAs == null
                ? ""
                : "; the text states no date: filed under " + undatedAs + ", the day it was ingested";
    }

    /** One line for people: "recorded  Title (12 claims, 3 market events)  source". */
    public String summary() {
        return switch (status) {
            case RECORDED ->
                "recorded       " + title + " (" + claims + " claims, " + marketEvents + " market events" + inParts()
                        + undated() + ")  " + source;
            case ALREADY_KNOWN -> "already known  " + title + " (no new events" + inParts() + ")  " + source;
            case FAILED -> "failed         " + source + ": " + error;
        };
    }
}
