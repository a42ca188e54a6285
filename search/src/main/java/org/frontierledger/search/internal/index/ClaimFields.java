package org.frontierledger.search.internal.index;

/**
 * Names of the index's fields. One index holds two kinds of entries, told apart by {@link #KIND}:
 * a small entry per document (title and source) and one entry per claim.
 */
public final class ClaimFields {
    /** Unique key of every entry, the target of upserts: the claim id, or the document id. */
    public static final String ID = "id";
    /** {@link #KIND_CLAIM} or {@link #KIND_DOCUMENT}; a keyword. */
    public static final String KIND = "kind";
    /** Entry kind of a claim. */
    public static final String KIND_CLAIM = "claim";
    /** Entry kind of a document. */
    public static final String KIND_DOCUMENT = "document";
    /** The document a claim or document entry belongs to; a keyword, stored. */
    public static final String DOCUMENT_ID = "documentId";
    /** A document's title, analysed and stored (document entries). */
    public static final String TITLE = "title";
    /** A document's source path or URL, stored only (document entries). */
    public static final String SOURCE = "source";
    /** A claim's quote: analysed with offsets (for highlighting) and stored. The default field. */
    public static final String TEXT = "text";
    /** A claim's speaker, analysed and stored; what {@code speaker:} searches. */
    public static final String SPEAKER = "speaker";
    /** A claim's speaker as written, a keyword for exact filters and facets. */
    public static final String SPEAKER_EXACT = "speakerExact";
    /** A copy of the claim's document title, analysed, not stored; what {@code doc:} searches. */
    public static final String DOC = "doc";
    /** The reported date as epoch days: a point (ranges), stored, and doc values (sorting). */
    public static final String REPORTED_ON = "reportedOn";

    private ClaimFields() {}
}
