package org.frontierledger.ops;

import org.frontierledger.security.Role;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The filter chain of the management endpoints and the OpenAPI description, ahead of the API's and
 * the dashboard's chains: HTTP Basic against the same accounts, no session. Health (with its
 * liveness and readiness groups) is open, and shows details to an ADMIN only; every other
 * Actuator endpoint ({@code prometheus}, {@code metrics}, ...) needs ADMIN; the OpenAPI
 * description needs a login, as the API it describes. On a separate management port
 * ({@code MANAGEMENT_SERVER_PORT}) the same rules hold there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ManagementSecurityConfiguration {
    /** Where springdoc serves the description (and any group's under it). */
    static final String API_DOCS = "/v3/api-docs/**";

    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http) throws Exception {
        RequestMatcher apiDocs = PathPatternRequestMatcher.withDefaults().matcher(API_DOCS);
        return http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), apiDocs))
                // The global AuthenticationProvider (throttled, with the verified-password cache) authenticates here
                // too.
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .requestMatchers(apiDocs)
                        .hasRole(Role.VIEWER.name())
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic auth for scripts and scrapers: no cookie session, so no CSRF token to protect.
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
