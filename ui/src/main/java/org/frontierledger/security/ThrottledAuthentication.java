package org.frontierledger.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the login form and of HTTP Basic, behind the {@link LoginThrottle}: an
 * attempt that must wait is refused before the password is looked at, and each outcome is
 * counted.
 */
final class ThrottledAuthentication implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                        ? web.getRemoteAddress()
                        : "unknown";
        throttle.checkAllowed(username, address);
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
