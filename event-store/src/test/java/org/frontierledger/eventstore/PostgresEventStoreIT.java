package org.frontierledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = EventStoreTestApplication.class)
class PostgresEventStoreIT extends EventStoreContract {

    private static final String SCHEMA = TestDatabases.newSchemaName("es_it");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        TestDatabases.dropPostgresSchema(SCHEMA);
    }

    @Test
    void payloadsAndTokensAreByteaNotLargeObjects() {
        commands.sendAndWait(document("Initech").command());

        List<String> types = jdbc.queryForList(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = ?"
                        + " AND column_name IN ('payload', 'metadata', 'token')",
                String.class, SCHEMA);
        assertThat(types).hasSize(5).containsOnly("bytea");
        Long largeObjects = jdbc.queryForObject("SELECT COUNT(*) FROM pg_largeobject_metadata", Long.class);
        assertThat(largeObjects).isZero();
    }
}
