package org.frontierledger.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins, counted per account and per client address: after each failure the next attempt
 * must wait (the configured delay, doubling with each failure in a row, up to a maximum), and after
 * the configured number of failures in a row the account or the address is locked for a while.
 * An attempt that comes too early is refused without checking the password, so guessing goes no
 * faster than the delays allow however many requests are sent. Every failure and lockout is
 * logged. A success clears both counts. Unknown user names are counted like known ones, so the
 * answers do not tell which accounts exist. Thread-safe.
 */
final class LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private final SecurityProperties settings;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(SecurityProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Refuses an attempt that must still wait; otherwise lets it through and, where earlier failures
     * impose a delay, holds that delay for the time the attempt takes, so that attempts sent in
     * parallel cannot all slip through the same gap.
     *
     * @throws LoginThrottledException with the time left when the account or address must wait
     */
    void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        admit(accounts, account(username), now, 1, username, address);
        admit(addresses, address, now, settings.addressDelayAfter(), username, address);
    }

    private void admit(
            Map<String, Failures> counts, String key, Instant now, int delayAfter, String username, String address) {
        counts.computeIfPresent(key, (k, failures) -> {
            if (failures.until().isAfter(now)) {
                Duration left = Duration.between(now, failures.until());
                log.info(
                        "Login attempt for '{}' from {} refused: must wait {} s more",
                        printable(username),
                        address,
                        Math.max(1, (left.toMillis() + 999) / 1000));
                throw new LoginThrottledException(left);
            }
            if (failures.count() < delayAfter || expired(failures, now)) {
                return failures;
            }
            return new Failures(
                    failures.count(), failures.last(), now.plus(delay(failures.count(), delayAfter)), false);
        });
    }

    /** Counts a failed attempt, logs it, and sets the wait before the next one. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        Failures account = accounts.compute(account(username), (k, f) -> next(f, now, 1, settings.lockoutAfter()));
        Failures from = addresses.compute(
                address, (k, f) -> next(f, now, settings.addressDelayAfter(), settings.addressLockoutAfter()));
        log.warn(
                "Failed login for '{}' from {}: failure {} in a row for the account, {} from the address{}",
                printable(username),
                address,
                account.count(),
                from.count(),
                account.locked() || from.locked()
                        ? "; locked for " + settings.lockoutDuration()
                        : "; next attempt allowed in " + delaySeconds(account, from, now) + " s");
    }

    /** Clears the counts after a successful login. */
    void succeeded(String username, String address) {
        accounts.remove(account(username));
        addresses.remove(address);
    }

    private static long delaySeconds(Failures account, Failures from, Instant now) {
        Instant until = account.until().isAfter(from.until()) ? account.until() : from.until();
        return Math.max(0, Duration.between(now, until).toMillis() + 999) / 1000;
    }

    private Failures next(@Nullable Failures previous, Instant now, int delayAfter, int lockoutAfter) {
        int count = previous == null || expired(previous, now) ? 1 : previous.count() + 1;
        if (count >= lockoutAfter) {
            return new Failures(count, now, now.plus(settings.lockoutDuration()), true);
        }
        if (count < delayAfter) {
            return new Failures(count, now, now, false);
        }
        return new Failures(count, now, now.plus(delay(count, delayAfter)), false);
    }

    /** The wait after the {@code count}th failure in a row: doubling from the first delayed one, capped. */
    private Duration delay(int count, int delayAfter) {
        Duration delay = settings.loginDelay().multipliedBy(1L << Math.min(Math.max(0, count - delayAfter), 30));
        return delay.compareTo(settings.loginMaxDelay()) > 0 ? settings.loginMaxDelay() : delay;
    }

    private boolean expired(Failures failures, Instant now) {
        return failures.last().plus(settings.lockoutDuration()).isBefore(now)
                && !failures.until().isAfter(now);
    }

    /** Forgets old failures, so that the maps cannot grow without bound. */
    private void prune(Instant now) {
        if (accounts.size() + addresses.size() > MAX_TRACKED) {
            accounts.values().removeIf(f -> expired(f, now));
            addresses.values().removeIf(f -> expired(f, now));
            if (accounts.size() > MAX_TRACKED / 2) {
                accounts.clear();
            }
            if (addresses.size() > MAX_TRACKED / 2) {
                addresses.clear();
            }
        }
    }

    private static String account(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** A user name as typed, safe for a log line (no line breaks or control characters, bounded). */
    static String printable(String username) {
        String clean = username.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    /**
     * Failures in a row.
     *
     * @param count how many
     * @param last when the last one happened
     * @param until when the next attempt is allowed
     * @param locked whether this is a lockout rather than a delay
     */
    private record Failures(int count, Instant last, Instant until, boolean locked) {}
}
