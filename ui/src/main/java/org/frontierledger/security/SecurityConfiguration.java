package org.frontierledger.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the REST API ({@code /api/**}) with personal API tokens ({@code Bearer}) or
 * HTTP Basic and no session, and the Vaadin dashboard with a login form. Passwords are checked
 * against {@link UserAccounts} behind the {@link LoginThrottle}; a password that matched is
 * remembered for a while ({@link VerifiedPasswordCache}), so HTTP Basic does not pay for the
 * password hash on every request. The login form needs Spring's CSRF token (which Vaadin's login
 * form sends from the page's meta tags); the dashboard's pages carry a Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityProperties.class)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {
    /** The login view's route; by path, so that security does not depend on the views. */
    static final String LOGIN_PATH = "/login";

    @Bean
    LoginThrottle loginThrottle(SecurityProperties settings) {
        return new LoginThrottle(settings, Clock.systemUTC());
    }

    @Bean
    AuthenticationProvider ledgerAuthentication(
            UserAccounts accounts, LoginThrottle throttle, SecurityProperties settings) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts.detailsManager());
        passwords.setPasswordEncoder(new VerifiedPasswordCache(accounts.encoder(), settings.passwordCacheTtl()));
        return new ThrottledAuthentication(passwords, throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint();
        // The provider is the global one (the only AuthenticationProvider bean), not added per chain
        // as well: a chain's own manager would try it, fail, and hand the same attempt to the global
        // one, counting one failure twice.
        return http.securityMatcher("/api/**", "/digests.atom")
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.VIEWER.name()))
                .httpBasic(basic ->
                        basic.authenticationEntryPoint(entryPoint).realmName(ApiAuthenticationEntryPoint.REALM))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> JsonError.send(
                                response, HttpStatus.FORBIDDEN.value(), "your role does not allow this")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless token and Basic-auth API: no cookie session, so no CSRF token to protect.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain dashboardChain(HttpSecurity http, RequestUtil vaadinRequests, SecurityProperties settings)
            throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/icons/**", "/images/**").permitAll());
        // Vaadin's own requests carry Vaadin's CSRF protection; the login form is left to Spring's,
        // which Vaadin would otherwise switch off for it.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(settings.contentSecurityPolicy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LOGIN_PATH).enableCsrfConfiguration(false))
                .build();
    }
}
