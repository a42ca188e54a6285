package org.frontierledger.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.frontierledger.security.JsonError;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What Spring MVC refuses before a controller is chosen, as JSON: a method the path does not
 * take (405, with {@code Allow}), a body type it does not read (415), an answer type it cannot
 * give (406). These arise where no controller is known yet, so this advice is not limited to the
 * API's package; only the API's controllers are MVC handlers here (the dashboard is Vaadin's).
 */
@ConditionalOnWebApplication
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FrameworkErrors {
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> wrongMethod(
            HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .headers(headers)
                .body(Map.of(
                        "error",
                        request.getRequestURI() + " does not take " + e.getMethod() + "; it takes "
                                + (e.getSupportedMethods() == null
                                        ? "other methods"
                                        : String.join(", ", e.getSupportedMethods()))));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> wrongBodyType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(Map.of("error", "the request body must be " + e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<String> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        // The requested type cannot be produced, so the JSON error goes out as text the client can read.
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .body(JsonError.body("the answer can be " + e.getSupportedMediaTypes()));
    }
}
