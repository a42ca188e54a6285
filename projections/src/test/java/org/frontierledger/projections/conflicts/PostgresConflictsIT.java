package org.frontierledger.projections.conflicts;

import org.frontierledger.eventstore.testing.PostgresSchema;
import org.frontierledger.projections.ProjectionsTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ProjectionsTestApplication.class)
@PostgresSchema("conflicts_it")
class PostgresConflictsIT extends ConflictsContract {}
