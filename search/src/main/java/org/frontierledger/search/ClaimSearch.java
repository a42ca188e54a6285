package org.frontierledger.search;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.frontierledger.search.internal.index.ClaimFields;
import org.frontierledger.search.internal.index.ClaimIndex;
import org.frontierledger.search.internal.index.FactEntry;
import org.frontierledger.search.internal.index.HitValues;
import org.frontierledger.search.internal.query.ClaimQueryParser;
import org.frontierledger.search.internal.query.FacetCounting;
import org.frontierledger.search.internal.query.Highlighting;
import org.frontierledger.search.internal.query.QueryRejected;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the claims in the index: hits, facet counts, similar claims and counts.
 *
 * <p>Results reflect the events the {@code claim-index} processor has handled so far, so a claim
 * appears shortly after it is recorded, not at once. Each call reads one consistent snapshot.
 *
 * <p>Cost: ranking keeps only the requested page plus the hits before it and may skip claims that
 * cannot enter it; the total is always exact, from the index's statistics, the ranking pass, a
 * separate count that needs no scores, or the facet pass, whichever costs least for the query.
 * Facet counts, when asked, visit every match once more, and the claims matching all filters but
 * one chosen dimension's for that dimension.
 *
 * <p>Thread-safe: one instance serves all requests.
 */
@Service
@ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
public class ClaimSearch {
    /** The timer of {@link #search} calls, with a latency histogram, by outcome. */
    public static final String METER = "ledger.search";

    /**
     * Matches the ranking pass counts exactly before it may start skipping. Most searches have
     * fewer, and then one pass ranks and counts; a second pass only to count costs about as much as
     * ranking them, and skipping pays off only on larger results (measured with {@code bench search}).
     */
    private static final int EXACT_COUNT_WHILE_RANKING = 10_000;
    /** Drill-sideways needs a config only to name dimensions; filters are our own keyword queries. */
    private static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

