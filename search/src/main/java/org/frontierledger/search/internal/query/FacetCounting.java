package org.frontierledger.search.internal.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.frontierledger.search.internal.index.ClaimFields;
import org.jspecify.annotations.Nullable;

/**
 * Counts facet values over the hits a {@link FacetsCollector} gathered.
 *
 * <p>Several dimensions at once are counted in one pass over the single sorted-set doc value
 * {@link ClaimFields#FACETS} ({@link SortedSetDocValuesFacetCounts}); one dimension alone, as
 * drill-sideways asks, from its own keyword field ({@link StringValueFacetCounts}). An index
 * written before {@link ClaimFields#FACETS} existed (issue 5) is counted field by field until it
 * is rebuilt: the one-pass path is used only when every claim of every segment has the field.
 *
 * <p>Reader states map each segment's ordinals to global ones, a pass over the terms; they are kept
 * for the current reader and rebuilt when a search brings a newer one. Thread-safe.
 */
public final class FacetCounting {

    /** A value and how many hits carry it. */
    public record Count(String value, long count) {}

    private @Nullable IndexReader reader;
    private final Map<String, StringDocValuesReaderState> fieldStates = new HashMap<>();
    private @Nullable SortedSetDocValuesReaderState allDimensions;
    private boolean allDimensionsChecked;

    /**
     * For each of {@code fields} (the {@code facet.*} fields), its {@code top} most frequent values
     * among the hits, most frequent first, ties by value.
     */
    public Map<String, List<Count>> top(
            IndexReader searchedReader, FacetsCollector hits, Collection<String> fields, int top) throws IOException {
        Map<String, List<Count>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = fields.size() > 1 ? allDimensions(searchedReader) : null;
        if (state == null) {
            for (String field : fields) {
                counts.put(field, top(searchedReader, hits, field, top));
            }
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, hits);
        for (String field : fields) {
            counts.put(field, state.getOrdRange(field) == null ? List.of() : sorted(facets.getTopChildren(top, field)));
        }
        return counts;
    }

    /** The {@code top} most frequent values of one {@code facet.*} field among the hits. */
    public List<Count> top(IndexReader searchedReader, FacetsCollector hits, String field, int top) throws IOException {
        StringDocValuesReaderState state = fieldState(searchedReader, field);
        return sorted(new StringValueFacetCounts(state, hits).getTopChildren(top, field));
    }

    private static List<Count> sorted(@Nullable FacetResult result) {
        if (result == null) {
            return List.of();
        }
        List<Count> counts = new ArrayList<>();
        Arrays.stream(result.labelValues)
                .sorted(Comparator.comparing((LabelAndValue lv) -> -lv.value.longValue())
                        .thenComparing(lv -> lv.label))
                .forEach(lv -> counts.add(new Count(lv.label, lv.value.longValue())));
        return counts;
    }

    private synchronized StringDocValuesReaderState fieldState(IndexReader searchedReader, String field)
            throws IOException {
        useReader(searchedReader);
        StringDocValuesReaderState state = fieldStates.get(field);
        if (state == null) {
            state = new StringDocValuesReaderState(searchedReader, field);
            fieldStates.put(field, state);
        }
        return state;
    }

    private synchronized @Nullable SortedSetDocValuesReaderState allDimensions(IndexReader searchedReader)
            throws IOException {
        useReader(searchedReader);
        if (!allDimensionsChecked) {
            allDimensionsChecked = true;
            allDimensions = everyClaimHasFacets(searchedReader)
                    ? new DefaultSortedSetDocValuesReaderState(
                            searchedReader, ClaimFields.FACETS, ClaimFields.facetsConfig())
                    : null;
        }
        return allDimensions;
    }

    /**
     * Whether the field {@link ClaimFields#FACETS} exists and, in every segment, every claim has it:
     * as many documents hold its marker term as are claims (both figures include deleted documents).
     */
    private static boolean everyClaimHasFacets(IndexReader reader) throws IOException {
        FieldInfo facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(ClaimFields.FACETS);
        if (facets == null || facets.getDocValuesType() != DocValuesType.SORTED_SET) {
            // No claim at all (an index just reset for a replay, or holding only documents): nothing to count.
            return false;
        }
        Term claims = new Term(ClaimFields.KIND, ClaimFields.KIND_CLAIM);
        Term marker = ClaimFields.facetsMarker();
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().docFreq(marker) != leaf.reader().docFreq(claims)) {
                return false;
            }
        }
        return true;
    }

    private void useReader(IndexReader searchedReader) {
        if (reader != searchedReader) {
            reader = searchedReader;
            fieldStates.clear();
            allDimensions = null;
            allDimensionsChecked = false;
        }
    }
}
