package org.frontierledger.ingestion.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler of subscribed sources ({@code ledger.sources.*}).
 *
 * @param polling whether this process runs due sources (default true; command-line runs turn it off)
 * @param pollEvery how often the scheduler looks for due sources (default 30 s)
 * @param watchRoots folders under which watched folders may be ({@code LEDGER_SOURCES_WATCH_ROOTS}; the
 *     application sets {@code <data dir>/watch}; without it, {@code ./data/watch}: a default value is not
 *     resolved against other properties, so it must not hold a placeholder);
 *     a watched folder elsewhere is refused, because sources are added by analysts and the
 *     server's disk is not theirs to read
 */
@ConfigurationProperties("ledger.sources")
public record SourceProperties(
        @DefaultValue("true") boolean polling,
        @DefaultValue("30s") Duration pollEvery,
        @DefaultValue("./data/watch") List<Path> watchRoots) {
    public SourceProperties {
        watchRoots = watchRoots.stream()
                .map(root -> root.toAbsolutePath().normalize())
                .toList();
        if (pollEvery.isNegative() || pollEvery.isZero()) {
            throw new IllegalArgumentException("ledger.sources.poll-every must be positive");
        }
    }
}
