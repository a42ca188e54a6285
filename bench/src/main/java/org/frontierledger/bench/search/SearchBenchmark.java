package org.frontierledger.bench.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code bench search}: the same synthetic claims indexed in the product's Lucene index and in
 * PostgreSQL full-text search, the same fixed queries run against both, and per query the median
 * and 99th-percentile latency, the hits, and the ratio PostgreSQL/Lucene; then build time and size
 * of each. The last line printed is one JSON object with every figure.
 *
 * <p>What is timed: for Lucene, adding the documents, the commit and a merge into one segment, as
 * after any bulk load (generation is not timed), and each {@code ClaimSearch.search} call (parse,
 * rank the page, count, highlight, and facets with drill-sideways for the faceted query) on the
 * one warmed searcher the index hands out until it changes; for PostgreSQL, COPY of the rows (the
 * {@code tsvector} is computed there), building the indexes and {@code VACUUM ANALYZE}, and per query the exact count, the
 * ranked first page with {@code ts_headline}, and the facet grouping sets for the faceted query.
 * Queries run one at a time from one thread. Before any timing, every query runs
 * {@value #WARMUP_ROUNDS} times on Lucene, in turn, so the JIT has compiled the paths of all of
 * them (timing one query after warming only itself would let the next one pay for deoptimisation);
 * then each Lucene series starts after a further warm-up of that query (at least
 * {@value #LUCENE_WARMUP} runs and 3 seconds), each PostgreSQL series after {@value #POSTGRES_WARMUP}
 * runs (its caches warm, not a JIT), and each series after a garbage collection.
 *
 * <p>Runs: Lucene's queries take milliseconds, so each runs a thousand times by default and its
 * 99th percentile is a real one (with 50 runs it would be the single slowest); PostgreSQL's take up
 * to seconds, so each runs a hundred times. Whether the JVM lets Lucene use the Java Vector API is
 * printed: it decodes and searches postings with SIMD instructions, and the command line starts
 * the benchmark in such a JVM unless told not to.
 */
public final class SearchBenchmark {

    /** Claims generated per step; also how often progress is reported. */
    private static final int CHUNK = 100_000;

    private static final int WARMUP_ROUNDS = 100;
    private static final int LUCENE_WARMUP = 30;
    /** Lucene's per-query warm-up also lasts this long: the JIT keeps compiling for seconds. */
    private static final long LUCENE_WARMUP_NANOS = 3_000_000_000L;

    private static final int POSTGRES_WARMUP = 3;

    /**
     * What to run.
     *
     * @param claims how many claims to generate, 1 or more
     * @param seed the generator's seed
     * @param luceneRuns measured runs per query on Lucene, 1 or more
     * @param postgresRuns measured runs per query on PostgreSQL, 1 or more
     * @param pgUrl JDBC URL of the PostgreSQL database; a fresh schema is made there and dropped
     * @param pgUser its user
     * @param pgPassword its password, may be empty
     */
    public record Options(
            int claims, long seed, int luceneRuns, int postgresRuns, String pgUrl, String pgUser, String pgPassword) {
        public Options {
            Objects.requireNonNull(pgUrl, "pgUrl");
            if (claims < 1 || luceneRuns < 1 || postgresRuns < 1) {
                throw new IllegalArgumentException("claims and runs must be 1 or more");
            }
        }
    }

    /** The target on this machine: Lucene's median at least this many times PostgreSQL's. */
    static final double TARGET_RATIO = 10;
    /** The target: Lucene's 99th percentile under this many milliseconds (at 1,000,000 claims). */
    static final double TARGET_P99_MS = 50;

    /** Latency figures of one query on one engine, in milliseconds. */
    record Latency(long hits, double p50, double p99) {}

    private SearchBenchmark() {}

    /** Runs the benchmark; results to {@code out}, progress to {@code err}. */
    public static void run(Options options, PrintStream out, PrintStream err) {
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        Path rows = temporaryFile();
        try (LuceneSide lucene = new LuceneSide();
                PostgresSide postgres = new PostgresSide(options.pgUrl(), options.pgUser(), options.pgPassword())) {
            err.printf(
                    Locale.ROOT,
                    "generating %,d claims (seed %d) and indexing them in Lucene; PostgreSQL schema %s…%n",
                    options.claims(),
                    options.seed(),
                    postgres.schema());
            double luceneBuild = buildLucene(options, lucene, rows, err);
            long luceneSize = lucene.sizeBytes();
            err.printf(
                    Locale.ROOT,
                    "Lucene: %.1f s, %.1f MB; loading PostgreSQL (COPY, GIN index, ANALYZE)…%n",
                    luceneBuild,
                    luceneSize / 1e6);
            long started = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
                postgres.load(reader);
            }
            err.printf(Locale.ROOT, "  copied in %.1f s; building indexes…%n", (System.nanoTime() - started) / 1e9);
            postgres.index();
            double postgresBuild = (System.nanoTime() - started) / 1e9;
            long postgresSize = postgres.sizeBytes();
            err.printf(
                    Locale.ROOT,
                    "PostgreSQL: %.1f s, %.1f MB; running %d queries, %d runs each on Lucene and %d on"
                            + " PostgreSQL…%n",
                    postgresBuild,
                    postgresSize / 1e6,
                    BenchQuery.fixedSet().size(),
                    options.luceneRuns(),
                    options.postgresRuns());
            for (int round = 0; round < WARMUP_ROUNDS; round++) {
                BenchQuery.fixedSet().forEach(lucene::search);
            }
            List<String[]> table = new ArrayList<>();
            StringBuilder json = new StringBuilder();
            List<String> disagreeing = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (BenchQuery query : BenchQuery.fixedSet()) {
                Latency l = measure(
                        LUCENE_WARMUP,
                        LUCENE_WARMUP_NANOS,
                        options.luceneRuns(),
                        () -> lucene.search(query).total());
                Latency p = measure(POSTGRES_WARMUP, 0, options.postgresRuns(), () -> postgres.run(query));
                err.printf(
                        Locale.ROOT,
                        "  %s: Lucene %.2f ms, PostgreSQL %.1f ms (p50)%n",
                        query.name(),
                        l.p50(),
                        p.p50());
                if (l.hits() != p.hits()) {
                    disagreeing.add(query.name());
                }
                if (p.p50() / l.p50() < TARGET_RATIO || l.p99() >= TARGET_P99_MS) {
                    missed.add(String.format(
                            Locale.ROOT, "%s (%.1fx, p99 %s)", query.name(), p.p50() / l.p50(), ms(l.p99())));
                }
                table.add(new String[] {
                    query.name(),
                    queryText(query),
                    String.format(Locale.ROOT, "%,d", l.hits()),
                    String.format(Locale.ROOT, "%,d", p.hits()),
                    ms(l.p50()),
                    ms(l.p99()),
                    ms(p.p50()),
                    ms(p.p99()),
                    String.format(Locale.ROOT, "%.0fx", p.p50() / l.p50()),
                    String.format(Locale.ROOT, "%.0fx", p.p99() / l.p99())
                });
                json.append(json.isEmpty() ? "" : ",")
                        .append(String.format(
                                Locale.ROOT,
                                "{\"name\":\"%s\",\"lucene\":\"%s\",\"luceneHits\":%d,\"postgresHits\":%d,"
                                        + "\"luceneP50Ms\":%.3f,\"luceneP99Ms\":%.3f,\"postgresP50Ms\":%.3f,\"postgresP99Ms\":%.3f,"
                                        + "\"ratioP50\":%.1f,\"ratioP99\":%.1f}",
                                query.name(),
                                jsonEscape(queryText(query)),
                                l.hits(),
                                p.hits(),
                                l.p50(),
                                l.p99(),
                                p.p50(),
                                p.p99(),
                                p.p50() / l.p50(),
                                p.p99() / l.p99()));
            }
            double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            printReport(
                    out,
                    options,
                    cores,
                    loadAtStart,
                    loadAtEnd,
                    luceneBuild,
                    luceneSize,
                    postgresBuild,
                    postgresSize,
                    table);
            out.println(
                    disagreeing.isEmpty()
                            ? "Both engines found the same number of claims for every query."
                            : "The engines disagree on the number of claims for: " + String.join(", ", disagreeing));
            out.printf(
                    Locale.ROOT,
                    "Target (Lucene p50 at least %.0fx faster than PostgreSQL, Lucene p99 under %.0f ms,"
                            + " set for 1,000,000 claims): %s%n",
                    TARGET_RATIO,
                    TARGET_P99_MS,
                    missed.isEmpty() ? "met on every query" : "missed on " + String.join(", ", missed));
            out.println();
            out.printf(
                    Locale.ROOT,
                    "{\"claims\":%d,\"seed\":%d,\"luceneRuns\":%d,\"postgresRuns\":%d,\"cores\":%d,"
                            + "\"loadAverageStart\":%.2f,\"loadAverageEnd\":%.2f,\"javaVersion\":\"%s\","
                            + "\"vectorApi\":%b,\"targetMet\":%b,"
                            + "\"lucene\":{\"buildSeconds\":%.2f,\"sizeBytes\":%d},"
                            + "\"postgres\":{\"buildSeconds\":%.2f,\"sizeBytes\":%d},\"queries\":[%s]}%n",
                    options.claims(),
                    options.seed(),
                    options.luceneRuns(),
                    options.postgresRuns(),
                    cores,
                    loadAtStart,
                    loadAtEnd,
                    Runtime.version(),
                    vectorApi(),
                    missed.isEmpty(),
                    luceneBuild,
                    luceneSize,
                    postgresBuild,
                    postgresSize,
                    json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(rows);
            } catch (IOException e) {
                err.println("could not delete " + rows + ": " + e.getMessage());
            }
        }
    }

    /** Generates the claims in chunks, indexing each chunk in Lucene (timed) and writing it as COPY rows (not timed). */
    private static double buildLucene(Options options, LuceneSide lucene, Path rows, PrintStream err)
            throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(options.seed());
        long timed = 0;
        long started = System.nanoTime();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(rows, StandardCharsets.UTF_8), 1 << 16)) {
            for (int done = 0; done < options.claims(); ) {
                int size = Math.min(CHUNK, options.claims() - done);
                List<SyntheticCorpus.Claim> chunk = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    chunk.add(corpus.next());
                }
                long t0 = System.nanoTime();
                chunk.forEach(lucene::add);
                timed += System.nanoTime() - t0;
                for (SyntheticCorpus.Claim claim : chunk) {
                    writeRow(out, claim);
                }
                done += size;
                err.printf(
                        Locale.ROOT,
                        "  %,d of %,d claims (%.0f s)%n",
                        done,
                        options.claims(),
                        (System.nanoTime() - started) / 1e9);
            }
        }
        long t0 = System.nanoTime();
        lucene.commit();
        timed += System.nanoTime() - t0;
        return timed / 1e9;
    }

    private static void writeRow(Writer out, SyntheticCorpus.Claim c) throws IOException {
        out.write(String.join(
                "\t",
                field(c.id()),
                field(c.documentId()),
                field(c.quote()),
                field(c.speaker()),
                c.reportedOn().toString(),
                field(c.show()),
                field(c.type() == null ? null : c.type().name()),
                field(c.org()),
                field(c.model()),
                field(c.amountUsd() == null ? null : c.amountUsd().toString()),
                field(c.priceUsdPerMTok() == null ? null : c.priceUsdPerMTok().toString())));
        out.write('\n');
    }

    /** A value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    private static String field(@Nullable String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static Latency measure(int warmup, long warmupNanos, int runs, LongSupplier query) {
        long hits = 0;
        long warmingSince = System.nanoTime();
        for (int i = 0; i < warmup || System.nanoTime() - warmingSince < warmupNanos; i++) {
            hits = query.getAsLong();
        }
        System.gc(); // garbage of earlier phases is not this series' cost
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            hits = query.getAsLong();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return new Latency(hits, percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6);
    }

    /**
     * Whether Lucene can use the Java Vector API (SIMD) to decode and search postings: only when
     * the incubating module was added to the JVM at start.
     */
    static boolean vectorApi() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void printReport(
            PrintStream out,
            Options options,
            int cores,
            double loadStart,
            double loadEnd,
            double luceneBuild,
            long luceneSize,
            double postgresBuild,
            long postgresSize,
            List<String[]> table) {
        out.printf(
                Locale.ROOT,
                "Search benchmark: %,d synthetic claims (seed %d), measured runs per query after"
                        + " warm-up: %,d on Lucene, %,d on PostgreSQL; one thread%n",
                options.claims(),
                options.seed(),
                options.luceneRuns(),
                options.postgresRuns());
        out.printf(
                Locale.ROOT,
                "Machine: %d cores, load average %.2f at start, %.2f at end (shared machine)%n",
                cores,
                loadStart,
                loadEnd);
        out.printf(
                Locale.ROOT,
                "Java %s; Java Vector API for Lucene: %s%n%n",
                Runtime.version(),
                vectorApi()
                        ? "on (jdk.incubator.vector)"
                        : "off (start Java with --add-modules jdk.incubator.vector to use it)");
        out.printf(Locale.ROOT, "%-16s %12s %12s%n", "index", "build (s)", "size (MB)");
        out.printf(Locale.ROOT, "%-16s %12.1f %12.1f%n", "Lucene", luceneBuild, luceneSize / 1e6);
        out.printf(Locale.ROOT, "%-16s %12.1f %12.1f%n", "PostgreSQL FTS", postgresBuild, postgresSize / 1e6);
        out.printf(
                Locale.ROOT,
                "(Lucene's build includes merging the index into one segment; PostgreSQL's includes"
                        + " the GIN and b-tree indexes and VACUUM ANALYZE.)%n%n");
        String format = "%-14s %-44s %10s %10s %11s %11s %11s %11s %8s %8s%n";
        out.printf(
                Locale.ROOT,
                format,
                "query",
                "text (Lucene syntax)",
                "hits Luc.",
                "hits PG",
                "Luc. p50",
                "Luc. p99",
                "PG p50",
                "PG p99",
                "PG/L p50",
                "PG/L p99");
        for (String[] row : table) {
            out.printf(Locale.ROOT, format, (Object[]) row);
        }
        out.println();
    }

    private static String queryText(BenchQuery query) {
        StringBuilder text = new StringBuilder(query.lucene().text());
        query.lucene()
                .filters()
                .forEach((dimension, values) -> text.append(" [")
                        .append(dimension.parameter())
                        .append('=')
                        .append(String.join(",", values))
                        .append(']'));
        if (query.lucene().countFacets()) {
            text.append(" +facets");
        }
        return text.toString();
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("ledger-bench-rows-", ".tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
