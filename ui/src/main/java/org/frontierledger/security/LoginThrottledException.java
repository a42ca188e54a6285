package org.frontierledger.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login attempt came before the wait that earlier failures imposed was over. */
public final class LoginThrottledException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed logins; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt is allowed, in whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
