package org.frontierledger.eventstore.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test at a real database: an in-memory H2, or a fresh schema of its own in the
 * PostgreSQL service (127.0.0.1:5432, database {@code test}, user {@code postgres}), so test
 * classes never see each other's rows.
 */
public final class TestDatabases {
    /** The PostgreSQL service's database for tests; {@code LEDGER_TEST_PG_URL} overrides it. */
    public static final String POSTGRES_URL =
            System.getenv().getOrDefault("LEDGER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    private TestDatabases() {}

    /** A new schema name, unique per call. */
    public static String newSchemaName(String prefix) {
        return (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    public static void usePostgres(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> POSTGRES_URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    public static void useH2(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    /** Drops a schema made by {@link #usePostgres}, with everything in it. */
    public static void dropPostgresSchema(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
