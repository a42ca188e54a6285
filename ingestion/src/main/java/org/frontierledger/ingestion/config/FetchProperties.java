package org.frontierledger.ingestion.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Politeness and safety of every http(s) request ({@code ledger.fetch.*}).
 *
 * @param allowedHosts host names (as written in URLs, e.g. {@code 127.0.0.1,localhost,wiki.intranet})
 *     that may be fetched even though they are loopback, private, link-local or metadata
 *     addresses; empty by default, so only public addresses are fetched. An admin setting: URLs
 *     come from users, and these hosts are otherwise out of their reach.
 * @param hostDelay the pause between two requests to the same host (default 5 s); requests to one
 *     host are also never made at the same time
 * @param robotsTtl how long a host's robots.txt is kept before it is fetched again (default 24 h;
 *     RFC 9309 asks for no more)
 * @param longestRetryAfter the longest a server's {@code Retry-After} is obeyed for one host (default 6 h)
 */
@ConfigurationProperties("ledger.fetch")
public record FetchProperties(
        @DefaultValue("") List<String> allowedHosts,
        @DefaultValue("5s") Duration hostDelay,
        @DefaultValue("24h") Duration robotsTtl,
        @DefaultValue("6h") Duration longestRetryAfter) {
    public FetchProperties {
        allowedHosts = allowedHosts.stream()
                .map(String::trim)
                .filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT))
                .toList();
        if (hostDelay.isNegative() || robotsTtl.isNegative() || longestRetryAfter.isNegative()) {
            throw new IllegalArgumentException("ledger.fetch durations must not be negative");
        }
    }

    /** The defaults: no private hosts, 5 s between requests to a host, robots.txt kept a day. */
    public static FetchProperties defaults() {
        return new FetchProperties(List.of(), Duration.ofSeconds(5), Duration.ofHours(24), Duration.ofHours(6));
    }

    /** These settings with private hosts allowed, for tests and intranets. */
    public FetchProperties allowing(String... hosts) {
        return new FetchProperties(List.of(hosts), hostDelay, robotsTtl, longestRetryAfter);
    }

    /** These settings with another delay between requests to one host. */
    public FetchProperties withHostDelay(Duration delay) {
        return new FetchProperties(allowedHosts, delay, robotsTtl, longestRetryAfter);
    }
}
