package org.frontierledger.eventstore.internal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.frontierledger.eventstore.command.AddSource;
import org.frontierledger.eventstore.command.ChangeSource;
import org.frontierledger.eventstore.command.FailSourceRun;
import org.frontierledger.eventstore.command.FinishSourceRun;
import org.frontierledger.eventstore.command.PauseSource;
import org.frontierledger.eventstore.command.RemoveSource;
import org.frontierledger.eventstore.command.ResumeSource;
import org.frontierledger.eventstore.command.SourceRunPlan;
import org.frontierledger.eventstore.command.StartSourceRun;
import org.frontierledger.eventstore.event.DocumentRevised;
import org.frontierledger.eventstore.event.SourceAdded;
import org.frontierledger.eventstore.event.SourceChanged;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.event.SourcePaused;
import org.frontierledger.eventstore.event.SourceRemoved;
import org.frontierledger.eventstore.event.SourceResumed;
import org.frontierledger.eventstore.event.SourceRunCompleted;
import org.frontierledger.eventstore.event.SourceRunFailed;
import org.frontierledger.eventstore.event.SourceRunStarted;
import org.frontierledger.eventstore.id.DocumentId;
import org.jspecify.annotations.Nullable;

/**
 * One subscribed source's stream. It keeps what runs need between them (entries seen, the
 * validators for conditional requests, a page's current document), decides when the source is due
 * again (backing off after failures), and holds a lease so that two nodes never run one source at
 * the same time.
 */
@Aggregate
class SourceAggregate {
    /** How long a started run keeps others out; a node that dies mid-run frees the source after this. */
    static final Duration RUN_LEASE = Duration.ofHours(1);
    /** The longest a failing source waits before it is tried again. */
    static final Duration LONGEST_BACKOFF = Duration.ofDays(7);

    @AggregateIdentifier
    private @Nullable String sourceId;

    private SourceKind kind = SourceKind.FEED;
    private String location = "";
    private Duration interval = Duration.ofHours(1);
    private boolean paused;
    private boolean removed;
    private @Nullable Instant runStartedAt;
    /** When the last run said the source is due again; null when due at once (new, changed or resumed). */
    private @Nullable Instant nextRunAt;

    private int failures;
    private final Set<String> seen = new HashSet<>();
    private @Nullable String etag;
    private @Nullable String lastModified;
    private @Nullable DocumentId currentDocument;

    SourceAggregate() {
        // Axon creates the aggregate empty, then replays or handles the creation command.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddSource command) {
        if (sourceId != null && !removed) {
            throw new IllegalStateException(command.kind().name().toLowerCase(Locale.ROOT) + " " + command.location()
                    + " is subscribed already (source " + command.sourceId() + ")");
        }
        apply(new SourceAdded(
                command.sourceId(), command.kind(), command.location(), command.interval(), command.by()));
    }

    @CommandHandler
    void handle(ChangeSource command) {
        requireSubscribed();
        if (!command.interval().equals(interval)) {
            apply(new SourceChanged(command.sourceId(), command.interval(), command.by()));
        }
    }

    @CommandHandler
    void handle(PauseSource command) {
        requireSubscribed();
        if (!paused) {
            apply(new SourcePaused(command.sourceId(), command.by()));
        }
    }

    @CommandHandler
    void handle(ResumeSource command) {
        requireSubscribed();
        if (paused) {
            apply(new SourceResumed(command.sourceId(), command.by()));
        }
    }

    @CommandHandler
    void handle(RemoveSource command) {
        requireSubscribed();
        apply(new SourceRemoved(command.sourceId(), command.by()));
    }

    @CommandHandler
    SourceRunPlan handle(StartSourceRun command) {
        requireSubscribed();
        if (paused && !command.byHand()) {
            throw new IllegalStateException("source " + sourceId + " is paused");
        }
        if (runStartedAt != null && command.now().isBefore(runStartedAt.plus(RUN_LEASE))) {
            throw new IllegalStateException(
                    "source " + sourceId + " is being read already (since " + runStartedAt + ")");
        }
        // The scheduler asks a read model which sources are due, and that model may not show yet a
        // run that another node has just finished: the source's own state decides.
        if (!command.byHand() && nextRunAt != null && command.now().isBefore(nextRunAt)) {
            throw new IllegalStateException(
                    "source " + sourceId + " is not due before " + nextRunAt + " (it was read a moment ago)");
        }
        apply(new SourceRunStarted(command.sourceId(), command.startedBy()));
        return new SourceRunPlan(command.sourceId(), kind, location, seen, etag, lastModified, currentDocument);
    }

    @CommandHandler
    void handle(FinishSourceRun command) {
        if (removed) {
            return; // removed while it ran: its documents are in, the registry no longer cares
        }
        DocumentId read = command.currentDocument();
        if (kind == SourceKind.PAGE && read != null && currentDocument != null && !read.equals(currentDocument)) {
            apply(new DocumentRevised(command.sourceId(), currentDocument, read, command.url()));
        }
        apply(new SourceRunCompleted(
                command.sourceId(),
                command.found(),
                command.recorded(),
                command.marketEvents(),
                command.failed(),
                command.error(),
                command.seen().stream().filter(key -> !seen.contains(key)).toList(),
                command.etag(),
                command.lastModified(),
                read == null ? currentDocument : read,
                command.now().plus(interval)));
    }

    @CommandHandler
    void handle(FailSourceRun command) {
        if (removed) {
            return;
        }
        int inARow = failures + 1;
        Duration wait = backoff(inARow);
        if (command.retryAfter() != null && command.retryAfter().compareTo(wait) > 0) {
            wait = command.retryAfter();
        }
        apply(new SourceRunFailed(
                command.sourceId(), command.error(), inARow, command.now().plus(wait)));
    }

    /** The interval, doubled for each failure in a row after the first, up to {@link #LONGEST_BACKOFF}. */
    private Duration backoff(int inARow) {
        Duration wait = interval.multipliedBy(1L << Math.min(inARow - 1, 10));
        return wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
    }

    private void requireSubscribed() {
        if (removed) {
            throw new IllegalStateException("source " + sourceId + " was removed");
        }
    }

    @EventSourcingHandler
    void on(SourceAdded event) {
        sourceId = event.sourceId().value();
        kind = event.kind();
        location = event.location();
        interval = event.interval();
        paused = false;
        removed = false;
        runStartedAt = null;
        failures = 0;
        nextRunAt = null;
    }

    @EventSourcingHandler
    void on(SourceChanged event) {
        interval = event.interval();
        nextRunAt = null;
    }

    @EventSourcingHandler
    void on(SourcePaused event) {
        paused = true;
    }

    @EventSourcingHandler
    void on(SourceResumed event) {
        paused = false;
        nextRunAt = null;
    }

    @EventSourcingHandler
    void on(SourceRemoved event) {
        removed = true;
    }

    @EventSourcingHandler
    void on(SourceRunStarted event, @Timestamp Instant at) {
        runStartedAt = at;
    }

    @EventSourcingHandler
    void on(SourceRunCompleted event) {
        runStartedAt = null;
        failures = 0;
        seen.addAll(event.seen());
        etag = event.etag();
        lastModified = event.lastModified();
        currentDocument = event.currentDocument();
        nextRunAt = event.nextRunAt();
    }

    @EventSourcingHandler
    void on(SourceRunFailed event) {
        runStartedAt = null;
        failures = event.consecutiveFailures();
        nextRunAt = event.nextRunAt();
    }
}
