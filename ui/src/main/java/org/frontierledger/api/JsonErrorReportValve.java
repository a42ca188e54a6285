package org.frontierledger.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.frontierledger.security.JsonError;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error page as {@code {"error": ...}}: what a client gets when Tomcat itself refuses a
 * request (a request line or headers too large, a malformed request) before the application sees
 * it. Never shows a stack trace or the server's version.
 *
 * <p>Public with a public constructor because Tomcat's host creates it by its class name.
 */
public final class JsonErrorReportValve extends ErrorReportValve {
    /** A valve that shows neither reports nor the server's version. */
    public JsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String message = status == 400
                ? "bad request: the request line or headers are malformed or too large"
                : known == null ? "error " + status : known.getReasonPhrase().toLowerCase(Locale.ROOT);
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JsonError.body(message));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing more to do
        }
    }
}
