package org.frontierledger.projections;

import org.frontierledger.eventstore.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = ProjectionsTestApplication.class)
class H2ReadModelIT extends ReadModelContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, "projections-it");
    }
}
