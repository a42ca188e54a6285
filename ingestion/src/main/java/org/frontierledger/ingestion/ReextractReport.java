package org.frontierledger.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * What a re-extraction did to one stored document.
 *
 * @param documentId the document's id
 * @param title the document's title
 * @param added market events the current extractor finds that the document did not have
 * @param superseded market events it no longer finds, now superseded
 * @param unchanged market events found again, kept with their identity and any curation
 * @param error what went wrong, for people; null when it succeeded
 */
public record ReextractReport(
        String documentId,
        String title,
        int added,
        int superseded,
        int unchanged,
        @Nullable String error) {

    /** Whether the document could not be re-extracted. */
    public boolean failed() {
        return error != null;
    }

    /** One line for people: "+2 new, -1 superseded, 5 unchanged  Title". */
    public String summary() {
        return failed()
                ? "failed  " + title + ": " + error
                : "+" + added + " new, -" + superseded + " superseded, " + unchanged + " unchanged  " + title;
    }
}
