package org.frontierledger.ingestion.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback (the JDK's), with a log of the requests it answered, for tests of
 * fetching, politeness and feeds. Handlers are replaced at will with {@link #route}.
 */
public final class LoopbackServer implements AutoCloseable {
    /** One request as the server saw it: when (nanoTime), what, and a few headers. */
    public record Hit(
            long nanos, String method, String path, String userAgent, String ifNoneMatch, String ifModifiedSince) {}

    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** {@code http://127.0.0.1:PORT} */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code path} (and everything under it) with this handler, logging each request. */
    public LoopbackServer route(String path, HttpHandler handler) {
        try {
            server.removeContext(path);
        } catch (IllegalArgumentException notThere) {
            // first time this path is routed
        }
        server.createContext(path, exchange -> {
            hits.add(new Hit(
                    System.nanoTime(),
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    header(exchange, "User-Agent"),
                    header(exchange, "If-None-Match"),
                    header(exchange, "If-Modified-Since")));
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    /** Answers {@code path} with a fixed body. */
    public LoopbackServer serve(String path, int status, String type, String body) {
        return route(path, exchange -> respond(exchange, status, type, body));
    }

    /** The requests answered so far, oldest first. */
    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** The requests for exactly this path (query included). */
    public List<Hit> hits(String path) {
        return hits.stream().filter(hit -> hit.path().equals(path)).toList();
    }

    public static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    public static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
