package org.frontierledger.ingestion;

/** A source that cannot be ingested, with a message written for the person who gave it. */
public class IngestException extends RuntimeException {
    /** A failure with a message for people. */
    public IngestException(String message) {
        super(message);
    }

    /** A failure with a message for people, and its cause for the log. */
    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
