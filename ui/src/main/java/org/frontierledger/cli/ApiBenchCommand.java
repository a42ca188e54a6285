package org.frontierledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench api --url http://127.0.0.1:8080 (--token TOKEN | --user NAME:PASSWORD) [--clients 16]
 * [--requests 8000] [--max-seconds 60]}: load on a running server's REST API, as scripts make it.
 * Each client (a thread) sends its requests one after another on a kept-alive connection, alternating
 * {@code GET /api/search?q=...} (a few typical queries) and {@code GET /api/events}; after a warm-up
 * of one request per client and endpoint, prints the throughput and the latency percentiles per
 * endpoint and overall, whether the target (at least 300 requests/s and p99 at most 100 ms
 * with 16 clients) is met, and a last line of JSON. Bounded: at most 100,000 requests and 600 s, and
 * only against a loopback address, so it cannot be pointed at someone else's server.
 */
@Command(
        name = "api",
        description = {
            "load a running server's REST API (/api/search, /api/events) from N clients"
                    + " on loopback, each request after the last; prints requests/s and latency percentiles per endpoint, whether"
                    + " the target (16 clients: >= 300 requests/s, p99 <= 100 ms) is met, and a last line of JSON"
        })
final class ApiBenchCommand implements Callable<Integer> {
    private static final List<String> QUERIES = List.of(
            "capex", "DeepSeek", "price", "\"data center\"", "OpenAI", "valuation", "gpu*", "Microsoft AND capex");
    private static final double TARGET_RPS = 300;
    private static final double TARGET_P99_MS = 100;

    private final PrintStream out;
    private final PrintStream err;

