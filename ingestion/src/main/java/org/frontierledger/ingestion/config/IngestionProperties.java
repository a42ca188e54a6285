package org.frontierledger.ingestion.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of ingestion ({@code ledger.ingest.*}).
 *
 * @param maxBytes the largest file or HTTP body read, in bytes (default 10 MB)
 * @param timeout the longest an HTTP fetch may take, in all (default 20 s)
 * @param maxRedirects redirects followed at most (default 5)
 * @param userAgent the User-Agent sent with every request
 */
@ConfigurationProperties("ledger.ingest")
public record IngestionProperties(
        @DefaultValue("10485760") long maxBytes,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("5") int maxRedirects,

        @DefaultValue("FrontierLedger/0.1 (+self-hosted AI market tracker)")
        String userAgent) {
    public IngestionProperties {
        if (maxBytes < 1 || timeout.isNegative() || timeout.isZero() || maxRedirects < 0) {
            throw new IllegalArgumentException("ledger.ingest limits must be positive");
        }
    }

    /** The defaults, for code that runs without Spring. */
    public static IngestionProperties defaults() {
        return new IngestionProperties(
                10L * 1024 * 1024, Duration.ofSeconds(20), 5, "FrontierLedger/0.1 (+self-hosted AI market tracker)");
    }
}
