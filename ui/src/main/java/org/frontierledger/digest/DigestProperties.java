package org.frontierledger.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the weekly digest schedule, under {@code ledger.digest}.
 *
 * @param enabled whether the server writes each week's digest by itself (default true)
 * @param schedule when, as a Spring cron expression in the server's time zone (default Monday 06:00)
 */
@ConfigurationProperties("ledger.digest")
public record DigestProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(DEFAULT_SCHEDULE) String schedule) {
    /** Monday 06:00, server time. */
    public static final String DEFAULT_SCHEDULE = "0 0 6 * * MON";
}
