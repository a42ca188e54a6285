package org.frontierledger.ingestion.internal.fetch;

import java.time.Duration;
import org.frontierledger.ingestion.IngestException;

/** The server answered 429 or 503 and asked us to come back later ({@code Retry-After}). */
public final class RetryLaterException extends IngestException {
    private final Duration retryAfter;

    RetryLaterException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