    @Option(
            names = "--url",
            required = true,
            paramLabel = "URL",
            description = "the server, on loopback: http://127.0.0.1:PORT")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "a personal API token (default: LEDGER_BENCH_TOKEN)")
    @Nullable
    String token;

    @Option(names = "--user", paramLabel = "NAME:PASSWORD", description = "HTTP Basic instead of a token")
    @Nullable
    String user;

    @Option(
            names = "--clients",
            paramLabel = "N",
            defaultValue = "16",
            description = "1 to 256 (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(
            names = "--requests",
            paramLabel = "N",
            defaultValue = "8000",
            description = "1 to 100000 (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(
            names = "--max-seconds",
            paramLabel = "N",
            defaultValue = "60",
            description = "1 to 600 (default: ${DEFAULT-VALUE})")
    int maxSeconds;

    @Spec
    CommandSpec spec;

    ApiBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String authorization;
        String token = this.token != null ? this.token : System.getenv("LEDGER_BENCH_TOKEN");
        String base = url.replaceAll("/+$", "");
        try {
            bounded("--clients", clients, 1, 256);
            bounded("--requests", requests, 1, 100_000);
            bounded("--max-seconds", maxSeconds, 1, 600);
            if (user != null) {
                authorization = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
            } else if (token != null && !token.isBlank()) {
                authorization = "Bearer " + token;
            } else {
                throw new IllegalArgumentException("a --token or --user is needed");
            }
            requireLoopback(base);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try {
            return measure(base, authorization, clients, requests, maxSeconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LedgerCommandLine.FAILED;
        }
    }

    private int measure(String base, String authorization, int clients, int requests, int maxSeconds)
            throws InterruptedException {
        // One client keeps a pool of HTTP/1.1 connections: each of the client threads holds one at a time.
        HttpClient shared = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpClient[] connections = new HttpClient[clients];
        Arrays.fill(connections, shared);
        // Warm-up: each client once per endpoint, which also checks that the login works.
        for (int c = 0; c < clients; c++) {
            for (int k = 0; k < 2; k++) {
                Sample warm = call(connections[c], base, authorization, k);
                if (warm.status() != 200) {
                    err.println("the server answered " + warm.status() + " to " + warm.path()
                            + "; check --url and the token or user");
                    return LedgerCommandLine.FAILED;
                }
            }
        }
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
        long start = System.nanoTime();
        List<Future<List<Sample>>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                HttpClient connection = connections[c];
                running.add(pool.submit(() -> {
                    List<Sample> samples = new ArrayList<>();
                    int n;
                    while ((n = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                        samples.add(call(connection, base, authorization, n));
                    }
                    return samples;
                }));
            }
            List<Sample> all = new ArrayList<>();
            for (Future<List<Sample>> one : running) {
                try {
                    all.addAll(one.get());
                } catch (ExecutionException e) {
                    err.println("a client failed: " + e.getCause());
                    return LedgerCommandLine.FAILED;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return report(all, clients, seconds);
        }
    }

    private int report(List<Sample> all, int clients, double seconds) {
        long errors = all.stream().filter(s -> s.status() != 200).count();
        double rps = all.size() / seconds;
        out.printf(
                Locale.ROOT,
                "%d requests by %d clients in %.1f s: %.0f requests/s, %d not 200%n",
                all.size(),
                clients,
                seconds,
                rps,
                errors);
        out.printf(
                Locale.ROOT,
                "%-12s %8s %8s %8s %8s %8s%n",
                "endpoint",
                "count",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms");
        for (String endpoint : List.of("/api/search", "/api/events")) {
            line(
                    endpoint,
                    all.stream()
                            .filter(s -> s.path().startsWith(endpoint))
                            .mapToLong(Sample::nanos)
                            .toArray());
        }
        long[] total = all.stream().mapToLong(Sample::nanos).toArray();
        line("all", total);
        double p99 = percentile(total, 0.99);
        boolean met = clients == 16 && rps >= TARGET_RPS && p99 <= TARGET_P99_MS && errors == 0;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(
                Locale.ROOT,
                "machine: %d processors, load average %.1f (other processes share them)%n",
                Runtime.getRuntime().availableProcessors(),
                load);
        out.printf(
                Locale.ROOT,
                "target (16 clients, >= %.0f requests/s, p99 <= %.0f ms, all 200): %s%n",
                TARGET_RPS,
                TARGET_P99_MS,
                met ? "met" : "NOT met");
        out.printf(
                Locale.ROOT,
                "{\"requests\":%d,\"clients\":%d,\"seconds\":%.2f,\"requestsPerSecond\":%.1f,"
                        + "\"p50Ms\":%.1f,\"p90Ms\":%.1f,\"p99Ms\":%.1f,\"maxMs\":%.1f,\"errors\":%d,"
                        + "\"loadAverage\":%.1f,\"targetMet\":%b}%n",
                all.size(),
                clients,
                seconds,
                rps,
                percentile(total, 0.5),
                percentile(total, 0.9),
                p99,
                percentile(total, 1.0),
                errors,
                load,
                met);
        return LedgerCommandLine.OK;
    }

    private void line(String name, long[] nanos) {
        out.printf(
                Locale.ROOT,
                "%-12s %8d %8.1f %8.1f %8.1f %8.1f%n",
                name,
                nanos.length,
                percentile(nanos, 0.5),
                percentile(nanos, 0.9),
                percentile(nanos, 0.99),
                percentile(nanos, 1.0));
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] nanos, double fraction) {
        if (nanos.length == 0) {
            return 0;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static Sample call(HttpClient connection, String base, String authorization, int n) {
        String path = n % 2 == 0
                ? "/api/search?q=" + URLEncoder.encode(QUERIES.get((n / 2) % QUERIES.size()), StandardCharsets.UTF_8)
                : "/api/events";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        long start = System.nanoTime();
        int status;
        try {
            status = connection
                    .send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        return new Sample(path, status, System.nanoTime() - start);
    }

    private static void requireLoopback(String url) {
        URI uri = URI.create(url);
        if (uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("--url must be http(s)://HOST:PORT");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("--url must be a loopback address (127.0.0.1, localhost):"
                            + " this benchmark only loads a server on this machine");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + uri.getHost(), e);
        }
    }

    private static void bounded(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    /** One request: what was asked, the status (-1 when there was no answer) and how long it took. */
    private record Sample(String path, int status, long nanos) {}
}
