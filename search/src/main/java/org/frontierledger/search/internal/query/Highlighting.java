package org.frontierledger.search.internal.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.frontierledger.search.internal.index.ClaimFields;
import org.jspecify.annotations.Nullable;

/**
 * Marks the matched words of claims' quotes as escaped HTML with {@code <mark>} tags. The words
 * come from Lucene's matches API ({@link Weight#matches}) over the offsets stored in the quote's
 * postings, so nothing is analysed again: each word of a phrase or a {@code NEAR} that matched is
 * marked (not a word that merely occurs elsewhere in the quote), overlapping or touching marks are
 * joined, and every character of the quote is escaped, so {@code <mark>} is the only markup. A
 * quote is one sentence, so it is shown whole rather than cut into passages.
 *
 * <p>Why not Lucene's {@code UnifiedHighlighter}: in its matches mode it builds a new weight for
 * every document (term lookups included), which cost as much as the search on a page of 20; here
 * one weight serves the whole page.
 *
 * <p>Thread-safe (stateless).
 */
public final class Highlighting {

    /**
     * The HTML of each quote, in the order of {@code docIds}.
     *
     * @param quotes the quotes of the same documents
     */
    public String[] quotesAsHtml(IndexSearcher searcher, Query query, int[] docIds, String[] quotes)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] html = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
            Matches matches = weight.matches(leaf, docIds[i] - leaf.docBase);
            html[i] = marked(quotes[i], matches == null ? null : matches.getMatches(ClaimFields.TEXT));
        }
        return html;
    }

    /** The text with HTML's special characters escaped and no marks. */
    public static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), html);
        return html.toString();
    }

    private static String marked(String quote, @Nullable MatchesIterator matches) throws IOException {
        List<int[]> spans = new ArrayList<>();
        while (matches != null && matches.next()) {
            MatchesIterator words = matches.getSubMatches();
            if (words == null) {
                addSpan(spans, matches, quote.length());
            } else {
                while (words.next()) {
                    addSpan(spans, words, quote.length());
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        StringBuilder html = new StringBuilder(quote.length() + 32);
        int pos = 0;
        int[] open = null;
        for (int[] span : spans) {
            if (open != null && span[0] <= open[1]) {
                open[1] = Math.max(open[1], span[1]);
                continue;
            }
            pos = close(quote, open, pos, html);
            open = span;
        }
        pos = close(quote, open, pos, html);
        escape(quote, pos, quote.length(), html);
        return html.toString();
    }

    /** Appends the text up to the span and the span marked; returns where the text goes on. */
    private static int close(String quote, int @Nullable [] span, int pos, StringBuilder html) {
        if (span == null) {
            return pos;
        }
        escape(quote, pos, span[0], html);
        html.append("<mark>");
        escape(quote, span[0], span[1], html);
        html.append("</mark>");
        return span[1];
    }

    private static void addSpan(List<int[]> spans, MatchesIterator match, int length) throws IOException {
        int start = Math.max(0, match.startOffset());
        int end = Math.min(length, match.endOffset());
        if (match.startOffset() >= 0 && start < end) {
            spans.add(new int[] {start, end});
        }
    }

    /** Appends {@code text[from, to)} with HTML's five special characters escaped. */
    static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
