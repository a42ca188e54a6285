package org.frontierledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a socket bound to a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so that a
 * test can be a client from an address of its own: what the server counts per address (failed
 * logins) then does not spill over into other tests. Sends one request with
 * {@code Connection: close} and reads the whole answer.
 */
public final class LoopbackHttp {
    private LoopbackHttp() {}

    /** Sends a request from {@code from} to the server on 127.0.0.1:{@code port}. */
    public static Response send(
            String from, int port, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:")
                    .append(port)
                    .append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            if (content.length > 0 || !method.equals("GET")) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Response.parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    /**
     * An answer.
     *
     * @param status the status code
     * @param headers the header lines as {@code name: value}, names in lower case
     * @param body the body, de-chunked, as UTF-8 text
     */
    public record Response(int status, List<String> headers, String body) {
        /** The values of a header, in order. */
        public List<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip())
                    .toList();
        }

        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<String> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(lines[i].substring(0, colon).toLowerCase(Locale.ROOT) + lines[i].substring(colon));
            }
            byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
            boolean chunked = headers.stream().anyMatch(h -> h.equals("transfer-encoding: chunked"));
            return new Response(status, headers, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < body.length) {
                int lineEnd = at;
                while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                String sizeText = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
                if (size == 0) {
                    break;
                }
                out.write(body, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }
    }
}
