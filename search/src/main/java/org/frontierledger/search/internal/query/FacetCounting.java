package org.frontierledger.search.internal.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

/**
 * Counts the values of keyword fields with sorted-set doc values over the hits a
 * {@link FacetsCollector} gathered, with Lucene's {@link StringValueFacetCounts}.
 *
 * <p>Building a field's reader state maps every segment's ordinals to global ones, which costs a
 * pass over the field's terms; states are kept for the current reader and rebuilt when a search
 * brings a newer one. Thread-safe.
 */
public final class FacetCounting {

    /** A value and how many hits carry it. */
    public record Count(String value, long count) {}

    private @Nullable IndexReader reader;
    private final Map<String, StringDocValuesReaderState> states = new HashMap<>();

    /**
     * The {@code top} most frequent values of {@code field} among the collected hits, most frequent
     * first, ties by value.
     */
    public List<Count> top(IndexReader searchedReader, FacetsCollector hits, String field, int top)
            throws IOException {
        StringDocValuesReaderState state = state(searchedReader, field);
        FacetResult result = new StringValueFacetCounts(state, hits).getTopChildren(top, field);
        if (result == null) {
            return List.of();
        }
        List<Count> counts = new ArrayList<>();
        Arrays.stream(result.labelValues)
                .sorted(Comparator.comparing((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label))
                .forEach(lv -> counts.add(new Count(lv.label, lv.value.longValue())));
        return counts;
    }

    private synchronized StringDocValuesReaderState state(IndexReader searchedReader, String field)
            throws IOException {
        if (reader != searchedReader) {
            reader = searchedReader;
            states.clear();
        }
        StringDocValuesReaderState state = states.get(field);
        if (state == null) {
            state = new StringDocValuesReaderState(searchedReader, field);
            states.put(field, state);
        }
        return state;
    }
}
