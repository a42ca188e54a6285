package org.frontierledger.ingestion.internal.fetch;

import org.jspecify.annotations.Nullable;

/**
 * What a conditional GET sends back to the server ({@code If-None-Match}, {@code If-Modified-Since}),
 * so that it can answer "304 Not Modified" instead of the whole page.
 *
 * @param etag the {@code ETag} the server gave last time, if any
 * @param lastModified the {@code Last-Modified} it gave last time, if any
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {
    /** No validators: an unconditional request. */
    public static final Validators NONE = new Validators(null, null);

    /** True when there is something to send. */
    boolean any() {
        return etag != null || lastModified != null;
    }
}
