package org.frontierledger.ingestion.internal.feed;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a feed.
 *
 * @param key what identifies the entry across runs: its link, else its id ({@code guid})
 * @param link the absolute http(s) URL of the entry's page, if it has one
 * @param title its title, or its key when it has none
 * @param content the entry's own text (HTML), used when it has no link
 */
public record FeedEntry(
        String key,
        @Nullable URI link,
        String title,
        @Nullable String content) {}
