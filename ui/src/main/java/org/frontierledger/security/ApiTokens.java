package org.frontierledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: 256 random bits a script sends as {@code Authorization: Bearer TOKEN}.
 * A token is shown once, when it is created; only its SHA-256 is stored, which is enough for a
 * random secret and takes microseconds to check, where a password hash takes a fifth of a second.
 * A token acts as its user with the user's current roles, and stops working when it is revoked,
 * the user is disabled or removed. Thread-safe.
 */
@Service
public class ApiTokens {
    /** Every token starts with this, so that a leaked one is recognisable (secret scanners). */
    public static final String PREFIX = "flt_";

    private static final int MAX_NAME = 100;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Instant> lastUsedWritten = new ConcurrentHashMap<>();

    ApiTokens(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /**
     * Creates a token for a user.
     *
     * @param username whose token it is; it acts with this user's roles
     * @param name what it is for ("nightly export"), for the list; blank gives "API token"
     * @param createdBy who asked for it (the user, an admin, or "command line")
     * @return the token, whose secret is never shown again
     * @throws IllegalArgumentException when the user does not exist or the name is too long
     */
    public NewToken create(String username, String name, String createdBy) {
        String label = name.isBlank() ? "API token" : name.strip();
        if (label.length() > MAX_NAME) {
            throw new IllegalArgumentException("a token name has at most " + MAX_NAME + " characters");
        }
        Integer users = jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE username = ?", Integer.class, username);
        if (users == null || users == 0) {
            throw new IllegalArgumentException("no user '" + username + "'");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        jdbc.update(
                "INSERT INTO api_token (id, username, name, token_hash, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                id,
                username,
                label,
                hash(token),
                createdBy,
                utc(now));
        return new NewToken(new TokenInfo(id, username, label, createdBy, now, null, null), token);
    }

    /** The tokens of a user, revoked ones included, newest first; never their secrets. */
    public List<TokenInfo> list(String username) {
        return jdbc.query(
                "SELECT id, username, name, created_by, created_at, last_used_at, revoked_at FROM api_token"
                        + " WHERE username = ? ORDER BY created_at DESC",
                (rs, row) -> new TokenInfo(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs.getObject(5, OffsetDateTime.class)),
                        instant(rs.getObject(6, OffsetDateTime.class)),
                        instant(rs.getObject(7, OffsetDateTime.class))),
                username);
    }

    /** One token by id, if it exists. */
    public Optional<TokenInfo> find(String id) {
        return jdbc
                .query(
                        "SELECT id, username, name, created_by, created_at, last_used_at, revoked_at FROM api_token"
                                + " WHERE id = ?",
                        (rs, row) -> new TokenInfo(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                instant(rs.getObject(5, OffsetDateTime.class)),
                                instant(rs.getObject(6, OffsetDateTime.class)),
                                instant(rs.getObject(7, OffsetDateTime.class))),
                        id)
                .stream()
                .findFirst();
    }

    /**
     * Revokes a token; it is refused from then on.
     *
     * @return whether a token that was still valid was revoked
     */
    public boolean revoke(String id) {
        return jdbc.update(
                        "UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                        utc(clock.instant()),
                        id)
                > 0;
    }

    /**
     * The user a token acts as, with the user's current roles: empty when the token is unknown,
     * revoked, or its user disabled.
     */
    public Optional<UserDetails> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        List<String[]> rows = jdbc.query(
                "SELECT t.id, t.username, a.authority FROM api_token t"
                        + " JOIN users u ON u.username = t.username"
                        + " LEFT JOIN authorities a ON a.username = t.username"
                        + " WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled = TRUE",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                hash(token));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        for (String[] row : rows) {
            if (row[2] != null) {
                authorities.add(new SimpleGrantedAuthority(row[2]));
            }
        }
        touch(rows.getFirst()[0]);
        return Optional.of(User.withUsername(rows.getFirst()[1])
                .password("")
                .authorities(authorities)
                .build());
    }

    /** Records when a token was last used, at most once a minute per token, so that reads stay reads. */
    private void touch(String id) {
        Instant now = clock.instant();
        Instant written = lastUsedWritten.get(id);
        if (written == null || written.plus(LAST_USED_PRECISION).isBefore(now)) {
            lastUsedWritten.put(id, now);
            jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", utc(now), id);
        }
    }

    /** The SHA-256 of a token, in hexadecimal: what is stored and looked up. */
    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * A token just created.
     *
     * @param info what is stored about it
     * @param token the secret, to be shown once and never again
     */
    public record NewToken(TokenInfo info, String token) {}

    /**
     * What is known about a token; never its secret.
     *
     * @param id its id, for revoking it
     * @param username whose it is
     * @param name what it is for
     * @param createdBy who created it
     * @param createdAt when
     * @param lastUsedAt when it was last used (to the minute), if ever
     * @param revokedAt when it was revoked, if it was
     */
    public record TokenInfo(
            String id,
            String username,
            String name,
            String createdBy,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {}
}
