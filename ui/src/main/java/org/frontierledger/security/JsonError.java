package org.frontierledger.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API's error shape, {@code {"error": "..."}}, written where no controller is involved: in
 * filters, entry points and handlers below Spring MVC.
 */
public final class JsonError {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonError() {}

    /** The body {@code {"error": message}}. */
    public static String body(String message) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("error", message);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Sends {@code {"error": message}} with this status, unless the response is already committed. */
    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body(message));
        response.flushBuffer();
    }
}
