package org.frontierledger.ingestion.internal.fetch;

import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.frontierledger.ingestion.IngestException;
import org.frontierledger.ingestion.config.FetchProperties;
import org.frontierledger.ingestion.config.IngestionProperties;
import org.frontierledger.ingestion.internal.read.TextDecoding;
import org.frontierledger.ingestion.internal.read.UnreadableDocumentException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.UnsupportedMimeTypeException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches over http(s) with Jsoup, politely and within limits:
 * <ul>
 *   <li>only URLs the {@link AddressPolicy} allows, checked again at every redirect hop (redirects
 *       are followed here, one at a time, up to the limit);
 *   <li>only paths the host's robots.txt allows for our User-Agent, which every request carries;
 *   <li>one request at a time per host, with a pause between them ({@link HostPoliteness}), and a
 *       {@code Retry-After} on 429 or 503 obeyed for that host;
 *   <li>the body cut at the size limit, counted after gzip is undone, and a time limit for the
 *       whole exchange, redirects included;
 *   <li>conditional requests when the caller has validators from an earlier fetch.
 * </ul>
 * Thread-safe; shared by every ingest of the process, so that its politeness holds across them.
 */
public final class HttpFetcher {
    /** Media types read as pages. */
    /** The meter counting fetches, by outcome. */
    public static final String METER = "ledger.fetch.requests";

    public static final Set<String> PAGE_TYPES =
            Set.of("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown");
    /** Media types read as feeds (RSS 2.0, RSS 1.0, Atom; many servers say plain XML). */
    public static final Set<String> FEED_TYPES =
            Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml");

    /** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt. */
    private static final int ROBOTS_MAX_BYTES = 512 * 1024;

    private final IngestionProperties limits;
    private final FetchProperties settings;
    private final AddressPolicy addresses;
    private final Clock clock;
    private final HostPoliteness politeness;
    private final String productToken;
    private final ConcurrentMap<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> robotsLocks = new ConcurrentHashMap<>();

    /** A fetcher within these limits that fetches only public addresses and waits 5 s between requests to a host. */
    public HttpFetcher(IngestionProperties limits) {
        this(limits, FetchProperties.defaults());
    }

    /** A fetcher within these limits and with these politeness and safety settings. */
    public HttpFetcher(IngestionProperties limits, FetchProperties settings) {
        this(limits, settings, Clock.systemUTC());
    }

    /** The same, reading "now" (for {@code Retry-After} dates) from {@code clock}. */
    public HttpFetcher(IngestionProperties limits, FetchProperties settings, Clock clock) {
        this(limits, settings, new AddressPolicy(settings.allowedHosts()), clock);
    }

    HttpFetcher(IngestionProperties limits, FetchProperties settings, AddressPolicy addresses) {
        this(limits, settings, addresses, Clock.systemUTC());
    }

    private HttpFetcher(IngestionProperties limits, FetchProperties settings, AddressPolicy addresses, Clock clock) {
        this.clock = clock;
        this.limits = limits;
        this.settings = settings;
        this.addresses = addresses;
        this.politeness = new HostPoliteness(settings.hostDelay(), settings.longestRetryAfter());
        this.productToken = limits.userAgent().split("[/\\s]", 2)[0];
    }

    /**
     * Checks that the URL may be fetched at all (scheme, and every address its host resolves to),
     * without fetching it; throws {@link IngestException} saying why not.
     */
    public URI checkAddress(URI url) {
        return addresses.check(url);
    }

    /** Fetches an HTML or text page; throws {@link IngestException} with a clear message on any failure. */
    public FetchedPage fetch(URI url) {
        return fetch(url, PAGE_TYPES, Validators.NONE)
                .orElseThrow(() -> new IllegalStateException("unconditional request answered 304"));
    }

    /**
     * Fetches a page of one of the {@code readable} media types, conditionally when {@code validators}
     * has any: empty when the server says it has not changed (304).
     *
     * @throws RetryLaterException when the server asks us to come back later
     * @throws IngestException with a message for people on any other failure
     */
    public Optional<FetchedPage> fetch(URI url, Set<String> readable, Validators validators) {
        URI checked;
        try {
            checked = checked(url);
        } catch (IngestException e) {
            count("refused");
            throw e;
        }
        try {
            Optional<FetchedPage> page = follow(url, checked, readable, validators);
            count(page.isPresent() ? "fetched" : "not_modified");
            return page;
        } catch (RetryLaterException e) {
            count("retry_later");
            throw e;
        } catch (IngestException e) {
            count("failed");
            throw e;
        }
    }

