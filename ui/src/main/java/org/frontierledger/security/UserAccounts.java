package org.frontierledger.security;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;

/** The user accounts, stored in the ledger's database with hashed passwords. Thread-safe. */
@Service
public class UserAccounts {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int MIN_PASSWORD = 8;

    private final JdbcUserDetailsManager users;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final SecureRandom random = new SecureRandom();

    UserAccounts(DataSource dataSource) {
        this.users = new JdbcUserDetailsManager(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The store Spring Security authenticates against. */
    public JdbcUserDetailsManager detailsManager() {
        return users;
    }

    /** Number of accounts. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM users", Long.class);
        return count == null ? 0 : count;
    }

    /** Every account with its highest role, by name. */
    public List<Account> all() {
        return jdbc.query(
                "SELECT u.username, u.enabled, a.authority FROM users u"
                        + " LEFT JOIN authorities a ON a.username = u.username ORDER BY u.username",
                rs -> {
                    Map<String, Account> accounts = new LinkedHashMap<>();
                    while (rs.next()) {
                        String name = rs.getString(1);
                        Role role = rs.getString(3) == null
                                ? Role.VIEWER
                                : Role.parse(rs.getString(3).substring("ROLE_".length()));
                        Account seen = accounts.get(name);
                        if (seen == null || seen.role().compareTo(role) < 0) {
                            accounts.put(name, new Account(name, role, rs.getBoolean(2)));
                        }
                    }
                    return List.copyOf(accounts.values());
                });
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException when the name is taken or invalid, or the password too short
     */
    public void create(String username, String password, Role role) {
        if (!username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("a user name has 2 to 100 letters, digits or . _ @ -");
        }
        if (password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD + " characters");
        }
        if (users.userExists(username)) {
            throw new IllegalArgumentException("user '" + username + "' exists already");
        }
        users.createUser(User.withUsername(username)
                .password(encoder.encode(password))
                .authorities(role.authorities().toArray(String[]::new))
                .build());
    }

    /** A random password of 20 characters from an unambiguous alphabet. */
    public String generatePassword() {
        return random.ints(20, 0, ALPHABET.length())
                .mapToObj(i -> String.valueOf(ALPHABET.charAt(i)))
                .collect(Collectors.joining());
    }

    /** The encoder passwords are checked with. */
    public PasswordEncoder encoder() {
        return encoder;
    }

    /**
     * An account.
     *
     * @param username its name
     * @param role its highest role
     * @param enabled whether it may log in
     */
    public record Account(String username, Role role, boolean enabled) {}
}
