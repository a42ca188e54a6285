package org.frontierledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What the REST API answers without a valid login: {@code 401} with {@code WWW-Authenticate}
 * challenges for HTTP Basic and Bearer tokens and a JSON error; {@code 429} with
 * {@code Retry-After} while failed logins make the client wait.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {
    static final String REALM = "Frontier Ledger";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            JsonError.send(response, HttpStatus.TOO_MANY_REQUESTS.value(), throttled.getMessage());
            return;
        }
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        if (failure instanceof InvalidTokenException) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
        } else {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
        }
        String message = failure instanceof BadCredentialsException || failure instanceof DisabledException
                ? "wrong user name or password"
                : failure instanceof InvalidTokenException
                        ? failure.getMessage()
                        : "authentication required: HTTP Basic or Authorization: Bearer <API token>";
        JsonError.send(response, HttpStatus.UNAUTHORIZED.value(), message);
    }

    /** A bearer token that is unknown, revoked, or of a disabled user. */
    static final class InvalidTokenException extends AuthenticationException {
        private static final long serialVersionUID = 1L;

        InvalidTokenException() {
            super("the API token is unknown or revoked");
        }
    }
}
