package org.frontierledger.ingestion.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big one recorded document may be ({@code ledger.ingest.parts.*}). A longer document is
 * recorded as parts, each its own document with its own id, title "(part N)" and one command, so
 * no transaction, command or extraction holds more than a bounded amount: a 9 MB transcript is
 * about 45 commands of a few hundred kilobytes, not one of 66,000 events.
 *
 * @param maxChars the longest text recorded as one document, in characters (default 200,000);
 *     longer texts are cut at paragraph ends (else line ends, sentence ends, spaces) into parts
 * @param maxEvents the most claims and market events one command records (default 2,000); a
 *     part that yields more is cut again, and a passage that cannot be cut is refused
 */
@ConfigurationProperties("ledger.ingest.parts")
public record PartProperties(
        @DefaultValue("200000") int maxChars,
        @DefaultValue("2000") int maxEvents) {
    public PartProperties {
        if (maxChars < 1_000 || maxEvents < 10) {
            throw new IllegalArgumentException(
                    "ledger.ingest.parts.max-chars must be at least 1000 and max-events at least 10");
        }
    }

    /** The defaults, for code that runs without Spring. */
    public static PartProperties defaults() {
        return new PartProperties(200_000, 2_000);
    }
}
