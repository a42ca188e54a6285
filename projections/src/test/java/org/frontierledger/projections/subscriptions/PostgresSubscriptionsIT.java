package org.frontierledger.projections.subscriptions;

import org.frontierledger.eventstore.testing.PostgresSchema;
import org.frontierledger.projections.ProjectionsTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ProjectionsTestApplication.class)
@PostgresSchema("subs_it")
class PostgresSubscriptionsIT extends SubscriptionsContract {}
