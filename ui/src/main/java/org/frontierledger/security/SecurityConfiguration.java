package org.frontierledger.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Two filter chains: the REST API ({@code /api/**}) with HTTP Basic and no session, and the Vaadin
 * dashboard with a login form. Both authenticate against {@link UserAccounts}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {
    /** The login view's route; by path, so that security does not depend on the views. */
    static final String LOGIN_PATH = "/login";

    @Bean
    DaoAuthenticationProvider ledgerAuthentication(UserAccounts accounts) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts.detailsManager());
        provider.setPasswordEncoder(accounts.encoder());
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, DaoAuthenticationProvider authentication) throws Exception {
        return http.securityMatcher("/api/**", "/digests.atom")
                .authenticationProvider(authentication)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.VIEWER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic-auth API: no cookie session, so no CSRF token to protect.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain dashboardChain(HttpSecurity http, DaoAuthenticationProvider authentication) throws Exception {
        http.authenticationProvider(authentication);
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/icons/**", "/images/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH))
                .build();
    }
}
