package org.frontierledger.search.internal.index;

import org.jspecify.annotations.Nullable;

/**
 * What the index knows about a document: enough to label a claim's hit.
 *
 * @param documentId the document's id
 * @param title its title as read
 * @param source the file path or URL it was read from
 * @param show the podcast, newsletter or site it belongs to; null when unknown
 */
public record DocumentEntry(
        String documentId,
        String title,
        String source,
        @Nullable String show) implements Entry {

    @Override
    public String id() {
        return documentId;
    }

    /** The value of the source facet: the show where known, else the title. */
    public String sourceLabel() {
        return show != null && !show.isBlank() ? show : title;
    }
}
