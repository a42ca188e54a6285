package org.frontierledger.eventstore;

import org.frontierledger.eventstore.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = EventStoreTestApplication.class)
class H2EventStoreIT extends EventStoreContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, "event-store-it");
    }
}
