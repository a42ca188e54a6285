package org.frontierledger.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.frontierledger.security.JsonError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Makes every answer under {@code /api/} JSON: an unknown path is a 404 (instead of the
 * dashboard's start page), a URL over the limit a 414 and a body over the limit a 413, both
 * refused before authentication; and what Tomcat refuses before the application sees it (a
 * request line or headers too large to parse) gets {@code {"error": ...}} instead of Tomcat's HTML
 * page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiWebConfiguration {
    /** Runs before the Vaadin servlet's catch-all mapping and after every controller's mappings. */
    private static final int FALLBACK_ORDER = 10;

    @Bean
    SimpleUrlHandlerMapping apiFallbackMapping() {
        HttpRequestHandler unknown = (request, response) -> JsonError.send(
                response,
                HttpStatus.NOT_FOUND.value(),
                "no API at " + request.getMethod() + " " + request.getRequestURI()
                        + "; see the REST API in the README");
        return new SimpleUrlHandlerMapping(Map.of("/api/**", unknown), FALLBACK_ORDER);
    }

    @Bean
    FilterRegistrationBean<RequestLimits> apiRequestLimits(
            @Value("${ledger.api.max-url-length:8192}") int maxUrlLength,
            @Value("${ledger.api.max-body-bytes:1048576}") long maxBodyBytes) {
        FilterRegistrationBean<RequestLimits> registration =
                new FilterRegistrationBean<>(new RequestLimits(maxUrlLength, maxBodyBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonTomcatErrors() {
        // The host creates its error valve by class name when it starts, inside any valve added before.
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
        });
    }

    /**
     * Refuses, with a JSON error and before any authentication, a URL (path and query) longer than
     * the limit (414) and, under {@code /api/}, a declared body larger than the limit (413).
     */
    static final class RequestLimits extends OncePerRequestFilter {
        private final int maxUrlLength;
        private final long maxBodyBytes;

        RequestLimits(int maxUrlLength, long maxBodyBytes) {
            this.maxUrlLength = maxUrlLength;
            this.maxBodyBytes = maxBodyBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            int length = request.getRequestURI().length()
                    + (request.getQueryString() == null
                            ? 0
                            : request.getQueryString().length() + 1);
            if (length > maxUrlLength) {
                JsonError.send(
                        response,
                        HttpStatus.URI_TOO_LONG.value(),
                        "the URL has " + length + " characters; the most is " + maxUrlLength);
                return;
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    && request.getContentLengthLong() > maxBodyBytes) {
                JsonError.send(
                        response,
                        HttpStatus.PAYLOAD_TOO_LARGE.value(),
                        "the request body has " + request.getContentLengthLong() + " bytes; the most is "
                                + maxBodyBytes);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
