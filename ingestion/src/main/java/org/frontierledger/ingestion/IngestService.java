package org.frontierledger.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.command.IngestOutcome;
import org.frontierledger.eventstore.config.EventStoreConfiguration;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.ingestion.config.FetchProperties;
import org.frontierledger.ingestion.config.IngestionProperties;
import org.frontierledger.ingestion.config.PartProperties;
import org.frontierledger.ingestion.internal.extract.Extraction;
import org.frontierledger.ingestion.internal.extract.RuleBasedExtractor;
import org.frontierledger.ingestion.internal.feed.FeedEntry;
import org.frontierledger.ingestion.internal.feed.FeedReader;
import org.frontierledger.ingestion.internal.fetch.FetchedPage;
import org.frontierledger.ingestion.internal.fetch.HttpFetcher;
import org.frontierledger.ingestion.internal.fetch.Validators;
import org.frontierledger.ingestion.internal.read.DocumentParts;
import org.frontierledger.ingestion.internal.read.DocumentReaders;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.frontierledger.ingestion.internal.read.TextDecoding;
import org.frontierledger.ingestion.internal.read.UnreadableDocumentException;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads sources (files, folders, http(s) URLs, uploaded content), extracts claims and market
 * events, and records each document with one {@link IngestDocument} command, or a long one as parts
 * of bounded size ({@link PartProperties}), one command each. A document that fails is reported and
 * skipped; it never stops the others, and it records nothing. A failing store is different: it
 * stops everything with a {@link StorageFailedException}. A document is reported recorded only once
 * its command's transaction has committed, durably (the event store's configuration sees to that).
 * Thread-safe.
 */
@Service
public class IngestService {
    /** File name endings a folder ingest picks up. */
    public static final Set<String> FOLDER_EXTENSIONS = Set.of(".txt", ".md", ".markdown", ".html", ".htm", ".csv");

    private static final Set<String> PAGES_AND_FEEDS = union(HttpFetcher.PAGE_TYPES, HttpFetcher.FEED_TYPES);

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final CommandGateway commands;
    private final IngestionProperties limits;
    private final PartProperties parts;
    private final HttpFetcher fetcher;
    private final RuleBasedExtractor extractor;
    private final Clock clock;

    IngestService(
            CommandGateway commands,
            IngestionProperties limits,
            FetchProperties fetching,
            PartProperties parts,
            RuleBasedExtractor extractor,
            Clock clock) {
        this.commands = commands;
        this.extractor = extractor;
        this.limits = limits;
        this.parts = parts;
        this.fetcher = new HttpFetcher(limits, fetching, clock);
        this.clock = clock;
    }

