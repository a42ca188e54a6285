package org.frontierledger.search.internal.index;

/** An entry of the index as the projection sees it: a document, a claim or a market event's facts. */
public sealed interface Entry permits DocumentEntry, ClaimEntry, FactEntry {

    /** The key of the entry's Lucene document ({@link ClaimFields#ID}). */
    String id();

    /** The document the entry belongs to. */
    String documentId();
}
