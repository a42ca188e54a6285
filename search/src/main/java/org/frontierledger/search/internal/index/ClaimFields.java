package org.frontierledger.search.internal.index;

/**
 * Names of the index's fields. One index holds three kinds of entries, told apart by {@link #KIND}:
 * a small entry per document (title and source), one entry per market event (its facts, kept so a
 * claim can be rebuilt), and one entry per claim, which carries the facts of the market events
 * reported in its sentence.
 */
public final class ClaimFields {
    /** Unique key of every entry, the target of upserts: the claim id, the document id, or {@code fact:<event id>}. */
    public static final String ID = "id";
    /** {@link #KIND_CLAIM}, {@link #KIND_DOCUMENT} or {@link #KIND_FACT}; a keyword. */
    public static final String KIND = "kind";
    /** Entry kind of a claim. */
    public static final String KIND_CLAIM = "claim";
    /** Entry kind of a document. */
    public static final String KIND_DOCUMENT = "document";
    /** Entry kind of a market event's facts. */
    public static final String KIND_FACT = "fact";
    /** The document an entry belongs to; a keyword, stored. */
    public static final String DOCUMENT_ID = "documentId";
    /** A document's title, analysed and stored (document entries). */
    public static final String TITLE = "title";
    /** A document's source path or URL, stored only (document entries). */
    public static final String SOURCE = "source";
    /** A document's show (podcast, newsletter, site), stored only (document entries), where known. */
    public static final String SHOW = "show";
    /** A claim's quote: analysed with offsets (for highlighting) and stored. The default field. */
    public static final String TEXT = "text";
    /** A claim's speaker, analysed and stored; what {@code speaker:} searches. */
    public static final String SPEAKER = "speaker";
    /** A claim's speaker as written, a keyword for exact filters. */
    public static final String SPEAKER_EXACT = "speakerExact";
    /** The claim's document title and show, analysed, not stored; what {@code doc:} and {@code source:} search. */
    public static final String DOC = "doc";
    /** The claim's document title, stored only, to rebuild the claim. */
    public static final String CLAIM_TITLE = "claimTitle";
    /** The claim's document show, stored only, to rebuild the claim. */
    public static final String CLAIM_SHOW = "claimShow";
    /** The claim's document source (path or URL), stored only, to rebuild the claim. */
    public static final String CLAIM_SOURCE = "claimSource";
    /**
     * Everything a hit shows (ids, quote, speaker, title, source, date, facts) in one binary doc
     * value, read by {@link HitValues}: far cheaper per hit than stored fields, whose large
     * compressed blocks dominate the cost of a page otherwise.
     */
    public static final String HIT = "hit";
    /** The reported date as epoch days: a point (ranges), stored, and doc values (sorting). */
    public static final String REPORTED_ON = "reportedOn";
    /** When the claim was recorded (its event's timestamp), epoch milliseconds: a point and stored. */
    public static final String RECORDED_AT = "recordedAt";
    /** Offsets of the quote in its document's text, stored (claim entries), to match facts. */
    public static final String START = "start";
    /** See {@link #START}. */
    public static final String END = "end";
    /** One market event's facts, encoded by {@link FactEntry#encode()}, stored; on claims and fact entries. */
    public static final String FACT = "fact";
    /** Companies of the claim's market events, analysed; what {@code org:} searches. */
    public static final String ORG = "org";
    /** Models of the claim's market events, analysed; what {@code model:} searches. */
    public static final String MODEL = "model";
    /** USD amounts of the claim's market events (low and high ends), whole dollars, a point. */
    public static final String AMOUNT = "amount";
    /** Token prices of the claim's market events, USD per million tokens (input and output), a point. */
    public static final String PRICE = "price";

    /** Facet of the market event types (wire names), a keyword with doc values; {@code type:} filters on it. */
    public static final String FACET_TYPE = "facet.type";
    /** Facet of companies as written, a keyword with doc values. */
    public static final String FACET_COMPANY = "facet.org";
    /** Facet of models as written, a keyword with doc values. */
    public static final String FACET_MODEL = "facet.model";
    /** Facet of speakers as written, a keyword with doc values. */
    public static final String FACET_SPEAKER = "facet.speaker";
    /** Facet of sources: the document's show where known, else its title; a keyword with doc values. */
    public static final String FACET_SOURCE = "facet.source";
    /** Facet of reported years ("2025"), a keyword with doc values. */
    public static final String FACET_YEAR = "facet.year";

    private ClaimFields() {}
}
