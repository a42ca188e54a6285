package org.frontierledger.ingestion;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.eventstore.command.FailSourceRun;
import org.frontierledger.eventstore.command.FinishSourceRun;
import org.frontierledger.eventstore.command.SourceRunPlan;
import org.frontierledger.eventstore.command.StartSourceRun;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.ingestion.internal.feed.Feed;
import org.frontierledger.ingestion.internal.feed.FeedEntry;
import org.frontierledger.ingestion.internal.feed.FeedReader;
import org.frontierledger.ingestion.internal.fetch.FetchedPage;
import org.frontierledger.ingestion.internal.fetch.HttpFetcher;
import org.frontierledger.ingestion.internal.fetch.RetryLaterException;
import org.frontierledger.ingestion.internal.fetch.Validators;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one source once: asks the registry for the run (which holds a lease, so no other run of the
 * source starts meanwhile), reads the feed, page or folder, ingests what is new through
 * {@link IngestService}, and records the outcome in the registry. A run never throws for a bad
 * source: the failure is recorded on the source and the registry backs off.
 */
final class SourceRunner {
    private static final Logger log = LoggerFactory.getLogger(SourceRunner.class);
    private static final Set<String> FEEDS_AND_PAGES = union(HttpFetcher.FEED_TYPES, HttpFetcher.PAGE_TYPES);
    private static final int ERRORS_SHOWN = 3;

    private final CommandGateway commands;
    private final IngestService ingest;
    private final List<Path> watchRoots;
    private final Clock clock;

    SourceRunner(CommandGateway commands, IngestService ingest, List<Path> watchRoots, Clock clock) {
        this.commands = commands;
        this.ingest = ingest;
        this.watchRoots = List.copyOf(watchRoots);
        this.clock = clock;
    }

    /**
     * Runs the source; {@code progress} hears of each step and {@code documents} of each document
     * as it is done.
     *
     * @throws SourceException when the registry refuses the run (removed, paused, running elsewhere)
     */
    SourceRunReport run(
            SourceRunPlan plan, String user, Consumer<SourceRunProgress> progress, Consumer<IngestReport> documents) {
        Tally tally = new Tally(plan, user, progress, documents);
        try {
            switch (plan.kind()) {
                case FEED -> runFeed(tally);
                case PAGE -> runPage(tally);
                case FOLDER -> runFolder(tally);
            }
        } catch (RetryLaterException e) {
            return failed(plan, e.getMessage(), e.retryAfter());
        } catch (IngestException e) {
            return failed(plan, e.getMessage(), null);
        } catch (RuntimeException e) {
            log.warn("Run of source {} failed", plan.sourceId(), e);
            return failed(plan, "the run failed unexpectedly (" + e.getMessage() + ")", null);
        }
        commands.sendAndWait(new FinishSourceRun(
                plan.sourceId(),
                clock.instant(),
                tally.found,
                tally.recorded,
                tally.marketEvents,
                tally.failed,
                tally.error(),
                List.copyOf(tally.seen),
                tally.validators.etag(),
                tally.validators.lastModified(),
                tally.currentDocument,
                plan.location()));
        return new SourceRunReport(
                plan.sourceId(), tally.found, tally.recorded, tally.marketEvents, tally.failed, tally.error());
    }

    /** Asks the registry for a run of the source. */
    SourceRunPlan start(SourceId id, String startedBy, boolean byHand) {
        return commands.sendAndWait(new StartSourceRun(id, startedBy, byHand, clock.instant()));
    }

    private SourceRunReport failed(SourceRunPlan plan, String error, @Nullable Duration retryAfter) {
        commands.sendAndWait(new FailSourceRun(plan.sourceId(), clock.instant(), error, retryAfter));
        return new SourceRunReport(plan.sourceId(), 0, 0, 0, 0, error);
    }

    private void runFeed(Tally tally) {
        tally.step("fetching the feed " + tally.plan.location());
        Optional<FetchedPage> fetched = fetch(tally);
        if (fetched.isEmpty()) {
            return;
        }
        FetchedPage page = fetched.get();
        if (!FeedReader.isFeed(page)) {
            throw new IngestException(
                    page.url() + ": not an RSS or Atom feed (content type " + page.contentType() + ")");
        }
        Feed feed = FeedReader.read(page);
        List<FeedEntry> fresh = feed.entries().stream()
                .filter(entry -> !tally.plan.seen().contains(entry.key()))
                .toList();
        tally.total = fresh.size();
        for (FeedEntry entry : fresh) {
            tally.step(entry.link() == null ? entry.title() : entry.link().toString());
            tally.count(entry.key(), ingest.ingestEntry(entry, tally.user));
        }
    }

