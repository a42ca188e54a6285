package org.frontierledger.search;

import java.nio.file.Path;
import org.frontierledger.eventstore.testing.PostgresSchema;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = SearchTestApplication.class)
@PostgresSchema("search_it")
class PostgresSavedSearchesIT extends SavedSearchesContract {
    @TempDir
    static Path indexDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("ledger.search.index-dir", () -> indexDir.toString());
    }
}
