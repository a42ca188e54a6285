package org.frontierledger.search.internal.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats passages as HTML for a browser: every character of the quote is escaped, and only the
 * {@code <mark>} tags around matches are markup. Overlapping or touching matches are merged into
 * one mark. Thread-safe (stateless).
 */
final class EscapingPassageFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "… ";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder(content.length() + 32);
        int previousEnd = -1;
        for (Passage passage : passages) {
            if (previousEnd >= 0 && passage.getStartOffset() > previousEnd) {
                html.append(ELLIPSIS);
            }
            int pos = passage.getStartOffset();
            for (int[] match : mergedMatches(passage)) {
                escape(content, pos, match[0], html);
                html.append("<mark>");
                escape(content, match[0], match[1], html);
                html.append("</mark>");
                pos = match[1];
            }
            escape(content, pos, passage.getEndOffset(), html);
            previousEnd = passage.getEndOffset();
        }
        return html.toString();
    }

    /** The passage's matches as [start, end) pairs, sorted, with overlaps joined. */
    private static List<int[]> mergedMatches(Passage passage) {
        List<int[]> merged = new ArrayList<>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(passage.getMatchStarts()[i], passage.getStartOffset());
            int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else if (start < end) {
                merged.add(new int[] {start, end});
            }
        }
        return merged;
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