    /**
     * Ingests a file, every readable file of a folder (recursively), or an http(s) URL (a page, or an
     * RSS or Atom feed, whose entries are then each ingested), reporting
     * each document to {@code progress} as it is done.
     *
     * @param location a path or a URL
     * @param user who asks, recorded with the events
     * @return one report per document, in the order done
     * @throws StorageFailedException at the first document the store fails to record; the ones
     *     reported before it are recorded
     */
    public List<IngestReport> ingest(String location, String user, Consumer<IngestReport> progress) {
        List<IngestReport> reports = new ArrayList<>();
        Consumer<IngestReport> collect = report -> {
            reports.add(report);
            progress.accept(report);
        };
        if (location.startsWith("http://") || location.startsWith("https://") || location.contains("://")) {
            ingestPageOrFeed(location, user, collect);
            return reports;
        }
        Path path = Path.of(location).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            List<Path> files = folderFiles(path, collect);
            for (int i = 0; i < files.size(); i++) {
                try {
                    collect.accept(ingestFile(files.get(i), user));
                } catch (StorageFailedException e) {
                    throw e.notRecording(files.size() - i);
                }
            }
        } else {
            collect.accept(ingestFile(path, user));
        }
        return reports;
    }

    /**
     * Ingests an http(s) URL: a page, or a feed (RSS or Atom), whose entries' pages are then each
     * fetched and ingested, one report per entry as it is done.
     */
    private void ingestPageOrFeed(String url, String user, Consumer<IngestReport> progress) {
        try {
            URI uri = new URI(url.trim());
            FetchedPage page = fetcher.fetch(uri, PAGES_AND_FEEDS, Validators.NONE)
                    .orElseThrow(() -> new IngestException(url + ": the server answered 304 Not Modified"));
            if (!FeedReader.isFeed(page)) {
                progress.accept(record(page.url().toString(), page.contentType(), page.body(), user));
                return;
            }
            List<FeedEntry> entries = FeedReader.read(page).entries();
            for (int i = 0; i < entries.size(); i++) {
                try {
                    progress.accept(ingestEntry(entries.get(i), user));
                } catch (StorageFailedException e) {
                    throw e.notRecording(entries.size() - i);
                }
            }
        } catch (URISyntaxException e) {
            progress.accept(IngestReport.failed(url, "not a valid URL (" + e.getReason() + ")"));
        } catch (IngestException e) {
            progress.accept(IngestReport.failed(url, e.getMessage()));
        }
    }

    /** Ingests one feed entry: its linked page, or its own content when it links nowhere. */
    IngestReport ingestEntry(FeedEntry entry, String user) {
        if (entry.link() == null) {
            return record(
                    entry.key(),
                    "text/html",
                    "<html><head><title>" + Entities.escape(entry.title()) + "</title></head><body>"
                            + Objects.requireNonNull(entry.content()) + "</body></html>",
                    user);
        }
        return ingestUrl(entry.link().toString(), user);
    }

    /** Records a page fetched already. */
    IngestReport recordFetched(FetchedPage page, String user) {
        return record(page.url().toString(), page.contentType(), page.body(), user);
    }

    /** The fetcher every ingest of this service shares, so its per-host politeness holds across them. */
    HttpFetcher fetcher() {
        return fetcher;
    }

    /**
     * Ingests one http(s) URL.
     *
     * @throws StorageFailedException when the store fails to record it
     */
    public IngestReport ingestUrl(String url, String user) {
        try {
            URI uri = new URI(url.trim());
            FetchedPage page = fetcher.fetch(uri);
            return record(uri.toString(), page.contentType(), page.body(), user);
        } catch (URISyntaxException e) {
            return IngestReport.failed(url, "not a valid URL (" + e.getReason() + ")");
        } catch (IngestException e) {
            return IngestReport.failed(url, e.getMessage());
        }
    }

    /**
     * Ingests one file.
     *
     * @throws StorageFailedException when the store fails to record it
     */
    public IngestReport ingestFile(Path file, String user) {
        String source = file.toAbsolutePath().normalize().toString();
        try {
            if (!Files.isRegularFile(file)) {
                return IngestReport.failed(source, "no such file");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return IngestReport.failed(
                        source, "larger (" + size + " bytes) than the limit of " + limits.maxBytes() + " bytes");
            }
            return ingestContent(source, null, Files.readAllBytes(file), user);
        } catch (IOException e) {
            return IngestReport.failed(source, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /**
     * Ingests content given directly (an upload).
     *
     * @param name the file name or source it came from
     * @param contentType its media type, if known
     * @param content its bytes, in the encoding they declare or are detected to be ({@code TextDecoding})
     * @throws StorageFailedException when the store fails to record it
     */
    public IngestReport ingestContent(String name, @Nullable String contentType, byte[] content, String user) {
        if (content.length > limits.maxBytes()) {
            return IngestReport.failed(
                    name, "larger (" + content.length + " bytes) than the limit of " + limits.maxBytes() + " bytes");
        }
        String text;
        try {
            text = TextDecoding.decode(name, contentType, content);
        } catch (UnreadableDocumentException e) {
            return IngestReport.failed(name, e.getMessage());
        }
        return record(name, contentType, text, user);
    }

    private IngestReport record(String source, @Nullable String contentType, String content, String user) {
        PartTally tally = new PartTally();
        try {
            ParsedDocument document = DocumentReaders.read(source, contentType, content);
            if (document.text().isBlank()) {
                return IngestReport.failed(source, "no text found in the document");
            }
            List<String> texts = DocumentParts.split(document.text(), parts.maxChars());
            for (int i = 0; i < texts.size(); i++) {
                recordPart(source, document, texts.get(i), texts.size() == 1 ? "" : String.valueOf(i + 1), user, tally);
            }
            return IngestReport.counted(
                    tally.report(source, document.title(), document.date() == null ? LocalDate.now(clock) : null));
        } catch (UnreadableDocumentException | IngestException e) {
            return tally.failed(source, e.getMessage());
        } catch (RuntimeException | AssertionError e) {
            Optional<StorageFailedException> storage = StoreFailures.of(e);
            if (storage.isPresent()) {
                log.warn(
                        "The store failed while recording {}: {}",
                        source,
                        storage.get().getMessage());
                log.debug("The store's failure", e);
                throw storage.get();
            }
            if (e instanceof AssertionError error) {
                throw error;
            }
            log.warn("Ingest of {} failed", source, e);
            return tally.failed(source, "could not be recorded (" + e.getMessage() + ")");
        }
    }

    /**
     * Records one part of a document (the whole document when it is short) with one command, or, when
     * the part yields more events than one command may hold, cuts it again and records its pieces.
     *
     * @param label the part's number ("3", "3.2"); empty for a document recorded whole
     */
    private void recordPart(
            String source, ParsedDocument document, String text, String label, String user, PartTally tally) {
        ParsedDocument part = label.isEmpty()
                ? document
                : new ParsedDocument(
                        document.title() + " (part " + label + ")",
                        text,
                        document.format(),
                        document.date(),
                        document.show());
        DocumentId id = DocumentId.ofText(text);
        LocalDate today = LocalDate.now(clock);
        Extraction extraction = extractor.extract(part, id, today);
        int events = extraction.claims().size() + extraction.marketEvents().size();
        if (events > parts.maxEvents()) {
            // Cut once into pieces that should each fit, by this part's density, rather than halving again and again:
            // every cut means extracting its text once more.
            int fitting = (int) Math.max(2, (long) text.length() * parts.maxEvents() * 9 / (10L * events));
            List<String> pieces = DocumentParts.split(text, fitting);
            if (pieces.size() < 2 || text.length() < 1_000) {
                throw new IngestException("a passage of " + text.length() + " characters"
                        + (label.isEmpty() ? "" : " (part " + label + ")") + " yields " + events
                        + " claims and market events, more than the limit of " + parts.maxEvents()
                        + " (ledger.ingest.parts.max-events)" + tally.soFar());
            }
            for (int i = 0; i < pieces.size(); i++) {
                recordPart(
                        source, document, pieces.get(i), (label.isEmpty() ? "" : label + ".") + (i + 1), user, tally);
            }
            return;
        }
        IngestDocument command = new IngestDocument(
                id,
                part.title(),
                source,
                document.format(),
                document.date() == null ? today : document.date(),
                document.show(),
                text,
                extraction.claims(),
                extraction.marketEvents());
        tally.add(id, send(command, user));
    }

    private IngestOutcome send(IngestDocument command, String user) {
        MetaData metaData = MetaData.with(EventStoreConfiguration.USER_METADATA, user);
        try {
            return commands.sendAndWait(command, metaData);
        } catch (RuntimeException e) {
            if (!StoreFailures.isConflict(e)) {
                throw e;
            }
            // Another process recorded the same text at the same moment; asked again, the document is known.
            return commands.sendAndWait(command, metaData);
        }
    }

    /** What the parts of one document did, added up into one report. */
    private static final class PartTally {
        private @Nullable DocumentId first;
        private int recorded;
        private int known;
        private int claims;
        private int marketEvents;

        void add(DocumentId id, IngestOutcome outcome) {
            if (first == null) {
                first = id;
            }
            if (outcome.alreadyKnown()) {
                known++;
            } else {
                recorded++;
            }
            claims += outcome.claims();
            marketEvents += outcome.marketEvents();
        }

        IngestReport report(String source, String title, @Nullable LocalDate undatedAs) {
            IngestReport.Status status =
                    recorded == 0 ? IngestReport.Status.ALREADY_KNOWN : IngestReport.Status.RECORDED;
            return new IngestReport(
                    source,
                    status,
                    Objects.requireNonNull(first).value(),
                    title,
                    claims,
                    marketEvents,
                    null,
                    recorded + known,
                    undatedAs);
        }

        IngestReport failed(String source, String error) {
            return IngestReport.failed(source, error + soFar());
        }

        /** The parts recorded before a failure, which stay recorded: "; parts recorded before: 3". */
        String soFar() {
            return recorded + known == 0 ? "" : "; " + (recorded + known) + " parts before it are in the store";
        }
    }

    static List<Path> folderFiles(Path folder, Consumer<IngestReport> failures) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> FOLDER_EXTENSIONS.stream()
                            .anyMatch(file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            failures.accept(IngestReport.failed(folder.toString(), "cannot list the folder (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
