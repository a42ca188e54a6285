package org.frontierledger.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.search.DirectIndex;
import org.jspecify.annotations.Nullable;

/**
 * The floor a rebuild of the index is measured against ({@code bench store}): the same claims the
 * projection indexes, each with the facts of the market events in its sentence and its document's
 * title and show, added to a fresh index in a temporary folder from one thread, without the
 * projection's look-ups, upserts or per-batch commits, then committed once.
 *
 * <p>Events are fed in store order, where one document's events are contiguous; a document's
 * claims are written when its last event has been seen. Only the time spent in Lucene (building
 * the Lucene documents, adding them, the final commit) is counted. Not thread-safe.
 */
public final class RawClaimIndexing implements AutoCloseable {
    private final Path folder;
    private final DirectIndex index;
    private long nanos;
    private long claims;
    private String documentId = "";
    private @Nullable DocumentIngested document;
    private final List<DirectIndex.Recorded<ClaimRecorded>> pendingClaims = new ArrayList<>();
    private final List<MarketEvent> pendingEvents = new ArrayList<>();

    /** A fresh index in a temporary folder, removed on {@link #close()}. */
    public RawClaimIndexing() {
        try {
            this.folder = Files.createTempDirectory("ledger-bench-raw-lucene-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the index", e);
        }
        this.index = DirectIndex.open(folder);
    }

    /** Takes the next stored event (others than documents, claims and market events are ignored). */
    public void accept(Object payload, Instant recordedAt) {
        switch (payload) {
            case DocumentIngested d -> {
                flush();
                documentId = d.documentId().value();
                document = d;
            }
            case ClaimRecorded c -> {
                if (!c.documentId().value().equals(documentId)) {
                    flush();
                    documentId = c.documentId().value();
                    document = null;
                }
                pendingClaims.add(new DirectIndex.Recorded<>(c, recordedAt));
            }
            case MarketEvent m -> pendingEvents.add(m);
            default -> {
                // curation and the rest: not part of the floor
            }
        }
    }

    /** Writes what is pending, commits, and returns the seconds spent in Lucene. */
    public double finish() {
        flush();
        long started = System.nanoTime();
        index.commit();
        nanos += System.nanoTime() - started;
        return nanos / 1e9;
    }

    /** Claims indexed so far. */
    public long claims() {
        return claims;
    }

    private void flush() {
        if (document == null && pendingClaims.isEmpty() && pendingEvents.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        claims += index.addDocumentEvents(document, pendingClaims, pendingEvents);
        nanos += System.nanoTime() - started;
        document = null;
        pendingClaims.clear();
        pendingEvents.clear();
    }

    @Override
    public void close() {
        try {
            index.close();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the benchmark's index at " + folder, e);
        }
    }
}
