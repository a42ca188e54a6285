package org.frontierledger.search.internal.query;

/**
 * A query the index cannot run, with a message written for the person who typed it: what is wrong
 * and how to fix it. The API translates it into its own exception.
 */
public final class QueryRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A rejection with this message; no cause and no stack trace, since the message says it all. */
    public QueryRejected(String message) {
        super(message, null, false, false);
    }
}
