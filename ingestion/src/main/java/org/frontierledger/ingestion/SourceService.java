package org.frontierledger.ingestion;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.frontierledger.eventstore.command.AddSource;
import org.frontierledger.eventstore.command.PauseSource;
import org.frontierledger.eventstore.command.RemoveSource;
import org.frontierledger.eventstore.command.ResumeSource;
import org.frontierledger.eventstore.command.SourceRunPlan;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.ingestion.config.SourceProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The subscribed sources: feeds, watched pages and watched folders. Adds, changes, pauses,
 * resumes and removes them (each an event of the source's stream), and runs them now or when the
 * scheduler finds them due. Runs go on virtual threads, so runs on different hosts never wait for
 * each other; requests to one host still take turns ({@code ledger.fetch.host-delay}).
 *
 * <p>Thread-safe. Progress of runs is kept in memory, for the runs of this process only; their
 * outcomes are events, seen by every node.
 */
@Service
public class SourceService implements DisposableBean {
    /** The name runs started by the scheduler are recorded under. */
    public static final String SCHEDULER = "scheduler";

    private final CommandGateway commands;
    private final IngestService ingest;
    private final SourceProperties settings;
    private final SourceRunner runner;
    private final Clock clock;
    private final Map<SourceId, SourceRunProgress> running = new ConcurrentHashMap<>();
    private final ExecutorService runs = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("source-run-", 0).factory());

    SourceService(CommandGateway commands, IngestService ingest, SourceProperties settings, Clock clock) {
        this.commands = commands;
        this.ingest = ingest;
        this.settings = settings;
        this.runner = new SourceRunner(commands, ingest, settings.watchRoots(), clock);
        this.clock = clock;
    }

    /**
     * Subscribes to a source; it is due for its first run at once.
     *
     * @param kind feed, page or folder
     * @param location an http(s) URL, or a folder under one of {@code ledger.sources.watch-roots}
     * @param interval how often to read it; null for the kind's default (feeds and folders hourly, pages daily)
     * @param user who subscribes
     * @return the source's id
     * @throws SourceException when the location is not acceptable or is subscribed already
     */
    public SourceId add(SourceKind kind, String location, @Nullable Duration interval, String user) {
        String normalised = normalise(kind, location);
        AddSource command = AddSource.of(kind, normalised, interval == null ? kind.defaultInterval() : interval, user);
        send(command, command.sourceId());
        return command.sourceId();
    }

    /** Pauses a source: the scheduler leaves it alone until it is resumed. */
    public void pause(SourceId id, String user) {
        send(new PauseSource(id, user), id);
    }

    /** Resumes a paused source; it is due at once. */
    public void resume(SourceId id, String user) {
        send(new ResumeSource(id, user), id);
    }

    /** Unsubscribes; the documents the source brought in stay. */
    public void remove(SourceId id, String user) {
        send(new RemoveSource(id, user), id);
    }

    /**
     * Starts a run now, in the background (a paused source too).
     *
     * @return the run's report when it is done
     * @throws SourceException at once when the source cannot be run (removed, or being read already)
     */
    public CompletableFuture<SourceRunReport> runNow(SourceId id, String user) {
        SourceRunPlan plan = startRun(id, user, true);
        return CompletableFuture.supplyAsync(() -> run(plan, user, report -> {}), runs);
    }

    /**
     * Runs a source now, in this thread, telling {@code documents} of each document as it is done.
     *
     * @throws SourceException when the source cannot be run
     */
    public SourceRunReport runAndWait(SourceId id, String user, Consumer<IngestReport> documents) {
        return run(startRun(id, user, true), user, documents);
    }

    /** Runs a due source in the background, unless it runs in this process already. */
    void runScheduled(SourceId id) {
        if (running.containsKey(id)) {
            return;
        }
        runs.execute(() -> {
            SourceRunPlan plan;
            try {
                plan = startRun(id, SCHEDULER, false);
            } catch (SourceException refused) {
                return; // paused, removed or running on another node since the read model said it was due
            }
            run(plan, SCHEDULER, report -> {});
        });
    }

    /** How far the run of this source in this process has got, if one runs. */
    public Optional<SourceRunProgress> progress(SourceId id) {
        return Optional.ofNullable(running.get(id));
    }

    /** The runs of this process, by source. */
    public Map<SourceId, SourceRunProgress> running() {
        return Map.copyOf(running);
    }

    private SourceRunPlan startRun(SourceId id, String user, boolean byHand) {
        return send(() -> runner.start(id, user, byHand), id);
    }

    private SourceRunReport run(SourceRunPlan plan, String user, Consumer<IngestReport> documents) {
        running.put(plan.sourceId(), new SourceRunProgress(plan.sourceId(), clock.instant(), 0, 0, "starting"));
        try {
            return runner.run(plan, user, progress -> running.put(plan.sourceId(), progress), documents);
        } finally {
            running.remove(plan.sourceId());
        }
    }

    private String normalise(SourceKind kind, String location) {
        String trimmed = location.trim();
        if (trimmed.isEmpty()) {
            throw new SourceException("a source needs a location");
        }
        if (kind == SourceKind.FOLDER) {
            Path folder = Path.of(trimmed).toAbsolutePath().normalize();
            if (settings.watchRoots().stream().noneMatch(folder::startsWith)) {
                throw new SourceException(folder + " is not under a folder that may be watched ("
                        + settings.watchRoots().stream().map(Path::toString).collect(Collectors.joining(", "))
                        + "); an admin sets those with LEDGER_SOURCES_WATCH_ROOTS (ledger.sources.watch-roots)");
            }
            return folder.toString();
        }
        try {
            URI url = new URI(trimmed);
            ingest.fetcher().checkAddress(url);
            return url.toString();
        } catch (URISyntaxException e) {
            throw new SourceException(trimmed + " is not a valid URL (" + e.getReason() + ")", e);
        } catch (IngestException e) {
            throw new SourceException(e.getMessage(), e);
        }
    }

    private void send(Object command, SourceId id) {
        send(() -> commands.sendAndWait(command), id);
    }

    private <T> T send(Supplier<T> action, SourceId id) {
        try {
            return action.get();
        } catch (AggregateNotFoundException e) {
            throw new SourceException("no source " + id, e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new SourceException(e.getMessage(), e);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AggregateNotFoundException) {
                throw new SourceException("no source " + id, e);
            }
            if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException) {
                throw new SourceException(cause.getMessage(), e);
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        runs.shutdownNow();
    }
}
