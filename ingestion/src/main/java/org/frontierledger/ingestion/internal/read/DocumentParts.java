package org.frontierledger.ingestion.internal.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into parts of bounded length, preferring paragraph ends, then line ends, then
 * sentence ends, then spaces, and a hard cut only where there is none of these. The cuts depend on
 * the text and the limit alone, so the same text always gives the same parts (and the same
 * document ids). Joined again, the parts are the text.
 */
public final class DocumentParts {
    /** Where a cut may go, best first: right after each of these. */
    private static final List<String> BREAKS = List.of("\n\n", "\n", ". ", " ");

    private DocumentParts() {}

    /**
     * The text's parts, each at most {@code maxChars} long; the text itself when it fits.
     *
     * @param text the text to cut
     * @param maxChars the longest part, at least 2
     */
    public static List<String> split(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("a part must be allowed at least 2 characters");
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            parts.add(text.substring(start, end));
            start = end;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The end of the part that starts at {@code start} and may not reach past {@code limit}. */
    private static int cut(String text, int start, int limit) {
        // A cut in the first half of the window would make many small parts; look only in the second.
        int earliest = start + (limit - start) / 2;
        for (String mark : BREAKS) {
            int at = text.lastIndexOf(mark, limit - mark.length());
            if (at >= earliest) {
                return at + mark.length();
            }
        }
        // No break at all: cut hard, but never between the two halves of a surrogate pair.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