    /**
     * Counts a fetch in {@value #METER}: fetched, not_modified, refused (by the address policy or
     * robots.txt, before any request), retry_later or failed.
     */
    private static void count(String outcome) {
        Metrics.counter(METER, "outcome", outcome).increment();
    }

    /** Requests the page, following redirects, each hop checked again. */
    private Optional<FetchedPage> follow(URI url, URI first, Set<String> readable, Validators validators) {
        URI current = first;
        Duration budget = limits.timeout();
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            long started = System.nanoTime();
            URI target = current;
            Duration remaining = budget;
            Connection.Response response = politeness.request(
                    target.getHost(), () -> execute(target, validators, remaining, limits.maxBytes()));
            budget = budget.minusNanos(System.nanoTime() - started);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304 && response.hasHeader("Location")) {
                current = checked(current.resolve(response.header("Location").trim()));
                if (budget.isNegative() || budget.isZero()) {
                    throw new IngestException(
                            url + ": no answer within " + limits.timeout().toSeconds() + " s");
                }
                continue;
            }
            if (status == 304 && validators.any()) {
                return Optional.empty();
            }
            retryLater(current, response);
            return Optional.of(read(current, response, readable));
        }
        throw new IngestException(url + ": more than " + limits.maxRedirects() + " redirects");
    }

    /** The URL when both the address policy and the host's robots.txt allow it. */
    private URI checked(URI url) {
        URI allowed = addresses.check(url);
        String path = (allowed.getRawPath() == null || allowed.getRawPath().isEmpty() ? "/" : allowed.getRawPath())
                + (allowed.getRawQuery() == null ? "" : "?" + allowed.getRawQuery());
        CachedRobots robots = robotsOf(allowed);
        if (!robots.rules.allows(path)) {
            throw new IngestException(url + ": the site's robots.txt does not allow " + productToken + " to fetch "
                    + path + (robots.why == null ? "" : " (" + robots.why + ")"));
        }
        return allowed;
    }

    private CachedRobots robotsOf(URI url) {
        String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://"
                + url.getRawAuthority().toLowerCase(Locale.ROOT);
        long now = System.nanoTime();
        CachedRobots cached = robots.get(origin);
        if (cached != null && now < cached.expires) {
            return cached;
        }
        // one fetch of robots.txt per origin, even when several requests find it missing at once
        synchronized (robotsLocks.computeIfAbsent(origin, key -> new Object())) {
            cached = robots.get(origin);
            if (cached != null && System.nanoTime() < cached.expires) {
                return cached;
            }
            CachedRobots fresh = fetchRobots(URI.create(origin + "/robots.txt"));
            robots.put(origin, fresh);
            return fresh;
        }
    }

    /** RFC 9309: 2xx is parsed, 4xx allows everything, 5xx or no answer disallows everything. */
    private CachedRobots fetchRobots(URI robotsUrl) {
        long ttl = settings.robotsTtl().toNanos();
        long shortTtl = Math.min(ttl, Duration.ofHours(1).toNanos());
        URI current = robotsUrl;
        try {
            for (int hop = 0; hop <= 5; hop++) {
                URI target = addresses.check(current);
                Connection.Response response = politeness.request(
                        target.getHost(), () -> execute(target, Validators.NONE, limits.timeout(), ROBOTS_MAX_BYTES));
                int status = response.statusCode();
                if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                    current = current.resolve(response.header("Location").trim());
                    continue;
                }
                if (status >= 200 && status < 300) {
                    return new CachedRobots(
                            RobotsRules.parse(response.body(), productToken), System.nanoTime() + ttl, null);
                }
                if (status >= 400 && status < 500) {
                    return new CachedRobots(RobotsRules.ALLOW_ALL, System.nanoTime() + ttl, null);
                }
                return new CachedRobots(
                        RobotsRules.DISALLOW_ALL,
                        System.nanoTime() + shortTtl,
                        "robots.txt answered HTTP " + status + ", which RFC 9309 reads as disallow all");
            }
            // RFC 9309: after five redirects, as if robots.txt were missing
            return new CachedRobots(RobotsRules.ALLOW_ALL, System.nanoTime() + ttl, null);
        } catch (IngestException e) {
            return new CachedRobots(
                    RobotsRules.DISALLOW_ALL,
                    System.nanoTime() + shortTtl,
                    "robots.txt could not be fetched, which RFC 9309 reads as disallow all: " + e.getMessage());
        }
    }

    private Connection.Response execute(URI url, Validators validators, Duration timeout, long maxBytes) {
        try {
            Connection connection = Jsoup.connect(url.toString())
                    .userAgent(limits.userAgent())
                    .timeout((int) Math.max(1, timeout.toMillis()))
                    .maxBodySize((int) Math.min(Integer.MAX_VALUE, maxBytes + 1))
                    .followRedirects(false)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true);
            if (validators.etag() != null) {
                connection.header("If-None-Match", validators.etag());
            }
            if (validators.lastModified() != null) {
                connection.header("If-Modified-Since", validators.lastModified());
            }
            Connection.Response response = connection.execute();
            response.readFully();
            return response;
        } catch (UnknownHostException e) {
            throw new IngestException(url + ": unknown host " + url.getHost(), e);
        } catch (ConnectException e) {
            throw new IngestException(url + ": cannot connect (" + e.getMessage() + ")", e);
        } catch (SocketTimeoutException | HttpTimeoutException e) {
            throw new IngestException(
                    url + ": no answer within " + limits.timeout().toSeconds() + " s", e);
        } catch (UnsupportedMimeTypeException e) {
            throw new IngestException(url + ": unsupported content type " + e.getMimeType(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new IngestException(url + ": fetch failed (" + e.getMessage() + ")", e);
        }
    }

    /** On 429 or 503 with {@code Retry-After}: the host is left alone that long, and the caller told. */
    private void retryLater(URI url, Connection.Response response) {
        int status = response.statusCode();
        if ((status != 429 && status != 503) || !response.hasHeader("Retry-After")) {
            return;
        }
        Duration wait = retryAfter(response.header("Retry-After"), clock);
        if (wait == null) {
            return;
        }
        politeness.holdOff(url.getHost(), wait);
        throw new RetryLaterException(
                url + ": HTTP " + status + ", the server asks to retry after " + wait.toSeconds() + " s", wait);
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; null when it is neither. */
    static @Nullable Duration retryAfter(String value, Clock clock) {
        String trimmed = value.trim();
        try {
            if (trimmed.chars().allMatch(Character::isDigit) && !trimmed.isEmpty()) {
                return Duration.ofSeconds(Long.parseLong(trimmed));
            }
            Duration until = Duration.between(
                    ZonedDateTime.now(clock), ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : until;
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private FetchedPage read(URI url, Connection.Response response, Set<String> readable) {
        if (response.statusCode() >= 400) {
            throw new IngestException(url + ": HTTP " + response.statusCode() + " " + response.statusMessage());
        }
        String type = mediaType(response.contentType());
        if (!readable.contains(type)) {
            throw new IngestException(url + ": not "
                    + (readable.containsAll(FEED_TYPES) ? "a feed, HTML or text page" : "an HTML or text page")
                    + " (content type " + type
                    + "); Frontier Ledger reads HTML, plain text, Markdown and RSS or Atom feeds");
        }
        byte[] body;
        try {
            body = response.bodyAsBytes();
        } catch (UncheckedIOException e) {
            throw new IngestException(
                    url + ": the body could not be read (" + e.getCause().getMessage() + ")", e);
        }
        if (body.length > limits.maxBytes()) {
            throw new IngestException(url + ": larger than the limit of " + limits.maxBytes() + " bytes");
        }
        String text;
        try {
            text = TextDecoding.decode(url.toString(), response.contentType(), body);
        } catch (UnreadableDocumentException e) {
            throw new IngestException(e.getMessage(), e);
        }
        return new FetchedPage(url, type, text, body, response.header("ETag"), response.header("Last-Modified"));
    }

    private static String mediaType(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "text/html";
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private record CachedRobots(
            RobotsRules rules, long expires, @Nullable String why) {}
}
