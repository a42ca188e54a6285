package org.frontierledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = EventStoreTestApplication.class)
@Import(PostgresEventStoreIT.DropSchemaOnClose.class)
class PostgresEventStoreIT extends EventStoreContract {

    private static final String SCHEMA = TestDatabases.newSchemaName("es_it");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry, SCHEMA);
    }

    /** Drops the schema when the (cached) context closes, after its processors have stopped. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DropSchemaOnClose {
        @Bean
        DisposableBean dropSchema() {
            return () -> TestDatabases.dropPostgresSchema(SCHEMA);
        }
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
