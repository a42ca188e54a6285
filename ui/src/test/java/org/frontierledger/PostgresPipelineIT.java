package org.frontierledger;

import org.frontierledger.eventstore.testing.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same path with PostgreSQL chosen by configuration alone. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ledger.sample-data.enabled=false", "spring.main.web-application-type=none"})
@PostgresSchema("pipeline_it")
class PostgresPipelineIT extends PipelineContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("pg-pipeline"));
    }
}
