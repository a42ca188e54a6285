package org.frontierledger.search;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first, newer first among equals; newest first when the text is blank. */
    RELEVANCE,
    /** Newest reported date first. */
    NEWEST,
    /** Oldest reported date first. */
    OLDEST
}
