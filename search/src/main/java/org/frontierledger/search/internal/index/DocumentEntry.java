package org.frontierledger.search.internal.index;

/**
 * What the index knows about a document: enough to label a claim's hit.
 *
 * @param documentId the document's id
 * @param title its title as read
 * @param source the file path or URL it was read from
 */
public record DocumentEntry(String documentId, String title, String source) {}
