package org.frontierledger.search.internal.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.frontierledger.search.internal.index.ClaimFields;

/**
 * Highlights the matched words of claims' quotes as escaped HTML with {@code <mark>} tags, using the
 * {@link UnifiedHighlighter} on the offsets stored in the postings (no re-analysis). A quote is one
 * sentence, so it is highlighted whole rather than cut into passages.
 *
 * <p>Thread-safe (stateless); each call builds a highlighter for the searcher it is given.
 */
public final class Highlighting {

    /** Longer than any sentence: a quote is never cut. */
    private static final int MAX_QUOTE_LENGTH = 100_000;

    private final Analyzer analyzer;

    public Highlighting(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The HTML of each quote, in the order of {@code docIds}.
     *
     * @param quotes the stored quotes of the same documents, used where nothing matched
     */
    public String[] quotesAsHtml(IndexSearcher searcher, Query query, int[] docIds, String[] quotes)
            throws IOException {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new EscapingPassageFormatter())
                .withBreakIterator(Highlighting::wholeText)
                .withMaxLength(MAX_QUOTE_LENGTH);
        Map<Integer, String> quoteOf = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            quoteOf.put(docIds[i], quotes[i]);
        }
        UnifiedHighlighter highlighter = new QuotesAtHand(builder, quoteOf);
        String[] fields = {ClaimFields.TEXT};
        String[] html = highlighter
                .highlightFields(fields, query, docIds, new int[] {1})
                .get(ClaimFields.TEXT);
        for (int i = 0; i < html.length; i++) {
            if (html[i] == null) {
                html[i] = escape(quotes[i]);
            }
        }
        return html;
    }

    /** The text with HTML's special characters escaped and no marks. */
    public static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        EscapingPassageFormatter.escape(text, 0, text.length(), html);
        return html.toString();
    }

    /**
     * A highlighter that takes the quotes the caller has already read instead of loading them
     * from stored fields, which would decompress a block of documents per hit.
     */
    private static final class QuotesAtHand extends UnifiedHighlighter {
        private final Map<Integer, String> quoteOf;

        QuotesAtHand(UnifiedHighlighter.Builder builder, Map<Integer, String> quoteOf) {
            super(builder);
            this.quoteOf = quoteOf;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                values.add(new CharSequence[] {quoteOf.getOrDefault(doc, "")});
            }
            return values;
        }
    }

    private static BreakIterator wholeText() {
        return new WholeBreakIterator();
    }
}
