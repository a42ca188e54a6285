package org.frontierledger.ingestion;

/** A source that cannot be added, changed or run as asked, with a message for the person who asked. */
public class SourceException extends RuntimeException {
    /** A refusal with a message for people. */
    public SourceException(String message) {
        super(message);
    }

    /** A refusal with a message for people, and its cause for the log. */
    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
