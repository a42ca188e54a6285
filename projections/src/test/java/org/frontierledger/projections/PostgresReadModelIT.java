package org.frontierledger.projections;

import org.frontierledger.eventstore.testing.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ProjectionsTestApplication.class)
@PostgresSchema("proj_it")
class PostgresReadModelIT extends ReadModelContract {}
