package org.frontierledger.ingestion.internal.fetch;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A page as fetched.
 *
 * @param url the URL it was finally served from, after redirects
 * @param contentType the media type the server gave, without parameters
 * @param body the body, decoded with the charset the server or the page declared
 * @param bytes the body as received, after any content encoding (gzip) was undone; at most the
 *     configured limit
 * @param etag the server's {@code ETag} for a later conditional request, if it gave one
 * @param lastModified the server's {@code Last-Modified}, if it gave one
 */
public record FetchedPage(
        URI url,
        String contentType,
        String body,
        byte[] bytes,
        @Nullable String etag,
        @Nullable String lastModified) {

    /** The validators for asking again only if the page changed. */
    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
