package org.frontierledger.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first, newer first among equals; newest first when the text is blank. */
    RELEVANCE,
    /** Newest reported date first. */
    NEWEST,
    /** Oldest reported date first. */
    OLDEST;

    /**
     * The order named {@code name} as analysts type it ({@code relevance}, {@code newest},
     * {@code oldest}; case and surrounding spaces do not matter).
     *
     * @throws IllegalArgumentException naming the three orders, for anything else
     */
    public static SortOrder parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be relevance, newest or oldest, got '" + name + "'");
        }
    }
}
