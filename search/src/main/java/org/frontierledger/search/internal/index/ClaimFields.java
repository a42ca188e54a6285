package org.frontierledger.search.internal.index;

import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

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

    /**
     * All facet values of a claim in one sorted-set doc value, as {@code <facet field>\u001f<value>}
     * (Lucene's {@code FacetsConfig} layout, see {@link #facetsConfig()}): counting every dimension
     * then reads one doc value per hit instead of one per dimension. The {@code facet.*} keyword
     * fields stay for filters and for counting one dimension alone. Indexed as well: the term
     * {@link #facetsMarker()}.
     */
    public static final String FACETS = "facets";

    /** Fields that only claim entries have: a query that matches through them alone finds only claims. */
    private static final Set<String> CLAIM_ONLY = Set.of(
            TEXT,
            SPEAKER,
            SPEAKER_EXACT,
            DOC,
            ORG,
            MODEL,
            AMOUNT,
            PRICE,
            REPORTED_ON,
            RECORDED_AT,
            FACET_TYPE,
            FACET_COMPANY,
            FACET_MODEL,
            FACET_SPEAKER,
            FACET_SOURCE,
            FACET_YEAR);

    private static final List<String> FACET_FIELDS =
            List.of(FACET_TYPE, FACET_COMPANY, FACET_MODEL, FACET_SPEAKER, FACET_SOURCE, FACET_YEAR);

    private ClaimFields() {}

    /** The {@code facet.*} keyword fields, which are also the dimensions of {@link #FACETS}. */
    public static List<String> facetFields() {
        return FACET_FIELDS;
    }

    /**
     * How {@link #FACETS} is written and read: every dimension may hold several values and is
     * stored in that one field, without drill-down terms (filters use the keyword fields). A new
     * instance per call, since Lucene's config is mutable.
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dimension : FACET_FIELDS) {
            config.setMultiValued(dimension, true);
            config.setIndexFieldName(dimension, FACETS);
            config.setDrillDownTermsIndexing(
                    dimension,
                    FACET_YEAR.equals(dimension)
                            ? FacetsConfig.DrillDownTermsIndexing.DIMENSION_AND_FULL_PATH
                            : FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }

    /**
     * A term every claim written with {@link #FACETS} has (each claim has a year, and the year
     * dimension indexes its name): its document frequency tells how many claims carry the field.
     */
    public static Term facetsMarker() {
        return new Term(FACETS, FacetsConfig.pathToString(FACET_YEAR));
    }

    /**
     * Whether every document {@code query} can match is a claim entry: each clause that can add a
     * match searches a claim-only field, and none matches all documents. Clauses under
     * {@code NOT} only remove matches and do not count.
     */
    public static boolean matchesClaimsOnly(Query query) {
        boolean[] claimsOnly = {true};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!CLAIM_ONLY.contains(field)) {
                    claimsOnly[0] = false;
                }
                return true;
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MatchAllDocsQuery) {
                    claimsOnly[0] = false; // the one leaf the parser makes that names no field
                }
            }
        });
        return claimsOnly[0];
    }
}
