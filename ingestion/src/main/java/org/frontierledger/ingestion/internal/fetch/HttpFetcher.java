package org.frontierledger.ingestion.internal.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.frontierledger.ingestion.IngestException;
import org.frontierledger.ingestion.config.IngestionProperties;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.UnsupportedMimeTypeException;

/**
 * Fetches one page over http(s) with Jsoup, within the configured limits. Redirects are followed
 * here, one hop at a time, so that each hop counts against the limit and can be checked.
 * Thread-safe: it keeps no state between calls.
 */
public final class HttpFetcher {
    private static final Set<String> READABLE = Set.of(
            "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown");

    private final IngestionProperties limits;

    /** A fetcher within these limits. */
    public HttpFetcher(IngestionProperties limits) {
        this.limits = limits;
    }

    /** Fetches a page; throws {@link IngestException} with a clear message on any failure. */
    public FetchedPage fetch(URI url) {
        URI current = requireHttp(url);
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            Connection.Response response = execute(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                current = requireHttp(current.resolve(response.header("Location")));
                continue;
            }
            return read(current, response);
        }
        throw new IngestException(url + ": more than " + limits.maxRedirects() + " redirects");
    }

    private Connection.Response execute(URI url) {
        try {
            return Jsoup.connect(url.toString())
                    .userAgent(limits.userAgent())
                    .timeout((int) limits.timeout().toMillis())
                    .maxBodySize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1))
                    .followRedirects(false)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .execute();
        } catch (UnknownHostException e) {
            throw new IngestException(url + ": unknown host " + url.getHost(), e);
        } catch (ConnectException e) {
            throw new IngestException(url + ": cannot connect (" + e.getMessage() + ")", e);
        } catch (SocketTimeoutException | java.net.http.HttpTimeoutException e) {
            throw new IngestException(url + ": no answer within " + limits.timeout().toSeconds() + " s", e);
        } catch (UnsupportedMimeTypeException e) {
            throw new IngestException(url + ": unsupported content type " + e.getMimeType(), e);
        } catch (IOException e) {
            throw new IngestException(url + ": fetch failed (" + e.getMessage() + ")", e);
        }
    }

    private FetchedPage read(URI url, Connection.Response response) {
        if (response.statusCode() >= 400) {
            throw new IngestException(url + ": HTTP " + response.statusCode() + " " + response.statusMessage());
        }
        String type = mediaType(response.contentType());
        if (!READABLE.contains(type)) {
            throw new IngestException(url + ": not an HTML or text page (content type " + type
                    + "); Frontier Ledger reads HTML, plain text and Markdown");
        }
        byte[] body;
        try {
            body = response.bodyAsBytes();
        } catch (java.io.UncheckedIOException e) {
            throw new IngestException(url + ": the body could not be read (" + e.getCause().getMessage() + ")", e);
        }
        if (body.length > limits.maxBytes()) {
            throw new IngestException(url + ": larger than the limit of " + limits.maxBytes() + " bytes");
        }
        return new FetchedPage(url, type, response.body());
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "text/html";
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static URI requireHttp(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IngestException(url + ": only http and https URLs can be fetched");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IngestException(url + ": the URL has no host");
        }
        return url;
    }
}
