package org.frontierledger.search;

/**
 * A search text that cannot be run. The message is meant for the analyst who typed it: it says
 * what is wrong (a syntax error, a leading wildcard, a query that expands to too many terms, or a
 * query over 500 characters) and how to fix it, and it never contains a stack trace. Show it as is.
 */
public class InvalidQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message fit to show to the analyst. */
    public InvalidQueryException(String message) {
        super(message);
    }
}
