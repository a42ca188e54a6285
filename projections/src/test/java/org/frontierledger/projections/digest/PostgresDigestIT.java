package org.frontierledger.projections.digest;

import org.frontierledger.eventstore.testing.PostgresSchema;
import org.frontierledger.projections.ProjectionsTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = ProjectionsTestApplication.class)
@PostgresSchema("digest_it")
class PostgresDigestIT extends DigestReadModelContract {}
