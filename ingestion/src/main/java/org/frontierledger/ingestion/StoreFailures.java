package org.frontierledger.ingestion;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a failing store from a failing document, by the exceptions a command's failure wraps. A
 * full disk shows up many ways, depending on which write hit it first (H2: "Cannot reuse aggregate
 * identifier", "JDBC commit failed", then "The database has been closed" for every later one;
 * PostgreSQL: SQL state 53100), so the whole chain of causes is searched.
 */
final class StoreFailures {
    /** PostgreSQL's SQL state for "disk full". */
    private static final String POSTGRES_DISK_FULL = "53100";

    /** What operating systems and databases say when a disk is full. */
    private static final List<String> DISK_FULL_WORDS =
            List.of("no space left on device", "not enough space on the disk", "disk full", "disk quota exceeded");

    private StoreFailures() {}

    /** The store failure behind {@code failure}, if it is one; empty when the document was at fault. */
    static Optional<StorageFailedException> of(Throwable failure) {
        List<Throwable> chain = chain(failure);
        Optional<Throwable> diskFull =
                chain.stream().filter(StoreFailures::saysDiskFull).findFirst();
        if (diskFull.isPresent()) {
            return Optional.of(new StorageFailedException(true, firstLine(diskFull.get()), 1, failure));
        }
        if (chain.stream().noneMatch(StoreFailures::isStorage)) {
            return Optional.empty();
        }
        return Optional.of(new StorageFailedException(false, firstLine(chain.getLast()), 1, failure));
    }

    /**
     * True when two writers appended to the same document stream at once (another process ingested
     * the same text at the same moment): asking again finds the document known. A full disk is
     * never a conflict, whatever Axon calls it.
     */
    static boolean isConflict(Throwable failure) {
        List<Throwable> chain = chain(failure);
        return chain.stream().noneMatch(StoreFailures::saysDiskFull)
                && chain.stream()
                        .anyMatch(t ->
                                t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException);
    }

    private static boolean isStorage(Throwable t) {
        return isH2Assertion(t)
                || t instanceof SQLException
                || t instanceof IOException
                || t instanceof DataAccessException
                || t instanceof TransactionException
                || t instanceof EventStoreException
                || t instanceof JdbcException
                || t instanceof ConcurrencyException
                || t instanceof AggregateStreamCreationException;
    }

    /**
     * H2's MVStore, after a failed write, throws an {@code AssertionError} where it would otherwise
     * spin forever (the event store turns its assertions on for that); it means the store is broken.
     */
    static boolean isH2Assertion(Throwable t) {
        return t instanceof AssertionError
                && t.getStackTrace().length > 0
                && t.getStackTrace()[0].getClassName().startsWith("org.h2.");
    }

    private static boolean saysDiskFull(Throwable t) {
        if (t instanceof SQLException sql && POSTGRES_DISK_FULL.equals(sql.getSQLState())) {
            return true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return DISK_FULL_WORDS.stream().anyMatch(message::contains);
    }

    /** The failure and its causes, outermost first, each once. */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String firstLine(Throwable t) {
        if (isH2Assertion(t)) {
            return "the embedded database stopped after a failed write";
        }
        String message = t.getMessage() == null
                ? t.getClass().getSimpleName()
                : t.getMessage().strip();
        String line = message.lines().findFirst().orElse(message).replaceFirst(";? ?SQL statement:$", "");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
