package org.frontierledger.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator can tune about logins and the dashboard's headers ({@code ledger.security.*}).
 *
 * @param loginDelay the wait imposed after the first failed login of an account or address; it
 *     doubles with each further failure
 * @param loginMaxDelay the longest such wait
 * @param lockoutAfter failed logins of one account (in a row) after which it is locked
 * @param addressDelayAfter failed logins from one address (in a row, whatever the account) after
 *     which its attempts are delayed too; the first ones are not, so that one person's typo does not
 *     slow down everyone behind the same address
 * @param addressLockoutAfter failed logins from one address (in a row) after which it is locked
 * @param lockoutDuration how long a lockout lasts; failures older than this are forgotten
 * @param passwordCacheTtl how long a verified HTTP Basic password is remembered, so that a client
 *     sending it on every request is not hashed on every request; {@code 0s} to hash every time
 * @param contentSecurityPolicy the {@code Content-Security-Policy} header of the dashboard
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(
        @DefaultValue("1s") Duration loginDelay,
        @DefaultValue("30s") Duration loginMaxDelay,
        @DefaultValue("10") int lockoutAfter,
        @DefaultValue("5") int addressDelayAfter,
        @DefaultValue("50") int addressLockoutAfter,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("10m") Duration passwordCacheTtl,
        @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy) {

    /**
     * What Vaadin Flow works under: its bootstrap page has inline scripts and styles, and its client
     * evaluates the JavaScript the server sends ({@code executeJs}); everything else is limited to
     * this origin, the page cannot be framed, and forms post only here.
     */
    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Checks the values. */
    public SecurityProperties {
        if (loginDelay.isNegative() || loginMaxDelay.compareTo(loginDelay) < 0) {
            throw new IllegalArgumentException(
                    "ledger.security.login-delay must be 0 or more and at most" + " ledger.security.login-max-delay");
        }
        if (lockoutAfter < 1 || addressDelayAfter < 1 || addressLockoutAfter < 1) {
            throw new IllegalArgumentException(
                    "ledger.security.lockout-after and address-lockout-after must be 1 or more");
        }
        if (lockoutDuration.isNegative() || passwordCacheTtl.isNegative()) {
            throw new IllegalArgumentException("ledger.security durations must not be negative");
        }
    }
}
