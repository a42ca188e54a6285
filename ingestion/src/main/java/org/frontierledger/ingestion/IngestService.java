package org.frontierledger.ingestion;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.frontierledger.ingestion.internal.extract.Extraction;
import org.frontierledger.ingestion.internal.extract.RuleBasedExtractor;
import org.frontierledger.ingestion.internal.fetch.FetchedPage;
import org.frontierledger.ingestion.internal.feed.FeedEntry;
import org.frontierledger.ingestion.internal.feed.FeedReader;
import org.frontierledger.ingestion.internal.fetch.HttpFetcher;
import org.frontierledger.ingestion.internal.fetch.Validators;
import org.frontierledger.ingestion.internal.read.DocumentReaders;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.frontierledger.ingestion.internal.read.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads sources (files, folders, http(s) URLs, uploaded content), extracts claims and market
 * events, and records each document with one {@link IngestDocument} command. A document that fails
 * is reported and skipped; it never stops the others, and it records nothing. Thread-safe.
 */
@Service
public class IngestService {
    /** File name endings a folder ingest picks up. */
    public static final Set<String> FOLDER_EXTENSIONS = Set.of(".txt", ".md", ".markdown", ".html", ".htm", ".csv");

    private static final Set<String> PAGES_AND_FEEDS = union(HttpFetcher.PAGE_TYPES, HttpFetcher.FEED_TYPES);

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final CommandGateway commands;
    private final IngestionProperties limits;
    private final HttpFetcher fetcher;
    private final RuleBasedExtractor extractor = new RuleBasedExtractor();
    private final Clock clock;

    IngestService(CommandGateway commands, IngestionProperties limits, FetchProperties fetching) {
        this.commands = commands;
        this.limits = limits;
        this.fetcher = new HttpFetcher(limits, fetching);
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * Ingests a file, every readable file of a folder (recursively), or an http(s) URL (a page, or an
     * RSS or Atom feed, whose entries are then each ingested), reporting
     * each document to {@code progress} as it is done.
     *
     * @param location a path or a URL
     * @param user who asks, recorded with the events
     * @return one report per document, in the order done
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
            folderFiles(path, collect).forEach(file -> collect.accept(ingestFile(file, user)));
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
            for (FeedEntry entry : FeedReader.read(page).entries()) {
                progress.accept(ingestEntry(entry, user));
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
            return record(entry.key(), "text/html", "<html><head><title>" + org.jsoup.nodes.Entities.escape(entry.title())
                    + "</title></head><body>" + java.util.Objects.requireNonNull(entry.content()) + "</body></html>", user);
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

    /** Ingests one http(s) URL. */
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

    /** Ingests one file. */
    public IngestReport ingestFile(Path file, String user) {
        String source = file.toAbsolutePath().normalize().toString();
        try {
            if (!Files.isRegularFile(file)) {
                return IngestReport.failed(source, "no such file");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return IngestReport.failed(source, "larger (" + size + " bytes) than the limit of "
                        + limits.maxBytes() + " bytes");
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
     * @param content its bytes; UTF-8 unless the content says otherwise
     */
    public IngestReport ingestContent(String name, @org.jspecify.annotations.Nullable String contentType,
            byte[] content, String user) {
        if (content.length > limits.maxBytes()) {
            return IngestReport.failed(name, "larger (" + content.length + " bytes) than the limit of "
                    + limits.maxBytes() + " bytes");
        }
        return record(name, contentType, new String(content, StandardCharsets.UTF_8), user);
    }

    private IngestReport record(String source, @org.jspecify.annotations.Nullable String contentType,
            String content, String user) {
        try {
            ParsedDocument document = DocumentReaders.read(source, contentType, content);
            if (document.text().isBlank()) {
                return IngestReport.failed(source, "no text found in the document");
            }
            DocumentId id = DocumentId.ofText(document.text());
            LocalDate today = LocalDate.now(clock);
            Extraction extraction = extractor.extract(document, id, today);
            IngestDocument command = new IngestDocument(id, document.title(), source, document.format(),
                    document.date() == null ? today : document.date(), document.show(), document.text(),
                    extraction.claims(), extraction.marketEvents());
            IngestOutcome outcome = commands.sendAndWait(command,
                    MetaData.with(EventStoreConfiguration.USER_METADATA, user));
            IngestReport.Status status =
                    outcome.alreadyKnown() ? IngestReport.Status.ALREADY_KNOWN : IngestReport.Status.RECORDED;
            return IngestReport.counted(new IngestReport(source, status, id.value(), document.title(),
                    outcome.claims(), outcome.marketEvents(), null));
        } catch (UnreadableDocumentException | IngestException e) {
            return IngestReport.failed(source, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Ingest of {} failed", source, e);
            return IngestReport.failed(source, "could not be recorded (" + e.getMessage() + ")");
        }
    }

    static List<Path> folderFiles(Path folder, Consumer<IngestReport> failures) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> FOLDER_EXTENSIONS.stream().anyMatch(
                            file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            failures.accept(IngestReport.failed(folder.toString(), "cannot list the folder (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
