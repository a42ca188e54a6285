package org.frontierledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.frontierledger.bench.search.RawClaimIndexing;
import org.frontierledger.eventstore.EventLog;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.conflicts.ConflictQueries;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench store}: how fast the store takes events in, how fast every read model and the index
 * are rebuilt from them, and how much an as-of page costs, each against a floor measured in the
 * same run on the same data.
 *
 * <p>Per store (the embedded H2 file database, and PostgreSQL when a URL is given; each in a fresh
 * temporary folder or schema, removed afterwards):
 * <ol>
 *   <li><b>append</b>: synthetic documents ({@link SyntheticLedger}) sent as {@code IngestDocument}
 *       commands through the command gateway from {@value #APPEND_THREADS} threads, with curation
 *       commands interleaved, read models off (generation is not timed). Floor: the same stored rows
 *       copied with batched JDBC inserts of {@value #RAW_BATCH} rows into a table of the same
 *       shape (reading them back is not timed).</li>
 *   <li><b>read</b>: one pass over the store through Axon's storage engine, every payload
 *       deserialised (and upcast); the same pass feeds the Lucene floor, whose time is subtracted.</li>
 *   <li><b>rebuild</b>: a context with read models on; the processors first catch up (their first
 *       build), then {@link ProjectionReplayer#replayAll()} resets and replays all of them, timed
 *       until every one has caught up. Floor: the same claims, with their facts, added to a fresh
 *       Lucene index from one thread ({@link RawClaimIndexing}).</li>
 *   <li><b>as of</b>: the pages the views and the REST API ask for (timeline, overview, prices,
 *       capex, an entity with its conflicts, {@code /api/events}), each timed now and as of now and
 *       as of the middle of the append; median of {@value #RUNS} runs after {@value #WARMUP} warm-up
 *       runs (from {@value #LARGE} events on, of 3 after 1).</li>
 * </ol>
 * The last line printed is one JSON object; its top-level ratios are PostgreSQL's when it was
 * measured, else the embedded store's.
 */
public final class StoreBenchmark {
    static final int APPEND_THREADS = 8;
    static final int RAW_BATCH = 500;
    static final int CHUNK = 100;
    static final int WARMUP = 2;
    static final int RUNS = 5;
    /** From this many events on, pages take seconds: 1 warm-up run and the median of 3. */
    static final int LARGE = 200_000;

    /**
     * What to run.
     *
     * @param events how many events to append, at least 1 (a document is about 55 events, so the
     *     store ends up with a little more)
     * @param seed the generator's seed
     * @param embedded whether to measure the embedded store
     * @param pgUrl JDBC URL of a PostgreSQL database to measure in a fresh schema; null for none
     * @param pgUser its user
     * @param pgPassword its password, may be empty
     * @param replay whether to replay every processor after their first build and time that as the
     *     rebuild; without, the first build (every processor from the first event into empty read
     *     models and an empty index, the same work) is the rebuild, which halves the time a large run takes
     */
    public record Options(
            int events,
            long seed,
            boolean embedded,
            @Nullable String pgUrl,
            String pgUser,
            String pgPassword,
            boolean replay) {
        public Options {
            Objects.requireNonNull(pgUser, "pgUser");
            if (events < 1) {
                throw new IllegalArgumentException("events must be 1 or more");
            }
            if (!embedded && pgUrl == null) {
                throw new IllegalArgumentException("nothing to measure: neither the embedded store nor PostgreSQL");
            }
        }
    }

    /** The figures of one store. */
    record Figures(
            String store,
            long events,
            long documents,
            long claims,
            double appendSeconds,
            double rawInsertSeconds,
            double readSeconds,
            double firstBuildSeconds,
            double rebuildSeconds,
            double rawLuceneSeconds,
            Map<String, double[]> pages) {
        double appendRatio() {
            return rawInsertSeconds / appendSeconds;
        }

        double rebuildRatio() {
            return rawLuceneSeconds / rebuildSeconds;
        }

        double readRatio() {
            return readSeconds / rebuildSeconds;
        }

        /** The worst as-of page against the same page now. */
        double asOfRatio() {
            return pages.values().stream()
                    .mapToDouble(t -> Math.max(t[1], t[2]) / Math.max(t[0], 1e-6))
                    .max()
                    .orElse(0);
        }
    }

    /** Starts the application without a web server, with or without its read side, on extra properties. */
    @FunctionalInterface
    public interface Contexts {
        /** A started context; the caller closes it. */
        ConfigurableApplicationContext start(boolean readSide, List<String> properties);
    }

    private StoreBenchmark() {}

    /**
     * Runs the benchmark; results to {@code out}, progress to {@code err}.
     *
     * @param contexts starts the application
     */
    public static void run(Options options, Contexts contexts, PrintStream out, PrintStream err) {
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Figures> figures = new ArrayList<>();
        if (options.embedded()) {
            figures.add(measure("embedded", options, contexts, List.of(), err));
        }
        if (options.pgUrl() != null) {
            String schema = "ledger_bench_" + UUID.randomUUID().toString().substring(0, 8);
            String url = options.pgUrl() + (options.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            try {
                figures.add(measure(
                        "postgresql",
                        options,
                        contexts,
                        List.of(
                                "spring.datasource.url=" + url,
                                "spring.datasource.username=" + options.pgUser(),
                                "spring.datasource.password=" + options.pgPassword(),
                                "spring.flyway.schemas=" + schema,
                                "spring.flyway.create-schemas=true"),
                        err));
            } finally {
                dropSchema(options, schema, err);
            }
        }
        double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (Figures f : figures) {
            print(f, out);
        }
        Figures main = figures.getLast();
        StringBuilder json = new StringBuilder();
        json.append(String.format(
                Locale.ROOT,
                "{\"events\":%d,\"store\":\"%s\",\"appendRatio\":%.3f,"
                        + "\"rebuildRatio\":%.3f,\"asOfRatio\":%.3f,\"cores\":%d,\"loadAverageAtStart\":%.2f,"
                        + "\"loadAverageAtEnd\":%.2f,\"stores\":{",
                main.events(),
                main.store(),
                main.appendRatio(),
                main.rebuildRatio(),
                main.asOfRatio(),
                Runtime.getRuntime().availableProcessors(),
                loadAtStart,
                loadAtEnd));
        for (int i = 0; i < figures.size(); i++) {
            Figures f = figures.get(i);
            json.append(i == 0 ? "" : ",")
                    .append(String.format(
                            Locale.ROOT,
                            "\"%s\":{\"events\":%d,\"documents\":%d,"
                                    + "\"claims\":%d,\"appendSeconds\":%.2f,\"rawInsertSeconds\":%.2f,\"appendRatio\":%.3f,"
                                    + "\"readSeconds\":%.2f,\"firstBuildSeconds\":%.2f,\"rebuildSeconds\":%.2f,"
                                    + "\"rebuildEventsPerSecond\":%.0f,\"rawLuceneSeconds\":%.2f,\"rebuildRatio\":%.3f,"
                                    + "\"asOfRatio\":%.3f,\"pagesMs\":{",
                            f.store(),
                            f.events(),
                            f.documents(),
                            f.claims(),
                            f.appendSeconds(),
                            f.rawInsertSeconds(),
                            f.appendRatio(),
                            f.readSeconds(),
                            f.firstBuildSeconds(),
                            f.rebuildSeconds(),
                            f.events() / f.rebuildSeconds(),
                            f.rawLuceneSeconds(),
                            f.rebuildRatio(),
                            f.asOfRatio()));
            int p = 0;
            for (Map.Entry<String, double[]> page : f.pages().entrySet()) {
                double[] t = page.getValue();
                json.append(p++ == 0 ? "" : ",")
                        .append(String.format(
                                Locale.ROOT,
                                "\"%s\":{\"now\":%.2f,\"asOfNow\":%.2f,\"asOfMiddle\":%.2f}",
                                page.getKey(),
                                t[0],
                                t[1],
                                t[2]));
            }
            json.append("}}");
        }
        out.println(json.append("}}"));
    }

    private static void print(Figures f, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%n== %s: %,d events (%,d documents, %,d claims)%n",
                f.store(),
                f.events(),
                f.documents(),
                f.claims());
        out.printf(
                Locale.ROOT,
                "append   %8.1f s  %,9.0f events/s   raw batched insert %6.1f s  %,9.0f events/s"
                        + "   ratio %.2f (target >= 0.5)%n",
                f.appendSeconds(),
                f.events() / f.appendSeconds(),
                f.rawInsertSeconds(),
                f.events() / f.rawInsertSeconds(),
                f.appendRatio());
        out.printf(
                Locale.ROOT,
                "read     %8.1f s  %,9.0f events/s   (paged read with deserialisation)%n",
                f.readSeconds(),
                f.events() / f.readSeconds());
        out.printf(
                Locale.ROOT,
                "rebuild  %8.1f s  %,9.0f events/s   raw Lucene indexing %5.1f s  %,9.0f claims/s"
                        + "   ratio %.2f (target >= 0.3); first build %.1f s; read/rebuild %.2f%n",
                f.rebuildSeconds(),
                f.events() / f.rebuildSeconds(),
                f.rawLuceneSeconds(),
                f.claims() / f.rawLuceneSeconds(),
                f.rebuildRatio(),
                f.firstBuildSeconds(),
                f.readRatio());
        out.printf(
                Locale.ROOT,
                "%-22s %10s %10s %12s %7s%n",
                "page (median ms)",
                "now",
                "as of now",
                "as of middle",
                "ratio");
        f.pages()
                .forEach((name, t) -> out.printf(
                        Locale.ROOT,
                        "%-22s %10.2f %10.2f %12.2f %7.2f%n",
                        name,
                        t[0],
                        t[1],
                        t[2],
                        Math.max(t[1], t[2]) / Math.max(t[0], 1e-6)));
    }

    private static Figures measure(
            String store, Options options, Contexts contexts, List<String> storeProperties, PrintStream err) {
        Path dataDir = temporaryFolder();
        try {
            List<String> properties = new ArrayList<>(storeProperties);
            properties.add("ledger.data-dir=" + dataDir);
            err.printf(
                    Locale.ROOT,
                    "[%s] appending %,d events through the command gateway (%d threads)…%n",
                    store,
                    options.events(),
                    APPEND_THREADS);
            Append append;
            double rawInsert;
            Read read;
            try (ConfigurableApplicationContext context = contexts.start(false, properties)) {
                append = append(context, options, err);
                err.printf(
                        Locale.ROOT,
                        "[%s] appended %,d events in %.1f s; raw batched insert of the same rows…%n",
                        store,
                        append.events(),
                        append.seconds());
                rawInsert = rawInsert(context.getBean(DataSource.class));
                err.printf(
                        Locale.ROOT,
                        "[%s] raw insert %.1f s; reading every event, and raw Lucene indexing…%n",
                        store,
                        rawInsert);
                read = read(context.getBean(EventStorageEngine.class));
            }
            err.printf(
                    Locale.ROOT,
                    "[%s] read %.1f s, raw Lucene %.1f s (%,d claims); starting the read side…%n",
                    store,
                    read.seconds(),
                    read.luceneSeconds(),
                    read.claims());
            try (ConfigurableApplicationContext context = contexts.start(true, properties)) {
                ProjectionReplayer replayer = context.getBean(ProjectionReplayer.class);
                long started = System.nanoTime();
                Map<String, Double> first = await(replayer, store + " first build", err);
                double firstBuild = (System.nanoTime() - started) / 1e9;
                double rebuild = firstBuild;
                Map<String, Double> processors = first;
                if (options.replay()) {
                    err.printf(Locale.ROOT, "[%s] first build %.1f s; replaying every processor…%n", store, firstBuild);
                    started = System.nanoTime();
                    replayer.replayAll();
                    processors = await(replayer, store + " rebuild", err);
                    rebuild = (System.nanoTime() - started) / 1e9;
                }
                err.printf(
                        Locale.ROOT,
                        "[%s] rebuilt in %.1f s (each processor: %s); timing pages now and as of…%n",
                        store,
                        rebuild,
                        processors.entrySet().stream()
                                .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                                .collect(Collectors.joining(", ")));
                Map<String, double[]> pages = pages(context, append.middle(), append.events() >= LARGE);
                return new Figures(
                        store,
                        append.events(),
                        append.documents(),
                        read.claims(),
                        append.seconds(),
                        rawInsert,
                        read.seconds(),
                        firstBuild,
                        rebuild,
                        read.luceneSeconds(),
                        pages);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            delete(dataDir);
        }
    }

    /** What the append phase did. */
    private record Append(long events, long documents, double seconds, Instant middle) {}

    private static Append append(ConfigurableApplicationContext context, Options options, PrintStream err)
            throws InterruptedException {
        CommandGateway commands = context.getBean(CommandGateway.class);
        SyntheticLedger ledger = new SyntheticLedger(options.seed());
        ExecutorService pool = Executors.newFixedThreadPool(APPEND_THREADS);
        long events = 0;
        long documents = 0;
        long nanos = 0;
        @Nullable Instant middle = null;
        long lastReport = System.nanoTime();
        try {
            while (events < options.events()) {
                List<IngestDocument> chunk = new ArrayList<>();
                List<CurateMarketEvent> curations = new ArrayList<>();
                for (int i = 0; i < CHUNK && events < options.events(); i++) {
                    IngestDocument document = ledger.nextDocument();
                    chunk.add(document);
                    events += SyntheticLedger.events(document);
                    CurateMarketEvent curation = ledger.nextCuration();
                    if (curation != null) {
                        curations.add(curation);
                        events++;
                    }
                }
                long started = System.nanoTime();
                sendAll(pool, commands, chunk);
                sendAll(pool, commands, curations);
                nanos += System.nanoTime() - started;
                documents += chunk.size();
                if (middle == null && events >= options.events() / 2) {
                    middle = Instant.now();
                }
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    lastReport = System.nanoTime();
                    err.printf(Locale.ROOT, "  … %,d events, %,.0f events/s%n", events, events / (nanos / 1e9));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long stored = context.getBean(EventLog.class).count();
        return new Append(stored, documents, nanos / 1e9, middle == null ? Instant.now() : middle);
    }

    private static void sendAll(ExecutorService pool, CommandGateway commands, List<?> batch)
            throws InterruptedException {
        List<Future<Object>> sent = new ArrayList<>();
        for (Object command : batch) {
            sent.add(pool.submit(() -> commands.sendAndWait(command)));
        }
        for (Future<Object> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(
                        "a command failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static final String COLUMNS = "aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
            + " payload, payloadRevision, payloadType, timeStamp";

    /** Copies the stored rows into a table of the same shape with batched inserts; only the inserts are timed. */
    private static double rawInsert(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_raw_event");
                ddl.execute("CREATE TABLE bench_raw_event (globalIndex "
                        + (postgres ? "BIGSERIAL" : "BIGINT" + " GENERATED BY DEFAULT AS IDENTITY")
                        + " NOT NULL, aggregateIdentifier VARCHAR(255) NOT NULL,"
                        + " sequenceNumber BIGINT NOT NULL, type VARCHAR(255), eventIdentifier VARCHAR(255) NOT NULL,"
                        + " metaData " + (postgres ? "BYTEA" : "BLOB") + ", payload " + (postgres ? "BYTEA" : "BLOB")
                        + " NOT NULL, payloadRevision VARCHAR(255), payloadType VARCHAR(255) NOT NULL,"
                        + " timeStamp VARCHAR(255) NOT NULL, PRIMARY KEY (globalIndex),"
                        + " UNIQUE (aggregateIdentifier, sequenceNumber), UNIQUE (eventIdentifier))");
            }
            connection.setAutoCommit(false);
            long nanos = 0;
            long after = -1;
            try (PreparedStatement select = connection.prepareStatement("SELECT globalIndex, " + COLUMNS
                            + " FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex LIMIT " + RAW_BATCH);
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO bench_raw_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                while (true) {
                    select.setLong(1, after);
                    List<Object[]> rows = new ArrayList<>();
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            rows.add(new Object[] {
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getBytes(6),
                                rs.getBytes(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10)
                            });
                        }
                    }
                    connection.commit();
                    if (rows.isEmpty()) {
                        break;
                    }
                    long started = System.nanoTime();
                    for (Object[] row : rows) {
                        insert.setString(1, (String) row[0]);
                        insert.setLong(2, (Long) row[1]);
                        insert.setString(3, (String) row[2]);
                        insert.setString(4, (String) row[3]);
                        insert.setBytes(5, (byte[]) row[4]);
                        insert.setBytes(6, (byte[]) row[5]);
                        insert.setString(7, (String) row[6]);
                        insert.setString(8, (String) row[7]);
                        insert.setString(9, (String) row[8]);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                    nanos += System.nanoTime() - started;
                }
            }
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE bench_raw_event");
            }
            connection.commit();
            return nanos / 1e9;
        } catch (SQLException e) {
            throw new IllegalStateException("the raw insert failed: " + e.getMessage(), e);
        }
    }

    /** What the read pass measured. */
    private record Read(double seconds, double luceneSeconds, long claims) {}

    private static Read read(EventStorageEngine engine) {
        try (RawClaimIndexing lucene = new RawClaimIndexing()) {
            long started = System.nanoTime();
            try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
                stream.forEach(message -> lucene.accept(message.getPayload(), message.getTimestamp()));
            }
            double luceneSeconds = lucene.finish();
            double total = (System.nanoTime() - started) / 1e9;
            // The pass also fed Lucene; what Lucene took is its own floor, not reading.
            return new Read(total - luceneSeconds, luceneSeconds, lucene.claims());
        }
    }

    /**
     * Waits until every processor has caught up, reporting progress every 10 s; returns the seconds
     * each processor took to reach the head (its slowest segment), by name.
     */
    private static Map<String, Double> await(ProjectionReplayer replayer, String what, PrintStream err)
            throws InterruptedException {
        long started = System.nanoTime();
        long head = replayer.progress().head();
        Map<String, Double> done = new LinkedHashMap<>();
        Set<String> behind = new HashSet<>();
        long lastReport = started;
        while (!replayer.allCaughtUp()) {
            replayer.positions().forEach((name, position) -> {
                if (position < head) {
                    behind.add(name);
                } else if (behind.contains(name) && !done.containsKey(name)) {
                    done.put(name, (System.nanoTime() - started) / 1e9);
                }
            });
            if (System.nanoTime() - started > Duration.ofHours(3).toNanos()) {
                throw new IllegalStateException(what + " did not finish within 3 hours: " + replayer.describe());
            }
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                err.println("  … " + what + ": " + replayer.progressLine());
            }
            Thread.sleep(20);
        }
        double total = (System.nanoTime() - started) / 1e9;
        replayer.positions().keySet().forEach(name -> done.putIfAbsent(name, total));
        return done;
    }

    /** Each page: median milliseconds now, as of now, as of the middle of the append. */
    private static Map<String, double[]> pages(ConfigurableApplicationContext context, Instant middle, boolean large) {
        analyze(context.getBean(DataSource.class));
        TimelineQueries timeline = context.getBean(TimelineQueries.class);
        ConflictQueries conflicts = context.getBean(ConflictQueries.class);
        String entity = "Nvidia";
        Map<String, Function<@Nullable Instant, Object>> pages = new LinkedHashMap<>();
        pages.put("api events (100)", at -> timeline.find(new FindTimeline(Set.of(), null, null, null, 100, at)));
        pages.put(
                "timeline (2000)",
                at -> List.of(
                        conflicts.conflictingEventIds(at),
                        timeline.find(new FindTimeline(Set.of(), null, null, null, 2000, at))));
        pages.put("overview (10000)", at -> timeline.find(new FindTimeline(Set.of(), null, null, null, 10_000, at)));
        pages.put(
                "prices (10000)",
                at -> timeline.find(new FindTimeline(Set.of(MarketEventType.PRICE), null, null, null, 10_000, at)));
        pages.put(
                "capex (5000)",
                at -> timeline.find(new FindTimeline(Set.of(MarketEventType.CAPEX), null, null, null, 5000, at)));
        pages.put(
                "entity " + entity,
                at -> List.of(
                        timeline.find(new FindTimeline(Set.of(), entity, null, null, 5000, at)),
                        conflicts.forSubject(entity, at)));
        Map<String, double[]> timings = new LinkedHashMap<>();
        for (Map.Entry<String, Function<@Nullable Instant, Object>> page : pages.entrySet()) {
            Function<@Nullable Instant, Object> query = page.getValue();
            double now = median(() -> query.apply(null), large);
            double asOfNow = median(() -> query.apply(Instant.now()), large);
            double asOfMiddle = median(() -> query.apply(middle), large);
            timings.put(page.getKey(), new double[] {now, asOfNow, asOfMiddle});
        }
        return timings;
    }

    /**
     * Gives the planner statistics of the tables just filled, as PostgreSQL's autovacuum would
     * shortly after a rebuild (H2 has the same statement); without them PostgreSQL guesses the
     * validity filter selective and sorts instead of walking the order index.
     */
    private static void analyze(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE failed: " + e.getMessage(), e);
        }
    }

    private static double median(Supplier<Object> query, boolean large) {
        for (int i = 0; i < (large ? 1 : WARMUP); i++) {
            query.get();
        }
        double[] millis = new double[large ? 3 : RUNS];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private static void dropSchema(Options options, String schema, PrintStream err) {
        try (Connection connection = DriverManager.getConnection(
                        Objects.requireNonNull(options.pgUrl()), options.pgUser(), options.pgPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            err.println("could not drop the benchmark's schema " + schema + ": " + e.getMessage());
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ledger-bench-store-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
