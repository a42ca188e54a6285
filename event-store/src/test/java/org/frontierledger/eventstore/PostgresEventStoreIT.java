package org.frontierledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontierledger.eventstore.testing.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = EventStoreTestApplication.class)
@PostgresSchema("es_it")
class PostgresEventStoreIT extends EventStoreContract {
    @Value("${" + PostgresSchema.SCHEMA_PROPERTY + "}")
    String schema;

    @Test
    void payloadsAndTokensAreByteaNotLargeObjects() {
        commands.sendAndWait(document("Initech").command());

        List<String> types = jdbc.queryForList(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = ?"
                        + " AND column_name IN ('payload', 'metadata', 'token')",
                String.class,
                schema);
        assertThat(types).hasSize(5).containsOnly("bytea");
        Long largeObjects = jdbc.queryForObject("SELECT COUNT(*) FROM pg_largeobject_metadata", Long.class);
        assertThat(largeObjects).isZero();
    }
}
