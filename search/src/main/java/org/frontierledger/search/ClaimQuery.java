package org.frontierledger.search;

import java.util.Objects;

/**
 * One page of a claim search.
 *
 * <p>The text uses Lucene's classic syntax over the claims' quotes: words must all occur (AND is
 * the default), {@code OR} and {@code NOT} combine, {@code "a phrase"} keeps order, {@code spend*}
 * matches a prefix, {@code speaker:altman} searches the speaker and {@code doc:stratechery} the
 * document's title. Words are stemmed ("spends" finds "spending"); a model name such as "GPT-4o"
 * matches as written. Blank text matches every claim, newest first.
 *
 * @param text what the analyst typed; blank for all claims; at most 500 characters (longer text is
 *     refused by {@link ClaimSearch#search})
 * @param offset how many hits to skip, 0 or more
 * @param limit how many hits to return, 1 to 100
 */
public record ClaimQuery(String text, int offset, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 100;

    public ClaimQuery {
        Objects.requireNonNull(text, "text");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The first page of {@code limit} hits for {@code text}. */
    public static ClaimQuery firstPage(String text, int limit) {
        return new ClaimQuery(text, 0, limit);
    }
}
