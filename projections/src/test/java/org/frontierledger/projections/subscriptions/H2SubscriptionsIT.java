package org.frontierledger.projections.subscriptions;

import org.frontierledger.eventstore.testing.TestDatabases;
import org.frontierledger.projections.ProjectionsTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = ProjectionsTestApplication.class)
class H2SubscriptionsIT extends SubscriptionsContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, "subscriptions-it");
    }
}
