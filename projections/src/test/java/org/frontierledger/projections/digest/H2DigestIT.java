package org.frontierledger.projections.digest;

import org.frontierledger.eventstore.testing.TestDatabases;
import org.frontierledger.projections.ProjectionsTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = ProjectionsTestApplication.class)
class H2DigestIT extends DigestReadModelContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, "digest-it");
    }
}
