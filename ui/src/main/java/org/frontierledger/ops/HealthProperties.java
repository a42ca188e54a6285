package org.frontierledger.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the readiness check, under {@code ledger.health}.
 *
 * @param maxLag how many events a streaming processor may be behind the head of the event stream
 *     and the server still be ready (default 1000; {@code LEDGER_HEALTH_MAX_LAG})
 */
@ConfigurationProperties("ledger.health")
public record HealthProperties(@DefaultValue("1000") long maxLag) {
    /** Checks the setting. */
    public HealthProperties {
        if (maxLag < 0) {
            throw new IllegalArgumentException("ledger.health.max-lag must be 0 or more, got " + maxLag);
        }
    }
}