    private void runPage(Tally tally) {
        tally.step("fetching " + tally.plan.location());
        Optional<FetchedPage> fetched = fetch(tally);
        if (fetched.isEmpty()) {
            return;
        }
        FetchedPage page = fetched.get();
        IngestReport report = ingest.recordFetched(page, tally.user);
        if (report.status() == IngestReport.Status.FAILED) {
            throw new IngestException(Objects.requireNonNull(report.error()));
        }
        DocumentId document = new DocumentId(Objects.requireNonNull(report.documentId()));
        if (!document.equals(tally.plan.currentDocument())) {
            tally.total = 1;
            tally.currentDocument = document;
            tally.count(page.url().toString(), report);
        }
    }

    private void runFolder(Tally tally) {
        Path folder = Path.of(tally.plan.location()).toAbsolutePath().normalize();
        if (watchRoots.stream().noneMatch(folder::startsWith)) {
            throw new IngestException(folder
                    + ": not under a folder that may be watched (LEDGER_SOURCES_WATCH_ROOTS, ledger.sources.watch-roots: "
                    + watchRoots + ")");
        }
        if (!Files.isDirectory(folder)) {
            throw new IngestException(folder + ": no such folder");
        }
        List<IngestReport> listing = new ArrayList<>();
        List<Path> files = IngestService.folderFiles(folder, listing::add);
        if (!listing.isEmpty()) {
            throw new IngestException(Objects.requireNonNull(listing.getFirst().error()));
        }
        List<Path> fresh = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Path file : files) {
            String key = fileKey(file);
            if (key != null && !tally.plan.seen().contains(key)) {
                fresh.add(file);
                keys.add(key);
            }
        }
        tally.total = fresh.size();
        for (int i = 0; i < fresh.size(); i++) {
            tally.step(fresh.get(i).toString());
            tally.count(keys.get(i), ingest.ingestFile(fresh.get(i), tally.user));
        }
    }

    /** A file is read again when its size or modification time changes. */
    private static @Nullable String fileKey(Path file) {
        try {
            return file + "@" + Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }

    private Optional<FetchedPage> fetch(Tally tally) {
        Validators known = new Validators(tally.plan.etag(), tally.plan.lastModified());
        tally.validators = known;
        Optional<FetchedPage> page = ingest.fetcher().fetch(URI.create(tally.plan.location()), FEEDS_AND_PAGES, known);
        page.ifPresent(fetched -> tally.validators = fetched.validators());
        return page;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** What a run has done so far. Used by one thread. */
    private final class Tally {
        final SourceRunPlan plan;
        final String user;
        final Consumer<SourceRunProgress> progress;
        final Consumer<IngestReport> documents;
        final Instant startedAt = clock.instant();
        final Set<String> seen = new LinkedHashSet<>();
        final List<String> errors = new ArrayList<>();
        Validators validators = Validators.NONE;

        @Nullable
        DocumentId currentDocument;

        int total;
        int found;
        int recorded;
        int marketEvents;
        int failed;

        Tally(SourceRunPlan plan, String user, Consumer<SourceRunProgress> progress, Consumer<IngestReport> documents) {
            this.plan = plan;
            this.user = user;
            this.progress = progress;
            this.documents = documents;
        }

        void step(String what) {
            progress.accept(new SourceRunProgress(plan.sourceId(), startedAt, found, total, what));
        }

        void count(String key, IngestReport report) {
            found++;
            documents.accept(report);
            switch (report.status()) {
                case RECORDED -> {
                    recorded++;
                    marketEvents += report.marketEvents();
                    seen.add(key);
                }
                case ALREADY_KNOWN -> seen.add(key);
                case FAILED -> {
                    failed++;
                    errors.add(report.error());
                }
            }
            progress.accept(new SourceRunProgress(plan.sourceId(), startedAt, found, total, report.source()));
        }

        @Nullable
        String error() {
            if (errors.isEmpty()) {
                return null;
            }
            String shown = String.join("; ", errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())));
            return errors.size() > ERRORS_SHOWN ? shown + "; and " + (errors.size() - ERRORS_SHOWN) + " more" : shown;
        }
    }
}
