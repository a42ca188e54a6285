package org.frontierledger.ingestion.internal.fetch;

import java.net.URI;

/**
 * A page as fetched.
 *
 * @param url the URL it was finally served from, after redirects
 * @param contentType the media type the server gave, without parameters
 * @param body the body, decoded with the charset the server or the page declared
 */
public record FetchedPage(URI url, String contentType, String body) {}