    private static final Query CLAIMS = new TermQuery(new Term(ClaimFields.KIND, ClaimFields.KIND_CLAIM));
    private static final SortField NEWEST_FIRST = new SortField(ClaimFields.REPORTED_ON, SortField.Type.LONG, true);
    private static final Sort BY_NEWEST = new Sort(NEWEST_FIRST);
    private static final Sort BY_OLDEST = new Sort(new SortField(ClaimFields.REPORTED_ON, SortField.Type.LONG));
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST_FIRST);
    private static final Map<FacetDimension, String> FACET_FIELDS = Map.of(
            FacetDimension.TYPE, ClaimFields.FACET_TYPE,
            FacetDimension.COMPANY, ClaimFields.FACET_COMPANY,
            FacetDimension.MODEL, ClaimFields.FACET_MODEL,
            FacetDimension.SPEAKER, ClaimFields.FACET_SPEAKER,
            FacetDimension.SOURCE, ClaimFields.FACET_SOURCE,
            FacetDimension.YEAR, ClaimFields.FACET_YEAR);
    /** Words too common to make two claims alike. */
    private static final Set<String> MLT_STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its",
            "of", "on", "or", "said", "says", "that", "the", "this", "to", "was", "were", "will", "with");

    private final ClaimIndex index;
    private final ClaimQueryParser parser;
    private final Highlighting highlighting;
    private final FacetCounting facetCounting = new FacetCounting();
    private final int exactCountWhileRanking;

    @Autowired
    ClaimSearch(ClaimIndex index) {
        this(index, EXACT_COUNT_WHILE_RANKING);
    }

    /** A search that counts exactly while ranking up to {@code exactCountWhileRanking} matches (tests vary it). */
    ClaimSearch(ClaimIndex index, int exactCountWhileRanking) {
        this.index = index;
        this.parser = new ClaimQueryParser(index.analyzer());
        this.highlighting = new Highlighting();
        this.exactCountWhileRanking = exactCountWhileRanking;
    }

    /**
     * A search over an index opened outside Spring, such as the benchmark's; the application gets
     * its instance from Spring.
     */
    public static ClaimSearch over(ClaimIndex index) {
        return new ClaimSearch(index);
    }

    /**
     * Runs {@code work} on a search over the index in {@code folder}, opened read-only as it was
     * last committed and closed afterwards. It takes no lock, so a command can search while the
     * server writes the index.
     *
     * @throws IllegalStateException when there is no index in {@code folder}
     */
    public static <T> T readOnly(Path folder, Function<ClaimSearch, T> work) {
        try (ClaimIndex index = ClaimIndex.openReadOnly(folder)) {
            return work.apply(new ClaimSearch(index));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Lucene index at " + folder, e);
        }
    }

    /**
     * The page of claims that match {@code query}, with facet counts over all of them when asked.
     *
     * @throws InvalidQueryException when the text cannot be run; its message tells the analyst why
     */
    public SearchResult search(ClaimQuery query) {
        Timer.Sample started = Timer.start();
        String outcome = "failed";
        try {
            SearchResult result = run(query);
            outcome = "ok";
            return result;
        } catch (InvalidQueryException e) {
            outcome = "invalid";
            throw e;
        } finally {
            started.stop(Timer.builder(METER)
                    .description("claim searches, by outcome (ok, invalid or failed)")
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .register(Metrics.globalRegistry));
        }
    }

    private SearchResult run(ClaimQuery query) {
        boolean blank = query.text().isBlank();
        Query matching = blank ? new MatchAllDocsQuery() : parse(query.text());
        Sort sort = switch (query.sort()) {
            case RELEVANCE -> blank ? BY_NEWEST : BY_RELEVANCE;
            case NEWEST -> BY_NEWEST;
            case OLDEST -> BY_OLDEST;
        };
        boolean scored = sort == BY_RELEVANCE;
        try {
            Query claims = recordedBy(claimsOnly(matching), query.recordedBy());
            return index.withSearcher(searcher -> page(searcher, query, matching, claims, sort, scored));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(ClaimQueryParser.tooManyClausesMessage());
        }
    }

    /**
     * How many claims match {@code query} (its text and filters; its page, order and facet setting
     * do not matter).
     *
     * @throws InvalidQueryException when the text cannot be run
     */
    public long count(ClaimQuery query) {
        return countWhere(query, null);
    }

    /**
     * How many claims that match {@code query} were recorded after {@code since}: recorded, that is
     * when the ledger stored the claim (its event's timestamp), not the date the source reported it,
     * so an old podcast ingested today counts as new.
     *
     * @throws InvalidQueryException when the text cannot be run
     */
    public long countRecordedAfter(ClaimQuery query, Instant since) {
        long after = since.toEpochMilli() == Long.MAX_VALUE ? Long.MAX_VALUE : since.toEpochMilli() + 1;
        return countWhere(query, LongPoint.newRangeQuery(ClaimFields.RECORDED_AT, after, Long.MAX_VALUE));
    }

    /** The number of claims in the index. */
    public long count() {
        return index.withSearcher(searcher -> (long) searcher.count(CLAIMS));
    }

    /**
     * Claims whose quotes share the telling words of this claim's quote, most alike first, without
     * the claim itself; words that are rare in the index count most (Lucene's {@link MoreLikeThis}).
     * Empty when the claim is unknown or its quote has no telling word.
     *
     * @param limit how many, 1 to {@value ClaimQuery#MAX_LIMIT}
     */
    public SearchResult moreLikeThis(String claimId, int limit) {
        ClaimQuery page = new ClaimQuery("", 0, limit, Map.of(), SortOrder.RELEVANCE, false);
        return index.withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(ClaimFields.ID, claimId)), 1);
            if (found.scoreDocs.length == 0) {
                return new SearchResult(0, List.of());
            }
            String quote =
                    searcher.storedFields().document(found.scoreDocs[0].doc).get(ClaimFields.TEXT);
            if (quote == null) {
                return new SearchResult(0, List.of());
            }
            Query alike = like(searcher, quote);
            Query others = new BooleanQuery.Builder()
                    .add(alike, Occur.MUST)
                    .add(new TermQuery(new Term(ClaimFields.ID, claimId)), Occur.MUST_NOT)
                    .build();
            return page(searcher, page, alike, claimsOnly(others), BY_RELEVANCE, true);
        });
    }

    private Query like(IndexSearcher searcher, String quote) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(index.analyzer());
        mlt.setFieldNames(new String[] {ClaimFields.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(12);
        mlt.setStopWords(MLT_STOP_WORDS);
        return mlt.like(ClaimFields.TEXT, new StringReader(quote));
    }

    private long countWhere(ClaimQuery query, @Nullable Query extraFilter) {
        Query matching = query.text().isBlank() ? new MatchAllDocsQuery() : parse(query.text());
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(filtered(recordedBy(claimsOnly(matching), query.recordedBy()), query.filters()), Occur.MUST);
        if (extraFilter != null) {
            all.add(extraFilter, Occur.FILTER);
        }
        try {
            return index.withSearcher(searcher -> (long) searcher.count(all.build()));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(ClaimQueryParser.tooManyClausesMessage());
        }
    }

    private Query parse(String text) {
        try {
            return parser.parse(text);
        } catch (QueryRejected e) {
            throw new InvalidQueryException(e.getMessage());
        }
    }

    /**
     * The query restricted to claim entries. Only a query that could match a document or fact entry
     * gets the {@code kind:claim} filter: every field a parsed query searches exists on claims
     * alone, and the filter would otherwise cost a conjunction per hit and stop Lucene from
     * answering a count from the term statistics.
     */
    static Query claimsOnly(Query matching) {
        if (ClaimFields.matchesClaimsOnly(matching)) {
            return matching;
        }
        return new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(CLAIMS, Occur.FILTER)
                .build();
    }

    /** The claims recorded by {@code instant}; all of them when it is null. */
    private static Query recordedBy(Query claims, @Nullable Instant instant) {
        if (instant == null) {
            return claims;
        }
        return new BooleanQuery.Builder()
                .add(claims, Occur.MUST)
                .add(
                        LongPoint.newRangeQuery(ClaimFields.RECORDED_AT, Long.MIN_VALUE, instant.toEpochMilli()),
                        Occur.FILTER)
                .build();
    }

    /** The claims narrowed to the chosen facet values: ORed within a dimension, ANDed across. */
    private static Query filtered(Query claims, Map<FacetDimension, Set<String>> filters) {
        if (filters.isEmpty()) {
            return claims;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(claims, Occur.MUST);
        filters.forEach((dimension, values) -> query.add(anyOf(dimension, values), Occur.FILTER));
        return query.build();
    }

    private static Query anyOf(FacetDimension dimension, Set<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(FACET_FIELDS.get(dimension), value)), Occur.SHOULD));
        return any.build();
    }

    /**
     * Ranks only the page, and counts the matches the cheapest way the query allows (each way
     * measured with {@code bench search}):
     *
     * <ul>
     *   <li>when the index answers the count from its statistics (a single word, a prefix that
     *       expands to one word), or the facet pass counts every match anyway, the ranking may skip
     *       every claim that cannot enter the page (block-max WAND) from the start;
     *   <li>when the query checks word positions (a phrase, a split model name, {@code NEAR}), one
     *       exact pass ranks and counts: a separate count would check every position again, which
     *       costs more than scoring the matches;
     *   <li>otherwise the ranking counts exactly up to {@value #EXACT_COUNT_WHILE_RANKING} matches
     *       and may skip past that, and {@link IndexSearcher#count}, which needs no scores, counts
     *       the rest.
     * </ul>
     */
    private SearchResult page(
            IndexSearcher searcher, ClaimQuery query, Query matching, Query claims, Sort sort, boolean scored)
            throws IOException {
        Query filtered = filtered(claims, query.filters());
        int wanted = (int) Math.min((long) query.offset() + query.limit(), Integer.MAX_VALUE);
        long statisticsCount = query.countFacets() ? -1 : countFromStatistics(searcher, filtered);
        int countUpTo = query.countFacets() || statisticsCount >= 0
                ? wanted
                : checksPositions(matching) ? Integer.MAX_VALUE : Math.max(wanted, exactCountWhileRanking);
        TopFieldDocs top = searcher.search(filtered, new TopFieldCollectorManager(sort, wanted, null, countUpTo));
        ScoreDoc[] page =
                Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length), top.scoreDocs.length);
        if (scored) {
            for (ScoreDoc hit : page) {
                hit.score = (Float) ((FieldDoc) hit).fields[0]; // the first sort key is the score
            }
        }
        long total;
        Map<FacetDimension, List<FacetValue>> facets = Map.of();
        if (query.countFacets()) {
            FacetHits counted = facetHits(searcher, claims, query.filters());
            total = counted.total();
            facets = facetValues(searcher.getIndexReader(), counted);
        } else if (statisticsCount >= 0) {
            total = statisticsCount;
        } else if (top.totalHits.relation() == TotalHits.Relation.EQUAL_TO) {
            total = top.totalHits.value();
        } else {
            total = searcher.count(filtered);
        }
        boolean highlight = !(matching instanceof MatchAllDocsQuery);
        return new SearchResult(total, hits(searcher, matching, page, highlight, scored), facets);
    }

    /**
     * The number of matches when every segment can tell it without visiting them (Lucene's
     * {@link Weight#count}: a single term without deletions, all documents), else -1.
     */
    static long countFromStatistics(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int count = weight.count(leaf);
            if (count < 0) {
                return -1;
            }
            total += count;
        }
        return total;
    }

    /** Whether matching needs word positions: a phrase of two or more words, or an interval ({@code NEAR}). */
    static boolean checksPositions(Query query) {
        boolean[] positions = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                if (leaf instanceof PhraseQuery phrase && phrase.getTerms().length > 1
                        || leaf instanceof MultiPhraseQuery) {
                    positions[0] = true;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                if (parent instanceof IntervalQuery || parent instanceof MultiPhraseQuery) {
                    positions[0] = true;
                }
                return this;
            }
        });
        return positions[0];
    }

    /** Counts the dimensions without a filter in one pass over all hits, then each filtered one over its own. */
    private Map<FacetDimension, List<FacetValue>> facetValues(IndexReader reader, FacetHits counted)
            throws IOException {
        Map<FacetDimension, List<FacetValue>> facets = new EnumMap<>(FacetDimension.class);
        List<String> together = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            FacetsCollector sideways = counted.sideways().get(dimension);
            if (sideways == null) {
                together.add(FACET_FIELDS.get(dimension));
            } else {
                facets.put(
                        dimension,
                        values(facetCounting.top(
                                reader, sideways, FACET_FIELDS.get(dimension), SearchResult.TOP_VALUES)));
            }
        }
        Map<String, List<FacetCounting.Count>> counts =
                facetCounting.top(reader, counted.drillDown(), together, SearchResult.TOP_VALUES);
        for (FacetDimension dimension : FacetDimension.values()) {
            List<FacetCounting.Count> values = counts.get(FACET_FIELDS.get(dimension));
            if (values != null) {
                facets.put(dimension, values(values));
            }
        }
        return facets;
    }

    private static List<FacetValue> values(List<FacetCounting.Count> counts) {
        return counts.stream().map(c -> new FacetValue(c.value(), c.count())).toList();
    }

    /**
     * The hits to count facet values over. A dimension with chosen values is counted over the hits
     * of every other filter but not its own (Lucene's {@link DrillSideways}, in one pass), so its
     * other values stay visible with the counts a click on them would add; the other dimensions are
     * counted over the hits of all filters.
     */
    private static FacetHits facetHits(IndexSearcher searcher, Query claims, Map<FacetDimension, Set<String>> filters)
            throws IOException {
        if (filters.isEmpty()) {
            return new FacetHits(searcher.search(claims, new FacetsCollectorManager()), Map.of());
        }
        DrillDownQuery drillDown = new DrillDownQuery(FACETS_CONFIG, claims);
        List<FacetDimension> chosen = new ArrayList<>(filters.keySet());
        chosen.forEach(dimension -> drillDown.add(dimension.parameter(), anyOf(dimension, filters.get(dimension))));
        List<FacetsCollectorManager> sideways =
                chosen.stream().map(d -> new FacetsCollectorManager()).toList();
        DrillSideways.Result<FacetsCollector, FacetsCollector> result = new DrillSideways(
                        searcher, FACETS_CONFIG, (TaxonomyReader) null)
                .search(drillDown, new FacetsCollectorManager(), sideways);
        Map<FacetDimension, FacetsCollector> sidewaysHits = new EnumMap<>(FacetDimension.class);
        for (int i = 0; i < chosen.size(); i++) {
            sidewaysHits.put(chosen.get(i), result.drillSidewaysResults().get(i));
        }
        return new FacetHits(result.drillDownResult(), sidewaysHits);
    }

    /** The hits of all filters, and per filtered dimension the hits of all filters but its own. */
    private record FacetHits(FacetsCollector drillDown, Map<FacetDimension, FacetsCollector> sideways) {
        long total() {
            return drillDown.getMatchingDocs().stream()
                    .mapToLong(FacetsCollector.MatchingDocs::totalHits)
                    .sum();
        }
    }

    private List<ClaimHit> hits(
            IndexSearcher searcher, Query matching, ScoreDoc[] page, boolean highlight, boolean scored)
            throws IOException {
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        List<HitValues.Hit> shown = HitValues.read(searcher.getIndexReader(), docIds);
        String[] quotes = shown.stream().map(HitValues.Hit::quote).toArray(String[]::new);
        String[] html = highlight ? highlighting.quotesAsHtml(searcher, matching, docIds, quotes) : escapeAll(quotes);
        List<ClaimHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            float score = !scored || Float.isNaN(page[i].score) ? 0f : page[i].score;
            HitValues.Hit hit = shown.get(i);
            hits.add(new ClaimHit(
                    hit.claimId(),
                    hit.documentId(),
                    hit.title(),
                    hit.source(),
                    hit.quote(),
                    html[i],
                    hit.speaker(),
                    hit.reportedOn(),
                    score,
                    hit.facts().stream().map(ClaimSearch::fact).toList()));
        }
        return hits;
    }

    private static ClaimFact fact(FactEntry f) {
        return new ClaimFact(
                f.eventId(),
                f.type(),
                f.org(),
                f.model(),
                f.amountUsd(),
                f.amountUsdHigh(),
                f.inputUsdPerMTok(),
                f.outputUsdPerMTok());
    }

    private static String[] escapeAll(String[] quotes) {
        return Arrays.stream(quotes).map(Highlighting::escape).toArray(String[]::new);
    }
}
