package org.frontierledger.ingestion.internal.feed;

import java.util.List;

/**
 * A feed as read.
 *
 * @param title the feed's title
 * @param entries its entries, oldest first, without duplicate keys
 */
public record Feed(String title, List<FeedEntry> entries) {
    public Feed {
        entries = List.copyOf(entries);
    }
}
