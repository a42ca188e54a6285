package org.frontierledger.search;

import java.nio.file.Path;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = SearchTestApplication.class)
@Import(PostgresSavedSearchesIT.DropSchemaOnClose.class)
class PostgresSavedSearchesIT extends SavedSearchesContract {
    private static final String SCHEMA = TestDatabases.newSchemaName("search_it");

    @TempDir
    static Path indexDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry, SCHEMA);
        registry.add("ledger.search.index-dir", () -> indexDir.toString());
    }

    /** Drops the schema when the (cached) context closes, after its processors have stopped. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DropSchemaOnClose {
        @Bean
        DisposableBean dropSchema() {
            return () -> TestDatabases.dropPostgresSchema(SCHEMA);
        }
    }
}
